// `ehcp apply`: the caseworker's decisions in review.xlsx applied to a drafted case.
#pragma once

#include <string>

#include "extractors/extractor.h"
#include "mappers/assemble/apply_review.h"
#include "pipeline/base/fs.h"
#include "pipeline/runner/review_reader.h"

namespace ehcp {

// The desk's decisions file beside plan.json (pipeline/runner/decisions_file.h).
inline constexpr const char* kDecisionsFileName = "decisions.json";

// Applies `review_path` (default: <case_out_dir>/review.xlsx) to <case_out_dir>/plan.json and
// rewrites plan.json and draft-plan.docx (and draft.html when present). Nothing is written unless
// the plan and the workbook were both read: a foreign or unreadable workbook changes nothing.
// When <case_out_dir>/decisions.json exists (the desk's decisions), it is merged with the
// workbook, the newer decision winning per statement, flag and conflict; then review.xlsx and
// decisions.json are rewritten with the merged decisions, so the two never disagree. With a
// decisions file the workbook may be absent.
StatusOr<ApplyReport> ApplyCaseReview(FileSystem& fs, const std::string& case_out_dir,
                                      const std::string& review_path);

}  // namespace ehcp
