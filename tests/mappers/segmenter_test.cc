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

Block Cell(std::string text, int row, int col, std::string label = "") {
  Block b;
  b.kind = BlockKind::kTableCell;
  b.table = 0;
  b.row = row;
  b.col = col;
  b.text = std::move(text);
  b.label = std::move(label);
  return b;
}

TEST(Segmenter, ALeftCellWrittenAsASentenceIsContentNotALabel) {
  Document d;
  const std::string need = "Sam finds it very difficult to follow instructions in class.";
  d.blocks = {Heading("Needs and provision", 1), Cell("Identified need", 0, 0),
              Cell("Provision required", 0, 1, "Identified need"), Cell(need, 1, 0),
              Cell("A visual timetable used in every lesson.", 1, 1, need)};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 3u);
  EXPECT_EQ(st[0].text, "Provision required");
  EXPECT_EQ(st[0].context, "Needs and provision > Identified need");
  EXPECT_EQ(st[1].text, need);
  EXPECT_EQ(st[2].context, "Needs and provision");  // a sentence is not used as a label
}

TEST(Segmenter, OnlyShortLinesOfALetterHeadingAndSignatureAreMarked) {
  Document d;
  d.blocks = {Para("Westmere Child Development Centre"),
              Para("Diagnoses: autism; attention deficit hyperactivity disorder."),
              Para("Dear Dr Patel,"),
              Para("Sam has difficulty producing s and sh sounds."),
              Para("Kind regards,"),
              Para("Jo Smith"),
              Para("Speech and Language Therapist"),
              Heading("Recommendations", 2),
              Para("He struggles to follow two-part instructions.")};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 8u);
  EXPECT_EQ(st[0].context, kLetterHeading);
  EXPECT_EQ(st[1].context, "");  // a summary written as a sentence keeps its ordinary context
  EXPECT_EQ(st[5].context, kSignatureBlock);  // "Jo Smith"
  EXPECT_EQ(st[6].text, "Speech and Language Therapist");
  EXPECT_EQ(st[6].context, kSignatureBlock);
  EXPECT_EQ(st[7].context, "Recommendations");  // a heading ends the signature
}

TEST(Segmenter, AFirstHeadingThatIsNotATitleIsKept) {
  Document d;
  d.blocks = {Heading("Fine motor skills", 1), Para("He holds a pencil with a fisted grip.")};
  d.Finalize();
  auto st = SegmentDocument(d);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].context, "Fine motor skills");
}

}  // namespace
}  // namespace ehcp
