// Provision and outcome slot parsing (DOMAIN.md §4 and §5). Pure functions of the text.
#pragma once

#include <string_view>

#include "pipeline/model/statement.h"

namespace ehcp {

// What, who, amount, frequency, duration, group size, setting, and hours per 39-week school
// year, each slot holding the advice's own words. A statement without an amount has
// hours_per_year unset and amount empty ("no amount given").
ProvisionSlots ParseProvision(std::string_view text);

// Time anchor, measurable element and whether the subject is the child.
OutcomeSlots ParseOutcome(std::string_view text);

}  // namespace ehcp
