#include "mappers/checks/cross_case.h"

#include <gtest/gtest.h>

namespace ehcp {
namespace {

Statement Make(std::string id, int block, Section sec, std::string text) {
  Statement s;
  s.id = std::move(id);
  s.document = "D1";
  s.span.block = block;
  s.section = sec;
  s.text = std::move(text);
  return s;
}

Plan SamplePlan() {
  Plan p;
  p.case_id = "amy-case";
  p.child.name = "Amy Lee";
  p.child.preferred_name = "Ames";
  p.statements = {Make("S0001", 3, Section::kF, "Jayden will need a visual timetable."),
                  Make("S0002", 3, Section::kF, "Adults will give one instruction at a time."),
                  Make("S0003", 4, Section::kNotPlan, "Please describe the child's needs."),
                  Make("S0004", 5, Section::kA, "Amy plays with Jayden at lunchtime.")};
  return p;
}

TEST(CrossCase, OnePassagePerParagraphWithStatementOffsets) {
  PassageMap map;
  corpus::CaseText c = CaseTextOf(SamplePlan(), map);
  EXPECT_EQ(c.case_id, "amy-case");
  EXPECT_EQ(c.child_names, (std::vector<std::string>{"Amy Lee", "Ames", "Amy", "Lee"}));
  ASSERT_EQ(c.passages.size(), 2u);  // report furniture is left out
  EXPECT_EQ(c.passages[0].id, "D1#3");
  EXPECT_EQ(c.passages[0].text,
            "Jayden will need a visual timetable. Adults will give one instruction at a time.");
  ASSERT_EQ(map["D1#3"].size(), 2u);
  EXPECT_EQ(map["D1#3"][1].statement, "S0002");
  EXPECT_EQ(map["D1#3"][1].begin, 37u);
}

TEST(CrossCase, MatchesBecomeCopyPasteOrBoilerplateNamingTheOtherCase) {
  Plan plan = SamplePlan();
  PassageMap map;
  corpus::CaseText c = CaseTextOf(plan, map);
  corpus::Match copy;
  copy.passage_id = "D1#3";
  copy.begin = 0;
  copy.end = c.passages[0].text.size();
  copy.other_case_id = "jayden-case";
  copy.words = 14;
  copy.name_changed = true;
  corpus::Match stock = copy;
  stock.passage_id = "D1#5";
  stock.begin = 0;
  stock.end = 10;
  stock.is_boilerplate = true;
  stock.case_count = 12;
  AddCrossCaseFlags(plan, map, {copy, stock}, {});
  ASSERT_EQ(plan.flags.size(), 2u);
  EXPECT_EQ(plan.flags[0].rule, FlagId::kCopyPaste);
  EXPECT_EQ(plan.flags[0].id, "FL001");
  EXPECT_NE(plan.flags[0].message.find("jayden-case"), std::string::npos);
  EXPECT_NE(plan.flags[0].message.find("name changed"), std::string::npos);
  EXPECT_EQ(plan.flags[0].message.find("visual timetable"), std::string::npos);
  ASSERT_EQ(plan.flags[0].spans.size(), 2u);
  EXPECT_EQ(plan.flags[1].rule, FlagId::kBoilerplate);
  EXPECT_EQ(plan.flags[1].severity, Severity::kInfo);
  EXPECT_EQ(plan.FindStatement("S0001")->flags, std::vector<std::string>{"FL001"});
}

TEST(CrossCase, AnotherChildsNameAsSubjectIsABlockButAsContextIsNot) {
  Plan plan = SamplePlan();
  PassageMap map;
  CaseTextOf(plan, map);
  corpus::ForeignName subject{"D1#3", 0, 6, "Jayden", {"jayden-case"}};
  corpus::ForeignName context{"D1#5", 15, 21, "Jayden", {"jayden-case"}};
  AddCrossCaseFlags(plan, map, {}, {subject, context});
  ASSERT_EQ(plan.flags.size(), 1u);
  EXPECT_EQ(plan.flags[0].rule, FlagId::kForeignName);
  EXPECT_EQ(plan.flags[0].severity, Severity::kBlock);
  EXPECT_EQ(plan.flags[0].spans[0].statement, "S0001");
  EXPECT_EQ(plan.flags[0].spans[0].end, 6u);
}

}  // namespace
}  // namespace ehcp
