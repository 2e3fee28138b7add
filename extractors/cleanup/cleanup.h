// The one cleanup pass every format shares: Unicode normalisation (NFKC for ligatures and odd
// spaces, smart quotes to plain), whitespace, de-hyphenation at joined line ends, and removal of
// repeated page furniture (headers and footers). Extractors do not copy any of this.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model/document.h"

namespace ehcp {

// Normalises one run of text: NFKC, ligatures, smart quotes and dashes, zero-width and odd
// spaces, control characters; collapses whitespace. Keeps real hyphens.
std::string NormalizeText(std::string_view text);

// Joins lines of one paragraph, removing a line-end hyphen only when the hyphen splits a word
// ("assess-\nment" -> "assessment") and keeping it for real compounds ("well-\nbeing",
// "6-\nweek" stay hyphenated).
std::string JoinLines(std::string_view text);

// True when a line looks like page furniture on its own: page numbers in any common form
// ("Page 3 of 17", "- 3 -", "3/17"), "STRICTLY CONFIDENTIAL" and the like.
bool IsPageFurniture(std::string_view line);

// A key under which repeated page furniture matches across pages: lower-cased, spaces
// collapsed, every run of digits replaced by '#' ("Page 3 of 17" and "Page 4 of 17" agree).
std::string FurnitureKey(std::string_view line);

// Cleans a document in place: normalises every block's text, drops empty blocks, and drops
// blocks recognised as repeated page furniture. Calls Finalize().
void CleanupDocument(Document& doc);

}  // namespace ehcp
