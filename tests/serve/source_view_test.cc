#include "pipeline/serve/source_view.h"

#include <gtest/gtest.h>

#include "pipeline/serve/server.h"

namespace ehcp::serve {
namespace {

// Two lines of words, 10 points high, the statement starting mid-line and hyphenated across.
PageWords TwoLines() {
  PageWords p;
  p.width = 600;
  p.height = 800;
  auto add = [&](const char* w, double x0, double y0) {
    p.words.push_back(w);
    p.boxes.push_back({x0, y0, x0 + 40, y0 + 10});
  };
  add("Reading:", 50, 100);
  add("Ava", 100, 100);
  add("needs", 150, 100);
  add("multi-", 200, 100);
  add("step", 50, 112);
  add("instructions", 100, 112);
  add("repeated.", 150, 112);
  add("Signed", 50, 200);
  return p;
}

TEST(SourceView, MarksTheStatementsWordsOneRectanglePerLine) {
  std::vector<BBox> r = LocateStatement(TwoLines(), "Ava needs multistep instructions repeated.");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_DOUBLE_EQ(r[0].x0, 100);  // from "Ava", not "Reading:"
  EXPECT_DOUBLE_EQ(r[0].x1, 240);  // to the end of "multi-"
  EXPECT_DOUBLE_EQ(r[1].y0, 112);
  EXPECT_DOUBLE_EQ(r[1].x1, 190);  // to the end of "repeated.", not "Signed"
}

TEST(SourceView, NothingIsMarkedWhenTheWordsAreNotOnThePage) {
  EXPECT_TRUE(
      LocateStatement(TwoLines(), "Tom enjoys swimming on Saturdays with his uncle").empty());
  EXPECT_TRUE(LocateStatement(TwoLines(), "").empty());
}

TEST(SourceView, MatchKeyIgnoresCaseAndPunctuation) {
  EXPECT_EQ(MatchKey("Biscuit,"), "biscuit");
  EXPECT_EQ(MatchKey("(SALT)"), "salt");
  EXPECT_EQ(MatchKey("–"), "–");  // non-ASCII kept as it is
}

TEST(ServeNames, UploadedNamesCannotLeaveTheCaseFolder) {
  EXPECT_EQ(SafeName("../../etc/passwd"), "passwd");
  EXPECT_EQ(SafeName("C:\\Users\\x\\EP advice.pdf"), "EP advice.pdf");
  EXPECT_EQ(SafeName(".hidden.pdf"), "hidden.pdf");
  EXPECT_EQ(SafeName("a<b>|c.docx"), "a-b--c.docx");
  EXPECT_EQ(SafeName("..."), "");
  EXPECT_EQ(SafeName(std::string(300, 'a')).size(), 100u);
}

TEST(ServeNames, TokensAreLongRandomAndDifferent) {
  std::string a = RandomToken(), b = RandomToken();
  EXPECT_EQ(a.size(), 64u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
}

}  // namespace
}  // namespace ehcp::serve

namespace ehcp::serve {
namespace {

TEST(SourceView, OnAScannedPageTheParagraphHoldingTheStatementIsMarked) {
  PageWords p;
  p.words = {"Diagnoses",
             "I reviewed Amelia, who prefers to be called Millie, in the clinic today.",
             "Millie is now 8 years old."};
  p.boxes = {{50, 100, 200, 110}, {50, 300, 520, 330}, {50, 340, 300, 352}};
  std::vector<BBox> r = LocateParagraph(p, "I reviewed Amelia, who prefers to be called Millie");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_DOUBLE_EQ(r[0].y0, 300);
  EXPECT_TRUE(LocateParagraph(p, "Tom swims on Saturdays with his uncle").empty());
}

}  // namespace
}  // namespace ehcp::serve
