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

namespace ehcp {

// True when `slots.who` names a role ("teaching assistant", "SENCO") rather than an unnamed
// adult ("a familiar adult", "school staff"). Unnamed actors do not count as "who" for
// unquantified-provision.
bool WhoIsSpecific(const ProvisionSlots& slots);

// True when `slots.what` is an item of equipment ("writing slope", "ear defenders"), which
// needs no hours or frequency to be specific.
bool WhatIsEquipment(const ProvisionSlots& slots);

// True when the first kind of provision the text names (the earliest ProvisionTypes phrase, the
// longest at that place) is equipment or a physical resource ("A height-adjustable chair with a
// footplate…", "Time-out card and a calm space"): it needs no hours. "Support to use a visual
// timetable" leads with support, not equipment.
bool LeadsWithEquipment(std::string_view text);

// Number of school weeks in the year used to normalise hours (DOMAIN.md §4).
inline constexpr double kSchoolWeeksPerYear = 39.0;

}  // namespace ehcp
