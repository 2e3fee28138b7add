// `ehcp audit`: quality checks across many plans for a quality lead. Reads plans that
// `ehcp draft` wrote (plan.json) or existing plans (Word or PDF, one plan per file), runs the
// checks on each, finds passages shared between plans with the caseload's corpus index, and
// writes audit.xlsx and audit.html.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "output/audit/audit_report.h"
#include "pipeline/base/fs.h"
#include "pipeline/model/plan.h"

namespace ehcp {

struct AuditOptions {
  ExtractOptions extract;
  std::string out_dir = "audit";
  // The caseload's passage index; empty means <out_dir>/ehcp-corpus.sqlite (created 0600).
  // Every audited plan is added to it.
  std::string corpus_path;
  int boilerplate_min_cases = 0;  // 0 = automatic (see corpus::MatchOptions)
  std::string generated_on;       // ISO date for existing plans and the workbook's metadata
  std::string tool_version;
  int jobs = 1;  // plans read at once
};

// One plan to audit.
struct AuditInput {
  // kNotAudited: a file found in a folder that is not a plan (or not a file): it is named in
  // the audit's failures with `reason`, and the exit code says some inputs were not audited.
  enum class Kind { kPlanJson, kDocument, kNotAudited };
  Kind kind = Kind::kPlanJson;
  std::string path;     // plan.json, or the Word/PDF file
  std::string case_id;  // for a document, its file name without extension; for plan.json,
                        // its folder's name until the file is read (then the plan's case id)
  std::string reason;   // kNotAudited: why, naming the file
};

// Expands each PATH: a folder holding plan.json is one drafted case; a folder of case folders
// (an `ehcp draft` output folder) gives each sub-folder with plan.json; Word (.docx) and PDF
// files in a folder, and any file named directly, are existing plans. Hidden files and Office
// lock files are skipped, and so are ehcp's own outputs (review.xlsx and draft-plan.docx of a
// drafted case, audit.xlsx, audit.html, the copy-paste index); every other file in a folder
// is a kNotAudited input, named with why. Errors name the path
// ("'plans/x' does not exist").
StatusOr<std::vector<AuditInput>> FindAuditInputs(const FileSystem& fs,
                                                  const std::vector<std::string>& paths,
                                                  std::vector<std::string>& notes);

// Builds the plan of an existing plan document (one file = one plan): extracted, segmented and
// classified with its own section titles deciding sections (PlanSectionsOf), then checked.
// Citation marks of an ehcp draft ("[D2 p.3]") are not plan content and are dropped. Checks
// about the advice bundle (missing-advice) are left out: a plan is not advice.
Plan PlanFromDocument(Document doc, const std::string& case_id, const AuditOptions& options);

// The audit figures of one plan (flags counted when open). `drafted`: the plan came from
// `ehcp draft`, whose sections I (placement note) and K (advice list) are written by the tool
// and so are never missing. Pure.
audit::PlanRow SummarisePlan(const Plan& plan, const std::string& source, bool drafted);

// Plain-English progress lines (file names and counts; never report text).
using AuditLog = std::function<void(const std::string& line)>;

struct AuditResult {
  audit::Report report;
  std::string xlsx_path;
  std::string html_path;
};

// Audits every input, options.jobs at a time. An input that cannot be read is reported in
// report.failures (naming the file) and the rest go on. A corpus index that cannot be used is
// also a failure (no copy check was done). Returns an error only when the outputs cannot be
// written.
StatusOr<AuditResult> RunAudit(FileSystem& fs, const std::vector<AuditInput>& inputs,
                               const AuditOptions& options, const AuditLog& log);

}  // namespace ehcp
