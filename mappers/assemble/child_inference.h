// Who the case is about, when case.json does not say: read from the documents' form fields.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/plan.h"

namespace ehcp {

// A date as written in advice ("14/03/2016", "14.03.16", "14 March 2016", "March 14, 2016",
// "2016-03-14") as ISO 8601, or nullopt. Day-first, as in England.
std::optional<std::string> ParseDate(std::string_view text);

// Fills what `given` leaves empty (name, preferred name, date of birth) from form fields such as
// "Name:", "Child's name", "Name of child/young person", "Preferred name", "Known as",
// "Date of birth", "DOB", choosing the value most documents agree on, and failing that the most
// frequent capitalised subject of "X has/is/will". Sets inferred and name_source. Pure.
ChildInfo InferChild(const std::vector<Document>& documents, const ChildInfo& given);

}  // namespace ehcp
