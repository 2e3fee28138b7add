#include "output/audit/audit_report.h"

namespace ehcp::audit {

std::optional<double> PlanRow::specific_share() const {
  if (provision == 0) return std::nullopt;
  return static_cast<double>(specific_provision) / provision;
}

std::optional<double> PlanRow::smart_share() const {
  if (outcomes == 0) return std::nullopt;
  return static_cast<double>(smart_outcomes) / outcomes;
}

std::string_view Id(PassageKind k) {
  switch (k) {
    case PassageKind::kCopy:
      return "copy";
    case PassageKind::kBoilerplate:
      return "boilerplate";
    case PassageKind::kFormGuidance:
      return "form guidance";
  }
  return "copy";
}

}  // namespace ehcp::audit
