// Word documents (.docx, Office Open XML). Reads the body of word/document.xml in order:
// headings (by style name or outline level), paragraphs, list items with the numbers Word
// shows, tables cell by cell (merged cells once, nested tables after their cell, two-column
// form tables labelled by their first column), content controls and text boxes (once), then
// footnotes and endnotes. Tracked deletions, comments, field codes, hidden text, headers and
// footers are left out. Page numbers follow explicit and last-rendered page breaks.
#pragma once

#include "extractors/extractor.h"

namespace ehcp {

// The DOCX extractor (format kDocx). Stateless; safe to share between threads.
const Extractor& DocxExtractor();

}  // namespace ehcp
