// Layout of positioned words without a PDF: lines, segments, furniture, text-layer check and
// the block builder's paragraphs and tables.
#include "extractors/pdf/pdf_layout.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ehcp {
namespace {

constexpr double kWidth = 595, kHeight = 842;

// Words of `text` laid out from x at baseline y, 11pt Helvetica-ish widths.
std::vector<PdfWord> Words(const std::string& text, double x, double y, double size = 11,
                           bool bold = false) {
  std::vector<PdfWord> out;
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    double width = 0.5 * size * static_cast<double>(w.size());
    out.push_back({w, {x, y - 0.8 * size, x + width, y + 0.2 * size}, size, bold});
    x += width + 0.28 * size;
  }
  return out;
}

void Add(std::vector<PdfWord>& to, std::vector<PdfWord> more) {
  to.insert(to.end(), more.begin(), more.end());
}

TEST(PdfLayoutTest, GroupsWordsIntoLinesAndSegments) {
  std::vector<PdfWord> words;
  Add(words, Words("second line here", 60, 114));
  Add(words, Words("Cognition", 60, 100));
  Add(words, Words("He reads slowly", 220, 100.5));  // same baseline within tolerance
  PdfPageLines page = LayoutPage(1, kWidth, kHeight, words);
  ASSERT_EQ(page.lines.size(), 2u);
  ASSERT_EQ(page.lines[0].segments.size(), 2u);
  EXPECT_EQ(page.lines[0].segments[0].Text(), "Cognition");
  EXPECT_EQ(page.lines[0].segments[1].Text(), "He reads slowly");
  EXPECT_EQ(page.lines[0].Text(), "Cognition He reads slowly");
  EXPECT_EQ(page.lines[1].Text(), "second line here");
  EXPECT_DOUBLE_EQ(page.lines[1].size, 11);
}

TEST(PdfLayoutTest, FurnitureNeedsTheBandAndRepetition) {
  std::vector<PdfPageLines> pages;
  for (int p = 1; p <= 3; ++p) {
    std::vector<PdfWord> words;
    Add(words, Words("Northbridge Council SEN Team", 60, 30));             // repeated header
    Add(words, Words("Page " + std::to_string(p) + " of 3", 480, 30));     // same line
    Add(words, Words("Body text on page " + std::to_string(p), 60, 200));  // body
    Add(words, Words("Jane Doe, Specialist Teacher", 60, 820));            // repeated footer
    if (p == 2) Add(words, Words("Note on page two only", 60, 815 + 14));  // footer, once
    pages.push_back(LayoutPage(p, kWidth, kHeight, words));
  }
  RemoveRepeatedFurniture(pages);
  for (const PdfPageLines& p : pages) {
    ASSERT_GE(p.lines.size(), 1u);
    EXPECT_EQ(p.lines[0].Text(), "Body text on page " + std::to_string(p.page));
  }
  EXPECT_EQ(pages[0].lines.size(), 1u);
  ASSERT_EQ(pages[1].lines.size(), 2u);  // a one-off footer line is kept
  EXPECT_EQ(pages[1].lines[1].Text(), "Note on page two only");
}

TEST(PdfLayoutTest, SinglePageKeepsItsTitleButDropsPageNumber) {
  std::vector<PdfWord> words;
  Add(words, Words("Speech and Language Therapy Report", 60, 40));
  Add(words, Words("1", 290, 820));
  std::vector<PdfPageLines> pages = {LayoutPage(1, kWidth, kHeight, words)};
  RemoveRepeatedFurniture(pages);
  ASSERT_EQ(pages[0].lines.size(), 1u);
  EXPECT_EQ(pages[0].lines[0].Text(), "Speech and Language Therapy Report");
}

TEST(PdfLayoutTest, SinglePageFooterWithAPageNumberPartIsFurniture) {
  std::vector<PdfWord> words;
  Add(words, Words("Social Care Advice", 60, 40));
  Add(words, Words("Social care advice for EHC needs assessment | Page 1 of 1", 150, 820));
  std::vector<PdfPageLines> pages = {LayoutPage(1, kWidth, kHeight, words)};
  RemoveRepeatedFurniture(pages);
  ASSERT_EQ(pages[0].lines.size(), 1u);
  EXPECT_EQ(pages[0].lines[0].Text(), "Social Care Advice");
}

TEST(PdfLayoutTest, UsableTextLayer) {
  EXPECT_TRUE(HasUsableTextLayer(Words("Sam enjoys reading comics with his brother.", 60, 100)));
  EXPECT_FALSE(HasUsableTextLayer(std::vector<PdfWord>{}));
  EXPECT_FALSE(HasUsableTextLayer(Words("Page 1", 60, 100)));  // too little text
  EXPECT_FALSE(
      HasUsableTextLayer(Words("~~~ |||| ;;;; \xEF\xBF\xBD\xEF\xBF\xBD ,,,, ^^^^ #### "
                               "&&&& //// \xEF\xBF\xBD",
                               60, 100)));
}

// A laid-out page is judged on the words it still has: a digital header left on a scanned page
// is furniture, and once it is removed the page has no usable text.
TEST(PdfLayoutTest, UsableTextLayerOfALaidOutPage) {
  std::vector<PdfWord> words = Words("Sam enjoys reading comics with his brother.", 60, 100);
  Add(words, Words("Words with a non-breaking\xC2\xA0space inside", 60, 120));
  EXPECT_TRUE(HasUsableTextLayer(LayoutPage(1, kWidth, kHeight, words)));
  EXPECT_EQ(HasUsableTextLayer(LayoutPage(1, kWidth, kHeight, words)), HasUsableTextLayer(words));
  // Words with no text are not tokens: they do not dilute the share of word-like tokens.
  std::vector<PdfWord> with_empty = Words("Sam enjoys reading comics with his brother.", 60, 100);
  for (int i = 0; i < 10; ++i) with_empty.push_back({"", {60, 130, 61, 131}, 11, false});
  EXPECT_TRUE(HasUsableTextLayer(with_empty));
  std::vector<PdfPageLines> pages;
  for (int p = 1; p <= 3; ++p) {
    pages.push_back(LayoutPage(p, kWidth, kHeight,
                               Words("Westmere Borough Council Educational Psychology", 60, 30)));
  }
  EXPECT_TRUE(HasUsableTextLayer(pages[0]));
  RemoveRepeatedFurniture(pages);
  EXPECT_FALSE(HasUsableTextLayer(pages[0]));
}

std::vector<Block> Build(const std::vector<PdfWord>& words) {
  std::vector<PdfPageLines> pages = {LayoutPage(1, kWidth, kHeight, words)};
  PdfBlockBuilder builder(pages);
  builder.AddPage(pages[0]);
  return builder.Take();
}

TEST(PdfLayoutTest, ParagraphsSplitOnGapsAndIndents) {
  std::vector<PdfWord> words;
  Add(words, Words("First paragraph line one", 60, 100));
  Add(words, Words("and line two.", 60, 114));
  Add(words, Words("Second paragraph after a gap.", 60, 140));
  Add(words, Words("Third paragraph, indented first line", 80, 154));
  Add(words, Words("continues here.", 60, 168));
  std::vector<Block> blocks = Build(words);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "First paragraph line one and line two.");
  EXPECT_EQ(blocks[1].text, "Second paragraph after a gap.");
  EXPECT_EQ(blocks[2].text, "Third paragraph, indented first line continues here.");
  for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph);
}

TEST(PdfLayoutTest, NumberedItemsAndBoldHeadings) {
  std::vector<PdfWord> words;
  Add(words, Words("Outcomes", 60, 100, 11, true));
  Add(words, Words("a) Sam will read 50 words.", 60, 120));
  Add(words, Words("1. Sam will write a sentence.", 60, 134));
  Add(words, Words("Body text follows here for a while.", 60, 160));
  Add(words, Words("More body text to set the size.", 60, 174));
  std::vector<Block> blocks = Build(words);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[0].heading_level, 1);
  EXPECT_EQ(blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[1].list_label, "a)");
  EXPECT_EQ(blocks[1].text, "Sam will read 50 words.");
  EXPECT_EQ(blocks[2].list_label, "1.");
  EXPECT_EQ(blocks[3].kind, BlockKind::kParagraph);
}

TEST(PdfLayoutTest, TableRowsWithWrappedLabels) {
  std::vector<PdfWord> words;
  Add(words, Words("Social, emotional", 60, 100));
  Add(words, Words("He is anxious in", 220, 100));
  Add(words, Words("and mental health", 60, 114));
  Add(words, Words("the playground.", 220, 114));
  Add(words, Words("Physical", 60, 136));
  Add(words, Words("He tires when", 220, 136));
  Add(words, Words("writing.", 220, 150));
  Add(words, Words("A paragraph after the table.", 60, 180));
  std::vector<Block> blocks = Build(words);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].text, "Social, emotional and mental health");
  EXPECT_EQ(blocks[1].text, "He is anxious in the playground.");
  EXPECT_EQ(blocks[1].label, "Social, emotional and mental health");
  EXPECT_EQ(blocks[2].text, "Physical");
  EXPECT_EQ(blocks[2].row, 1);
  EXPECT_EQ(blocks[3].text, "He tires when writing.");
  EXPECT_EQ(blocks[3].label, "Physical");
  EXPECT_EQ(blocks[4].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[4].text, "A paragraph after the table.");
}

TEST(PdfLayoutTest, ColonLabelsOnTightRowsStayApart) {
  std::vector<PdfWord> words;
  Add(words, Words("Name:", 60, 100));
  Add(words, Words("Sam Carter", 220, 100));
  Add(words, Words("Date of birth:", 60, 114));
  Add(words, Words("01/02/2016", 220, 114));
  Add(words, Words("School:", 60, 128));
  Add(words, Words("Hill Primary", 220, 128));
  std::vector<Block> blocks = Build(words);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[1].label, "Name");
  EXPECT_EQ(blocks[1].text, "Sam Carter");
  EXPECT_EQ(blocks[3].label, "Date of birth");
  EXPECT_EQ(blocks[3].row, 1);
  EXPECT_EQ(blocks[5].label, "School");
  EXPECT_EQ(blocks[5].text, "Hill Primary");
}

// Two pages through one builder: a row whose label and text both run on over the break, then
// a complete row followed by a new one at the top of the next page.
TEST(PdfLayoutTest, LabelsRunOnOverAPageBreakOnlyWhenUnfinished) {
  std::vector<PdfWord> p1, p2, p3;
  Add(p1, Words("Cognition and learning", 60, 715));
  Add(p1, Words("He reads slowly.", 220, 715));
  Add(p1, Words("Social, emotional", 60, 740));
  Add(p1, Words("Sam becomes anxious when he is asked to read aloud or answer", 220, 740));
  Add(p2, Words("and mental health", 60, 90));
  Add(p2, Words("questions in front of the class.", 220, 90));
  Add(p2, Words("Role:", 60, 740));
  Add(p2, Words("SENCO", 220, 740));
  Add(p3, Words("Telephone:", 60, 90));
  Add(p3, Words("01632 960 412", 220, 90));
  std::vector<PdfPageLines> pages = {LayoutPage(1, kWidth, kHeight, p1),
                                     LayoutPage(2, kWidth, kHeight, p2),
                                     LayoutPage(3, kWidth, kHeight, p3)};
  PdfBlockBuilder builder(pages);
  for (const PdfPageLines& p : pages) builder.AddPage(p);
  std::vector<Block> blocks = builder.Take();
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[1].label, "Cognition and learning");
  EXPECT_EQ(blocks[2].text, "Social, emotional and mental health");
  EXPECT_EQ(blocks[2].prov.page, 1);
  EXPECT_EQ(blocks[3].text,
            "Sam becomes anxious when he is asked to read aloud or answer questions in front of "
            "the class.");
  EXPECT_EQ(blocks[3].label, "Social, emotional and mental health");
  EXPECT_EQ(blocks[4].text, "Role:");
  EXPECT_EQ(blocks[5].label, "Role");
  EXPECT_EQ(blocks[6].text, "Telephone:");
  EXPECT_EQ(blocks[6].prov.page, 3);
  EXPECT_EQ(blocks[7].label, "Telephone");
  EXPECT_EQ(blocks[7].row, blocks[5].row + 1);
  for (const Block& b : blocks) EXPECT_EQ(b.table, 0) << b.text;
}

// A label ending close to the text column comes in one segment with its text; the column edge
// the table's other rows give still splits it.
TEST(PdfLayoutTest, LabelCloseToItsTextIsStillARow) {
  std::vector<PdfWord> words;
  Add(words, Words("Cognition", 60, 100));
  Add(words, Words("He reads slowly.", 195, 100));
  Add(words, Words("Sensory and/or physical", 60, 125));
  Add(words, Words("He tires when", 195, 125));
  Add(words, Words("writing.", 195, 139));
  PdfPageLines page = LayoutPage(1, kWidth, kHeight, words);
  ASSERT_EQ(page.lines.size(), 3u);
  ASSERT_EQ(page.lines[1].segments.size(), 1u);  // the case under test
  std::vector<Block> blocks = Build(words);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[2].text, "Sensory and/or physical");
  EXPECT_EQ(blocks[2].col, 0);
  EXPECT_EQ(blocks[3].text, "He tires when writing.");
  EXPECT_EQ(blocks[3].label, "Sensory and/or physical");
  EXPECT_EQ(blocks[3].row, 1);
}

TEST(PdfLayoutTest, OneWideGapLineIsNotATable) {
  std::vector<PdfWord> words;
  Add(words, Words("Name:", 60, 100));
  Add(words, Words("Sam Carter", 220, 100));
  Add(words, Words("He is a friendly boy who likes trains.", 60, 130));
  std::vector<Block> blocks = Build(words);
  for (const Block& b : blocks) EXPECT_NE(b.kind, BlockKind::kTableCell);
}

}  // namespace
}  // namespace ehcp
