// vague-wording and resource-caveat: provision wording that leaves room for doubt (DOMAIN.md §4).
#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "SEND Code of Practice 9.69";

// The token that starts at or after byte `pos`.
const rules::Token* TokenAfter(const std::vector<rules::Token>& t, size_t pos, size_t* index) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].begin >= pos) {
      if (index) *index = i;
      return &t[i];
    }
  }
  return nullptr;
}

bool IsGroupNoun(std::string_view w) {
  return w == "pupils" || w == "children" || w == "students" || w == "peers" || w == "others" ||
         w == "learners";
}

// Context that makes a matched term not vague.
bool Excused(const rules::VagueTerm& term, std::string_view text,
             const std::vector<rules::Token>& t, size_t b, size_t e, const ProvisionSlots& slots,
             bool specifics) {
  if (specifics && rules::VagueKindExcusedBySpecifics(term.kind)) return true;
  size_t ni = 0;
  const rules::Token* next = TokenAfter(t, e, &ni);
  if (term.needs_number) {
    double v = 0;
    if (!next || !rules::NumberValue(*next, v)) return true;
    // "a small group of up to 4 pupils" states a group size, not a ceiling on provision.
    if (term.phrase == "up to" && ni + 1 < t.size() && IsGroupNoun(t[ni + 1].lower)) return true;
  }
  if (term.phrase == "may" && text[b] == 'M' && b > 0) return true;  // the month
  if (term.phrase == "may" && next && next->is_number) return true;
  if ((term.phrase == "small group" || term.phrase == "small groups") &&
      std::any_of(slots.group_size.begin(), slots.group_size.end(),
                  [](char c) { return c >= '0' && c <= '9'; }))
    return true;
  if (term.kind == rules::VagueKind::kActor &&
      term.phrase.find("group") == std::string_view::npos && WhoIsSpecific(slots))
    return true;
  return false;
}

// A range whose top is more than half as big again as its bottom ("20-45 minutes").
bool WideRange(std::string_view amount) {
  std::vector<double> nums;
  for (const rules::Token& tok : rules::Tokenise(amount)) {
    double v = 0;
    if (rules::NumberValue(tok, v)) nums.push_back(v);
  }
  return nums.size() >= 2 && nums[1] > nums[0] * 1.5;
}

const rules::PhraseIndex& VagueIndex() {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (const rules::VagueTerm& term : rules::VagueTerms())
      entries.push_back({std::string(term.phrase), false});
    return rules::PhraseIndex(std::move(entries));
  }();
  return index;
}

const rules::PhraseIndex& CaveatIndex() {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (std::string_view caveat : rules::ResourceCaveats())
      entries.push_back({std::string(caveat), false});
    return rules::PhraseIndex(std::move(entries));
  }();
  return index;
}

bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Resource caveats in free wording, as byte ranges: "subject to the panel's approval of
// funding", "pending funding", "within the school's existing resources", "if funding can be
// secured", "when a bed becomes available", "funding permitting".
std::vector<std::pair<size_t, size_t>> FreeCaveats(const std::vector<rules::Token>& t) {
  std::vector<std::pair<size_t, size_t>> out;
  const size_t n = t.size();
  auto word = [&](size_t j) { return t[j].is_word || t[j].is_number; };
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = t[i].lower;
    if (w == "permitting" && i > 0 && rules::IsCaveatResource(t[i - 1].lower)) {
      out.emplace_back(t[i - 1].begin, t[i].end);
      continue;
    }
    enum { kSubject, kWithin, kPending, kCondition } kind;
    size_t from = i + 1;
    if (w == "subject" && i + 1 < n && t[i + 1].lower == "to") {
      kind = kSubject;
      from = i + 2;
    } else if (w == "within") {
      kind = kWithin;
    } else if (w == "pending") {
      kind = kPending;
    } else if (OneOf(w, {"if", "when", "once", "until", "where"})) {
      kind = kCondition;
    } else {
      continue;
    }
    // The resource: within the next few words of the same clause.
    size_t res = n;
    for (size_t j = from; j < n && j < from + 6 && word(j); ++j) {
      const std::string& r = t[j].lower;
      if (!rules::IsCaveatResource(r)) continue;
      bool money = OneOf(r, {"funding", "funds", "budget", "budgets", "resources", "resource",
                             "capacity", "money"});
      bool decision = money || OneOf(r, {"approval", "panel", "panel's"});
      if ((kind == kWithin && !money) || (kind == kPending && !decision)) continue;
      res = j;
      break;
    }
    if (res == n) continue;
    size_t end = res;
    if (kind == kCondition) {  // "if funding can be secured": the resource must be found
      end = n;
      for (size_t k = res + 1; k < n && k <= res + 4 && word(k); ++k) {
        if (rules::IsCaveatAvailable(t[k].lower)) {
          end = k;
          break;
        }
      }
      if (end == n) continue;
      if (end + 1 < n && OneOf(t[end + 1].lower, {"available", "free", "up"})) ++end;
    }
    out.emplace_back(t[i].begin, t[end].end);
    i = end;
  }
  return out;
}

}  // namespace

void CheckVagueWording(const Statement& s, std::vector<Flag>& out) {
  if (!IsProvisionSection(s.section) || IsPlaceholder(s.text)) return;
  ProvisionSlots slots = ProvisionOf(s);
  bool specifics = slots.has_amount() && !slots.frequency.empty() && WhoIsSpecific(slots);
  std::vector<rules::Token> tokens = rules::Tokenise(s.text);
  std::vector<std::pair<size_t, size_t>> taken;
  std::vector<rules::PhraseHit> all = VagueIndex().FindAll(s.text);
  auto terms = rules::VagueTerms();
  for (size_t i = 0; i < all.size();) {
    const rules::VagueTerm& term = terms[all[i].phrase];
    std::vector<FlagSpan> spans;
    for (size_t k = all[i].phrase; i < all.size() && all[i].phrase == k; ++i) {
      const size_t b = all[i].begin, e = all[i].end;
      bool covered = std::any_of(taken.begin(), taken.end(),
                                 [&](auto r) { return b < r.second && e > r.first; });
      if (covered || Excused(term, s.text, tokens, b, e, slots, specifics)) continue;
      taken.emplace_back(b, e);
      spans.push_back(SpanIn(s, b, e));
    }
    if (spans.empty()) continue;
    std::string words = s.text.substr(spans[0].begin, spans[0].end - spans[0].begin);
    out.push_back(MakeFlag(FlagId::kVagueWording,
                           Quote(words) + " " + std::string(rules::VagueReason(term.kind)) +
                               ": state who will do what, how often and for how long (" +
                               std::string(kBasis) + ")",
                           std::string(kBasis), std::move(spans)));
  }
  if (!slots.amount.empty() && WideRange(slots.amount)) {
    size_t b = s.text.find(slots.amount);
    out.push_back(MakeFlag(
        FlagId::kVagueWording,
        Quote(slots.amount) +
            " is a wide range: state one amount, or the least that will be provided (" +
            std::string(kBasis) + ")",
        std::string(kBasis),
        {b == std::string::npos ? WholeStatement(s) : SpanIn(s, b, b + slots.amount.size())}));
  }
}

void CheckResourceCaveat(const Statement& s, std::vector<Flag>& out) {
  if (!IsProvisionSection(s.section)) return;
  auto raise = [&](const std::vector<std::pair<size_t, size_t>>& hits) {
    std::vector<FlagSpan> spans;
    for (auto [b, e] : hits) spans.push_back(SpanIn(s, b, e));
    std::string words = s.text.substr(hits[0].first, hits[0].second - hits[0].first);
    out.push_back(MakeFlag(
        FlagId::kResourceCaveat,
        Quote(words) + " makes the provision depend on money or availability, which the "
                       "law does not allow: remove it and state the provision the child "
                       "needs (SEND Code of Practice 9.69; Children and Families Act 2014 "
                       "s42)",
        "SEND Code of Practice 9.69; Children and Families Act 2014 s42", std::move(spans)));
  };
  std::vector<std::pair<size_t, size_t>> listed;
  std::vector<rules::PhraseHit> all = CaveatIndex().FindAll(s.text);
  for (size_t i = 0; i < all.size();) {
    std::vector<std::pair<size_t, size_t>> hits;
    for (size_t k = all[i].phrase; i < all.size() && all[i].phrase == k; ++i)
      hits.emplace_back(all[i].begin, all[i].end);
    listed.insert(listed.end(), hits.begin(), hits.end());
    raise(hits);
  }
  // Free wording that no listed phrase already covers.
  // (Not structured bindings: clang 14 cannot capture them in the lambda.)
  for (std::pair<size_t, size_t> span : FreeCaveats(rules::Tokenise(s.text))) {
    const size_t b = span.first, e = span.second;
    bool covered = std::any_of(listed.begin(), listed.end(),
                               [&](auto r) { return b < r.second && e > r.first; });
    if (!covered) raise({{b, e}});
  }
}

}  // namespace ehcp::checks
