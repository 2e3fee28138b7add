// Internal to extractors/ocr: turns recognised lines and words into Blocks. Pure functions, so
// the layout rules are testable without running Tesseract.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace ehcp::ocr_internal {

struct OcrWord {
  std::string text;
  double confidence = 0;  // 0-100
};

// One recognised text line, coordinates in image pixels from the top-left corner.
struct OcrLine {
  bool starts_paragraph = false;  // Tesseract put a paragraph break before this line
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<OcrWord> words;
};

// The normalised list label ("•") when `word` is a bullet glyph as recognisers read them
// ("•", "·", "-", "–", "*", "o", "»", "▪"…), otherwise "".
std::string BulletLabel(std::string_view word);

// Joins the lines of one paragraph with spaces. A line ending in a hyphen after a letter, when
// the next line starts with a lower-case letter, is joined without the hyphen ("assess-" +
// "ment" -> "assessment"), except after a common compound prefix ("self-" + "esteem" ->
// "self-esteem"). Otherwise a hyphen after a letter or digit is kept and no space added
// ("North-" + "East", "6-" + "week"); a hyphen after a space is a dash and gets a space.
std::string JoinOcrLines(const std::vector<std::string>& lines);

// Paragraph and list-item blocks for one page. A line starting with a bullet begins a list
// item (its continuation lines join it); other lines join the paragraph Tesseract put them in.
// Each block has prov.page, prov.bbox (points: pixels * 72 / dpi) and prov.confidence (mean of
// its words). Lines without words are ignored.
std::vector<Block> BuildOcrBlocks(const std::vector<OcrLine>& lines, int page, int dpi);

}  // namespace ehcp::ocr_internal
