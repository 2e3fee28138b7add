// Splits a document's blocks into statements: sentences (ICU, en@ss=standard, with our own
// suppressions for "Dr.", "e.g.", "approx." …) or whole list items and short table cells.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/statement.h"

namespace ehcp {

// Joins the parts of a statement's context: "Section F: Provision > Communication and interaction".
inline constexpr std::string_view kContextSeparator = " > ";
// Context given to the short lines of a letter's heading (before "Dear …") and of its signature
// (after "Yours sincerely"): neither is plan content.
inline constexpr std::string_view kLetterHeading = "Letter heading";
inline constexpr std::string_view kSignatureBlock = "Signature";

// Statements in document order with document, page, span, text, block_kind and context set
// (context = the headings above it, outermost first, then the table row's label for table
// cells, joined by kContextSeparator; the document's title heading is left out). Headings
// themselves are not statements. Ids and classification are left empty.
// Guarantee: for every statement s, doc.blocks[s.span.block].text.substr(s.span.begin,
// s.span.end - s.span.begin) == s.text.
std::vector<Statement> SegmentDocument(const Document& doc);

}  // namespace ehcp
