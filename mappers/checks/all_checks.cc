// StatementFlags and AllChecks: the fixed order in which checks run.
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check.h"
#include "mappers/checks/check_util.h"
#include "mappers/slots/slots.h"

namespace ehcp {
namespace checks {
namespace {

// Runs StatementFlags over every statement, in plan order.
class StatementChecks : public Check {
 public:
  std::string_view name() const override { return "statement"; }
  // Jargon is judged in the order the draft reads (sections A to K): a term explained or
  // flagged at its first use is not flagged again.
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::vector<const Statement*> order;
    for (const Statement& s : view.statements) order.push_back(&s);
    std::stable_sort(order.begin(), order.end(), [](const Statement* a, const Statement* b) {
      return static_cast<int>(a->section) < static_cast<int>(b->section);
    });
    std::set<std::string> introduced;
    std::map<const Statement*, std::vector<Flag>> by_statement;
    for (const Statement* s : order) {
      std::vector<Flag> kept;
      for (Flag& f : StatementFlags(*s)) {
        if (f.rule == FlagId::kJargon && !f.spans.empty()) {
          const FlagSpan& sp = f.spans.front();
          std::string term = s->text.substr(sp.begin, sp.end - sp.begin);
          if (!introduced.insert(term).second) continue;
        }
        kept.push_back(std::move(f));
      }
      for (std::string& term : JargonExplainedIn(*s)) introduced.insert(std::move(term));
      by_statement[s] = std::move(kept);
    }
    for (const Statement& s : view.statements) {
      for (Flag& f : by_statement[&s]) out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeStatementChecks() { return std::make_unique<StatementChecks>(); }

}  // namespace checks

std::vector<Flag> StatementFlags(const Statement& given) {
  std::vector<Flag> out;
  if (given.section == Section::kNotPlan) return out;
  // Two checks read the provision slots: parse them once (a copy, so the caller's statement is
  // not changed).
  Statement parsed;
  const Statement* s = &given;
  if (IsProvisionSection(given.section) && !given.provision) {
    parsed = given;
    parsed.provision = ParseProvision(given.text);
    s = &parsed;
  }
  const Statement& statement = *s;
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
  all.push_back(checks::MakeFormAnswersCheck());
  return all;
}

}  // namespace ehcp
