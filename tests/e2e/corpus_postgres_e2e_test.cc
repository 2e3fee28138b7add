// End to end on a real PostgreSQL server (tests/testing/postgres_server.h): the real `ehcp
// draft` gives the same flags whichever backend holds the caseload index, and many drafts at
// once into one PostgreSQL index lose nothing. Skipped, with the reason, only when the
// PostgreSQL server programs are not installed.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/testing/postgres_server.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using nlohmann::json;
using testing::EhcpBinary;
using testing::PostgresServer;
using testing::Quote;
using testing::ReadFileOrDie;
using testing::RunEhcp;
using testing::SourceDir;
using testing::TempDir;
using testing::WriteFileOrDie;

#define REQUIRE_POSTGRES()                                  \
  if (!PostgresServer::Available())                         \
  GTEST_SKIP() << "CorpusPostgres tests need a PostgreSQL " \
               << "server: " << PostgresServer::WhyUnavailable()

// The cross-case flags of a drafted plan, one line each: rule, message, spans.
std::string CrossCaseFlags(const std::string& plan_json) {
  const json plan = json::parse(plan_json);
  std::string out;
  for (const auto& f : plan["flags"]) {
    const std::string rule = f["rule"];
    if (rule != "copy-paste" && rule != "boilerplate" && rule != "foreign-name") continue;
    out += rule + " | " + f["message"].get<std::string>() + " | " + f["spans"].dump() + "\n";
  }
  return out;
}

TEST(CorpusPostgres, DraftSamplesGiveTheSameFlagsOnBothBackends) {
  REQUIRE_POSTGRES();
  TempDir tmp;
  const std::string db = PostgresServer::Get().NewDatabase();
  const std::string common = " --date 2026-11-22 --jobs 2";
  auto a = RunEhcp("draft " + Quote(SourceDir() + "/samples") + " --out " +
                   Quote(tmp.path() + "/sqlite") + " --corpus " +
                   Quote(tmp.path() + "/corpus.sqlite") + common);
  ASSERT_EQ(a.exit_code, 0) << a.err;
  auto b = RunEhcp("draft " + Quote(SourceDir() + "/samples") + " --out " +
                   Quote(tmp.path() + "/pg") + " --corpus " + Quote(db) + common);
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(b.err.find("could not be used"), std::string::npos) << b.err;
  int copy_paste = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() + "/samples")) {
    if (!entry.is_directory()) continue;
    const std::string id = entry.path().filename();
    const std::string on_sqlite =
        CrossCaseFlags(ReadFileOrDie(tmp.path() + "/sqlite/" + id + "/plan.json"));
    const std::string on_pg =
        CrossCaseFlags(ReadFileOrDie(tmp.path() + "/pg/" + id + "/plan.json"));
    EXPECT_EQ(on_sqlite, on_pg) << id;
    for (size_t at = on_pg.find("copy-paste |"); at != std::string::npos;
         at = on_pg.find("copy-paste |", at + 1)) {
      ++copy_paste;
    }
  }
  // samples/README.md: amelia-hartley and jayden-pryce share passages.
  const std::string amelia =
      CrossCaseFlags(ReadFileOrDie(tmp.path() + "/pg/amelia-hartley/plan.json"));
  EXPECT_NE(amelia.find("also appears in case jayden-pryce"), std::string::npos) << amelia;
  EXPECT_GE(copy_paste, 2);
}

// Sixteen invented children; each case's advice has four sentences of its own and the
// "shared paragraph" of the case 5 ahead of it, copied with the name changed.
constexpr int kCases = 16;
const char* kFirst[kCases] = {"Aldous", "Briony", "Caspian", "Delphine", "Eamon",  "Fenella",
                              "Gideon", "Honora", "Idris",   "Juno",     "Kester", "Linnea",
                              "Mungo",  "Nerys",  "Orrin",   "Petra"};
// An invented word (three syllables), so that no two generated sentences share a run of words
// by chance: only the template's own few words repeat between cases.
std::string Word(uint64_t& state) {
  static const char* onsets[] = {"b", "br", "d", "f", "g", "k", "l",  "m", "n",
                                 "p", "r",  "s", "t", "v", "z", "sh", "tr"};
  static const char* vowels[] = {"a", "e", "i", "o", "u", "ai", "ou"};
  std::string w;
  for (int k = 0; k < 3; ++k) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    w += onsets[(state >> 33) % std::size(onsets)];
    w += vowels[(state >> 45) % std::size(vowels)];
  }
  return w;
}

// A sentence about `name`, different for each seed.
std::string Sentence(const std::string& name, uint64_t seed) {
  uint64_t s = seed * 0x9e3779b97f4a7c15ULL + 3;
  return name + " needs help to " + Word(s) + " the " + Word(s) + " and the " + Word(s) +
         " when the " + Word(s) + " is " + Word(s) + ", and an adult will " + Word(s) + " the " +
         Word(s) + " with " + name + " before the " + Word(s) + " " + Word(s) + " each day.";
}

std::string SharedParagraph(int owner, const std::string& name) {
  return Sentence(name, 1000 + static_cast<uint64_t>(owner) * 2) + " " +
         Sentence(name, 1001 + static_cast<uint64_t>(owner) * 2);
}

void WriteCase(const std::string& batch, int i) {
  const std::string name = kFirst[i];
  const std::string dir = batch + "/child-" + std::to_string(i);
  std::filesystem::create_directories(dir);
  WriteFileOrDie(dir + "/parent.txt", "Parent views\n\nName: " + name + " Fictional\n\n" +
                                          Sentence(name, 500 + static_cast<uint64_t>(i)) + "\n");
  std::string school = "# Advice from the education setting\n\n## Special educational needs\n\n";
  for (int k = 0; k < 4; ++k) school += Sentence(name, static_cast<uint64_t>(i * 10 + k)) + "\n\n";
  school += SharedParagraph(i, name) + "\n\n";
  school += SharedParagraph((i + 5) % kCases, name) + "\n";
  WriteFileOrDie(dir + "/school.md", school);
}

// The other cases named by a plan's copy-paste flags.
std::set<std::string> CopiedFrom(const std::string& plan_json) {
  std::set<std::string> out;
  const json plan = json::parse(plan_json);
  for (const auto& f : plan["flags"]) {
    if (f["rule"] != "copy-paste") continue;
    const std::string m = f["message"];
    for (int j = 0; j < kCases; ++j) {
      const std::string id = "child-" + std::to_string(j);
      for (size_t at = m.find(id); at != std::string::npos; at = m.find(id, at + 1)) {
        const char next = at + id.size() < m.size() ? m[at + id.size()] : ' ';
        if (next < '0' || next > '9') out.insert(id);
      }
    }
  }
  return out;
}

TEST(CorpusPostgres, SixteenDraftsAtOnceFindEveryPlantedCopy) {
  REQUIRE_POSTGRES();
  TempDir tmp;
  const std::string db = PostgresServer::Get().NewDatabase();
  for (int i = 0; i < kCases; ++i) WriteCase(tmp.path() + "/cases", i);
  // Planted partners: i shares its own paragraph with i-5 and holds the one of i+5.
  auto partners = [](int i) {
    return std::set<std::string>{"child-" + std::to_string((i + 5) % kCases),
                                 "child-" + std::to_string((i + kCases - 5) % kCases)};
  };

  // Sixteen processes at once, one case each, into one index.
  std::vector<pid_t> pids;
  for (int i = 0; i < kCases; ++i) {
    const std::string out = tmp.path() + "/run1-" + std::to_string(i);
    const std::string log = tmp.path() + "/log-" + std::to_string(i);
    const std::string cmd = Quote(EhcpBinary()) + " draft " +
                            Quote(tmp.path() + "/cases/child-" + std::to_string(i)) + " --out " +
                            Quote(out) + " --corpus " + Quote(db) +
                            " --date 2026-11-22 --jobs 1 >" + Quote(log) + " 2>&1";
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    pids.push_back(pid);
  }
  for (int i = 0; i < kCases; ++i) {
    int status = 0;
    ASSERT_EQ(::waitpid(pids[static_cast<size_t>(i)], &status, 0), pids[static_cast<size_t>(i)]);
    const std::string log = ReadFileOrDie(tmp.path() + "/log-" + std::to_string(i));
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << log;
    EXPECT_EQ(log.find("could not"), std::string::npos) << log;
  }
  // Of each planted pair, the draft that checked second found the other.
  for (int i = 0; i < kCases; ++i) {
    const std::string id = "child-" + std::to_string(i);
    const std::set<std::string> found = CopiedFrom(
        ReadFileOrDie(tmp.path() + "/run1-" + std::to_string(i) + "/" + id + "/plan.json"));
    for (const std::string& other : found) {
      EXPECT_TRUE(partners(i).count(other) > 0) << id << " flagged " << other;
    }
    const int j = (i + 5) % kCases;
    const std::set<std::string> found_j = CopiedFrom(ReadFileOrDie(
        tmp.path() + "/run1-" + std::to_string(j) + "/child-" + std::to_string(j) + "/plan.json"));
    EXPECT_TRUE(found.count("child-" + std::to_string(j)) > 0 || found_j.count(id) > 0)
        << "neither " << id << " nor child-" << j << " found their shared paragraph";
  }

  // No duplicate rows: one row per case, one per passage of a case.
  const std::string dbname = db.substr(db.find("dbname=") + 7);
  auto& server = PostgresServer::Get();
  EXPECT_EQ(server.Query(dbname, "SELECT count(*), count(DISTINCT case_id) FROM ehcp_cases"),
            "16|16\n");
  EXPECT_EQ(server.Query(dbname, "SELECT n FROM ehcp_counter WHERE kind = 0"), "16\n");
  EXPECT_EQ(server.Query(dbname,
                         "SELECT count(*) FROM (SELECT case_ref, passage_id FROM ehcp_passages "
                         "GROUP BY case_ref, passage_id HAVING count(*) > 1) d"),
            "0\n");
  EXPECT_EQ(server.Query(dbname,
                         "SELECT count(*) FROM ehcp_passages p WHERE NOT EXISTS "
                         "(SELECT 1 FROM ehcp_cases c WHERE c.id = p.case_ref)"),
            "0\n");

  // Re-checked after all finished (one more draft of all sixteen): every case finds both of
  // its partners, and nothing else.
  auto again =
      RunEhcp("draft " + Quote(tmp.path() + "/cases") + " --out " + Quote(tmp.path() + "/run2") +
              " --corpus " + Quote(db) + " --date 2026-11-22 --jobs 2 --force");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  for (int i = 0; i < kCases; ++i) {
    const std::string id = "child-" + std::to_string(i);
    EXPECT_EQ(CopiedFrom(ReadFileOrDie(tmp.path() + "/run2/" + id + "/plan.json")), partners(i))
        << id;
  }
  EXPECT_EQ(server.Query(dbname, "SELECT count(*), count(DISTINCT case_id) FROM ehcp_cases"),
            "16|16\n");
}

}  // namespace
}  // namespace ehcp
