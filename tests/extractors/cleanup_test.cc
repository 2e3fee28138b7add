// The shared cleanup pass: Unicode normalisation, line joining with de-hyphenation, page
// furniture patterns and the document-level pass.
#include "extractors/cleanup/cleanup.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>

namespace ehcp {
namespace {

TEST(NormalizeTextTest, LigaturesBecomeLetters) {
  EXPECT_EQ(NormalizeText("\xEF\xAC\x81nd the di\xEF\xAC\x80\x65rence"), "find the difference");
  EXPECT_EQ(NormalizeText("e\xEF\xAC\x83\x63ient"), "efficient");  // ffi
}

TEST(NormalizeTextTest, SmartQuotesAndDashesBecomePlain) {
  EXPECT_EQ(NormalizeText("\xE2\x80\x9CSam\xE2\x80\x99s view\xE2\x80\x9D"), "\"Sam's view\"");
  EXPECT_EQ(NormalizeText("3\xE2\x80\x93"
                          "5 sessions \xE2\x80\x94 weekly"),
            "3-5 sessions - weekly");
}

TEST(NormalizeTextTest, OddSpacesAndInvisibleCharacters) {
  EXPECT_EQ(NormalizeText("Year\xC2\xA0"
                          "4"),
            "Year 4");  // NBSP
  EXPECT_EQ(NormalizeText("a\xE2\x80\x83"
                          "b\xE2\x80\xAF"
                          "c"),
            "a b c");                                                          // em space, NNBSP
  EXPECT_EQ(NormalizeText("assess\xC2\xADment"), "assessment");                // soft hyphen
  EXPECT_EQ(NormalizeText("zero\xE2\x80\x8Bwidth\xEF\xBB\xBF"), "zerowidth");  // ZWSP, BOM
  EXPECT_EQ(NormalizeText("  tab\there\r\nnext\x01 "), "tab here next");
}

TEST(NormalizeTextTest, KeepsRealHyphensAndOrdinaryText) {
  EXPECT_EQ(NormalizeText("well-being and a 6-week group"), "well-being and a 6-week group");
  EXPECT_EQ(NormalizeText("Zoë's café"), "Zoë's café");
  EXPECT_EQ(NormalizeText(""), "");
}

// ASCII takes a shortcut past ICU: control characters (Unicode category Cc) become spaces and
// everything else is kept as it is.
TEST(NormalizeTextTest, AsciiShortcutAgreesWithIcu) {
  for (int c = 1; c < 0x80; ++c) {
    std::string s = std::string("a") + static_cast<char>(c) + "b";
    bool gap = u_iscntrl(c) || u_isUWhiteSpace(c);
    EXPECT_EQ(NormalizeText(s), gap ? "a b" : s) << c;
  }
}

TEST(NormalizeTextTest, RepairsBrokenUtf8) {
  std::string out = NormalizeText("bad \xFF byte");
  EXPECT_EQ(out, "bad \xEF\xBF\xBD byte");
}

TEST(JoinLinesTest, RemovesHyphensThatSplitWords) {
  EXPECT_EQ(JoinLines("an assess-\nment of need"), "an assessment of need");
  EXPECT_EQ(JoinLines("communi-\ncation"), "communication");
}

TEST(JoinLinesTest, KeepsHyphensOfRealCompounds) {
  EXPECT_EQ(JoinLines("his well-\nbeing"), "his well-being");
  EXPECT_EQ(JoinLines("a 6-\nweek group"), "a 6-week group");
  EXPECT_EQ(JoinLines("low self-\nesteem"), "low self-esteem");
  EXPECT_EQ(JoinLines("evidence-\nbased"), "evidence-based");
  EXPECT_EQ(JoinLines("post-\nCovid"), "post-Covid");
  EXPECT_EQ(JoinLines("one-to-\none support"), "one-to-one support");
}

TEST(JoinLinesTest, KeepsAHyphenTheParagraphUsesElsewhere) {
  EXPECT_EQ(JoinLines("a toilet-\ntraining plan; toilet-training goes on"),
            "a toilet-training plan; toilet-training goes on");
}

TEST(JoinLinesTest, JoinsWithSpacesAndKeepsDashes) {
  EXPECT_EQ(JoinLines("  first line \n\n second line"), "first line second line");
  EXPECT_EQ(JoinLines("tired -\nand upset"), "tired - and upset");
  EXPECT_EQ(JoinLines(""), "");
}

TEST(IsPageFurnitureTest, PageNumbersInCommonForms) {
  for (const char* s : {"Page 3 of 17", "page 3", "PAGE 12 OF 40", "- 3 -", "3/17", "3 of 17", "17",
                        "p. 4", "[3]", "  Page 3 / 17  ", "\xE2\x80\x93 3 \xE2\x80\x93"}) {
    EXPECT_TRUE(IsPageFurniture(s)) << s;
  }
}

TEST(IsPageFurnitureTest, ProtectiveMarkings) {
  for (const char* s : {"STRICTLY CONFIDENTIAL", "Confidential", "Private and Confidential",
                        "OFFICIAL - SENSITIVE", "OFFICIAL-SENSITIVE", "Continued overleaf"}) {
    EXPECT_TRUE(IsPageFurniture(s)) << s;
  }
}

TEST(IsPageFurnitureTest, BodyTextIsNotFurniture) {
  for (const char* s : {"3 weeks of therapy", "Page turning is hard for him", "1. Background",
                        "Sam is 7 years old.", "The report is confidential to the family.",
                        "3/17 of the words were read correctly in the probe", "2024-25", ""}) {
    EXPECT_FALSE(IsPageFurniture(s)) << s;
  }
}

TEST(FurnitureKeyTest, DigitsDoNotMatter) {
  EXPECT_EQ(FurnitureKey("Page 3 of 17"), FurnitureKey("Page 14 of 17"));
  EXPECT_EQ(FurnitureKey("Ref: EHC/0423   Page 3"), "ref: ehc/# page #");
  EXPECT_NE(FurnitureKey("Page 3 of 17"), FurnitureKey("Summary of need"));
}

TEST(CleanupDocumentTest, NormalisesDropsEmptyAndFurnitureAndFinalizes) {
  Document doc;
  Block h;
  h.kind = BlockKind::kHeading;
  h.text = "  \xEF\xAC\x81ndings ";
  Block empty;
  empty.text = " \xE2\x80\x8B ";
  Block page;
  page.text = "Page 2 of 9";
  Block cell;
  cell.kind = BlockKind::kTableCell;
  cell.text = "3";  // a score in a table is content, not a page number
  cell.label =
      "Reading\xC2\xA0"
      "age";
  Block para;
  para.text = "He\xE2\x80\x99s happy.";
  doc.blocks = {h, empty, page, cell, para};
  CleanupDocument(doc);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "findings");
  EXPECT_EQ(doc.blocks[1].text, "3");
  EXPECT_EQ(doc.blocks[1].label, "Reading age");
  EXPECT_EQ(doc.blocks[2].text, "He's happy.");
  EXPECT_EQ(doc.PlainText(), "findings\n3\nHe's happy.");
  EXPECT_EQ(doc.blocks[2].prov.block, 2);
  EXPECT_EQ(doc.blocks[2].prov.begin, 11u);
  EXPECT_EQ(doc.blocks[2].prov.end, 22u);
}

}  // namespace
}  // namespace ehcp
