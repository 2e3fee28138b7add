#include "output/draft/draft_layout.h"

#include <gtest/gtest.h>

#include "tests/output/plan_fixture.h"

namespace ehcp::draft {
namespace {

TEST(DraftLayout, TwelveSectionsWithoutNotPlanAndAreasInCatalogueOrder) {
  Plan plan = testing::MakeFixturePlan();
  Layout l = LayOut(plan);
  ASSERT_EQ(l.sections.size(), 12u);
  EXPECT_EQ(l.sections.front().section, Section::kA);
  EXPECT_EQ(l.sections.back().section, Section::kK);
  // B holds the B, E and F statements in one table per area, in catalogue order.
  const SectionView& b = l.sections[1];
  ASSERT_EQ(b.section, Section::kB);
  EXPECT_TRUE(b.groups.empty());
  ASSERT_EQ(b.tables.size(), 2u);
  EXPECT_EQ(b.tables[0].area, Area::kCommunication);
  EXPECT_EQ(b.tables[1].area, Area::kSemh);
  // E and F point to them.
  EXPECT_TRUE(l.sections[4].in_tables);
  EXPECT_TRUE(l.sections[5].in_tables);
  EXPECT_TRUE(l.sections[4].groups.empty());
  EXPECT_TRUE(l.sections[5].tables.empty());
  EXPECT_TRUE(l.sections[3].groups.empty());     // D
  EXPECT_FALSE(l.sections[9].lists_statements);  // I
  EXPECT_TRUE(l.sections[9].groups.empty());
  // Placement (its statement is left out) and missing-advice (no statement) are case flags.
  ASSERT_EQ(l.case_flags.size(), 2u);
  EXPECT_EQ(l.case_flags[0]->id, "FL002");
  EXPECT_EQ(l.case_flags[1]->id, "FL005");
}

TEST(DraftLayout, OverlappingFlagsSplitTheTextIntoPieces) {
  Plan plan = testing::MakeFixturePlan();
  Layout l = LayOut(plan);
  // The vague SEMH provision shares no content word with the SEMH need: a row of its own.
  ASSERT_EQ(l.sections[1].tables[1].rows.size(), 2u);
  const Item& item = l.sections[1].tables[1].rows[1].provision[0];
  ASSERT_EQ(item.pieces.size(), 3u);
  EXPECT_EQ(item.pieces[0].text, "Ollie will have ");
  EXPECT_EQ(item.pieces[1].text, "regular access to");
  EXPECT_EQ(item.pieces[1].flags.size(), 2u);
  EXPECT_EQ(item.pieces[2].flags.size(), 1u);
  ASSERT_EQ(item.marks.size(), 2u);
  EXPECT_EQ(item.marks[0].flag->id, "FL001");
  EXPECT_EQ(item.marks[0].first, 1u);
  EXPECT_EQ(item.marks[0].last, 1u);
  EXPECT_EQ(item.marks[1].first, 0u);  // conflicting-advice covers the whole statement
  EXPECT_EQ(item.marks[1].last, 2u);
  EXPECT_EQ(item.citation, "D2 p.7");
}

TEST(DraftLayout, FlagRangeKeepsUtf8CharactersWholeAndClampsBadOffsets) {
  Flag f;
  f.spans = {{"S1", 2, 4}};
  std::string text =
      "a\xC3\xA9"
      "bc";  // "aébc": é is bytes 1-2
  size_t b = 9, e = 9;
  ASSERT_TRUE(FlagRange(f, "S1", text, b, e));
  EXPECT_EQ(b, 1u);  // moved back to the start of é
  EXPECT_EQ(e, 4u);
  f.spans = {{"S1", 3, 99}};
  ASSERT_TRUE(FlagRange(f, "S1", text, b, e));
  EXPECT_EQ(b, 3u);
  EXPECT_EQ(e, text.size());
  f.spans = {{"S1", 50, 60}};
  ASSERT_TRUE(FlagRange(f, "S1", text, b, e));
  EXPECT_EQ(b, 0u);
  EXPECT_EQ(e, text.size());
  EXPECT_FALSE(FlagRange(f, "S2", text, b, e));
}

}  // namespace
}  // namespace ehcp::draft
