// Recognising list markers at the start of a line of plain text ("- ", "• ", "1. ", "a) ",
// "(ii) "). Shared by the text extractor and the DOCX extractor (manual lists typed as lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ehcp {

struct ListMarker {
  std::string label;      // "•" for any bullet, otherwise the marker as written ("1.", "a)")
  std::string_view rest;  // the item's text after the marker and its spaces
};

// The marker at the start of `line` (leading spaces allowed), or nullopt. A marker must be
// followed by a space and some text.
std::optional<ListMarker> ParseListMarker(std::string_view line);

}  // namespace ehcp
