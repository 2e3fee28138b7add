#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/corpus/fingerprint.h"
#include "pipeline/corpus/normalize.h"
#include "pipeline/corpus/passage_index.h"

namespace ehcp::corpus {
namespace {

namespace fs = std::filesystem;

// All names below are invented.
constexpr char kMillieCopy[] =
    "Millie finds it very hard to follow spoken instructions with more than two parts, "
    "particularly in a busy classroom. She needs 30 minutes of adult support each morning to "
    "organise her equipment and plan the day ahead";
constexpr char kJaydenCopy[] =
    "Jayden finds it very hard to follow spoken instructions with more than two parts, "
    "particularly in a busy classroom. She needs 45 minutes of adult support each morning to "
    "organise her equipment and plan the day ahead";

class CorpusIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ehcp_corpus_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "passages.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<PassageIndex> OpenIndex() {
    auto index = PassageIndex::Open(path_);
    EXPECT_TRUE(index.ok()) << index.status().message();
    return index.ok() ? std::move(index).value() : nullptr;
  }

  static CaseText Millie() {
    return {"case-millie",
            {"Millie Carter"},
            {{"b-1",
              "Millie loves horses and spends weekends at the riding stables with her "
              "aunt. " +
                  std::string(kMillieCopy) + "."},
             {"f-1",
              "Weekly occupational therapy sessions of forty minutes focus on pencil "
              "grip, letter formation and stamina for extended handwriting tasks."}}};
  }

  static std::string Slice(const std::string& text, size_t begin, size_t end) {
    return text.substr(begin, end - begin);
  }

  fs::path dir_;
  std::string path_;
};

TEST(CorpusNormalize, TokensKeepByteOffsetsAndMaskNumbersAndNames) {
  const std::string text = "MILLIE’s target: read 40 words. Will will help.";
  std::vector<Token> t = Tokenize(text, NameTokens({"Millie", "Will"}));
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[0].kind, TokenKind::kName);
  EXPECT_EQ(text.substr(t[0].begin, t[0].end - t[0].begin), "MILLIE");
  EXPECT_EQ(t[1].folded, "s");
  EXPECT_EQ(t[4].kind, TokenKind::kNumber);
  EXPECT_EQ(text.substr(t[4].begin, t[4].end - t[4].begin), "40");
  EXPECT_EQ(t[6].kind, TokenKind::kName);  // "Will" capitalised: the child
  EXPECT_EQ(t[7].kind, TokenKind::kWord);  // "will" lower-case: the verb
  EXPECT_EQ(t[7].folded, "will");
  EXPECT_TRUE(t[6].sentence_initial);
  EXPECT_FALSE(t[7].sentence_initial);
  // NFKC folding: full-width letters and ligatures fold to plain words.
  std::vector<Token> wide = Tokenize("ＲＥＡＤ ﬁve", {});
  ASSERT_EQ(wide.size(), 2u);
  EXPECT_EQ(wide[0].folded, "read");
  EXPECT_EQ(wide[1].folded, "five");
}

TEST(CorpusFingerprint, WinnowingKeepsAFingerprintInEveryWindow) {
  std::vector<Token> t = Tokenize(
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen", {});
  std::vector<uint64_t> h = KgramHashes(t);
  ASSERT_EQ(h.size(), t.size() - kKgramWords + 1);
  std::vector<Fingerprint> fps = Winnow(h);
  for (size_t start = 0; start + kWinnowWindow <= h.size(); ++start) {
    bool hit = false;
    for (const Fingerprint& fp : fps)
      hit = hit || (fp.pos >= start && fp.pos < start + kWinnowWindow);
    EXPECT_TRUE(hit) << "window at " << start;
  }
  // Deterministic.
  EXPECT_EQ(KgramHashes(t), h);
}

TEST_F(CorpusIndexTest, CopiedPassageFoundWithExactSpansDespiteNameAndNumberChange) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  const std::string jayden_text =
      "Jayden is a cheerful boy who likes trains and swimming on Saturdays. " +
      std::string(kJaydenCopy) + ".";
  CaseText jayden{"case-jayden", {"Jayden"}, {{"b-7", jayden_text}}};
  auto matches = index->FindMatches(jayden);
  ASSERT_TRUE(matches.ok()) << matches.status().message();
  ASSERT_EQ(matches->size(), 1u);
  const Match& m = matches->front();
  EXPECT_EQ(m.passage_id, "b-7");
  EXPECT_EQ(Slice(jayden_text, m.begin, m.end), kJaydenCopy);
  EXPECT_EQ(m.other_case_id, "case-millie");
  EXPECT_EQ(m.other_passage_id, "b-1");
  EXPECT_EQ(Slice(Millie().passages[0].text, m.other_begin, m.other_end), kMillieCopy);
  EXPECT_EQ(m.words, 37);
  EXPECT_TRUE(m.name_changed);
  EXPECT_TRUE(m.number_changed);
  EXPECT_FALSE(m.is_boilerplate);
  EXPECT_FALSE(m.form_guidance);
  EXPECT_GT(m.similarity, 0.6);
  EXPECT_LT(m.similarity, 1.0);
}

TEST_F(CorpusIndexTest, CopyKeepingTheOtherChildsNameStillMatches) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  CaseText jayden{"case-jayden", {"Jayden"}, {{"b-2", std::string(kMillieCopy) + "."}}};
  auto matches = index->FindMatches(jayden);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->size(), 1u);
  EXPECT_EQ(matches->front().words, 37);
  EXPECT_DOUBLE_EQ(matches->front().similarity, 1.0);
  EXPECT_FALSE(matches->front().name_changed);  // "Millie" on both sides
  EXPECT_FALSE(matches->front().number_changed);
}

TEST_F(CorpusIndexTest, ReAddedCaseDoesNotMatchItself) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  CaseText redraft = Millie();
  redraft.passages[1].text += " Reviewed each half term.";
  ASSERT_TRUE(index->AddCase(redraft).ok());
  EXPECT_EQ(index->CaseCount(), 1);
  auto matches = index->FindMatches(redraft);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->empty());
  // The earlier draft's fingerprints are gone too: another case copying it finds one source.
  CaseText other{"case-other", {"Ava"}, {{"x", std::string(kMillieCopy)}}};
  auto from_other = index->FindMatches(other);
  ASSERT_TRUE(from_other.ok());
  ASSERT_EQ(from_other->size(), 1u);
  EXPECT_EQ(from_other->front().other_case_id, "case-millie");
}

TEST_F(CorpusIndexTest, UnrelatedTextsDoNotMatch) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  CaseText unrelated{
      "case-oscar",
      {"Oscar"},
      {{"c-1",
        "Oscar has a diagnosis of type one diabetes and checks his blood glucose before "
        "lunch with help from a trained member of staff who records the reading."}}};
  auto matches = index->FindMatches(unrelated);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->empty());
}

TEST_F(CorpusIndexTest, ShortCommonPhrasesDoNotMatch) {
  auto index = OpenIndex();
  CaseText a{"case-a",
             {"Ruby"},
             {{"p",
               "During lunch breaks Ruby will need support to develop her social skills "
               "because the playground is noisy and unpredictable for her."}}};
  ASSERT_TRUE(index->AddCase(a).ok());
  CaseText b{"case-b",
             {"Theo"},
             {{"p",
               "In the after school football club Theo will need support to develop his "
               "social skills so that he can take turns with the other players."}}};
  auto matches = index->FindMatches(b);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->empty()) << matches->front().words << " words matched";
}

TEST_F(CorpusIndexTest, TextSharedByManyCasesIsBoilerplate) {
  auto index = OpenIndex();
  const std::string stock =
      "This plan will be reviewed at least once every twelve months at an annual review "
      "meeting to which the family and all professionals involved will be invited.";
  const std::vector<std::string> kids = {"Amara", "Leo", "Isla", "Noah", "Freya", "Arlo"};
  std::vector<CaseText> cases;
  for (size_t i = 0; i < kids.size(); ++i) {
    cases.push_back({"case-" + kids[i],
                     {kids[i]},
                     {{"k", stock},
                      {"b", kids[i] + " has a unique interest number " + std::to_string(i) +
                                " in volcanoes."}}});
  }
  ASSERT_TRUE(index->AddCases(cases).ok());
  EXPECT_EQ(index->CaseCount(), 6);
  CaseText query{"case-new", {"Zara"}, {{"k-1", stock}}};
  auto matches = index->FindMatches(query);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->size(), 1u) << "boilerplate collapses to one example per span";
  EXPECT_TRUE(matches->front().is_boilerplate);
  EXPECT_FALSE(matches->front().form_guidance);
  EXPECT_GE(matches->front().case_count, 5);

  MatchOptions strict;
  strict.boilerplate_min_cases = 50;
  auto copies = index->FindMatches(query, strict);
  ASSERT_TRUE(copies.ok());
  EXPECT_EQ(copies->size(), kids.size()) << "below the threshold each case is a copy";
  for (const Match& m : *copies) EXPECT_FALSE(m.is_boilerplate);
}

TEST_F(CorpusIndexTest, RegisteredFormGuidanceIsBoilerplate) {
  auto index = OpenIndex();
  ASSERT_TRUE(index
                  ->AddBoilerplate("ep-advice-form",
                                   "Describe what the child will be able to do by the end of the "
                                   "key stage, for example Sam will be able to write a short "
                                   "paragraph independently using capital letters.")
                  .ok());
  EXPECT_EQ(index->CaseCount(), 0);
  CaseText query{"case-q",
                 {"Poppy"},
                 {{"e-1",
                   "Sam will be able to write a short paragraph independently using "
                   "capital letters."}}};
  auto matches = index->FindMatches(query);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->size(), 1u);
  EXPECT_TRUE(matches->front().is_boilerplate);
  EXPECT_TRUE(matches->front().form_guidance);
  EXPECT_EQ(matches->front().other_case_id, "form-guidance:ep-advice-form");
  // The example child in guidance is nobody's name.
  auto names = index->ForeignNamesIn(query);
  ASSERT_TRUE(names.ok());
  EXPECT_TRUE(names->empty());
}

TEST_F(CorpusIndexTest, ForeignNamesInFindsAnotherCasesChild) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  ASSERT_TRUE(index->AddCase({"case-will", {"Will Hughes"}, {{"a", "Will likes Lego."}}}).ok());
  const std::string text =
      "Jayden will need a visual timetable. Millie will need one too. Will said hello.";
  CaseText jayden{"case-jayden", {"Jayden"}, {{"f-3", text}}};
  auto names = index->ForeignNamesIn(jayden);
  ASSERT_TRUE(names.ok()) << names.status().message();
  ASSERT_EQ(names->size(), 2u);
  EXPECT_EQ((*names)[0].passage_id, "f-3");
  EXPECT_EQ((*names)[0].name, "Millie");
  EXPECT_EQ(Slice(text, (*names)[0].begin, (*names)[0].end), "Millie");
  EXPECT_EQ((*names)[0].other_case_ids, std::vector<std::string>{"case-millie"});
  EXPECT_EQ((*names)[1].name, "Will");  // capitalised; the lower-case verb is not flagged
  EXPECT_EQ((*names)[1].other_case_ids, std::vector<std::string>{"case-will"});
  // A case's own names are never foreign, even when checking a stored case.
  auto own = index->ForeignNamesIn(Millie());
  ASSERT_TRUE(own.ok());
  EXPECT_TRUE(own->empty());
}

TEST_F(CorpusIndexTest, DifferentOrdinaryWordsSplitTheAlignment) {
  auto index = OpenIndex();
  CaseText a{"case-a",
             {"Ruby"},
             {{"p",
               "Ruby will practise turn taking games with two peers in the quiet room "
               "every lunchtime so that she can join playground games by the summer."}}};
  ASSERT_TRUE(index->AddCase(a).ok());
  // Same sentence with one ordinary word changed in the middle: each side of the change is
  // under 12 words, so this is not reported (only names and numbers are bridged).
  CaseText b{"case-b",
             {"Theo"},
             {{"p",
               "Theo will practise turn taking games with two peers in the sensory room "
               "every lunchtime so that he can join playground games by the summer."}}};
  auto matches = index->FindMatches(b);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->empty());
}

TEST_F(CorpusIndexTest, RemoveCaseAndBatchRules) {
  auto index = OpenIndex();
  ASSERT_TRUE(index->AddCase(Millie()).ok());
  ASSERT_TRUE(index->RemoveCase("case-millie").ok());
  ASSERT_TRUE(index->RemoveCase("case-never-added").ok());
  EXPECT_EQ(index->CaseCount(), 0);
  CaseText jayden{"case-jayden", {"Jayden"}, {{"b-7", kJaydenCopy}}};
  auto matches = index->FindMatches(jayden);
  ASSERT_TRUE(matches.ok());
  EXPECT_TRUE(matches->empty());
  auto names = index->ForeignNamesIn({"x", {}, {{"p", "Then Millie arrived."}}});
  ASSERT_TRUE(names.ok());
  EXPECT_TRUE(names->empty());

  std::vector<CaseText> twice = {Millie(), Millie()};
  Status st = index->AddCases(twice);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(index->CaseCount(), 0) << "a rejected batch adds nothing";
  CaseText reserved = Millie();
  reserved.case_id = "form-guidance:x";
  EXPECT_EQ(index->AddCase(reserved).code(), StatusCode::kInvalidArgument);
  CaseText unnamed = Millie();
  unnamed.case_id.clear();
  EXPECT_EQ(index->AddCase(unnamed).code(), StatusCode::kInvalidArgument);
}

TEST_F(CorpusIndexTest, IndexPersistsAcrossReopen) {
  {
    auto index = OpenIndex();
    ASSERT_TRUE(index->AddCase(Millie()).ok());
  }
  auto reopened = OpenIndex();
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(reopened->CaseCount(), 1);
  CaseText jayden{"case-jayden", {"Jayden"}, {{"b-7", kJaydenCopy}}};
  auto matches = reopened->FindMatches(jayden);
  ASSERT_TRUE(matches.ok());
  ASSERT_EQ(matches->size(), 1u);
  EXPECT_EQ(matches->front().other_case_id, "case-millie");
  EXPECT_TRUE(matches->front().name_changed);
}

TEST_F(CorpusIndexTest, CorruptFileGivesClearError) {
  {
    std::ofstream out(path_, std::ios::binary);
    for (int i = 0; i < 512; ++i) out << "this is not a database ";
  }
  auto index = PassageIndex::Open(path_);
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(index.status().message().find(path_), std::string::npos);
  EXPECT_NE(index.status().message().find("rebuild"), std::string::npos);
}

TEST_F(CorpusIndexTest, DatabaseOfAnotherKindIsRefused) {
  {
    auto index = OpenIndex();  // creates a real index file ...
  }
  fs::remove(path_);
  // ... now a plain SQLite database without our tables.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE pupils(name TEXT)", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto index = PassageIndex::Open(path_);
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(index.status().message().find("another kind"), std::string::npos);
}

}  // namespace
}  // namespace ehcp::corpus
