// golden-thread-gap: by area of need, a need (B) with no outcome (E) or no provision (F), or
// provision (F) in an area with no need (B). Statements without an area are not counted.
#include <map>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"

namespace ehcp::checks {
namespace {

struct AreaUse {
  const Statement* need = nullptr;
  const Statement* outcome = nullptr;
  const Statement* provision = nullptr;
};

class GoldenThreadCheck : public Check {
 public:
  std::string_view name() const override { return "golden-thread-gap"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::map<Area, AreaUse> use;
    for (const Statement& s : view.statements) {
      if (s.area == Area::kNone || IsPlaceholder(s.text)) continue;
      AreaUse& u = use[s.area];
      if (s.section == Section::kB && !u.need) u.need = &s;
      if (s.section == Section::kE && !u.outcome) u.outcome = &s;
      if (s.section == Section::kF && !u.provision) u.provision = &s;
    }
    const std::string basis = "SEND Code of Practice 9.69";
    for (Area a : AllAreas()) {
      auto it = use.find(a);
      if (it == use.end()) continue;
      const AreaUse& u = it->second;
      std::string area = "'" + std::string(Label(a)) + "'";
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
