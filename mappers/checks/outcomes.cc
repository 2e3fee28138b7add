// outcome-no-timescale, outcome-not-measurable and outcome-is-provision (DOMAIN.md §5).
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"

namespace ehcp::checks {

void CheckOutcome(const Statement& s, std::vector<Flag>& out) {
  if (s.section != Section::kE || IsPlaceholder(s.text) || WordCount(s.text) < 3) return;
  OutcomeSlots o = OutcomeOf(s);
  const std::string basis = "SEND Code of Practice 9.66";
  if (!o.subject_is_child) {
    out.push_back(MakeFlag(
        FlagId::kOutcomeIsProvision,
        "This outcome describes a service or support, not the difference it should make for the "
        "child: move it to section F and write the outcome as what the child will be able to do "
        "(" +
            basis + ")",
        basis, {WholeStatement(s)}));
    return;
  }
  if (o.time_anchor.empty()) {
    out.push_back(MakeFlag(FlagId::kOutcomeNoTimescale,
                           "This outcome gives no time by which it should be achieved: add one, "
                           "for example 'by the end of Key Stage 2' or 'by July 2027' (" +
                               basis + ")",
                           basis, {WholeStatement(s)}));
  }
  if (o.measure.empty()) {
    out.push_back(MakeFlag(FlagId::kOutcomeNotMeasurable,
                           "This outcome has nothing that can be seen or counted: say what the "
                           "child will do and how success will be measured, for example 'ask an "
                           "adult for help in 4 out of 5 lessons' (" +
                               basis + ")",
                           basis, {WholeStatement(s)}));
  }
}

}  // namespace ehcp::checks
