// The pure layout rules that turn recognised lines into blocks.
#include "extractors/ocr/ocr_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ehcp::ocr_internal {
namespace {

OcrLine Line(bool starts_paragraph, int y, std::vector<std::string> words, double conf = 90) {
  OcrLine line;
  line.starts_paragraph = starts_paragraph;
  line.x0 = 300, line.y0 = y, line.x1 = 2100, line.y1 = y + 50;
  for (std::string& w : words) line.words.push_back({std::move(w), conf});
  return line;
}

TEST(OcrLayout, JoinsLinesWithSpacesAndMendsSplitWords) {
  EXPECT_EQ(JoinOcrLines({"She reads", "well."}), "She reads well.");
  EXPECT_EQ(JoinOcrLines({"a full assess-", "ment of need"}), "a full assessment of need");
  EXPECT_EQ(JoinOcrLines({"her self-", "esteem is low"}), "her self-esteem is low");
  EXPECT_EQ(JoinOcrLines({"emotional well-", "being"}), "emotional well-being");
  EXPECT_EQ(JoinOcrLines({"a 6-", "week block"}), "a 6-week block");
  EXPECT_EQ(JoinOcrLines({"Speech and Language -", "Therapy"}), "Speech and Language - Therapy");
  EXPECT_EQ(JoinOcrLines({"North-", "East"}), "North-East");
  EXPECT_EQ(JoinOcrLines({"", "alone", ""}), "alone");
  EXPECT_EQ(JoinOcrLines({}), "");
}

TEST(OcrLayout, KnowsBulletGlyphs) {
  for (const char* bullet : {"•", "·", "-", "–", "*", "o", "▪"}) {
    EXPECT_EQ(BulletLabel(bullet), "•") << bullet;
  }
  for (const char* word : {"on", "1.", "a)", "Oakfield", "--", ""}) {
    EXPECT_EQ(BulletLabel(word), "") << word;
  }
}

TEST(OcrLayout, BuildsParagraphsAndListItemsWithProvenance) {
  const std::vector<OcrLine> lines = {
      Line(true, 300, {"Amelia", "needs", "a", "quiet"}, 80),
      Line(false, 360, {"space."}, 100),
      Line(true, 500, {"•", "Visual", "timetable"}),
      Line(false, 560, {"at", "her", "table"}),
      Line(true, 620, {"-", "Movement", "breaks"}),
      Line(false, 700, {}),  // no words: ignored
      Line(true, 800, {"Reviewed", "termly."}),
  };
  const std::vector<Block> blocks = BuildOcrBlocks(lines, 4, 300);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text, "Amelia needs a quiet space.");
  EXPECT_EQ(blocks[0].prov.page, 4);
  ASSERT_TRUE(blocks[0].prov.confidence.has_value());
  EXPECT_DOUBLE_EQ(*blocks[0].prov.confidence, 84);  // (4 × 80 + 100) / 5
  ASSERT_TRUE(blocks[0].prov.bbox.has_value());
  EXPECT_DOUBLE_EQ(blocks[0].prov.bbox->x0, 72);    // 300 px at 300 dpi
  EXPECT_DOUBLE_EQ(blocks[0].prov.bbox->y0, 72);    // first line's top
  EXPECT_DOUBLE_EQ(blocks[0].prov.bbox->x1, 504);   // 2100 px
  EXPECT_DOUBLE_EQ(blocks[0].prov.bbox->y1, 98.4);  // second line's bottom, 410 px

  EXPECT_EQ(blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[1].list_label, "•");
  EXPECT_EQ(blocks[1].text, "Visual timetable at her table");
  EXPECT_EQ(blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(blocks[2].text, "Movement breaks");
  EXPECT_EQ(blocks[3].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[3].text, "Reviewed termly.");
}

TEST(OcrLayout, ALoneDashIsNotAListItem) {
  const std::vector<Block> blocks = BuildOcrBlocks({Line(true, 100, {"-"})}, 1, 150);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text, "-");
  EXPECT_DOUBLE_EQ(blocks[0].prov.bbox->y0, 48);  // 100 px at 150 dpi
}

}  // namespace
}  // namespace ehcp::ocr_internal

namespace ehcp::ocr_internal {
namespace {

TEST(OcrLayout, ReadsABarOrLoneLBeforeALowerCaseWordAsThePronounI) {
  auto blocks = BuildOcrBlocks({Line(true, 100, {"|", "like", "Minecraft", "and", "drawing."}),
                                Line(true, 200, {"l", "want", "to", "be", "a", "vet."}),
                                Line(true, 300, {"Column", "|", "B", "and", "|'m", "here."})},
                               1, 300);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "I like Minecraft and drawing.");
  EXPECT_EQ(blocks[1].text, "I want to be a vet.");
  EXPECT_EQ(blocks[2].text, "Column | B and I'm here.");
}

}  // namespace
}  // namespace ehcp::ocr_internal
