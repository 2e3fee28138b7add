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

}  // namespace

void CheckJargon(const Statement& s, std::vector<Flag>& out) {
  if (!IsPlanContent(s.section) || MostlyCapitals(s.text)) return;
  for (const rules::GlossaryEntry& g : rules::Glossary()) {
    auto hits =
        g.acronym ? rules::FindPhraseExact(s.text, g.term) : rules::FindPhrase(s.text, g.term);
    if (g.acronym) {
      auto plural = rules::FindPhraseExact(s.text, std::string(g.term) + "s");
      hits.insert(hits.end(), plural.begin(), plural.end());
    }
    if (hits.empty() || Expanded(s.text, g, hits[0].second)) continue;
    std::vector<FlagSpan> spans;
    for (auto [b, e] : hits) spans.push_back(SpanIn(s, b, e));
    std::string msg =
        g.acronym ? Quote(g.term) + " may not be understood by the family: write it out as " +
                        Quote(std::string(g.expansion) + " (" + std::string(g.term) + ")") +
                        " the first time it is used (" + std::string(kBasis) + ")"
                  : Quote(g.term) + " needs a plain explanation for the family, for example: " +
                        std::string(g.expansion) + " (" + std::string(kBasis) + ")";
    out.push_back(MakeFlag(FlagId::kJargon, std::move(msg), std::string(kBasis), std::move(spans)));
  }
}

std::vector<std::string> JargonExplainedIn(const Statement& s) {
  std::vector<std::string> out;
  if (!IsPlanContent(s.section)) return out;
  for (const rules::GlossaryEntry& g : rules::Glossary()) {
    auto hits =
        g.acronym ? rules::FindPhraseExact(s.text, g.term) : rules::FindPhrase(s.text, g.term);
    if (!hits.empty() && Expanded(s.text, g, hits[0].second)) out.emplace_back(g.term);
  }
  return out;
}

}  // namespace ehcp::checks
