// Splits a document's blocks into statements: sentences (ICU, en@ss=standard, with our own
// suppressions for "Dr.", "e.g.", "approx." …) or whole list items and short table cells.
#pragma once

#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/statement.h"

namespace ehcp {

// Statements in document order with document, page, span, text, block_kind and context set
// (context = the nearest heading above, or the table row's label for table cells). Headings
// themselves are not statements. Ids and classification are left empty.
// Guarantee: for every statement s, doc.blocks[s.span.block].text.substr(s.span.begin,
// s.span.end - s.span.begin) == s.text.
std::vector<Statement> SegmentDocument(const Document& doc);

}  // namespace ehcp
