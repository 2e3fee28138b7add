// Checks raise flags (DOMAIN.md §10). Each check is one small unit with one flag id family,
// testable alone. Checks read classified statements; they never change them.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "pipeline/model/plan.h"

namespace ehcp {

// Everything a per-case check may read.
struct CaseView {
  const ChildInfo& child;
  const std::vector<Document>& documents;    // with blocks, in case order
  const std::vector<Statement>& statements;  // classified, with ids, in plan order
};

class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view name() const = 0;
  // Appends flags; Flag::id is left empty (the assembler numbers flags).
  virtual void Run(const CaseView& view, std::vector<Flag>& out) const = 0;
};

// Every check, in a fixed order. The first ("statement") runs StatementFlags over every
// statement, so a caller that runs AllChecks must NOT also call StatementFlags for the same case.
// Order: statement, foreign-name, pronoun-mismatch, identity-conflict, duplicate-in-plan,
// golden-thread-gap, missing-advice, low-ocr-confidence.
std::vector<std::unique_ptr<Check>> AllChecks();

// Flags that the statement alone decides (for `ehcp classify` and per-statement checks),
// given its section. Spans refer to `statement.id`. Slots are read from statement.provision /
// statement.outcome when set, otherwise parsed from the text. kNotPlan statements raise nothing.
// Families: resource-caveat, vague-wording, unquantified-provision, missing-quantity-in-advice
// (F/G/H1/H2; missing-quantity only when statement.document is set), outcome-* (E),
// provision-outside-f (A-D), therapy-in-g (G), placement-in-draft, jargon, report-voice
// (all plan sections except K).
std::vector<Flag> StatementFlags(const Statement& statement);

}  // namespace ehcp
