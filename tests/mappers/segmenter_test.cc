// Segmentation: ICU sentences with exact spans, and each statement's context path.
#include "mappers/segment/segmenter.h"

#include <gtest/gtest.h>

#include <string>

namespace ehcp {
namespace {

Block Heading(std::string text, int level) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.heading_level = level;
  b.text = std::move(text);
  return b;
}

Block Para(std::string text, std::string label = "") {
  Block b;
  b.kind = label.empty() ? BlockKind::kParagraph : BlockKind::kTableCell;
  b.text = std::move(text);
  b.label = std::move(label);
  return b;
}

TEST(Segmenter, SentencesKeepExactSpansAndAbbreviationsDoNotSplit) {
  Document d;
  d.blocks = {
      Para("Millie was seen by Dr. Lowther on 3 March. She reads approx. 20 words, "
           "e.g. cat and dog.")};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[0].text, "Millie was seen by Dr. Lowther on 3 March.");
  EXPECT_EQ(st[1].text, "She reads approx. 20 words, e.g. cat and dog.");
  for (const auto& s : st) {
    EXPECT_EQ(d.blocks[s.span.block].text.substr(s.span.begin, s.span.end - s.span.begin), s.text);
  }
}

TEST(Segmenter, ContextIsTheHeadingPathThenTheTableLabelWithoutTheTitle) {
  Document d;
  d.blocks = {
      Heading("Educational Psychology Advice", 1),
      Heading("4. Summary of needs", 1),
      Heading("Communication and interaction", 2),
      Para("Millie needs extra time to process what is said to her."),
      Heading("5. Outcomes", 1),
      Para("By July 2026, Millie will ask for help.", "Social, emotional and mental health"),
      Heading("6. Provision", 1),
      Heading("Cognition and learning", 2),
      Heading("Reading", 3),
      Para("A daily 10-minute precision teaching session."),
      Heading("Writing", 3),
      Para("A writing slope.")};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 4u);
  EXPECT_EQ(st[0].context, "4. Summary of needs > Communication and interaction");
  EXPECT_EQ(st[1].context, "5. Outcomes > Social, emotional and mental health");
  EXPECT_EQ(st[2].context, "6. Provision > Cognition and learning > Reading");
  EXPECT_EQ(st[3].context, "6. Provision > Cognition and learning > Writing");
}

TEST(Segmenter, AHeadingAfterBodyTextIsKeptEvenAtTheTop) {
  Document d;
  d.blocks = {Para("Dear colleagues,"), Heading("Views", 1), Para("We are proud of her.")};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 2u);
  EXPECT_EQ(st[1].context, "Views");
}

}  // namespace
}  // namespace ehcp
