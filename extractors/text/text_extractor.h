// Plain text and Markdown files. Paragraphs are separated by blank lines and their lines
// joined (de-hyphenated) by the shared cleanup; Markdown headings ("#", "##", or underlined
// with "===" / "---") become headings, "- ", "* ", "1. " lines list items, and pipe tables
// ("| a | b |") table cells, labelled by their first column when the table has two. Form feeds
// start a new page. UTF-8 (with or without a BOM) and UTF-16 with a BOM are read.
#pragma once

#include <string>
#include <string_view>

#include "extractors/extractor.h"
#include "pipeline/base/status.h"

namespace ehcp {

// The text extractor (format kText). Stateless; safe to share between threads.
const Extractor& TextExtractor();

// The file's text as UTF-8: a UTF-8 BOM is dropped, UTF-16 with a BOM is converted, and
// text in a legacy 8-bit encoding (Windows-1252…) is decoded with the encoding ICU detects,
// and other ill-formed UTF-8 is repaired (`repaired` is set). Line ends become "\n".
std::string DecodeText(std::string_view bytes, bool* repaired);

}  // namespace ehcp
