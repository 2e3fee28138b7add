// Conflicting advice (DOMAIN.md §7): comparable facts extracted per source and compared across
// documents. Both sides are kept; nothing is chosen and no missing quantity is filled in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/plan.h"

namespace ehcp {

// The provision type a statement is about ("speech and language therapy", "occupational
// therapy", "teaching assistant support"…), or "" when none. Rules as data.
std::string_view ProvisionType(std::string_view text);

// "direct" or "indirect" (a programme delivered by others, advice to staff), or "" when the
// statement does not say.
std::string_view Delivery(std::string_view text);

// "mainstream" or "specialist" when the statement recommends a kind of placement, else "".
std::string_view PlacementRecommendation(std::string_view text);

// Conflicts between documents, in a stable order, without ids or flags (the assembler numbers
// them and raises one conflicting-advice flag for each). Compares provision of the same type and
// delivery (hours per school year differing by half again or more, group size), placement
// recommendations, need in an area (one source finds none, another describes one) and diagnoses
// (given by one source, ruled out by another). Agreements phrased differently ("30 minutes
// weekly" and "half an hour each week") are not conflicts.
std::vector<Conflict> FindConflicts(const std::vector<DocumentInfo>& documents,
                                    const std::vector<Statement>& statements);

}  // namespace ehcp
