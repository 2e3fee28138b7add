// golden-thread-gap: by area of need, a need (B) with no outcome (E) or no provision (F), or
// provision (F) in an area with no need (B). Statements without an area are not counted.
#include "pipeline/model/golden_thread.h"

#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"

namespace ehcp::checks {
namespace {

// The first need, outcome and provision of an area.
struct AreaUse {
  const Statement* need = nullptr;
  const Statement* outcome = nullptr;
  const Statement* provision = nullptr;
};

class GoldenThreadCheck : public Check {
 public:
  std::string_view name() const override { return "golden-thread-gap"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::vector<const Statement*> counted;
    for (const Statement& s : view.statements) {
      if (s.area != Area::kNone && !IsPlaceholder(s.text)) counted.push_back(&s);
    }
    const std::string basis = "SEND Code of Practice 9.69";
    for (const AreaThread& t : TraceGoldenThread(counted, view.child)) {
      const AreaUse u = {t.needs.empty() ? nullptr : t.needs.front(),
                         t.outcomes.empty() ? nullptr : t.outcomes.front(),
                         t.provision.empty() ? nullptr : t.provision.front()};
      std::string area = "'" + std::string(Label(t.area)) + "'";
      if (u.need && !u.outcome)
        out.push_back(MakeFlag(FlagId::kGoldenThreadGap,
                               "Section B describes needs in " + area +
                                   " but section E has no outcome for them: add an outcome for "
                                   "this area, or check the area given to the outcomes (" +
                                   basis + ")",
                               basis, {WholeStatement(*u.need)}));
      if (u.need && !u.provision)
        out.push_back(MakeFlag(FlagId::kGoldenThreadGap,
                               "Section B describes needs in " + area +
                                   " but section F has no provision for them: every need must "
                                   "have provision; ask the advice authors what is needed (" +
                                   basis + ")",
                               basis, {WholeStatement(*u.need)}));
      if (u.provision && !u.need)
        out.push_back(MakeFlag(FlagId::kGoldenThreadGap,
                               "Section F has provision in " + area +
                                   " but section B describes no need in that area: add the need "
                                   "it meets, or check the area given to the provision (" +
                                   basis + ")",
                               basis, {WholeStatement(*u.provision)}));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeGoldenThreadCheck() { return std::make_unique<GoldenThreadCheck>(); }

}  // namespace ehcp::checks
