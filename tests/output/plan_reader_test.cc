#include "output/json/plan_reader.h"

#include <gtest/gtest.h>

#include "output/writer.h"
#include "tests/output/plan_fixture.h"

namespace ehcp {
namespace {

std::string Json(const Plan& plan) {
  StringSink sink;
  EXPECT_TRUE(WritePlanJson(plan, sink).ok());
  return sink.data();
}

TEST(PlanReader, ReadingBackAndWritingAgainGivesTheSameBytes) {
  Plan plan = testing::MakeFixturePlan();
  plan.statements[0].decision = "edit";
  plan.statements[0].original_text = "The advice's own words.";
  plan.statements[0].original_section = Section::kB;
  plan.statements[0].reviewer_note = "reworded with the family";
  Conflict c;
  c.id = "C01";
  c.kind = "provision";
  c.topic = "speech and language therapy";
  c.a = {plan.statements[0].id, "D1", 2, "weekly"};
  c.b = {plan.statements[1].id, "D2", 1, "termly"};
  c.decision = "ask the authors";
  plan.conflicts.push_back(c);
  std::string first = Json(plan);
  StatusOr<Plan> back = ReadPlanJson(first, "plan.json");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(Json(*back), first);
  EXPECT_EQ(back->statements[0].original_section, Section::kB);
  EXPECT_EQ(back->conflicts[0].b.value, "termly");
}

TEST(PlanReader, ForeignOrBrokenJsonIsAPlainError) {
  auto broken = ReadPlanJson("{\"case\": ", "out/x/plan.json");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("out/x/plan.json"), std::string::npos);
  auto foreign = ReadPlanJson("{\"name\": \"not a plan\"}", "plan.json");
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find("not a plan.json written by ehcp"), std::string::npos);
  auto bad_section = ReadPlanJson(
      R"({"documents": [], "statements": [{"id": "S0001", "section": "Z", "area": "-"}]})",
      "plan.json");
  ASSERT_FALSE(bad_section.ok());
  EXPECT_NE(bad_section.status().message().find("unknown section 'Z'"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
