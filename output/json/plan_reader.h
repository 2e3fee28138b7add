// Reads plan.json back into a Plan (for `ehcp apply` and the audit). The inverse of
// WritePlanJson for every field the writers render.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/base/status.h"
#include "pipeline/model/plan.h"

namespace ehcp {

// `name` is used in messages. Unknown ids (section, area, rule…) are errors naming the field.
StatusOr<Plan> ReadPlanJson(std::string_view json, const std::string& name);

}  // namespace ehcp
