// jargon: acronyms and assessment terms a family may not understand (DOMAIN.md §8).
// An acronym is fine when the same statement expands it ("autism spectrum condition (ASC)")
// or glosses it in brackets ("ASC (autism)"). Statements in capitals (headings) are skipped.
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "SEND Code of Practice 9.61";

bool MostlyCapitals(std::string_view text) {
  size_t upper = 0, letters = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') ++upper, ++letters;
    if (c >= 'a' && c <= 'z') ++letters;
  }
  return letters > 8 && upper * 10 > letters * 7;
}

bool Expanded(std::string_view text, const rules::GlossaryEntry& g, size_t e) {
  std::string_view exp = g.expansion;
  size_t cut = exp.find(" (");
  if (cut != std::string_view::npos) exp = exp.substr(0, cut);
  if (!rules::FindPhrase(text, exp).empty()) return true;
  // "ASC (autism …)" or "… (ASC)"
  size_t k = e;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k < text.size() && text[k] == '(') return true;
  return !rules::FindPhraseExact(text, "(" + std::string(g.term) + ")").empty();
}

// Glossary entry g is phrase 2g (exact case for an acronym) and, for an acronym, its plural
// ("EHCPs") is phrase 2g + 1; a term has an empty plural, which never matches.
const rules::PhraseIndex& GlossaryIndex() {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (const rules::GlossaryEntry& g : rules::Glossary()) {
      entries.push_back({std::string(g.term), g.acronym});
      entries.push_back({g.acronym ? std::string(g.term) + "s" : std::string(), true});
    }
    return rules::PhraseIndex(std::move(entries));
  }();
  return index;
}

// For each glossary entry with hits, in glossary order: its hits (the term's, then the
// plural's), as FindPhrase / FindPhraseExact would give them.
template <typename Fn>
void ForEachGlossaryHit(std::string_view text, Fn fn) {
  std::vector<rules::PhraseHit> all = GlossaryIndex().FindAll(text);
  auto glossary = rules::Glossary();
  std::vector<std::pair<size_t, size_t>> hits;
  for (size_t i = 0; i < all.size();) {
    size_t g = all[i].phrase / 2;
    hits.clear();
    for (; i < all.size() && all[i].phrase / 2 == g; ++i)
      hits.emplace_back(all[i].begin, all[i].end);
    fn(glossary[g], hits);
  }
}

}  // namespace

void CheckJargon(const Statement& s, std::vector<Flag>& out) {
  if (!IsPlanContent(s.section) || MostlyCapitals(s.text)) return;
  ForEachGlossaryHit(s.text, [&](const rules::GlossaryEntry& g,
                                 const std::vector<std::pair<size_t, size_t>>& hits) {
    if (hits.empty() || Expanded(s.text, g, hits[0].second)) return;
    std::vector<FlagSpan> spans;
    for (auto [b, e] : hits) spans.push_back(SpanIn(s, b, e));
    std::string msg =
        g.acronym ? Quote(g.term) + " may not be understood by the family: write it out as " +
                        Quote(std::string(g.expansion) + " (" + std::string(g.term) + ")") +
                        " the first time it is used (" + std::string(kBasis) + ")"
                  : Quote(g.term) + " needs a plain explanation for the family, for example: " +
                        std::string(g.expansion) + " (" + std::string(kBasis) + ")";
    out.push_back(MakeFlag(FlagId::kJargon, std::move(msg), std::string(kBasis), std::move(spans)));
  });
}

std::vector<std::string> JargonExplainedIn(const Statement& s) {
  std::vector<std::string> out;
  if (!IsPlanContent(s.section)) return out;
  // Only the term's own hits count here, not its plural's.
  std::vector<rules::PhraseHit> all = GlossaryIndex().FindAll(s.text);
  auto glossary = rules::Glossary();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].phrase % 2 != 0 || (i > 0 && all[i - 1].phrase == all[i].phrase)) continue;
    const rules::GlossaryEntry& g = glossary[all[i].phrase / 2];
    if (Expanded(s.text, g, all[i].end)) out.emplace_back(g.term);
  }
  return out;
}

}  // namespace ehcp::checks
