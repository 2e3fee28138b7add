// placement-in-draft: a draft must not name a school or a type of school as the plan's placement
// (CFA 2014 s38(5)); the school a child attends now or attended before may be named in needs,
// views and history.
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "pipeline/base/text.h"

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

// Words that make a school or a type of school the plan's decision: a recommended, wanted or
// required placement ("can be met in a mainstream school", "should attend", "we want Toby to
// move to…"), as opposed to the school the child attends now or attended before.
bool NamesAPlacementDecision(std::string_view lower) {
  static constexpr std::string_view kDecision[] = {
      "can be met in",    "be met in",       "be met at",       "should attend",
      "should go to",     "should move",     "should transfer", "would benefit from a place",
      "needs a place",    "need a place",    "requires a place", "a place at",
      "a place in",       "placement at",    "placement in",    "placement should",
      "be placed",        "we want",         "want him to",     "want her to",
      "want them to",     "would like him to", "would like her to", "recommend",
      "move to",          "transfer to",     "go to a",         "should be educated",
      "needs to attend",  "need to attend",  "to attend a",     "requires a specialist",
      "requires specialist", "named in section i", "name in section i", "such as",
      "will attend",      "would attend",    "could attend",    "best placed",
      "most appropriate", "appropriate setting", "appropriate placement", "suitable",
  };
  for (std::string_view cue : kDecision) {
    if (lower.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

void CheckPlacement(const Statement& s, std::vector<Flag>& out) {
  if (!IsPlanContent(s.section)) return;
  // The child's current or past school in needs, views and history is not a placement
  // decision. Section I, provision tied to a setting, and a recommended or wanted placement are.
  if (s.section != Section::kI && !IsProvisionSection(s.section) &&
      !NamesAPlacementDecision(ToLowerAscii(s.text))) {
    return;
  }
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
