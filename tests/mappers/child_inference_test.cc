#include "mappers/assemble/child_inference.h"

#include <gtest/gtest.h>

namespace ehcp {
namespace {

Block Para(std::string text) {
  Block b;
  b.text = std::move(text);
  return b;
}

Block Cell(std::string label, std::string text) {
  Block b;
  b.kind = BlockKind::kTableCell;
  b.label = std::move(label);
  b.text = std::move(text);
  return b;
}

TEST(ParseDate, EnglishFormats) {
  EXPECT_EQ(ParseDate("14/03/2016"), "2016-03-14");
  EXPECT_EQ(ParseDate("14.03.16"), "2016-03-14");
  EXPECT_EQ(ParseDate("14 March 2016"), "2016-03-14");
  EXPECT_EQ(ParseDate("14th March 2016"), "2016-03-14");
  EXPECT_EQ(ParseDate("March 14, 2016"), "2016-03-14");
  EXPECT_EQ(ParseDate("2016-03-14"), "2016-03-14");
  EXPECT_EQ(ParseDate("DOB: 3 Sept 2015"), "2015-09-03");
  EXPECT_FALSE(ParseDate("Year 4").has_value());
  EXPECT_FALSE(ParseDate("45/13/2016").has_value());
}

TEST(InferChild, FromFormFieldsMostDocumentsAgreeOn) {
  Document a, b, c;
  a.info.file = "school.docx";
  a.blocks = {Cell("Child's name", "Amelia Hartley"), Cell("Date of birth", "14/03/2016")};
  b.info.file = "ep.pdf";
  b.blocks = {Para("Name: Amelia Hartley DOB: 14.03.2016"), Para("Known as: Millie")};
  c.info.file = "old.pdf";
  c.blocks = {Para("Name: Amelia Harley")};  // a typo in one document
  ChildInfo info = InferChild({a, b, c}, ChildInfo{});
  EXPECT_EQ(info.name, "Amelia Hartley");
  EXPECT_EQ(info.preferred_name, "Millie");
  EXPECT_EQ(info.date_of_birth, "2016-03-14");
  EXPECT_TRUE(info.inferred);
  EXPECT_NE(info.name_source.find("school.docx"), std::string::npos);
}

TEST(InferChild, CaseJsonWins) {
  Document a;
  a.blocks = {Para("Name: Someone Else")};
  ChildInfo given;
  given.name = "Oliver Bryce";
  given.name_source = "case.json";
  ChildInfo info = InferChild({a}, given);
  EXPECT_EQ(info.name, "Oliver Bryce");
  EXPECT_FALSE(info.inferred);
  EXPECT_EQ(info.name_source, "case.json");
}

TEST(InferChild, FallsBackToTheMostFrequentSubject) {
  Document a;
  a.blocks = {Para("Zara has difficulty with reading."), Para("Zara is a kind girl."),
              Para("Zara will need support at lunchtime."), Para("Jack is her friend.")};
  ChildInfo info = InferChild({a}, ChildInfo{});
  EXPECT_EQ(info.name, "Zara");
  EXPECT_TRUE(info.inferred);
}

TEST(InferChild, FieldValueThatIsNotANameIsIgnored) {
  Document a;
  a.blocks = {Para("Name: please write the child's full name here")};
  ChildInfo info = InferChild({a}, ChildInfo{});
  EXPECT_TRUE(info.name.empty());
}

}  // namespace
}  // namespace ehcp

namespace ehcp {
namespace {

TEST(InferChild, ALabelThatSaysWhoseBeatsAnAuthorsNameAndTitlesAreAdults) {
  Document a, b, c;
  a.info.file = "ep.pdf";
  a.blocks = {Cell("Child or young person's full name", "Eleanor Grace Whitlock"),
              Cell("Name", "Marcus Feld")};
  b.info.file = "health.pdf";
  b.blocks = {Cell("Name", "Dr Ruth Abara"), Cell("Name", "Ruth Abara")};
  c.info.file = "school.pdf";
  c.blocks = {Cell("Full name of pupil", "Eleanor Grace Whitlock"),
              Cell("Preferred name of child", "Nell")};
  ChildInfo child = InferChild({a, b, c}, {});
  EXPECT_EQ(child.name, "Eleanor Grace Whitlock");
  EXPECT_EQ(child.preferred_name, "Nell");
}

}  // namespace
}  // namespace ehcp
