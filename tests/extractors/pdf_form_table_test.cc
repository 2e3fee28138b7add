// Council "Area of need | …" form tables in born-digital PDFs, laid out the way LibreOffice
// writes them (bold shaded label column, cell padding between rows, paragraph spacing inside
// cells): a row split over a page break under a repeated header row, labels wrapped onto two
// lines (also across the break), a last row whose label sits close to its text, bulleted
// cells, and paragraphs that run on over a page break. Fixtures are written at test time.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extractors/cleanup/cleanup.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/pdf/pdf_layout.h"
#include "extractors/pdf/pdf_text_layer.h"
#include "tests/extractors/pdf_fixture.h"

namespace ehcp {
namespace {

using testing::MakePdf;
using testing::PdfFixturePage;
using testing::PdfRun;

constexpr double kLabelX = 60.2;
constexpr double kTextX = 204.8;    // the text column
constexpr double kBulletX = 216.1;  // a bullet in the text column
constexpr double kItemX = 230.3;    // the text after it
constexpr double kLine = 14.5;      // line pitch inside a cell
constexpr double kPara = 17.4;      // pitch to the next paragraph inside a cell
constexpr double kRowGap = 24.6;    // pitch to the next row

// Writes one page: furniture, headings, table lines.
struct Page {
  PdfFixturePage page;
  explicit Page(int number) {
    page.runs.push_back({120, 40, 9, false, "Westmere Borough Council - Education advice"});
    page.runs.push_back(
        {200, 815, 9, false,
         "Education advice | Ref: WBC/0871 | Page " + std::to_string(number) + " of 3"});
  }
  void Heading(double y, const std::string& text) {
    page.runs.push_back({56.8, y, 14, true, text});
  }
  void Text(double y, const std::string& text) { page.runs.push_back({56.8, y, 11, false, text}); }
  void Header(double y, const std::string& right) {
    page.runs.push_back({kLabelX, y, 11, true, "Area of need"});
    page.runs.push_back({kTextX, y, 11, true, right});
  }
  void Label(double y, const std::string& text) {
    page.runs.push_back({kLabelX, y, 11, true, text});
  }
  void Cell(double y, const std::string& text) {
    page.runs.push_back({kTextX, y, 11, false, text});
  }
  void Bullet(double y, const std::string& text) {
    page.runs.push_back({kBulletX, y, 11, false, "\x95"});
    page.runs.push_back({kItemX, y, 11, false, text});
  }
  void ItemLine(double y, const std::string& text) {
    page.runs.push_back({kItemX, y, 11, false, text});
  }
};

std::string SplitTablePdf() {
  Page p1(1);
  p1.Heading(100, "Section 2: Strengths and interests");
  p1.Text(125, "Sam is a popular member of his class who is kind to others.");
  p1.Heading(560, "Section 3: Special educational needs");
  double y = 590;
  p1.Header(y, "Description of needs");
  // A two-line label: its second line shares a line with the next paragraph of the text.
  y += kRowGap;
  p1.Label(y, "Communication and");
  p1.Cell(y, "Sam has a diagnosis of developmental language disorder.");
  p1.Label(y + kLine, "interaction");
  y += kPara;
  p1.Cell(y, "Sam finds it hard to follow instructions with more than two parts,");
  y += kLine;
  p1.Cell(y, "especially when they are given to the whole class.");
  // A row cut by the page break in the middle of a sentence.
  y += kRowGap;
  p1.Label(y, "Cognition and learning");
  p1.Cell(y, "Sam is working below age-related expectations in reading, writing");
  y += kLine;
  p1.Cell(y, "and maths.");
  y += kPara;
  p1.Cell(y, "His reading age on the New Group Reading Test (October 2024)");

  Page p2(2);
  y = 88.5;
  p2.Header(y, "Description of needs");  // repeated by the word processor
  y += kRowGap;
  p2.Cell(y, "was 6 years 9 months, when his chronological age was 8 years 7");
  y += kLine;
  p2.Cell(y, "months.");
  y += kPara;
  p2.Cell(y, "Sam can read 24 of the 100 high-frequency words on sight.");
  y += kRowGap;
  p2.Label(y, "Social, emotional and");
  p2.Cell(y, "Sam becomes anxious when he is asked to read aloud or answer");
  y += kLine;
  p2.Label(y, "mental health");
  p2.Cell(y, "questions in front of the class.");
  // The last row: its label ends close to the text column.
  y += kRowGap;
  p2.Label(y, "Sensory and/or physical");
  p2.Cell(y, "Sam is sensitive to noise and covers his ears in the dinner hall and");
  y += kLine;
  p2.Cell(y, "in assemblies.");
  p2.Heading(620, "Section 5: Special educational provision required");
  y = 650;
  p2.Header(y, "Provision");
  y += kRowGap;
  p2.Label(y, "Cognition and learning");
  p2.Bullet(y, "Sam will have a daily 10-minute precision teaching session");
  y += kLine;
  p2.ItemLine(y, "delivered by a trained teaching assistant.");
  y += kPara;
  p2.Bullet(y, "Pre-teaching of topic vocabulary as required.");
  // A row whose label and bulleted text are both cut by the page break.
  y += kRowGap;
  p2.Label(y, "Communication and");
  p2.Bullet(y, "Sam will have a daily 10-minute language session delivered");

  Page p3(3);
  y = 88.5;
  p3.Header(y, "Provision");
  y += kRowGap;
  p3.Label(y, "interaction");
  p3.ItemLine(y, "by a teaching assistant trained by the speech and language");
  y += kLine;
  p3.ItemLine(y, "therapist.");
  y += kPara;
  p3.Bullet(y, "Staff will face Sam when giving instructions.");
  p3.Heading(190, "Section 6: Support already in place");
  p3.Text(215, "Sam has been on the school's SEN support register since Year 2.");
  return MakePdf({p1.page, p2.page, p3.page});
}

const Document& SplitTableDoc() {
  static const Document kDoc = [] {
    StatusOr<Document> d = PdfExtractor().Extract(SplitTablePdf(), "school advice.pdf", {});
    EXPECT_TRUE(d.ok()) << d.status().message();
    Document doc = d.ok() ? *d : Document{};
    CleanupDocument(doc);
    return doc;
  }();
  return kDoc;
}

// What a reader sees in one table cell.
struct Cell {
  int table, row, col, page;
  std::string label, list_label, text;
};

std::vector<Cell> Cells(const Document& doc) {
  std::vector<Cell> out;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTableCell) continue;
    out.push_back({b.table, b.row, b.col, b.prov.page, b.label, b.list_label, b.text});
  }
  return out;
}

void ExpectCell(const Cell& got, const Cell& want) {
  EXPECT_EQ(got.table, want.table) << want.text;
  EXPECT_EQ(got.row, want.row) << want.text;
  EXPECT_EQ(got.col, want.col) << want.text;
  EXPECT_EQ(got.page, want.page) << want.text;
  EXPECT_EQ(got.label, want.label) << want.text;
  EXPECT_EQ(got.list_label, want.list_label) << want.text;
  EXPECT_EQ(got.text, want.text);
}

TEST(PdfFormTableTest, RowsSplitOverPageBreaksReadAsOneRowWithOneLabel) {
  const std::string ci = "Communication and interaction";
  const std::string cl = "Cognition and learning";
  const std::string semh = "Social, emotional and mental health";
  const std::string sp = "Sensory and/or physical";
  const std::vector<Cell> want = {
      {0, 0, 0, 1, "", "", "Area of need"},
      {0, 0, 1, 1, "", "", "Description of needs"},
      {0, 1, 0, 1, "", "", ci},
      {0, 1, 1, 1, ci, "",
       "Sam has a diagnosis of developmental language disorder. Sam finds it hard to follow "
       "instructions with more than two parts, especially when they are given to the whole "
       "class."},
      {0, 2, 0, 1, "", "", cl},
      {0, 2, 1, 1, cl, "",
       "Sam is working below age-related expectations in reading, writing and maths. His "
       "reading age on the New Group Reading Test (October 2024) was 6 years 9 months, when his "
       "chronological age was 8 years 7 months. Sam can read 24 of the 100 high-frequency words "
       "on sight."},
      {0, 3, 0, 2, "", "", semh},
      {0, 3, 1, 2, semh, "",
       "Sam becomes anxious when he is asked to read aloud or answer questions in front of the "
       "class."},
      {0, 4, 0, 2, "", "", sp},
      {0, 4, 1, 2, sp, "",
       "Sam is sensitive to noise and covers his ears in the dinner hall and in assemblies."},
      {1, 0, 0, 2, "", "", "Area of need"},
      {1, 0, 1, 2, "", "", "Provision"},
      {1, 1, 0, 2, "", "", cl},
      {1, 1, 1, 2, cl, "\xE2\x80\xA2",
       "Sam will have a daily 10-minute precision teaching session delivered by a trained "
       "teaching assistant."},
      {1, 1, 1, 2, cl, "\xE2\x80\xA2", "Pre-teaching of topic vocabulary as required."},
      {1, 2, 0, 2, "", "", ci},
      {1, 2, 1, 2, ci, "\xE2\x80\xA2",
       "Sam will have a daily 10-minute language session delivered by a teaching assistant "
       "trained by the speech and language therapist."},
      {1, 2, 1, 3, ci, "\xE2\x80\xA2", "Staff will face Sam when giving instructions."},
  };
  std::vector<Cell> got = Cells(SplitTableDoc());
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) ExpectCell(got[i], want[i]);
}

TEST(PdfFormTableTest, RepeatedHeaderRowsAndFurnitureAreNotContent) {
  int headers = 0;
  for (const Block& b : SplitTableDoc().blocks) {
    if (b.text == "Area of need") ++headers;
    EXPECT_EQ(b.text.find("Area of need "), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("Description of needs "), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("Page "), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("Westmere"), std::string::npos) << b.text;
    EXPECT_EQ(b.label.find("Area of need"), std::string::npos) << b.label;
  }
  EXPECT_EQ(headers, 2);  // the first header row of each table, once
}

TEST(PdfFormTableTest, TextAroundTheTablesIsNotPartOfThem) {
  std::vector<std::string> outside;
  for (const Block& b : SplitTableDoc().blocks) {
    if (b.kind != BlockKind::kTableCell) outside.push_back(b.text);
  }
  EXPECT_EQ(outside, (std::vector<std::string>{
                         "Section 2: Strengths and interests",
                         "Sam is a popular member of his class who is kind to others.",
                         "Section 3: Special educational needs",
                         "Section 5: Special educational provision required",
                         "Section 6: Support already in place",
                         "Sam has been on the school's SEN support register since Year 2.",
                     }));
  const Block& last = SplitTableDoc().blocks.back();
  EXPECT_EQ(last.kind, BlockKind::kParagraph);
  EXPECT_EQ(last.prov.page, 3);
}

// The fixture really has the last row's label and text in one segment, as LibreOffice's
// narrow column gap gives it; otherwise the test above would not cover that case.
TEST(PdfFormTableTest, FixtureLastRowLabelTouchesItsText) {
  std::string pdf = SplitTablePdf();
  std::unique_ptr<PdfTextLayer> text = PdfTextLayer::Open(pdf);
  ASSERT_NE(text, nullptr);
  PdfPageLines lines = LayoutPage(2, 595, 842, text->Words(1));
  bool found = false;
  for (const PdfLine& l : lines.lines) {
    if (l.Text().rfind("Sensory and/or physical Sam", 0) == 0) {
      found = true;
      EXPECT_EQ(l.segments.size(), 1u);
    }
  }
  EXPECT_TRUE(found);
}

// Paragraphs over a page break: one block when the sentence runs on, two when it ended.
TEST(PdfFormTableTest, ParagraphRunsOnOverAPageBreakOnlyMidSentence) {
  PdfFixturePage p1, p2, p3;
  for (PdfFixturePage* p : {&p1, &p2, &p3}) {
    p->runs.push_back({120, 40, 9, false, "Educational psychology advice"});
  }
  p1.runs.push_back({56.8, 100, 11, false, "Millie learns best through visual and practical"});
  p1.runs.push_back({56.8, 114.5, 11, false, "activities."});
  p1.runs.push_back({56.8, 745, 11, false,
                     "Millie will have a daily 10-minute precision teaching session delivered"});
  p1.runs.push_back({56.8, 759.5, 11, false, "by a trained teaching"});
  p2.runs.push_back({56.8, 88.5, 11, false, "assistant, focusing on the 100 high-frequency"});
  p2.runs.push_back({56.8, 103, 11, false, "words."});
  p2.runs.push_back({56.8, 759.5, 11, false, "She should continue to see the school ELSA weekly."});
  p3.runs.push_back({56.8, 88.5, 11, false, "adults working with Millie will receive training."});
  StatusOr<Document> d = PdfExtractor().Extract(MakePdf({p1, p2, p3}), "ep.pdf", {});
  ASSERT_TRUE(d.ok()) << d.status().message();
  Document doc = *d;
  CleanupDocument(doc);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[1].text,
            "Millie will have a daily 10-minute precision teaching session delivered by a "
            "trained teaching assistant, focusing on the 100 high-frequency words.");
  EXPECT_EQ(doc.blocks[1].prov.page, 1);
  ASSERT_TRUE(doc.blocks[1].prov.bbox.has_value());
  EXPECT_GT(doc.blocks[1].prov.bbox->y0, 700);  // the box where it starts, on page 1
  EXPECT_EQ(doc.blocks[2].text, "She should continue to see the school ELSA weekly.");
  EXPECT_EQ(doc.blocks[3].text, "adults working with Millie will receive training.");
  EXPECT_EQ(doc.blocks[3].prov.page, 3);
}

// An untagged rating grid of three columns: a bold header row, rows separated by cell padding,
// a cell wrapping onto two lines, the grid running onto page 2 under its repeated header row, and
// a paragraph after it.
TEST(PdfFormTableTest, GridOfThreeColumnsIsReadCellByCellWithColumnHeaders) {
  static constexpr double kCols[] = {60.2, 220.8, 381.5};
  PdfFixturePage p1, p2;
  auto row = [](PdfFixturePage& p, double y, std::vector<std::string> cells, bool bold) {
    for (size_t c = 0; c < cells.size(); ++c) {
      if (!cells[c].empty()) p.runs.push_back({kCols[c], y, 11, bold, cells[c]});
    }
  };
  p1.runs.push_back({56.8, 80, 14, true, "How Kai feels about school"});
  p1.runs.push_back({56.8, 110, 11, false, "Kai sorted these cards with his key adult."});
  row(p1, 140, {"Never", "Sometimes", "Always"}, true);
  row(p1, 164.6, {"I feel left out at playtime", "I find maths hard", "I have a friend to"}, false);
  row(p1, 179.1, {"", "", "sit with"}, false);
  row(p1, 203.7, {"I worry about tests", "", "I enjoy art lessons"}, false);
  row(p2, 88.5, {"Never", "Sometimes", "Always"}, true);
  row(p2, 113.1, {"I get lost in corridors", "I like reading aloud", ""}, false);
  p2.runs.push_back({56.8, 150, 11, false, "These views were gathered in March."});
  StatusOr<Document> d = PdfExtractor().Extract(MakePdf({p1, p2}), "ep.pdf", {});
  ASSERT_TRUE(d.ok()) << d.status().message();
  Document doc = *d;
  CleanupDocument(doc);
  auto find = [&](const std::string& text) -> const Block* {
    for (const Block& b : doc.blocks) {
      if (b.text == text) return &b;
    }
    return nullptr;
  };
  for (const char* text : {"Never", "Sometimes", "Always"}) {
    const Block* b = find(text);
    ASSERT_NE(b, nullptr) << text;
    EXPECT_EQ(b->kind, BlockKind::kTableCell) << text;  // not a heading
    EXPECT_TRUE(b->header_cell) << text;
    EXPECT_EQ(b->row, 0) << text;
  }
  const Block* wrapped = find("I have a friend to sit with");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->column_header, "Always");
  EXPECT_EQ(wrapped->row, 1);
  EXPECT_EQ(wrapped->col, 2);
  EXPECT_FALSE(wrapped->header_cell);
  EXPECT_EQ(find("I find maths hard")->column_header, "Sometimes");
  const Block* art = find("I enjoy art lessons");
  ASSERT_NE(art, nullptr);
  EXPECT_EQ(art->row, 2);
  EXPECT_EQ(art->column_header, "Always");
  // Page 2: the repeated header is dropped; the row goes on in the same table.
  const Block* lost = find("I get lost in corridors");
  ASSERT_NE(lost, nullptr);
  EXPECT_EQ(lost->prov.page, 2);
  EXPECT_EQ(lost->table, wrapped->table);
  EXPECT_EQ(lost->row, 3);
  EXPECT_EQ(lost->column_header, "Never");
  int headers = 0;
  for (const Block& b : doc.blocks) headers += b.text == "Sometimes" ? 1 : 0;
  EXPECT_EQ(headers, 1);
  const Block* after = find("These views were gathered in March.");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->kind, BlockKind::kParagraph);
  EXPECT_EQ(after->table, -1);
  EXPECT_EQ(find("Kai sorted these cards with his key adult.")->kind, BlockKind::kParagraph);
}

}  // namespace
}  // namespace ehcp
