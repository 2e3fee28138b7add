// StatementFlags and AllChecks: the fixed order in which checks run.
#include <memory>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check.h"
#include "mappers/checks/check_util.h"

namespace ehcp {
namespace checks {
namespace {

// Runs StatementFlags over every statement, in plan order.
class StatementChecks : public Check {
 public:
  std::string_view name() const override { return "statement"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    for (const Statement& s : view.statements) {
      std::vector<Flag> flags = StatementFlags(s);
      for (Flag& f : flags) out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeStatementChecks() { return std::make_unique<StatementChecks>(); }

}  // namespace checks

std::vector<Flag> StatementFlags(const Statement& statement) {
  std::vector<Flag> out;
  if (statement.section == Section::kNotPlan) return out;
  checks::CheckResourceCaveat(statement, out);
  checks::CheckVagueWording(statement, out);
  checks::CheckProvisionQuantity(statement, out);
  checks::CheckOutcome(statement, out);
  checks::CheckSectionFit(statement, out);
  checks::CheckPlacement(statement, out);
  checks::CheckJargon(statement, out);
  checks::CheckReportVoice(statement, out);
  return out;
}

std::vector<std::unique_ptr<Check>> AllChecks() {
  std::vector<std::unique_ptr<Check>> all;
  all.push_back(checks::MakeStatementChecks());
  all.push_back(checks::MakeForeignNameCheck());
  all.push_back(checks::MakePronounCheck());
  all.push_back(checks::MakeIdentityCheck());
  all.push_back(checks::MakeDuplicateCheck());
  all.push_back(checks::MakeGoldenThreadCheck());
  all.push_back(checks::MakeMissingAdviceCheck());
  all.push_back(checks::MakeLowOcrCheck());
  return all;
}

}  // namespace ehcp
