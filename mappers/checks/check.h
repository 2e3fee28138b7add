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

// Every check, in a fixed order.
std::vector<std::unique_ptr<Check>> AllChecks();

// Flags that the statement alone decides (for `ehcp classify` and per-statement checks),
// given its section. Spans refer to `statement.id`.
std::vector<Flag> StatementFlags(const Statement& statement);

}  // namespace ehcp
