// Tagged PDFs read by their structure tree (extractors/pdf/pdf_structure.h): a form exported
// from LibreOffice with tags (tests/data/pdf/tagged-form.*, made by tests/data/pdf/make.sh), and
// small PDFs written at test time with hand-made trees: cycles, runaway depth, partial trees,
// role maps, spans, lists and artifacts.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "extractors/cleanup/cleanup.h"
#include "extractors/pdf/pdf_extractor.h"
#include "pipeline/base/text.h"
#include "tests/extractors/pdf_fixture.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using testing::MakePdf;
using testing::MakeTaggedPdf;
using testing::PdfFixturePage;
using testing::PdfRun;

Document ExtractOrDie(const std::string& bytes, const std::string& name = "advice.pdf") {
  ExtractOptions options;
  options.ocr = false;
  StatusOr<Document> d = PdfExtractor().Extract(bytes, name, options);
  EXPECT_TRUE(d.ok()) << d.status().message();
  if (!d.ok()) return Document{};
  Document doc = std::move(d).value();
  CleanupDocument(doc);
  return doc;
}

const Block* Find(const Document& doc, const std::string& text) {
  for (const Block& b : doc.blocks) {
    if (b.text == text) return &b;
  }
  return nullptr;
}

int Occurrences(const Document& doc, const std::string& needle) {
  int n = 0;
  for (const Block& b : doc.blocks) {
    for (size_t at = b.text.find(needle); at != std::string::npos;
         at = b.text.find(needle, at + 1)) {
      ++n;
    }
  }
  return n;
}

// ---- A form exported from LibreOffice with tags ----------------------------------------------

const std::string& FormBytes() {
  static const std::string kBytes =
      testing::ReadFileOrDie(testing::SourceDir() + "/tests/data/pdf/tagged-form.pdf");
  return kBytes;
}

const Document& Form() {
  static const Document kDoc = ExtractOrDie(FormBytes(), "tagged-form.pdf");
  return kDoc;
}

TEST(PdfTaggedTest, FormIsReadByItsTags) {
  EXPECT_TRUE(Form().info.tagged);
  EXPECT_EQ(Form().info.pages, 2);
  EXPECT_TRUE(Form().info.recognised_pages.empty());
}

TEST(PdfTaggedTest, HeadingsHaveTheirTaggedLevels) {
  const Document& doc = Form();
  struct Want {
    const char* text;
    int level;
  };
  for (const Want& w :
       {Want{"Section 1: About the pupil", 1}, Want{"Personal details", 2},
        Want{"What the pupil enjoys", 2}, Want{"Interests at home", 3},
        Want{"Section 2: Strengths and needs", 1}, Want{"How Poppy feels about school", 2}}) {
    const Block* b = Find(doc, w.text);
    ASSERT_NE(b, nullptr) << w.text;
    EXPECT_EQ(b->kind, BlockKind::kHeading) << w.text;
    EXPECT_EQ(b->heading_level, w.level) << w.text;
  }
  // The title is tagged as a paragraph (LibreOffice's Title style), and stays one.
  const Block* title = Find(doc, "Part 2: advice from the school");
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->kind, BlockKind::kParagraph);
  // Headings come in document order, with the paragraph under each.
  const Block* h = Find(doc, "Interests at home");
  ASSERT_LT(h->prov.block + 1, static_cast<int>(doc.blocks.size()));
  EXPECT_EQ(doc.blocks[static_cast<size_t>(h->prov.block) + 1].text,
            "She builds models with her grandfather and reads comics at bedtime.");
}

TEST(PdfTaggedTest, RatingGridItemsCarryTheirColumn) {
  const Document& doc = Form();
  const Block* item = Find(doc, "I have a friend to sit with");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->kind, BlockKind::kTableCell);
  EXPECT_EQ(item->column_header, "Always");
  EXPECT_FALSE(item->header_cell);
  EXPECT_EQ(item->row, 1);
  EXPECT_EQ(item->col, 2);
  EXPECT_TRUE(item->label.empty());  // three columns: no row label
  const Block* never = Find(doc, "I worry about spelling tests");
  ASSERT_NE(never, nullptr);
  EXPECT_EQ(never->column_header, "Never");
  EXPECT_EQ(never->table, item->table);
  EXPECT_EQ(never->row, 2);
  const Block* sometimes = Find(doc, "I like reading aloud");
  ASSERT_NE(sometimes, nullptr);
  EXPECT_EQ(sometimes->column_header, "Sometimes");
}

TEST(PdfTaggedTest, HeaderRowIsHeaderCellsNotHeadings) {
  const Document& doc = Form();
  for (const char* text : {"Never", "Sometimes", "Always"}) {
    const Block* b = Find(doc, text);
    ASSERT_NE(b, nullptr) << text;
    EXPECT_EQ(b->kind, BlockKind::kTableCell) << text;
    EXPECT_TRUE(b->header_cell) << text;
    EXPECT_EQ(b->row, 0) << text;
    EXPECT_EQ(b->heading_level, 0) << text;
    EXPECT_TRUE(b->column_header.empty()) << text;
  }
  for (const Block& b : doc.blocks) {
    if (b.table >= 0) {
      EXPECT_NE(b.kind, BlockKind::kHeading) << b.text;
    }
  }
}

TEST(PdfTaggedTest, TwoColumnRowsAreLabelled) {
  const Document& doc = Form();
  struct Want {
    const char* text;
    const char* label;
  };
  for (const Want& w :
       {Want{"Poppy Ashdown", "Name"}, Want{"14 March 2016", "Date of birth"},
        Want{"Larkfield Primary School", "Setting"}, Want{"Year 4", "Year group"}}) {
    const Block* b = Find(doc, w.text);
    ASSERT_NE(b, nullptr) << w.text;
    EXPECT_EQ(b->kind, BlockKind::kTableCell) << w.text;
    EXPECT_EQ(b->label, w.label) << w.text;
    EXPECT_EQ(b->col, 1) << w.text;
  }
  // The label cell itself: column 0, tagged TH by LibreOffice, no label of its own.
  const Block* name = Find(doc, "Name:");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->col, 0);
  EXPECT_TRUE(name->label.empty());
  EXPECT_EQ(name->row, Find(doc, "Poppy Ashdown")->row);
  // A two-column table with a header row: its header has no label; the rows below carry both
  // their label and their column's header.
  const Block* header = Find(doc, "Support given this year");
  ASSERT_NE(header, nullptr);
  EXPECT_TRUE(header->header_cell);
  EXPECT_TRUE(header->label.empty());
  const Block* writing = nullptr;
  for (const Block& b : doc.blocks) {
    if (StartsWith(b.text, "Poppy uses a word mat")) writing = &b;
  }
  ASSERT_NE(writing, nullptr);
  EXPECT_EQ(writing->label, "Writing");
  EXPECT_EQ(writing->column_header, "Support given this year");
}

TEST(PdfTaggedTest, ListItemsHaveTheirMarkers) {
  const Document& doc = Form();
  const Block* bullet = Find(doc, "She shares equipment kindly with her partner.");
  ASSERT_NE(bullet, nullptr);
  EXPECT_EQ(bullet->kind, BlockKind::kListItem);
  EXPECT_EQ(bullet->list_label, "\u2022");
  const Block* numbered = Find(doc, "Show her the visual timetable.");
  ASSERT_NE(numbered, nullptr);
  EXPECT_EQ(numbered->kind, BlockKind::kListItem);
  EXPECT_EQ(numbered->list_label, "2.");
  EXPECT_EQ(Find(doc, "Adults use this routine each morning:")->kind, BlockKind::kParagraph);
}

TEST(PdfTaggedTest, RunningHeadersAndFootersAreNotBlocks) {
  const Document& doc = Form();
  for (const char* furniture :
       {"Page 1 of 2", "Page 2 of 2", "STRICTLY CONFIDENTIAL", "EHC/0417"}) {
    EXPECT_EQ(Occurrences(doc, furniture), 0) << furniture;
  }
}

TEST(PdfTaggedTest, CellRunningOverAPageBreakIsOneBlock) {
  const Document& doc = Form();
  const Block* reading = nullptr;
  for (const Block& b : doc.blocks) {
    if (StartsWith(b.text, "Poppy reads with an adult")) reading = &b;
  }
  ASSERT_NE(reading, nullptr);
  EXPECT_EQ(reading->kind, BlockKind::kTableCell);
  EXPECT_EQ(reading->label, "Reading");
  EXPECT_EQ(reading->prov.page, 1);  // where it starts
  EXPECT_TRUE(EndsWith(reading->text,
                       "Her confidence when reading aloud in small groups has "
                       "grown this term."));
  // The part on page 2 is in that block and nowhere else.
  EXPECT_EQ(Occurrences(doc, "pre-teaches new vocabulary"), 1);
  EXPECT_NE(reading->text.find("pre-teaches new vocabulary before each topic"), std::string::npos);
  const Block* writing_label = Find(doc, "Writing");
  ASSERT_NE(writing_label, nullptr);
  EXPECT_EQ(writing_label->prov.page, 2);
}

TEST(PdfTaggedTest, BlocksKeepTheirPageAndBox) {
  const Document& doc = Form();
  for (const Block& b : doc.blocks) {
    ASSERT_TRUE(b.prov.bbox.has_value()) << b.text;
    const BBox& r = *b.prov.bbox;
    EXPECT_LT(r.x0, r.x1) << b.text;
    EXPECT_LT(r.y0, r.y1) << b.text;
    EXPECT_GE(r.x0, 0) << b.text;
    EXPECT_LE(r.x1, 596) << b.text;
  }
  // Cells of one row share a baseline band; the grid's columns go left to right.
  const Block* never = Find(doc, "I feel left out at playtime");
  const Block* always = Find(doc, "I have a friend to sit with");
  ASSERT_TRUE(never && always);
  EXPECT_NEAR(never->prov.bbox->y1, always->prov.bbox->y1, 1.0);
  EXPECT_LT(never->prov.bbox->x1, always->prov.bbox->x0);
}

TEST(PdfTaggedTest, ExtractJsonShowsTheNewFields) {
  testing::CommandResult r = testing::RunEhcp(
      "extract " + testing::Quote(testing::SourceDir() + "/tests/data/pdf/tagged-form.pdf") +
      " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"tagged\": true"), std::string::npos);
  EXPECT_NE(r.out.find("\"column_header\": \"Always\""), std::string::npos);
  EXPECT_NE(r.out.find("\"header_cell\": true"), std::string::npos);
}

// ---- Hand-made trees ---------------------------------------------------------------------

// Three paragraphs on one page, marked with MCIDs 0, 1 and 2, plus a footer artifact.
PdfFixturePage ThreeParagraphs() {
  PdfFixturePage p;
  p.runs.push_back({60, 100, 11, false, "Ella enjoys building towers with large bricks.", 0});
  p.runs.push_back({60, 130, 11, false, "She follows two-step instructions in class.", 1});
  p.runs.push_back({60, 160, 11, false, "Her mother says she sleeps well most nights.", 2});
  PdfRun footer{250, 815, 9, false, "Page 1 of 1"};
  footer.artifact = true;
  p.runs.push_back(footer);
  return p;
}

TEST(PdfTaggedTest, CyclicTreeIsReadOnceWithoutHanging) {
  // The document's K lists P0, then a Sect whose K holds P1, P2 and the document itself (a
  // cycle), and P0 again (listed twice).
  std::vector<std::string> tree = {
      "<< /Type /StructTreeRoot /K {obj:1} >>",
      "<< /Type /StructElem /S /Document /P {obj:0} /K [{obj:2} {obj:3} {obj:2}] >>",
      "<< /Type /StructElem /S /P /P {obj:1} /Pg {page:1} /K 0 >>",
      "<< /Type /StructElem /S /Sect /P {obj:1} /K [{obj:4} {obj:5} {obj:1} {obj:3}] >>",
      "<< /Type /StructElem /S /P /P {obj:3} /Pg {page:1} /K [1 1] >>",
      "<< /Type /StructElem /S /P /P {obj:3} /Pg {page:1} /K << /Type /MCR /MCID 2 >> >>",
  };
  Document doc = ExtractOrDie(MakeTaggedPdf({ThreeParagraphs()}, tree));
  EXPECT_TRUE(doc.info.tagged);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "Ella enjoys building towers with large bricks.");
  EXPECT_EQ(doc.blocks[1].text, "She follows two-step instructions in class.");
  EXPECT_EQ(doc.blocks[2].text, "Her mother says she sleeps well most nights.");
  EXPECT_EQ(Occurrences(doc, "Page 1 of 1"), 0);
}

TEST(PdfTaggedTest, TreeTooDeepFallsBackToLayout) {
  // 5,000 nested Divs with the paragraphs at the bottom: cut at 200 levels, the tree reaches
  // none of the text, and the page is laid out instead.
  std::vector<std::string> tree = {"<< /Type /StructTreeRoot /K {obj:1} >>"};
  const int depth = 5000;
  for (int i = 1; i <= depth; ++i) {
    tree.push_back("<< /Type /StructElem /S /Div /K {obj:" + std::to_string(i + 1) + "} >>");
  }
  tree.push_back("<< /Type /StructElem /S /P /Pg {page:1} /K [0 1 2] >>");
  Document doc = ExtractOrDie(MakeTaggedPdf({ThreeParagraphs()}, tree));
  EXPECT_FALSE(doc.info.tagged);
  EXPECT_EQ(Occurrences(doc, "Ella enjoys building towers"), 1);
  EXPECT_EQ(Occurrences(doc, "sleeps well most nights"), 1);
}

TEST(PdfTaggedTest, PartialTreeFallsBackToLayout) {
  // The tree reaches one paragraph of three: too little to trust.
  std::vector<std::string> tree = {
      "<< /Type /StructTreeRoot /K [{obj:1}] >>",
      "<< /Type /StructElem /S /P /Pg {page:1} /K 0 >>",
  };
  Document doc = ExtractOrDie(MakeTaggedPdf({ThreeParagraphs()}, tree));
  EXPECT_FALSE(doc.info.tagged);
  for (const char* text :
       {"Ella enjoys building towers", "two-step instructions", "sleeps well most nights"}) {
    EXPECT_EQ(Occurrences(doc, text), 1) << text;
  }
}

TEST(PdfTaggedTest, BrokenTreeEntriesAreSkipped) {
  // References to objects that do not exist, a K that is a string, a negative MCID, a /Pg that
  // is not a page, an element without /S: none stops the rest being read.
  std::vector<std::string> tree = {
      "<< /Type /StructTreeRoot /K [999 0 R (text) {obj:1} {obj:2} {obj:3}] >>",
      "<< /Type /StructElem /S /P /Pg {page:1} /K [-4 0 888 0 R] >>",
      "<< /Type /StructElem /S /P /Pg {obj:0} /K [5] >>",
      "<< /Type /StructElem /S /Sect /Pg {page:1} /K [(x) << /K 1 >> {obj:4} {obj:5}] >>",
      "<< /Type /StructElem /S /P /K 1 >>",
      "<< /Type /StructElem /S /P /K 2 >>",
  };
  Document doc = ExtractOrDie(MakeTaggedPdf({ThreeParagraphs()}, tree));
  EXPECT_TRUE(doc.info.tagged);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].text, "She follows two-step instructions in class.");
}

TEST(PdfTaggedTest, RoleMapSpansAndGridWithoutTh) {
  // Custom types mapped to standard ones; a three-column grid of TD cells only, whose first row
  // is then its header, with a cell spanning two columns.
  PdfFixturePage p;
  p.runs.push_back({60, 80, 16, true, "Pupil views", 0});
  p.runs.push_back({60, 120, 11, true, "Agree", 1});
  p.runs.push_back({220, 120, 11, true, "Not sure", 2});
  p.runs.push_back({380, 120, 11, true, "Disagree", 3});
  p.runs.push_back({60, 145, 11, false, "I like my teacher", 4});
  p.runs.push_back({220, 145, 11, false, "I find lunchtime noisy", 5});
  p.runs.push_back({380, 145, 11, false, "I get lost in school", 6});
  p.runs.push_back({60, 170, 11, false, "Reading is fun with my partner", 7});
  p.runs.push_back({380, 170, 11, false, "Homework is easy", 8});
  std::vector<std::string> tree = {
      "<< /Type /StructTreeRoot /RoleMap << /Heading#201 /Title1 /Title1 /H1 /Grid /Table "
      "/Cell /TD >> /K {obj:1} >>",
      "<< /S /Document /Pg {page:1} /K [{obj:2} {obj:3}] >>",
      "<< /S /Heading#201 /K 0 >>",
      "<< /S /Grid /K [{obj:4} {obj:5} {obj:6}] >>",
      "<< /S /TR /K [<< /S /Cell /K 1 >> << /S /Cell /K 2 >> << /S /Cell /K 3 >>] >>",
      "<< /S /TR /K [<< /S /TD /K 4 >> << /S /TD /K 5 >> << /S /TD /K 6 >>] >>",
      "<< /S /TR /K [<< /S /TD /A << /O /Table /ColSpan 2 >> /K 7 >> << /S /TD /K 8 >>] >>",
  };
  Document doc = ExtractOrDie(MakeTaggedPdf({p}, tree));
  ASSERT_TRUE(doc.info.tagged);
  const Block* heading = Find(doc, "Pupil views");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->kind, BlockKind::kHeading);
  EXPECT_EQ(heading->heading_level, 1);
  const Block* agree = Find(doc, "Agree");
  ASSERT_NE(agree, nullptr);
  EXPECT_TRUE(agree->header_cell);
  EXPECT_EQ(agree->kind, BlockKind::kTableCell);
  EXPECT_EQ(Find(doc, "I find lunchtime noisy")->column_header, "Not sure");
  EXPECT_EQ(Find(doc, "I get lost in school")->column_header, "Disagree");
  const Block* spanning = Find(doc, "Reading is fun with my partner");
  ASSERT_NE(spanning, nullptr);
  EXPECT_EQ(spanning->col, 0);
  EXPECT_EQ(spanning->column_header, "Agree");
  const Block* after = Find(doc, "Homework is easy");
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(after->col, 2);  // placed after the two columns the cell before it spans
  EXPECT_EQ(after->column_header, "Disagree");
}

TEST(PdfTaggedTest, ListsWithLabelsNestedListsAndNumberedHeadings) {
  PdfFixturePage p;
  p.runs.push_back({60, 80, 14, true, "1.", 0});
  p.runs.push_back({80, 80, 14, true, "Communication", 1});
  p.runs.push_back({60, 110, 11, false, "\x95", 2});
  p.runs.push_back({75, 110, 11, false, "Use a visual timetable every day.", 3});
  p.runs.push_back({75, 125, 11, false, "o", 4});
  p.runs.push_back({90, 125, 11, false, "Show the next activity with a picture.", 5});
  p.runs.push_back({60, 140, 11, false, "\x95", 6});
  p.runs.push_back({75, 140, 11, false, "Check understanding after each step.", 7});
  std::vector<std::string> tree = {
      "<< /Type /StructTreeRoot /K [{obj:1} {obj:2}] >>",
      // A numbered heading tagged as a list item whose body is H1.
      "<< /S /L /Pg {page:1} /K << /S /LI /K [<< /S /Lbl /K 0 >> << /S /LBody /K << /S /H1 /K 1 "
      ">> >>] >> >>",
      "<< /S /L /Pg {page:1} /K [{obj:3} {obj:5}] >>",
      "<< /S /LI /K [<< /S /Lbl /K 2 >> << /S /LBody /K [3 {obj:4}] >>] >>",
      "<< /S /L /K << /S /LI /K [<< /S /Lbl /K 4 >> << /S /LBody /K 5 >>] >> >>",
      "<< /S /LI /K [<< /S /Lbl /K 6 >> << /S /LBody /K 7 >>] >>",
  };
  Document doc = ExtractOrDie(MakeTaggedPdf({p}, tree));
  ASSERT_TRUE(doc.info.tagged);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].text, "1. Communication");
  EXPECT_EQ(doc.blocks[1].text, "Use a visual timetable every day.");
  EXPECT_EQ(doc.blocks[1].list_label, "\u2022");
  EXPECT_EQ(doc.blocks[2].text, "Show the next activity with a picture.");  // nested, after it
  EXPECT_EQ(doc.blocks[2].list_label, "\u2022");
  EXPECT_EQ(doc.blocks[3].text, "Check understanding after each step.");
  for (size_t i = 1; i < 4; ++i) EXPECT_EQ(doc.blocks[i].kind, BlockKind::kListItem);
}

TEST(PdfTaggedTest, UntaggedPdfIsReadByLayout) {
  PdfFixturePage p = ThreeParagraphs();
  Document doc = ExtractOrDie(MakePdf({p}));
  EXPECT_FALSE(doc.info.tagged);
  EXPECT_EQ(Occurrences(doc, "Ella enjoys building towers"), 1);
}

TEST(PdfTaggedTest, DamagedTaggedFilesNeverCrash) {
  // Random bytes overwritten anywhere in the tagged form: each copy is read or refused.
  std::mt19937 rng(20261206);
  const std::string& good = FormBytes();
  ExtractOptions options;
  options.ocr = false;
  for (int i = 0; i < 40; ++i) {
    std::string bad = good;
    std::uniform_int_distribution<size_t> at(0, bad.size() - 1);
    for (int k = 0; k < 20; ++k) bad[at(rng)] = static_cast<char>(rng() & 0xFF);
    StatusOr<Document> d = PdfExtractor().Extract(bad, "damaged.pdf", options);
    if (!d.ok()) {
      EXPECT_NE(d.status().message().find("damaged.pdf"), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace ehcp
