// placement-in-draft: a draft must not name a school or a type of school (CFA 2014 s38(5)).
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "Children and Families Act 2014 s38(5)";

bool IsSchoolHead(const rules::Token& t, std::string_view text) {
  std::string_view raw = text.substr(t.begin, t.end - t.begin);
  for (std::string_view h : rules::SchoolNameHeads())
    if (raw == h) return true;
  return false;
}

// Words after "mainstream" that make it a type of school rather than "the mainstream
// curriculum" or "mainstream lessons".
bool IsSettingWord(std::string_view w) {
  static constexpr std::string_view k[] = {"school",  "schools",   "setting",   "settings",
                                           "primary", "secondary", "placement", "provision",
                                           "college", "nursery",   "high",      "education",
                                           "academy", "unit",      "infant",    "junior"};
  for (std::string_view x : k)
    if (w == x) return true;
  return false;
}

void Raise(const Statement& s, size_t b, size_t e, std::vector<Flag>& out) {
  out.push_back(MakeFlag(FlagId::kPlacementInDraft,
                         Quote(s.text.substr(b, e - b)) +
                             " names a school or a type of school, which a draft plan must not "
                             "do: remove it here and keep it for the placement decision (" +
                             std::string(kBasis) + ")",
                         std::string(kBasis), {SpanIn(s, b, e)}));
}

const rules::PhraseIndex& SchoolTypeIndex() {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (std::string_view term : rules::SchoolTypeTerms()) entries.push_back({std::string(term)});
    return rules::PhraseIndex(std::move(entries));
  }();
  return index;
}

}  // namespace

void CheckPlacement(const Statement& s, std::vector<Flag>& out) {
  if (!IsPlanContent(s.section)) return;
  std::vector<rules::Token> t = rules::Tokenise(s.text);
  // Named schools: capitalised words ending in "School", "Academy", "College".
  for (size_t i = 1; i < t.size(); ++i) {
    if (!IsSchoolHead(t[i], s.text)) continue;
    if (i + 1 < t.size() && t[i + 1].lower == "of") continue;  // "Royal College of …"
    size_t j = i;
    bool proper = false;
    while (j > 0 && (t[j - 1].capitalised || t[j - 1].lower == "'s" || t[j - 1].lower == "&")) {
      --j;
      std::string base = t[j].lower;
      if (base.size() > 2 && base.ends_with("'s")) base.resize(base.size() - 2);
      if (!rules::IsGenericSchoolWord(base) && !rules::IsNonNameSubject(base)) proper = true;
    }
    if (proper) {
      Raise(s, t[j].begin, t[i].end, out);
      return;
    }
  }
  auto terms = rules::SchoolTypeTerms();
  for (const rules::PhraseHit& hit : SchoolTypeIndex().FindAll(s.text)) {
    std::string_view term = terms[hit.phrase];
    size_t b = hit.begin, e = hit.end;
    if (term == "mainstream") {
      size_t k = 0;
      while (k < t.size() && t[k].begin < e) ++k;
      if (k >= t.size() || !IsSettingWord(t[k].lower)) continue;
      e = t[k].end;
    }
    Raise(s, b, e, out);
    return;
  }
}

}  // namespace ehcp::checks
