// PhraseIndex must find exactly what FindPhrase / FindPhraseExact find, phrase by phrase, in the
// same order: the checks rely on that order (first hit, first term with a hit).
#include "mappers/rules/text_scan.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "mappers/rules/lexicon.h"

namespace ehcp::rules {
namespace {

// What calling FindPhrase / FindPhraseExact for each phrase in turn gives.
std::vector<PhraseHit> OneByOne(const std::vector<PhraseIndex::Entry>& entries,
                                std::string_view text) {
  std::vector<PhraseHit> out;
  for (size_t k = 0; k < entries.size(); ++k) {
    auto hits = entries[k].exact ? FindPhraseExact(text, entries[k].phrase)
                                 : FindPhrase(text, entries[k].phrase);
    for (auto [b, e] : hits) out.push_back(PhraseHit{k, b, e});
  }
  return out;
}

std::string Show(const std::vector<PhraseHit>& hits) {
  std::string s;
  for (const PhraseHit& h : hits)
    s += std::to_string(h.phrase) + "@" + std::to_string(h.begin) + "-" + std::to_string(h.end) +
         " ";
  return s;
}

void ExpectSame(const std::vector<PhraseIndex::Entry>& entries, const PhraseIndex& index,
                std::string_view text) {
  EXPECT_EQ(Show(index.FindAll(text)), Show(OneByOne(entries, text))) << text;
  EXPECT_EQ(index.Any(text), !OneByOne(entries, text).empty()) << text;
}

TEST(PhraseIndex, FindsWhatFindPhraseFindsInTheSameOrder) {
  std::vector<PhraseIndex::Entry> entries = {
      {"access to"},   {"ASD", true}, {"ASDs", true},    {"e.g."},        {"etc."},  {"1:1"},
      {"(ASD)", true}, {"%"},         {"a a"},           {"small group"}, {"small"}, {"child's"},
      {"10"},          {"up to"},     {"half-termly"},   {"school"},      {""},      {"ELSA", true},
      {"Y", true},     {"x"},         {"sessions each"}, {"’s"},          {"café"},  {"per week."},
      {"as required"},
  };
  PhraseIndex index(entries);
  for (std::string_view text : {
           "Access to a small group (up to 6) e.g. ELSA, etc. in school.",
           "Daily 1:1 support; 11:1 is not 1:1. ASDs and asd and ASD (ASD).",
           "a a a a",
           "School-based: 10–20 minutes; 10min; 100%; 10% of the time.",
           "The child's book, the child’s book, the child’s café visit.",
           "sessions each week, 3 sessions each.",
           "x-ray X x",
           "Y Year y",
           "half-termly half–termly HALF-TERMLY",
           "as required.As required",
           "",
           " ",
           "ASD",
           "smallgroup small  group small group",
           "twice per week. per week.5",
       }) {
    ExpectSame(entries, index, text);
  }
}

TEST(PhraseIndex, MatchesFindPhraseForTheLexiconOverTheClassifyCorpus) {
  std::vector<PhraseIndex::Entry> entries;
  for (const GlossaryEntry& g : Glossary()) {
    entries.push_back({std::string(g.term), g.acronym});
    if (g.acronym) entries.push_back({std::string(g.term) + "s", true});
  }
  for (const VagueTerm& t : VagueTerms()) entries.push_back({std::string(t.phrase)});
  for (std::string_view c : ResourceCaveats()) entries.push_back({std::string(c)});
  for (const ReportVoiceCue& c : ReportVoiceCues()) entries.push_back({std::string(c.phrase)});
  for (const RoleTerm& r : RoleTerms()) entries.push_back({std::string(r.phrase)});
  for (const RoleTerm& r : RoleTerms()) entries.push_back({std::string(r.phrase), true});
  for (const ProvisionType& p : ProvisionTypes()) entries.push_back({std::string(p.phrase)});
  for (std::string_view p : SettingTerms()) entries.push_back({std::string(p)});
  for (std::string_view p : ContinuousFrequencies()) entries.push_back({std::string(p)});
  for (std::string_view p : SchoolTypeTerms()) entries.push_back({std::string(p)});
  PhraseIndex index(entries);
  std::ifstream in(std::string(EHCP_SOURCE_DIR) + "/tests/data/classify/corpus.tsv");
  ASSERT_TRUE(in) << "tests/data/classify/corpus.tsv";
  std::string line;
  size_t rows = 0, hits = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string text = line.substr(line.rfind('\t') + 1);
    std::vector<PhraseHit> want = OneByOne(entries, text);
    ASSERT_EQ(Show(index.FindAll(text)), Show(want)) << text;
    ++rows;
    hits += want.size();
  }
  EXPECT_GT(rows, 700u);
  EXPECT_GT(hits, 500u);  // the comparison is not vacuous
}

TEST(TokensMatch, MatchesWordByWord) {
  std::vector<Token> t = Tokenise("Twice a half-term, half term");
  size_t next = 0;
  EXPECT_TRUE(TokensMatch(t, 1, "a half - term", &next));
  EXPECT_EQ(next, 5u);
  EXPECT_FALSE(TokensMatch(t, 1, "a half term"));
  EXPECT_FALSE(TokensMatch(t, 1, "a hal"));
  EXPECT_FALSE(TokensMatch(t, 1, "a halfs"));
  EXPECT_TRUE(TokensMatch(t, 6, "half term", &next));
  EXPECT_EQ(next, 8u);
  EXPECT_FALSE(TokensMatch(t, 6, "half term now"));  // runs out of tokens
  EXPECT_FALSE(TokensMatch(t, 6, "half  term"));     // an empty word never matches
  EXPECT_TRUE(TokensMatch(t, 0, "twice"));
  EXPECT_TRUE(TokensMatch(t, 0, ""));
}

}  // namespace
}  // namespace ehcp::rules
