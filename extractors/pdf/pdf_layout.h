// Page layout for born-digital PDF text: words into lines, lines into headings, paragraphs,
// list items and two-column form tables. Pure functions over positioned words, so pages can be
// laid out in parallel and tested without a PDF.
#pragma once

#include <optional>
#include <set>
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
  // Set only when the words were read with their marks (a tagged PDF, pdf_structure.h): the
  // marked-content id the word was drawn in (an MCID, or kPdfNoMcid / kPdfArtifact /
  // kPdfFormMcid) and its position in the page's content stream. The layout ignores both.
  int mcid = -1;
  int order = 0;
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
// The same for the words left on a laid-out page.
bool HasUsableTextLayer(const PdfPageLines& page);

// Turns laid-out pages into blocks, in reading order. State that crosses pages is kept here: a
// table row or a sentence continuing at the top of the next page joins the block it started
// (which keeps the page and box where it starts), and a table's header row repeated at the top
// of a page is dropped. Two-column form tables give, per row, a column-0 block with the label
// and column-1 blocks (the cell's text, and one per list item in it) whose `label` is the
// row's label without a trailing colon; a header row's column-1 block has no label. Grids of
// three or more columns (a line of three or more segments, then a line whose cells start at the
// same edges) give one block per cell with table, row and col: the column edges come from the
// first row, which is the header row (header_cell); a row ends where the next line starts below
// a gap wider than a paragraph break; each body cell carries its column's header text
// (column_header).
class PdfBlockBuilder {
 public:
  // `pages` are all pages of the document that will be added; they set the body font size
  // and the heading sizes. `pages` need not outlive the builder.
  explicit PdfBlockBuilder(const std::vector<PdfPageLines>& pages);

  // Adds the blocks of one page with a text layer. A paragraph or table row may stay open
  // for the next page; Take() or AddBlocks() closes it.
  void AddPage(const PdfPageLines& page);
  // Adds blocks made elsewhere (recognised text of a scanned page); ends any open table.
  void AddBlocks(std::vector<Block> blocks);
  // The blocks so far, in order. The builder is left empty.
  std::vector<Block> Take();

 private:
  // One line of a two-column table split at the column edge: the label part, the text part,
  // or both.
  struct TableLine {
    std::optional<PdfSegment> left, right;
  };

  void Flush();
  void FlushRow();
  void EndTable();
  bool TableStartsAt(const std::vector<PdfLine>& lines, size_t i, double page_width) const;
  // Splits a line at the text column's edge `right_x`: nullopt when the line is not a row of
  // the table (a label not at `label_x`, words across the edge).
  static std::optional<TableLine> SplitAtColumn(const PdfLine& line, double label_x,
                                                double right_x);
  bool ContinuesTable(const PdfLine& line, const TableLine& parts, const PdfLine* prev) const;
  bool ContinuesLabel(const TableLine& parts, int page) const;
  void StartTable(const std::vector<PdfLine>& lines, size_t i);
  void AddTableLine(const TableLine& parts, int page);
  void AddCellText(const PdfSegment& s, int page);
  void AddTextLine(const PdfLine& line, const PdfLine* prev, int page);
  bool ContinuesOverPage(const PdfLine& line) const;
  // The words of `line` by column of a grid whose columns start at `edges`; nullopt when a word
  // starts left of the first column or runs into the next column.
  static std::optional<std::vector<std::vector<PdfWord>>> SplitGridLine(
      const PdfLine& line, const std::vector<double>& edges);
  bool GridStartsAt(const std::vector<PdfLine>& lines, size_t i, double page_width) const;
  void StartGrid(const PdfLine& header);
  bool ContinuesGrid(const PdfLine& line, int page) const;
  void AddGridLine(const PdfLine& line, std::vector<std::vector<PdfWord>> columns, int page);
  void FlushGridRow();
  void EndGrid();
  int HeadingLevel(const PdfLine& line, const std::string& text) const;

  double body_size_ = 11;
  std::vector<double> heading_sizes_;  // larger than body, largest first
  std::vector<Block> blocks_;
  // FurnitureKey of every bold line of two or more segments met so far: table header rows. The
  // same line at the top of a later page is the table's header repeated, not content.
  std::set<std::string> header_keys_;
  // No line of the current page has been added yet.
  bool page_start_ = false;

  // The paragraph, heading or list item being gathered. It may run on over a page break when
  // the sentence does; the block then keeps the page and box where it starts.
  struct PendingText {
    bool open = false;
    Block block;
    std::string text;  // lines joined by '\n'
    double x0 = 0;     // left edge of the first line
    double size = 0;
    bool bold = false;
  } pending_;

  // One paragraph or list item of a row's right-hand cell.
  struct CellPart {
    std::string text;  // lines joined by '\n'
    std::string list_label;
    int page = 1;
    BBox box;
    double x0 = 0;  // left edge of the marker or first line
  };

  // The two-column table being gathered. A row stays open over a page break, so a row split
  // between pages keeps one label and one text.
  struct Table {
    bool open = false;
    int index = -1;
    int row = -1;
    double label_x = 0;
    double right_x = 0;  // where the right-hand column starts
    double size = 0;
    bool header = false;        // row 0 is a header row ("Area of need | Provision")
    std::string first_row_key;  // FurnitureKey of row 0's first line
    // The current row.
    std::string label;  // label lines joined by '\n'
    int label_page = 1;
    std::optional<BBox> label_box;
    double label_y = 0;  // baseline of the label's last line
    int label_y_page = 0;
    std::vector<CellPart> parts;
  } table_;
  int tables_ = 0;

  // The grid of three or more columns being gathered.
  struct Grid {
    bool open = false;
    int index = -1;
    std::vector<double> edges;  // left edge of each column
    double size = 0;
    int row = 0;
    double last_y = 0;  // baseline of the last line added, on last_page
    int last_page = 0;
    std::string header_key;            // FurnitureKey of the header row's first line
    std::vector<std::string> headers;  // header row text by column
    struct Cell {
      std::string text;  // lines joined by '\n'
      int page = 0;
      std::optional<BBox> box;
    };
    std::vector<Cell> cells;  // the current row, by column
  } grid_;
};

}  // namespace ehcp
