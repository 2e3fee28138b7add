#include "tests/testing/xlsx_sheet.h"

#include <pugixml.hpp>

#include "tests/testing/test_util.h"

namespace ehcp::testing {

XlsxSheet::XlsxSheet(const std::string& xlsx, const std::string& name) {
  std::map<std::string, std::string> parts = ReadZipEntries(xlsx);
  pugi::xml_document wb, rels, sst, sheet;
  if (!wb.load_string(parts["xl/workbook.xml"].c_str()) ||
      !rels.load_string(parts["xl/_rels/workbook.xml.rels"].c_str())) {
    return;
  }
  std::string rid;
  for (const auto& s : wb.select_nodes("//sheets/sheet")) {
    if (name == s.node().attribute("name").value()) rid = s.node().attribute("r:id").value();
  }
  std::string target;
  for (const auto& r : rels.select_nodes("//Relationship")) {
    if (rid == r.node().attribute("Id").value()) target = r.node().attribute("Target").value();
  }
  if (target.empty()) return;
  std::vector<std::string> strings;
  if (sst.load_string(parts["xl/sharedStrings.xml"].c_str(),
                      pugi::parse_default | pugi::parse_ws_pcdata)) {
    for (const auto& si : sst.select_nodes("//si")) {
      std::string s;
      for (const auto& t : si.node().select_nodes(".//t")) s += t.node().text().get();
      strings.push_back(s);
    }
  }
  xml_ = parts["xl/" + target];
  if (!sheet.load_string(xml_.c_str())) return;
  ok_ = true;
  for (const auto& row : sheet.select_nodes("//sheetData/row")) {
    rows_ = std::max(rows_, row.node().attribute("r").as_int());
  }
  for (const auto& c : sheet.select_nodes("//sheetData/row/c")) {
    pugi::xml_node cell = c.node();
    std::string v = cell.child("v").text().get();
    if (std::string(cell.attribute("t").value()) == "s") v = strings.at(std::stoul(v));
    cells_[cell.attribute("r").value()] = v;
  }
}

std::string XlsxSheet::operator[](const std::string& ref) const {
  auto it = cells_.find(ref);
  return it == cells_.end() ? std::string() : it->second;
}

int XlsxSheet::Column(const std::string& header) const {
  for (int c = 0; c < 200; ++c) {
    if ((*this)[ColumnLetters(c) + "1"] == header) return c;
  }
  return -1;
}

std::string XlsxSheet::Lookup(const std::string& key, const std::string& header) const {
  int col = Column(header);
  if (col < 0) return "";
  for (int r = 2; r <= rows_; ++r) {
    if ((*this)["A" + std::to_string(r)] == key) {
      return (*this)[ColumnLetters(col) + std::to_string(r)];
    }
  }
  return "";
}

std::string ColumnLetters(int col) {
  std::string out;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), char('A' + (n - 1) % 26));
  return out;
}

}  // namespace ehcp::testing
