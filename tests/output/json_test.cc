#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "output/writer.h"
#include "tests/output/plan_fixture.h"

namespace ehcp {
namespace {

using Json = nlohmann::ordered_json;

std::string JsonText(const Plan& plan) {
  StringSink sink;
  Status s = WritePlanJson(plan, sink);
  EXPECT_TRUE(s.ok()) << s.message();
  return sink.data();
}

Json Parsed(const Plan& plan) { return Json::parse(JsonText(plan), nullptr, false); }

TEST(JsonWriter, TopLevelKeysInOrder) {
  Json j = Parsed(testing::MakeFixturePlan());
  ASSERT_FALSE(j.is_discarded());
  std::vector<std::string> keys;
  for (const auto& [k, v] : j.items()) keys.push_back(k);
  EXPECT_EQ(keys,
            (std::vector<std::string>{"case", "draft_fingerprint", "generated_on", "tool_version",
                                      "child", "documents", "statements", "flags", "conflicts",
                                      "failures", "facts", "summary"}));
  EXPECT_EQ(j["case"], "case-0042");
  EXPECT_EQ(j["generated_on"], "2025-03-14");
  EXPECT_EQ(j["child"]["preferred_name"], "Ollie");
  EXPECT_EQ(j["child"]["people"][1]["role"], "class teacher");
  EXPECT_EQ(JsonText(testing::MakeFixturePlan()).substr(0, 13), "{\n  \"case\": \"");
}

TEST(JsonWriter, DocumentsUseStableIds) {
  Json d = Parsed(testing::MakeFixturePlan())["documents"][2];
  EXPECT_EQ(d["id"], "D3");
  EXPECT_EQ(d["kind"], "speech-language");
  EXPECT_EQ(d["kind_label"], "Speech and language therapy advice");
  EXPECT_EQ(d["format"], "pdf");
  EXPECT_EQ(d["recognised_pages"], Json({1, 2, 3, 4}));
  EXPECT_EQ(d["diagnostics"][0]["page"], 3);
}

TEST(JsonWriter, StatementsCarrySourceSlotsAndFlags) {
  Json j = Parsed(testing::MakeFixturePlan());
  Json s = j["statements"][0];
  EXPECT_EQ(s["id"], "S0001");
  EXPECT_EQ(s["section"], "F");
  EXPECT_EQ(s["area"], "ci");
  EXPECT_EQ(s["text"], testing::kQuantifiedProvision);
  EXPECT_EQ(s["source"]["document"], "D3");
  EXPECT_EQ(s["source"]["file"], "SaLT advice scan.pdf");
  EXPECT_EQ(s["source"]["page"], 3);
  EXPECT_EQ(s["provision"]["frequency"], "twice weekly");
  EXPECT_DOUBLE_EQ(s["provision"]["hours_per_year"].get<double>(), 39.0);
  EXPECT_EQ(s["flags"], Json({"FL004"}));
  EXPECT_FALSE(s.contains("outcome"));
  Json outcome = j["statements"][5]["outcome"];
  EXPECT_EQ(outcome["time_anchor"], "By July 2026");
  EXPECT_EQ(j["statements"][9]["section"], "-");
}

TEST(JsonWriter, FlagsFailuresAndSummary) {
  Json j = Parsed(testing::MakeFixturePlan());
  Json f = j["flags"][0];
  EXPECT_EQ(f["rule"], "vague-wording");
  EXPECT_EQ(f["severity"], "warn");
  EXPECT_EQ(f["statements"], Json({"S0007"}));
  EXPECT_EQ(f["spans"][0]["begin"], 16);
  EXPECT_EQ(f["spans"][0]["end"], 33);
  EXPECT_EQ(j["flags"][3]["statements"], Json({"S0001", "S0007"}));
  EXPECT_EQ(j["flags"][3]["resolution"], "ask the author");
  EXPECT_EQ(j["failures"][0]["file"], "OT report.pdf");
  EXPECT_EQ(j["summary"]["statements_by_section"]["F"], 2);
  EXPECT_EQ(j["summary"]["statements_by_section"]["D"], 0);
  EXPECT_EQ(j["summary"]["flags_by_severity"]["block"], 1);
  EXPECT_EQ(j["summary"]["flags_by_severity"]["warn"], 3);
}

TEST(JsonWriter, BadUtf8IsReplacedNotFatal) {
  Plan plan = testing::MakeFixturePlan();
  plan.statements[0].text = "abc \xff def";
  Json j = Parsed(plan);
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["statements"][0]["text"], "abc \xEF\xBF\xBD def");
}

TEST(JsonWriter, SameBytesEveryTime) {
  Plan plan = testing::MakeFixturePlan();
  EXPECT_EQ(JsonText(plan), JsonText(plan));
}

}  // namespace
}  // namespace ehcp
