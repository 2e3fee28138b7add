// Per-case checks (private to mappers/checks); AllChecks() in check.h lists them.
#pragma once

#include <memory>

#include "mappers/checks/check.h"

namespace ehcp::checks {

std::unique_ptr<Check> MakeStatementChecks();
std::unique_ptr<Check> MakeForeignNameCheck();
std::unique_ptr<Check> MakePronounCheck();
std::unique_ptr<Check> MakeIdentityCheck();
std::unique_ptr<Check> MakeDuplicateCheck();
std::unique_ptr<Check> MakeGoldenThreadCheck();
std::unique_ptr<Check> MakeMissingAdviceCheck();
std::unique_ptr<Check> MakeLowOcrCheck();
std::unique_ptr<Check> MakeFormAnswersCheck();

}  // namespace ehcp::checks
