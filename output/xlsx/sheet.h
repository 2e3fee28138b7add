// What the review workbook and the audit workbook share: the cell formats of a readable sheet
// and a writer for one sheet (header row, wrapped text with fitted row heights, dropdowns,
// autofilter, conditional formats), over libxlsxwriter.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "output/writer.h"
#include "pipeline/base/status.h"
#include "pipeline/model/ids.h"

namespace ehcp::xlsx {

inline constexpr size_t kMaxCell = 32767;  // Excel's limit on a cell's text

struct Formats {
  lxw_format* header = nullptr;           // bold on pale blue, bordered, wrapped
  lxw_format* reviewer_header = nullptr;  // the same on pale yellow: columns the reader fills in
  lxw_format* cell = nullptr;             // top-aligned
  lxw_format* wrap = nullptr;             // top-aligned, wrapped
  lxw_format* block = nullptr;            // severity fills, as Excel's own "bad", "neutral"…
  lxw_format* warn = nullptr;
  lxw_format* info = nullptr;
  lxw_format* good = nullptr;
  // `cell` and `wrap` with Excel's quote prefix: text that starts like a formula (= + - @, or a
  // tab or carriage return) stays text when the caseworker edits the cell.
  lxw_format* cell_quoted = nullptr;
  lxw_format* wrap_quoted = nullptr;
};

// True when a spreadsheet program could read `s` typed into a cell as a formula: it starts
// with '=', '+', '-', '@', a tab or a carriage return (after nothing else).
bool LooksLikeFormula(std::string_view s);

// A fill with a font colour.
lxw_format* Fill(lxw_workbook* wb, lxw_color_t bg, lxw_color_t fg);
// A top-aligned number format ("0.00", "0%").
lxw_format* NumberFormat(lxw_workbook* wb, const char* num_format);
// Adds the shared formats to `wb`, always in the same order (the bytes of the file depend on it).
Formats MakeFormats(lxw_workbook* wb);
lxw_format* SeverityFormat(const Formats& f, Severity s);

// Writes the cells of one sheet; remembers the first error.
class Sheet {
 public:
  Sheet(lxw_worksheet* ws, const Formats& f) : ws_(ws), f_(f) {}

  // The header row, frozen, repeated on printed pages, column widths and wrapping; the sheet
  // prints landscape on A4, one page wide. A column type needs `header`, `width` and `wrap`;
  // a `reviewer` member marks columns the reader fills in.
  template <typename Columns>
  void Header(const Columns& cols) {
    size_t c = 0;
    for (const auto& col : cols) {
      bool reviewer = false;
      if constexpr (requires { col.reviewer; }) reviewer = col.reviewer;
      AddColumn(c++, col.header, col.width, col.wrap, reviewer);
    }
    FinishHeader(c);
  }
  // A text cell. Text that LooksLikeFormula is written with the quote prefix (the column's own
  // format otherwise), so that editing it in a spreadsheet never makes it a live formula.
  void Text(size_t row, size_t col, std::string_view s, lxw_format* fmt = nullptr);
  void Number(size_t row, size_t col, double v, lxw_format* fmt = nullptr);
  // A dropdown on rows 1..last of one column.
  void List(size_t col, size_t last, std::span<const char* const> values);
  // Row heights for wrapped text (not every spreadsheet program fits them on opening).
  void FitRows();
  // The autofilter over the header and rows 1..last_row of columns 0..last_col.
  void Filter(size_t last_row, size_t last_col);
  // Cells of rows 1..rows, columns [c0, c1] take `fmt` when `formula` (written for row 2) holds.
  void When(size_t rows, size_t c0, size_t c1, const std::string& formula, lxw_format* fmt);
  // A red-yellow-green colour scale from 0 to 1 on one column.
  void Scale(size_t rows, size_t col);

  size_t columns() const { return columns_; }
  lxw_worksheet* sheet() const { return ws_; }
  void Check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }
  lxw_error error() const { return error_; }

 private:
  void AddColumn(size_t c, std::string_view header, double width, bool wrap, bool reviewer);
  void FinishHeader(size_t columns);
  static lxw_row_t Row(size_t r) { return static_cast<lxw_row_t>(r); }
  static lxw_col_t Col(size_t c) { return static_cast<lxw_col_t>(c); }

  lxw_worksheet* ws_;
  const Formats& f_;
  size_t columns_ = 0;
  std::map<size_t, double> wrap_width_;
  std::map<size_t, size_t> lines_;
  lxw_error error_ = LXW_NO_ERROR;
};

// Builds a workbook called `name` ("review.xlsx") and appends its bytes to `sink`. libxlsxwriter
// writes only to files, so the workbook is made in a private temporary folder, read back and
// removed. `title` and `created` ("YYYY-MM-DD", fixed so that the bytes do not change between
// runs) go into the document properties; `fill` adds the sheets and returns the first error.
Status WriteWorkbook(const std::string& name, const std::string& title, const std::string& created,
                     const std::function<lxw_error(lxw_workbook*)>& fill, ByteSink& sink);

}  // namespace ehcp::xlsx
