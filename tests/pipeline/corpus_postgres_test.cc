// The passage index on a real PostgreSQL server (a throwaway cluster: tests/testing/
// postgres_server.h), checked against the SQLite backend: the same cases must give the same
// matches, names and flags. Tests needing the server are skipped, with the reason, only when
// the PostgreSQL server programs are not installed.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "pipeline/corpus/index_backend.h"
#include "pipeline/corpus/passage_index.h"
#include "tests/testing/postgres_server.h"
#include "tests/testing/test_util.h"

namespace ehcp::corpus {
namespace {

using testing::PostgresServer;
using testing::Quote;
using testing::RunEhcp;
using testing::RunShell;
using testing::SourceDir;
using testing::TempDir;

#define REQUIRE_POSTGRES()                                  \
  if (!PostgresServer::Available())                         \
  GTEST_SKIP() << "CorpusPostgres tests need a PostgreSQL " \
               << "server: " << PostgresServer::WhyUnavailable()

// Invented words for generated text: syllables, so no two cases share a sentence by chance.
std::string Word(uint64_t& state) {
  static const char* onsets[] = {"b", "br", "d", "f", "g", "k", "l",  "m", "n",
                                 "p", "r",  "s", "t", "v", "z", "sh", "tr"};
  static const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
  std::string w;
  for (int s = 0; s < 3; ++s) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    w += onsets[(state >> 33) % std::size(onsets)];
    w += vowels[(state >> 45) % std::size(vowels)];
  }
  return w;
}

std::string Sentence(const std::string& name, uint64_t seed) {
  uint64_t state = seed * 0x9e3779b97f4a7c15ULL + 17;
  std::string s = name + " finds it hard to " + Word(state) + " the " + Word(state) + " when the " +
                  Word(state) + " is " + Word(state) + " and needs " +
                  std::to_string(seed % 50 + 10) + " minutes of " + Word(state) + " " +
                  Word(state) + " with a " + Word(state) + " " + Word(state) + " each " +
                  Word(state) + ".";
  return s;
}

const char* kStock =
    "This plan has been written in line with the local authority guidance and will be reviewed "
    "at the annual review meeting with the family and the school.";

const char* kGuidance =
    "Please describe the strengths of the child and the support they need in school, using "
    "examples from the last term where you can.";

// A caseload with planted copies (case i copies two sentences of case i/2, with the name
// changed), stock text in every third case, and each case naming its own child.
std::vector<CaseText> Caseload(int n) {
  std::vector<CaseText> out;
  for (int i = 0; i < n; ++i) {
    CaseText c;
    c.case_id = "case-" + std::to_string(i);
    uint64_t state = static_cast<uint64_t>(i) + 99;
    std::string first = Word(state);
    first[0] = static_cast<char>(first[0] - 'a' + 'A');
    c.child_names = {first + " Testcase"};
    for (int p = 0; p < 4; ++p) {
      std::string text = Sentence(first, static_cast<uint64_t>(i * 10 + p)) + " " +
                         Sentence(first, static_cast<uint64_t>(i * 10 + p + 5));
      if (p == 1 && i % 3 == 0) text += std::string(" ") + kStock;
      c.passages.push_back({"p" + std::to_string(p), text});
    }
    if (i > 0) {
      const int from = i / 2;
      // The copied sentences, re-targeted to this child.
      c.passages.push_back({"copied", Sentence(first, static_cast<uint64_t>(from * 10 + 2)) + " " +
                                          Sentence(first, static_cast<uint64_t>(from * 10 + 7))});
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string Describe(const std::vector<Match>& ms) {
  std::string out;
  for (const Match& m : ms) {
    out += m.passage_id + "[" + std::to_string(m.begin) + "," + std::to_string(m.end) + ")~" +
           m.other_case_id + "/" + m.other_passage_id + "[" + std::to_string(m.other_begin) + "," +
           std::to_string(m.other_end) + ") w=" + std::to_string(m.words) +
           (m.name_changed ? " name" : "") + (m.number_changed ? " number" : "") +
           (m.is_boilerplate ? " boilerplate" : "") + (m.form_guidance ? " guidance" : "") +
           " n=" + std::to_string(m.case_count) + "\n";
  }
  return out;
}

std::string Describe(const std::vector<ForeignName>& ns) {
  std::string out;
  for (const ForeignName& n : ns) {
    out += n.passage_id + "[" + std::to_string(n.begin) + "] " + n.name + ":";
    for (const std::string& id : n.other_case_ids) out += " " + id;
    out += "\n";
  }
  return out;
}

std::unique_ptr<PassageIndex> OpenOrDie(const std::string& target) {
  auto index = PassageIndex::Open(target);
  EXPECT_TRUE(index.ok()) << index.status().message();
  return index.ok() ? std::move(index).value() : nullptr;
}

// Loads the caseload into `index` the way a team would: a bulk batch, then one at a time, a
// re-draft, a removal and registered form guidance.
void Load(PassageIndex& index, const std::vector<CaseText>& cases) {
  const size_t bulk = cases.size() / 2;
  ASSERT_TRUE(index.AddCases(std::span(cases).subspan(0, bulk)).ok());
  for (size_t i = bulk; i < cases.size(); ++i) ASSERT_TRUE(index.AddCase(cases[i]).ok());
  ASSERT_TRUE(index.AddCase(cases[3]).ok());  // re-drafted: replaces, no duplicate
  ASSERT_TRUE(index.RemoveCase(cases[5].case_id).ok());
  ASSERT_TRUE(index.AddBoilerplate("school-advice-form", kGuidance).ok());
}

TEST(CorpusPostgres, PasswordInTheConnectionStringIsRefused) {
  for (const std::string target : {"postgresql://caseworker:Sunflower42@db.example.invalid/ehcp",
                                   "host=db.example.invalid dbname=ehcp password=Sunflower42"}) {
    auto index = PassageIndex::Open(target);
    ASSERT_FALSE(index.ok()) << target;
    EXPECT_EQ(index.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(index.status().message().find("~/.pgpass"), std::string::npos);
    EXPECT_NE(index.status().message().find("service"), std::string::npos);
    EXPECT_EQ(index.status().message().find("Sunflower42"), std::string::npos);
  }
  // The command line refuses it too, without echoing it.
  auto r = RunEhcp("corpus stats --corpus " +
                   Quote("postgresql://caseworker:Sunflower42@db.example.invalid/ehcp"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("holds a password"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Sunflower42"), std::string::npos);
}

TEST(CorpusPostgres, TargetsAreToldApart) {
  EXPECT_TRUE(IsPostgresTarget("postgresql://db.example.invalid/ehcp?sslmode=verify-full"));
  EXPECT_TRUE(IsPostgresTarget("postgres:///ehcp"));
  EXPECT_TRUE(IsPostgresTarget("service=ehcp"));
  EXPECT_TRUE(IsPostgresTarget("sslmode=require host=db.example.invalid dbname=ehcp"));
  EXPECT_FALSE(IsPostgresTarget("/data/la/ehcp-corpus.sqlite"));
  EXPECT_FALSE(IsPostgresTarget("out/ehcp-corpus.sqlite"));
}

TEST(CorpusPostgres, UnreachableServerIsAPlainError) {
  REQUIRE_POSTGRES();
  auto index = PassageIndex::Open("host=" + PostgresServer::Get().socket_dir() +
                                  "/nowhere dbname=ehcp connect_timeout=2");
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().code(), StatusCode::kIoError);
  EXPECT_NE(index.status().message().find("could not connect"), std::string::npos)
      << index.status().message();
}

TEST(CorpusPostgres, SameMatchesAndNamesAsSqlite) {
  REQUIRE_POSTGRES();
  TempDir tmp;
  const std::vector<CaseText> cases = Caseload(24);
  auto sqlite = OpenOrDie(tmp.path() + "/passages.sqlite");
  auto pg = OpenOrDie(PostgresServer::Get().NewDatabase());
  ASSERT_TRUE(sqlite && pg);
  Load(*sqlite, cases);
  Load(*pg, cases);
  EXPECT_EQ(sqlite->CaseCount(), 23);
  EXPECT_EQ(pg->CaseCount(), 23);

  int copies = 0, boilerplate = 0, guidance = 0;
  for (const CaseText& c : cases) {
    auto a = sqlite->FindMatches(c);
    auto b = pg->FindMatches(c);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(Describe(*a), Describe(*b)) << c.case_id;
    for (const Match& m : *a) {
      copies += !m.is_boilerplate;
      boilerplate += m.is_boilerplate && !m.form_guidance;
      guidance += m.form_guidance;
    }
    auto na = sqlite->ForeignNamesIn(c);
    auto nb = pg->ForeignNamesIn(c);
    ASSERT_TRUE(na.ok() && nb.ok());
    EXPECT_EQ(Describe(*na), Describe(*nb)) << c.case_id;
  }
  // The caseload's planted copies are there (case 9 copied case 4's sentences, name changed).
  EXPECT_GT(copies, 20);
  EXPECT_GT(boilerplate, 0);
  EXPECT_EQ(guidance, 0);  // no case holds the guidance text
  // A case that left the form's guidance in: boilerplate from the form, on both backends.
  CaseText left_in{"case-left-in", {"Ottoline"}, {{"g", std::string(kGuidance)}}};
  auto ga = sqlite->FindMatches(left_in);
  auto gb = pg->FindMatches(left_in);
  ASSERT_TRUE(ga.ok() && gb.ok());
  EXPECT_EQ(Describe(*ga), Describe(*gb));
  ASSERT_EQ(gb->size(), 1u) << Describe(*gb);
  EXPECT_TRUE((*gb)[0].form_guidance && (*gb)[0].is_boilerplate);
  EXPECT_EQ((*gb)[0].other_case_id, "form-guidance:school-advice-form");
  auto nine = pg->FindMatches(cases[9]);
  ASSERT_TRUE(nine.ok());
  bool from_four = false;
  for (const Match& m : *nine) {
    from_four |= m.passage_id == "copied" && m.other_case_id == "case-4" && m.name_changed &&
                 !m.is_boilerplate;
  }
  EXPECT_TRUE(from_four) << Describe(*nine);
  // The removed case is gone from both.
  auto eleven = pg->FindMatches(cases[11]);
  ASSERT_TRUE(eleven.ok());
  for (const Match& m : *eleven) EXPECT_NE(m.other_case_id, "case-5");

  // A text naming another case's child.
  CaseText stray = cases[2];
  stray.case_id = "case-stray";
  uint64_t state = 7 + 99;
  std::string other = Word(state);
  other[0] = static_cast<char>(other[0] - 'a' + 'A');
  stray.passages.push_back({"stray", other + " will need a visual timetable."});
  auto na = sqlite->ForeignNamesIn(stray);
  auto nb = pg->ForeignNamesIn(stray);
  ASSERT_TRUE(na.ok() && nb.ok());
  EXPECT_EQ(Describe(*na), Describe(*nb));
  EXPECT_NE(Describe(*nb).find(other + ": case-7"), std::string::npos) << Describe(*nb);
}

TEST(CorpusPostgres, StockTextStopsBeingStoredAtTheCapOnBothBackends) {
  REQUIRE_POSTGRES();
  TempDir tmp;
  std::vector<CaseText> cases;
  for (int i = 0; i < internal::kStockCap + 10; ++i) {
    uint64_t state = static_cast<uint64_t>(i) + 5000;
    std::string first = Word(state);
    first[0] = static_cast<char>(first[0] - 'a' + 'A');
    cases.push_back({"stock-" + std::to_string(i),
                     {first},
                     {{"p", Sentence(first, static_cast<uint64_t>(i) + 5000) + " " + kStock}}});
  }
  for (const std::string& target :
       {tmp.path() + "/passages.sqlite", PostgresServer::Get().NewDatabase()}) {
    auto index = OpenOrDie(target);
    ASSERT_TRUE(index);
    ASSERT_TRUE(index->AddCases(std::span(cases).subspan(0, 60)).ok());
    for (size_t i = 60; i < cases.size(); ++i) ASSERT_TRUE(index->AddCase(cases[i]).ok());
    auto stats = index->Stats();
    ASSERT_TRUE(stats.ok()) << stats.status().message();
    EXPECT_EQ(stats->cases, internal::kStockCap + 10);
    EXPECT_GT(stats->stock, 0) << target;
    // The stock sentence's fingerprints are stored for the first kStockCap cases only.
    int64_t fingerprints = 0;
    for (const CaseText& c : cases) {
      fingerprints += static_cast<int64_t>(
          FingerprintTokens(Tokenize(c.passages[0].text, NameTokens(c.child_names))).size());
    }
    EXPECT_LT(stats->postings, fingerprints) << target;
    // A new case with the stock sentence: boilerplate, held by at least the cap's cases even
    // when the threshold asked for is higher than the cap.
    CaseText fresh{"stock-new", {"Quillan"}, {{"p", Sentence("Quillan", 424242) + " " + kStock}}};
    MatchOptions options;
    options.boilerplate_min_cases = 1000;
    auto matches = index->FindMatches(fresh, options);
    ASSERT_TRUE(matches.ok());
    ASSERT_FALSE(matches->empty()) << target;
    for (const Match& m : *matches) {
      EXPECT_TRUE(m.is_boilerplate) << target;
      EXPECT_GE(m.case_count, internal::kStockCap) << target;
    }
  }
}

TEST(CorpusPostgres, MigrateCopiesASqliteIndexAndStatsShowIt) {
  REQUIRE_POSTGRES();
  TempDir tmp;
  const std::vector<CaseText> cases = Caseload(12);
  const std::string file = tmp.path() + "/passages.sqlite";
  {
    auto sqlite = OpenOrDie(file);
    ASSERT_TRUE(sqlite);
    Load(*sqlite, cases);
  }
  const std::string db = PostgresServer::Get().NewDatabase();
  auto r = RunEhcp("corpus migrate --from " + Quote(file) + " --to " + Quote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("copied 12 cases"), std::string::npos) << r.out;  // 11 + guidance
  // Stats through EHCP_CORPUS.
  auto s =
      RunShell("EHCP_CORPUS=" + Quote(db) + " " + Quote(testing::EhcpBinary()) + " corpus stats");
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("backend: postgresql"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("cases: 11\n"), std::string::npos) << s.out;
  EXPECT_NE(s.out.find("form guidance: 1\n"), std::string::npos) << s.out;
  auto f = RunEhcp("corpus stats --corpus " + Quote(file));
  ASSERT_EQ(f.exit_code, 0) << f.err;
  EXPECT_NE(f.out.find("backend: sqlite"), std::string::npos) << f.out;
  EXPECT_NE(f.out.find("cases: 11\n"), std::string::npos) << f.out;

  auto sqlite = OpenOrDie(file);
  auto pg = OpenOrDie(db);
  ASSERT_TRUE(sqlite && pg);
  for (const CaseText& c : cases) {
    auto a = sqlite->FindMatches(c);
    auto b = pg->FindMatches(c);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(Describe(*a), Describe(*b)) << c.case_id;
  }
  // Migrating again replaces, it does not duplicate.
  r = RunEhcp("corpus migrate --from " + Quote(file) + " --to " + Quote(db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(PostgresServer::Get().Query(db.substr(db.find("dbname=") + 7),
                                        "SELECT count(*) FROM ehcp_cases"),
            "12\n");
}

}  // namespace
}  // namespace ehcp::corpus
