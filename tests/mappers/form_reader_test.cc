// The form reader: prompts, answers, guidance, personal data, leaflets and content, and each
// answer paired with its prompt.
#include "mappers/form/form_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ehcp {
namespace {

Block Heading(std::string text, int level = 1) {
  Block b;
  b.kind = BlockKind::kHeading;
  b.heading_level = level;
  b.text = std::move(text);
  return b;
}

Block Para(std::string text) {
  Block b;
  b.text = std::move(text);
  return b;
}

Block Item(std::string text) {
  Block b = Para(std::move(text));
  b.kind = BlockKind::kListItem;
  return b;
}

Block Cell(int table, int row, int col, std::string text, std::string label = "") {
  Block b;
  b.kind = BlockKind::kTableCell;
  b.table = table;
  b.row = row;
  b.col = col;
  b.text = std::move(text);
  b.label = std::move(label);
  return b;
}

const std::vector<std::string> kChild = {"Poppy", "Ashworth"};

std::vector<BlockRole> Roles(Document& d, const FormLibrary* lib = nullptr) {
  ReadForm(d, kChild, lib);
  std::vector<BlockRole> out;
  for (const Block& b : d.blocks) out.push_back(b.role);
  return out;
}

TEST(FormReader, PromptsAnswersAndContentUnderAPrompt) {
  Document d;
  d.blocks = {Heading("Section 2: About me"),
              Para("What do you enjoy doing at school? (500 characters max)"),
              Para("Poppy loves art and drawing horses with her friend."),
              Para("Does Poppy have a social worker?"),
              Para("No"),
              Para("If yes, please give their name and contact details:"),
              Para("Reading and writing \u2014 what the pupil finds hard (2,000 characters max):"),
              Para("Poppy reads at a level about two years below her age.")};
  auto r = Roles(d);
  EXPECT_EQ(r[1], BlockRole::kPrompt);
  EXPECT_EQ(r[2], BlockRole::kContent);
  EXPECT_EQ(d.blocks[2].label, "What do you enjoy doing at school?");
  EXPECT_EQ(r[3], BlockRole::kPrompt);
  EXPECT_EQ(r[4], BlockRole::kAnswer);
  EXPECT_EQ(d.blocks[4].label, "Does Poppy have a social worker?");
  EXPECT_EQ(r[5], BlockRole::kPrompt);
  EXPECT_EQ(r[6], BlockRole::kPrompt);
  EXPECT_EQ(r[7], BlockRole::kContent);
  EXPECT_EQ(d.blocks[7].label, "Reading and writing \u2014 what the pupil finds hard");
}

TEST(FormReader, GuidanceAndItsExamplesButNotRecommendations) {
  Document d;
  d.blocks = {Heading("Outcomes"),
              Para("Please describe the child's needs in each area. Avoid jargon."),
              Para("Outcomes should be SMART. For example:"),
              Item("By the end of Year 6, Sam will read 40 common exception words."),
              Item("Sam will ask an adult for help in 4 out of 5 lessons."),
              Heading("Recommendations"),
              Para("Use a visual timetable in class every day."),
              Para("Give Poppy extra time to answer questions."),
              Para("Please can Poppy sit near the front? She cannot see the board.")};
  auto r = Roles(d);
  EXPECT_EQ(r[1], BlockRole::kGuidance);
  EXPECT_EQ(r[2], BlockRole::kGuidance);
  EXPECT_EQ(r[3], BlockRole::kGuidance);
  EXPECT_EQ(r[4], BlockRole::kGuidance);
  EXPECT_EQ(r[6], BlockRole::kContent);
  EXPECT_EQ(r[7], BlockRole::kContent);
  EXPECT_EQ(r[8], BlockRole::kContent);  // names the child: a parent's request, not guidance
}

TEST(FormReader, PersonalDetailsAndContactTablesArePersonalData) {
  Document d;
  d.blocks = {Cell(0, 0, 0, "Name:"),
              Cell(0, 0, 1, "Poppy Ashworth", "Name"),
              Cell(0, 1, 0, "Date of birth:"),
              Cell(0, 1, 1, "04/05/2015", "Date of birth"),
              Cell(1, 0, 0, "Title"),
              Cell(1, 0, 1, "Forename"),
              Cell(1, 0, 2, "Surname"),
              Cell(1, 0, 3, "Relationship"),
              Cell(1, 0, 4, "Mobile"),
              Cell(1, 1, 0, "Mrs"),
              Cell(1, 1, 1, "Karen"),
              Cell(1, 1, 2, "Ashworth"),
              Cell(1, 1, 3, "Mother"),
              Cell(1, 1, 4, "07700 900123"),
              Para("Contact me on 01632 960481 or karen.ashworth@example.org."),
              Para("14 Beech Road"),
              Para("Northfold NF3 2QT")};
  auto r = Roles(d);
  EXPECT_EQ(r[0], BlockRole::kPrompt);
  EXPECT_EQ(r[1], BlockRole::kPersonal);
  EXPECT_EQ(r[3], BlockRole::kPersonal);
  EXPECT_EQ(r[4], BlockRole::kPrompt);
  for (size_t i = 9; i <= 13; ++i) EXPECT_EQ(r[i], BlockRole::kPersonal) << i;
  EXPECT_EQ(r[14], BlockRole::kPersonal);
  EXPECT_EQ(r[15], BlockRole::kPersonal);
  EXPECT_EQ(r[16], BlockRole::kPersonal);
}

TEST(FormReader, AnAppendedLeafletIsNotAdvice) {
  Document d;
  d.blocks = {Heading("Summary of needs"),
              Para("Poppy finds it hard to follow spoken instructions."),
              Heading("How to use the parent portal"),
              Para("Enter your e-mail address and choose a password of at least 12 characters."),
              Para("We will send you a verification code by text message."),
              Para("Your child's plan will appear here once it is finalised."),
              Heading("Privacy notice", 2),
              Para("We hold your information under the Children and Families Act 2014.")};
  auto r = Roles(d);
  EXPECT_EQ(r[1], BlockRole::kContent);
  for (size_t i = 2; i < r.size(); ++i) EXPECT_EQ(r[i], BlockRole::kLeaflet) << i;
}

TEST(FormReader, RunningFurnitureAndRatingGridHeaders) {
  Document d;
  Block h0 = Cell(0, 0, 0, "Never");
  h0.header_cell = true;
  Block h1 = Cell(0, 0, 1, "Sometimes");
  h1.header_cell = true;
  Block item = Cell(0, 1, 1, "I have a friend to sit with at lunch");
  item.column_header = "Sometimes";
  d.blocks = {Para("OFFICIAL-SENSITIVE"), Para("Page 3 of 12"),
              Para("\u00a9 Northfold County Council 2024. This form may not be altered."), h0, h1,
              item};
  auto r = Roles(d);
  EXPECT_EQ(r[0], BlockRole::kFurniture);
  EXPECT_EQ(r[1], BlockRole::kFurniture);
  EXPECT_EQ(r[2], BlockRole::kFurniture);
  EXPECT_EQ(r[3], BlockRole::kPrompt);
  EXPECT_EQ(r[4], BlockRole::kPrompt);
  EXPECT_EQ(r[5], BlockRole::kContent);
}

TEST(FormReader, ANarrativeQuestionInsideAParagraphIsContent) {
  Document d;
  d.blocks = {Para("We often wonder why mornings are so hard? Poppy screams when her socks feel "
                   "wrong and it can take an hour to get her out of the door.")};
  auto r = Roles(d);
  EXPECT_EQ(r[0], BlockRole::kContent);
}

TEST(FormReader, RegisteredFormLinesDecideTheirRole) {
  FormLibrary lib;
  lib.Add("Tell us about a typical day for your child (1,500 characters max)",
          {BlockRole::kPrompt, Section::kA, Area::kNone, "parent-views"});
  lib.Add("Remember that the panel reads every word you write here.",
          {BlockRole::kGuidance, std::nullopt, Area::kNone, "parent-views"});
  Document d;
  d.blocks = {Heading("About your child"),
              Para("Tell us about a typical day for your child (1,500 characters max)"),
              Para("Poppy wakes at six and needs help to dress."),
              Para("Remember that the panel reads every word you write here.")};
  auto r = Roles(d, &lib);
  EXPECT_EQ(r[1], BlockRole::kPrompt);
  EXPECT_EQ(r[2], BlockRole::kContent);
  EXPECT_EQ(d.blocks[2].label, "Tell us about a typical day for your child");
  EXPECT_EQ(r[3], BlockRole::kGuidance);
  size_t bytes = 0;
  const FormLine* l = lib.Find("Tell us about a typical day for your child: she wakes early", &bytes);
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->section, Section::kA);
}

TEST(FormReader, PersonalDataPatterns) {
  EXPECT_TRUE(HasPhoneNumber("call 01632 960123 today"));
  EXPECT_TRUE(HasPhoneNumber("+44 7700 900456"));
  EXPECT_FALSE(HasPhoneNumber("born 14/03/2016"));
  EXPECT_FALSE(HasPhoneNumber("30 minutes weekly for 2 terms"));
  EXPECT_TRUE(HasEmailAddress("e-mail j.smith@northfold.example.gov.uk"));
  EXPECT_FALSE(HasEmailAddress("@home she is calm."));
  EXPECT_TRUE(HasPostcode("Northfold NF3 2QT"));
  EXPECT_TRUE(HasPostcode("WM4 2RT"));
  EXPECT_FALSE(HasPostcode("She scored 85 on the BPVS3 test."));
  EXPECT_TRUE(IsBareAnswer("Yes"));
  EXPECT_TRUE(IsBareAnswer("\u2612 Yes \u2610 No"));
  EXPECT_TRUE(IsBareAnswer("N/A"));
  EXPECT_FALSE(IsBareAnswer("Yes, she enjoys swimming with her dad on Saturdays."));
  EXPECT_EQ(CleanPrompt("Strengths (2,000 characters max):"), "Strengths");
}

}  // namespace
}  // namespace ehcp
