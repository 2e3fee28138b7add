// A hand-built Plan for the writer tests. Invented child and professionals.
#pragma once

#include <string>

#include "pipeline/model/plan.h"

namespace ehcp::testing {

// Oliver "Ollie" Pemberton: three documents read, one failed; statements in A, B (two areas),
// C, E, F (two areas), G, I (a named school) and one not-plan line; sections D, H1, H2 and J
// empty; flags: vague-wording on words of an F statement, placement-in-draft on the I
// statement, jargon on a B statement, conflicting-advice across two F statements, and a
// case-wide missing-advice flag.
Plan MakeFixturePlan();

// Statement texts the tests look for.
inline constexpr const char* kVagueProvision =
    "Ollie will have regular access to a small group for social skills.";
inline constexpr const char* kVagueWords = "regular access to";
inline constexpr const char* kQuantifiedProvision =
    "Ollie will receive 30 minutes of 1:1 speech and language therapy twice weekly, delivered "
    "by a qualified speech and language therapist.";
inline constexpr const char* kPlacementText =
    "Ollie would benefit from a place at Brookfield Special School.";
inline constexpr const char* kNotPlanText = "This report was prepared at the request of the LA.";
inline constexpr const char* kChildQuote = "Ollie says: \"I like <Lego> & drawing dragons\".";

}  // namespace ehcp::testing
