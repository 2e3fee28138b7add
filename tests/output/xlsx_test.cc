#include <gtest/gtest.h>

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "output/writer.h"
#include "tests/output/plan_fixture.h"
#include "tests/output/zip_reader.h"

namespace ehcp {
namespace {

// One worksheet's cells by reference ("D2" -> text), shared strings resolved.
class Sheet {
 public:
  Sheet(const std::map<std::string, std::string>& parts, const std::string& name) {
    pugi::xml_document sst;
    auto it = parts.find("xl/sharedStrings.xml");
    if (it != parts.end() &&
        sst.load_string(it->second.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) {
      for (const auto& si : sst.select_nodes("//si")) {
        std::string s;
        for (const auto& t : si.node().select_nodes(".//t")) s += t.node().text().get();
        strings_.push_back(s);
      }
    }
    auto sheet = parts.find(name);
    ok_ = sheet != parts.end() && xml_.load_string(sheet->second.c_str());
    if (!ok_) return;
    for (const auto& c : xml_.select_nodes("//sheetData/row/c")) {
      pugi::xml_node cell = c.node();
      std::string v = cell.child("v").text().get();
      if (std::string(cell.attribute("t").value()) == "s") v = strings_.at(std::stoul(v));
      cells_[cell.attribute("r").value()] = v;
    }
  }
  bool ok() const { return ok_; }
  std::string operator[](const std::string& ref) const {
    auto it = cells_.find(ref);
    return it == cells_.end() ? std::string() : it->second;
  }
  const pugi::xml_document& xml() const { return xml_; }

 private:
  bool ok_ = false;
  std::vector<std::string> strings_;
  std::map<std::string, std::string> cells_;
  pugi::xml_document xml_;
};

std::map<std::string, std::string> XlsxParts() {
  StringSink sink;
  Status s = WriteReviewXlsx(testing::MakeFixturePlan(), sink);
  EXPECT_TRUE(s.ok()) << s.message();
  return testing::Unzip(sink.data());
}

TEST(XlsxWriter, SheetsAreNamedInOrder) {
  auto parts = XlsxParts();
  pugi::xml_document wb;
  ASSERT_TRUE(wb.load_string(parts["xl/workbook.xml"].c_str()));
  std::vector<std::string> names;
  for (const auto& s : wb.select_nodes("//sheets/sheet")) {
    names.push_back(s.node().attribute("name").value());
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Statements", "Flags", "Conflicts", "Advice",
                                             "Placement advice", "Summary"}));
  EXPECT_NE(parts["docProps/core.xml"].find("2025-03-14T00:00:00Z"), std::string::npos);
}

TEST(XlsxWriter, StatementsSheetHasHeadersRowsAndReviewerDropdowns) {
  auto parts = XlsxParts();
  Sheet s(parts, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(s.ok());
  const char* headers[] = {"id",           "section",  "area",        "text",
                           "source file",  "page",     "confidence",  "flags",
                           "reasons",      "Decision", "Edited text", "Move to section",
                           "Reviewer note"};
  for (int c = 0; c < 13; ++c) {
    EXPECT_EQ(s[std::string(1, static_cast<char>('A' + c)) + "1"], headers[c]);
  }
  EXPECT_EQ(s["A2"], "S0001");
  EXPECT_EQ(s["B2"], "F");
  EXPECT_EQ(s["C2"], "ci");
  EXPECT_EQ(s["D2"], testing::kQuantifiedProvision);
  EXPECT_EQ(s["E2"], "SaLT advice scan.pdf");
  EXPECT_EQ(s["F2"], "3");
  EXPECT_EQ(s["G2"], "0.8");
  EXPECT_EQ(s["H2"], "conflicting-advice");
  EXPECT_EQ(s["H8"], "vague-wording, conflicting-advice");
  EXPECT_EQ(s["B11"], "-");  // not-plan statements are listed for review too
  EXPECT_EQ(s["D3"], testing::kChildQuote);

  std::string xml = parts["xl/worksheets/sheet1.xml"];
  EXPECT_NE(xml.find("<formula1>\"accept,edit,move,reject\"</formula1>"), std::string::npos);
  EXPECT_NE(xml.find("<formula1>\"A,B,C,D,E,F,G,H1,H2,I,J,K,-\"</formula1>"), std::string::npos);
  pugi::xml_node pane = s.xml().select_node("//sheetView/pane").node();
  EXPECT_STREQ(pane.attribute("state").value(), "frozen");
  EXPECT_STREQ(pane.attribute("ySplit").value(), "1");
  EXPECT_STREQ(s.xml().select_node("//autoFilter").node().attribute("ref").value(), "A1:M11");
}

TEST(XlsxWriter, FlagsSheetHasResolutionListAndSeverityColours) {
  auto parts = XlsxParts();
  Sheet s(parts, "xl/worksheets/sheet2.xml");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s["A1"], "id");
  EXPECT_EQ(s["H1"], "Resolution");
  EXPECT_EQ(s["A2"], "FL001");
  EXPECT_EQ(s["B2"], "vague-wording");
  EXPECT_EQ(s["C2"], "warn");
  EXPECT_EQ(s["F2"], "S0007");
  EXPECT_EQ(s["G2"], testing::kVagueProvision);
  EXPECT_EQ(s["C3"], "block");
  EXPECT_EQ(s["F5"], "S0001, S0007");  // conflicting advice names both statements
  EXPECT_EQ(s["H5"], "ask the author");
  EXPECT_EQ(s["I5"], "Emailed both authors");
  EXPECT_EQ(s["F6"], "");  // missing-advice concerns the case, not a statement
  std::string xml = parts["xl/worksheets/sheet2.xml"];
  EXPECT_NE(xml.find("\"fixed,accepted with reason,ask the author,not an issue\""),
            std::string::npos);
  for (const char* sev : {"block", "warn", "info"}) {
    EXPECT_NE(xml.find(std::string("<formula>$C2=\"") + sev + "\"</formula>"), std::string::npos)
        << sev;
  }
  EXPECT_NE(xml.find("<conditionalFormatting sqref=\"A2:I6\">"), std::string::npos);
}

TEST(XlsxWriter, AdviceSheetListsDocumentsAndAdviceNotRead) {
  auto parts = XlsxParts();
  Sheet s(parts, "xl/worksheets/sheet4.xml");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s["I1"], "status");
  EXPECT_EQ(s["A3"], "D2");
  EXPECT_EQ(s["B3"], "EP report.pdf");
  EXPECT_EQ(s["C3"], "Educational psychology advice");
  EXPECT_EQ(s["G3"], "9");
  EXPECT_EQ(s["H4"], "1, 2, 3, 4");
  EXPECT_EQ(s["I4"], "read with problems: page 3: page 3 was recognised with low confidence (61%)");
  EXPECT_EQ(s["B5"], "OT report.pdf");
  EXPECT_EQ(s["I5"].rfind("Advice not read: the file is protected by a password", 0), 0u);
}

TEST(XlsxWriter, SummaryCountsAreNumbers) {
  auto parts = XlsxParts();
  Sheet s(parts, "xl/worksheets/sheet6.xml");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s["B1"], "case-0042");
  EXPECT_EQ(s["B2"], "Oliver James Pemberton");
  // Row 8 is the section header; rows 9.. are A, B, C…: B has two statements, F two.
  EXPECT_EQ(s["A9"], std::string(Label(Section::kA)));
  EXPECT_EQ(s["B10"], "2");
  EXPECT_EQ(s["B14"], "2");
  EXPECT_EQ(s["A24"], "block");
  EXPECT_EQ(s["B24"], "1");
  EXPECT_EQ(s["B25"], "3");  // warn
  EXPECT_EQ(s["B26"], "1");  // info
  // Last: which draft the workbook was written for (apply refuses it for any other).
  EXPECT_EQ(s["A28"], "draft fingerprint");
  EXPECT_EQ(s["B28"].size(), 32u);
}

TEST(XlsxWriter, SameBytesEveryTime) {
  Plan plan = testing::MakeFixturePlan();
  StringSink a, b;
  ASSERT_TRUE(WriteReviewXlsx(plan, a).ok());
  ASSERT_TRUE(WriteReviewXlsx(plan, b).ok());
  EXPECT_EQ(a.data(), b.data());
}

}  // namespace
}  // namespace ehcp
