// Test helper: the cells of one worksheet of an XLSX workbook, found by the sheet's name.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace ehcp::testing {

class XlsxSheet {
 public:
  // `xlsx` is the workbook's bytes. ok() is false when there is no sheet called `name`.
  XlsxSheet(const std::string& xlsx, const std::string& name);
  bool ok() const { return ok_; }
  // The cell's text or number as written ("" when empty), by reference ("C7").
  std::string operator[](const std::string& ref) const;
  // The zero-based column whose row-1 header is `header`, or -1.
  int Column(const std::string& header) const;
  // The cell in column `header` of the first row whose column-A cell is `key` ("" if none).
  std::string Lookup(const std::string& key, const std::string& header) const;
  // Rows with data below the header.
  int Rows() const { return rows_ - 1; }
  // The part's XML (for frozen panes, autofilter, conditional formats).
  const std::string& xml() const { return xml_; }

 private:
  bool ok_ = false;
  int rows_ = 0;
  std::map<std::string, std::string> cells_;
  std::string xml_;
};

// "A", "B", … "AA" for a zero-based column.
std::string ColumnLetters(int col);

}  // namespace ehcp::testing
