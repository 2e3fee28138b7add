// Page layout for born-digital PDF text: words into lines, lines into headings, paragraphs,
// list items and two-column form tables. Pure functions over positioned words, so pages can be
// laid out in parallel and tested without a PDF.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"

namespace ehcp {

// One word as the PDF's text layer gives it. Coordinates are PDF points from the page's
// top-left corner.
struct PdfWord {
  std::string text;  // UTF-8
  BBox box;
  double size = 0;  // font size in points
  bool bold = false;
};

// Words of one line separated from the rest by a wide gap (a table column, a header's parts).
struct PdfSegment {
  std::vector<PdfWord> words;
  double x0 = 0, x1 = 0;
  std::string Text() const;
};

struct PdfLine {
  std::vector<PdfSegment> segments;  // left to right
  BBox box;
  double size = 0;    // font size of most of the line's characters
  bool bold = false;  // most of the line's characters are bold
  std::string Text() const;
};

struct PdfPageLines {
  int page = 1;  // 1-based
  double width = 0, height = 0;
  std::vector<PdfLine> lines;  // top to bottom
  std::vector<PdfWord> Words() const;
};

// Groups words into lines by baseline and splits lines into segments at wide gaps.
PdfPageLines LayoutPage(int page, double width, double height, std::vector<PdfWord> words);

// Removes page furniture: lines in the top or bottom 8% of the page that recur on most pages
// (digits ignored, so "Page 3 of 17" matches "Page 4 of 17"), and lines in those bands that
// are page numbers, protective markings or web addresses on their own.
void RemoveRepeatedFurniture(std::vector<PdfPageLines>& pages);

// True when the words look like a real text layer: at least ~20 characters, most tokens
// word-like. A scanned page has no words or a few garbage ones.
bool HasUsableTextLayer(const std::vector<PdfWord>& words);

// Turns laid-out pages into blocks, in reading order. State that crosses pages (a table row
// continuing at the top of the next page) is kept here.
class PdfBlockBuilder {
 public:
  // `pages` are all pages of the document that will be added; they set the body font size
  // and the heading sizes. `pages` need not outlive the builder.
  explicit PdfBlockBuilder(const std::vector<PdfPageLines>& pages);

  // Adds the blocks of one page with a text layer.
  void AddPage(const PdfPageLines& page);
  // Adds blocks made elsewhere (recognised text of a scanned page); ends any open table.
  void AddBlocks(std::vector<Block> blocks);
  // The blocks so far, in order. The builder is left empty.
  std::vector<Block> Take();

 private:
  void Flush();
  void FlushRow();
  void EndTable();
  bool TableStartsAt(const std::vector<PdfLine>& lines, size_t i) const;
  bool ContinuesTable(const PdfLine& line, const PdfLine* prev) const;
  void AddTableLine(const PdfLine& line, const PdfLine* prev, int page);
  void AddTextLine(const PdfLine& line, const PdfLine* prev, int page);
  int HeadingLevel(const PdfLine& line, const std::string& text) const;

  double body_size_ = 11;
  std::vector<double> heading_sizes_;  // larger than body, largest first
  std::vector<Block> blocks_;

  // The paragraph, heading or list item being gathered.
  struct PendingText {
    bool open = false;
    Block block;
    std::string text;   // lines joined by '\n'
    double x0 = 0;      // left edge of the first line
    double text_x = 0;  // left edge of the text after a bullet
    double size = 0;
    bool bold = false;
  } pending_;

  // The two-column table being gathered.
  struct Table {
    bool open = false;
    int index = -1;
    int row = -1;
    double label_x = 0;
    double right_x = 0;
    double size = 0;
    bool prev_two_col = false;
    // The current row on the current page.
    int page = 1;
    std::string label;
    std::string left_text, right_text;
    std::optional<BBox> left_box, right_box;
    bool row_has_label_block = false;
  } table_;
  int tables_ = 0;
};

}  // namespace ehcp
