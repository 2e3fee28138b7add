// Reads the caseworker's decisions back from review.xlsx, as saved by Excel or LibreOffice:
// shared strings, inline strings and rich text; columns found by their header, not position.
#pragma once
// It lives with the runner because it opens the workbook container with the extractors' zip
// reader, and output/ never includes extractors/.

#include <functional>
#include <string>

#include "extractors/extractor.h"
#include "mappers/assemble/apply_review.h"
#include "pipeline/base/status.h"

namespace ehcp {

// Returns the bytes of one part of the workbook container ("xl/workbook.xml"), NotFound when
// absent.
using PartReader = std::function<StatusOr<std::string>(const std::string& part)>;

// Reads sheets "Statements" (columns "id", "Decision", "Edited text", "Move to section",
// "Reviewer note") and "Flags" ("id", "Resolution", "Note"). `name` is the file name for
// messages. A workbook without a Statements sheet with an "id" column is not a review workbook:
// kInvalidArgument, "'x.xlsx' is not an ehcp review workbook (no 'Statements' sheet with an
// 'id' column)".
StatusOr<ReviewDecisions> ReadReviewWorkbook(const PartReader& parts, const std::string& name);

// Reads a review workbook (XLSX) from bytes, opening the container within `limits`. Errors are
// plain English and name `name`.
StatusOr<ReviewDecisions> ReadReviewDecisions(std::string_view xlsx_bytes, const std::string& name,
                                              const ExtractOptions& limits);

// A cell reference's zero-based column ("C7" -> 2), or -1.
int ColumnOf(std::string_view cell_ref);

}  // namespace ehcp
