// unquantified-provision and missing-quantity-in-advice.
//
// How they differ:
//  - unquantified-provision (block): the statement gives none of an amount, a frequency or a
//    named role ("support with social skills"). It cannot stand in a plan at all.
//  - missing-quantity-in-advice (warn): the statement gives some of it (a role, a frequency
//    or an amount) but not enough to work out hours: the amount or the frequency is missing
//    ("weekly sessions with the SaLT", "30 minutes of precision teaching"). The advice's author
//    must be asked; the tool never fills a figure in. Raised only for statements that come from
//    a document (advice), and never together with unquantified-provision.
// Equipment ("a writing slope") needs no hours and raises neither. A continuous frequency
// ("throughout the day", "in every lesson") with a named role answers both how often and how
// much; without a role it answers neither.
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "SEND Code of Practice 9.69";

bool IsContinuous(std::string_view frequency) {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (std::string_view c : rules::ContinuousFrequencies())
      if (c != "daily") entries.push_back({std::string(c)});
    return rules::PhraseIndex(std::move(entries));
  }();
  return index.Any(frequency);
}

// A one-off time: "within 12 weeks", "in four months", "by December 2025", "by March".
bool HasOneOffTime(const std::vector<rules::Token>& t) {
  auto is_unit = [](std::string_view w) {
    return w == "day" || w == "days" || w == "week" || w == "weeks" || w == "month" ||
           w == "months" || w == "year" || w == "years";
  };
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    double v = 0;
    if ((t[i].lower == "within" || t[i].lower == "in") && i + 2 < t.size() &&
        rules::NumberValue(t[i + 1], v) && is_unit(t[i + 2].lower))
      return true;
    if (t[i].lower == "by" && rules::IsMonth(t[i + 1].lower) && t[i + 1].capitalised) return true;
  }
  return false;
}

// One-off provision gives a count or a span instead of a frequency ("a block of six sessions",
// "twice in Year 11", "for 10 days", "within 12 weeks"). A bare "once" or "twice" counts only
// when a time follows it ("twice in Year 11", not "once he has settled").
bool IsOneOff(const ProvisionSlots& slots, const std::vector<rules::Token>& t) {
  if (HasOneOffTime(t)) return true;
  if (slots.quantity_text.empty() || !slots.frequency.empty()) return false;
  std::string q = ToLowerAscii(slots.quantity_text);
  if (q != "once" && q != "twice" && q != "thrice") return true;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower != q) continue;
    const std::string& next = t[i + 1].lower;
    if (next == "in" || next == "during" || next == "before" || next == "by" || next == "over" ||
        next == "across")
      return true;
  }
  return false;
}

bool IsReviewOrAppointment(std::string_view text) {
  for (std::string_view w : {"review", "reviewed", "reviews", "appointment", "appointments",
                             "clinic", "assessment", "check-up", "monitor", "monitored"}) {
    if (!rules::FindPhrase(text, w).empty()) return true;
  }
  return false;
}

}  // namespace

void CheckProvisionQuantity(const Statement& s, std::vector<Flag>& out) {
  if (!IsProvisionSection(s.section) || IsPlaceholder(s.text) || WordCount(s.text) < 2) return;
  ProvisionSlots slots = ProvisionOf(s);
  if (LeadsWithEquipment(s.text)) return;
  bool has_who = WhoIsSpecific(slots);
  // A time of day ("throughout the day", "at unstructured times") says when, not how much: it
  // counts as a frequency only when someone is named to deliver the provision.
  bool has_frequency = !slots.frequency.empty() && (has_who || !IsContinuous(slots.frequency));
  bool has_amount = slots.has_amount();
  bool one_off = !has_amount && !has_frequency && IsOneOff(slots, rules::Tokenise(s.text));
  if (!has_amount && !has_frequency && !has_who && !one_off) {
    out.push_back(MakeFlag(
        FlagId::kUnquantifiedProvision,
        "This provision does not say how much, how often or who will deliver it: state the "
        "amount (for example '30 minutes'), how often ('twice weekly') and who ('a teaching "
        "assistant trained by the speech and language therapist'), taking the figures from the "
        "advice (" +
            std::string(kBasis) + ")",
        std::string(kBasis), {WholeStatement(s)}));
    return;
  }
  if (s.document.empty() || slots.hours_per_year || IsContinuous(slots.frequency)) return;
  // A review, appointment or assessment that says how often and by whom has no session length
  // to ask for ("reviewed in clinic every six months by a consultant paediatrician").
  if (has_frequency && has_who && IsReviewOrAppointment(s.text)) return;
  std::string missing = !has_amount && !has_frequency ? "how long each session is or how often"
                        : !has_amount                 ? "how long each session is"
                                                      : "how often it happens";
  out.push_back(MakeFlag(FlagId::kMissingQuantityInAdvice,
                         "The advice recommends this provision but does not say " + missing +
                             ": ask the author of the advice for the figure and do not fill it "
                             "in yourself (" +
                             std::string(kBasis) + ")",
                         std::string(kBasis), {WholeStatement(s)}));
}

}  // namespace ehcp::checks
