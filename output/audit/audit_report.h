// What `ehcp audit` found across many plans, as the audit writers render it. The runner
// (pipeline/runner/audit) fills it; the writers only lay it out: they count nothing.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "output/writer.h"
#include "pipeline/model/ids.h"

namespace ehcp::audit {

// One audited plan.
struct PlanRow {
  std::string case_id;
  std::string source;                // the plan.json, Word or PDF file it was read from
  std::string kind;                  // "ehcp draft" or "existing plan"
  int statements = 0;                // plan content (not rejected, not the cover)
  std::array<int, 3> by_severity{};  // open flags, indexed by Severity
  std::map<FlagId, int> by_rule;     // open flags per flag id (ids with none are absent)
  int provision = 0;                 // statements in F, G, H1, H2
  int specific_provision = 0;        // of those, without vague-wording, unquantified-provision or
                                     // resource-caveat
  int outcomes = 0;                  // statements in E
  int smart_outcomes = 0;  // of those, without outcome-no-timescale, outcome-not-measurable
                           // or outcome-is-provision
  std::vector<Section> missing_sections;  // B..K with no statement
  int copy_paste = 0;                     // copy-paste flags
  int foreign_names = 0;                  // foreign-name flags

  int flags() const { return by_severity[0] + by_severity[1] + by_severity[2]; }
  // Shares in [0, 1]; nullopt when the plan has no provision (outcomes).
  std::optional<double> specific_share() const;
  std::optional<double> smart_share() const;
};

enum class PassageKind { kCopy, kBoilerplate, kFormGuidance };
std::string_view Id(PassageKind k);  // "copy", "boilerplate", "form guidance"

// A passage found in more than one plan (or in a plan and the form guidance).
struct SharedPassage {
  std::string id;  // "P001"…
  PassageKind kind = PassageKind::kCopy;
  int plans = 0;          // distinct plans holding it
  bool at_least = false;  // stock text: the index counts only up to its boilerplate threshold
  std::vector<std::string> case_ids;  // sorted; audited plans and plans already in the index
  int words = 0;
  std::string text;  // as written in one of the audited plans
};

// One open flag of one plan.
struct FlagRow {
  std::string case_id;
  std::string flag;  // "FL003"
  FlagId rule = FlagId::kVagueWording;
  Severity severity = Severity::kWarn;
  std::optional<Section> section;  // of the first flagged statement; none for case-wide flags
  std::string excerpt;             // the flagged statement's text, shortened
  std::string message;
};

// An input that could not be audited.
struct FailedInput {
  std::string source;
  std::string reason;  // plain English, names the file
};

struct Summary {
  int plans = 0;
  int failed_inputs = 0;
  int statements = 0;
  std::array<int, 3> by_severity{};
  std::map<FlagId, int> by_rule;        // open flags per flag id, over all plans
  double mean_flags = 0;                // per plan
  std::optional<double> mean_specific;  // over plans with provision
  std::optional<double> mean_smart;     // over plans with outcomes
  int copy_passages = 0;                // shared passages of kind copy
  int boilerplate_passages = 0;         // boilerplate and form guidance
  std::vector<size_t> worst;            // indices into Report::plans, worst first (at most 10)
};

struct Report {
  std::string generated_on;  // ISO date: the workbook's fixed created date
  std::string tool_version;
  std::vector<PlanRow> plans;  // in input order
  std::vector<SharedPassage> shared;
  std::vector<FlagRow> flags;  // plan order, then flag order
  std::vector<FailedInput> failures;
  Summary summary;
};

// audit.xlsx: sheets "Plans", "Shared passages", "Flags", "Summary". Deterministic bytes.
Status WriteAuditXlsx(const Report& report, ByteSink& sink);
// audit.html: the same tables and three bar charts (inline SVG) on one self-contained page.
Status WriteAuditHtml(const Report& report, ByteSink& sink);

}  // namespace ehcp::audit
