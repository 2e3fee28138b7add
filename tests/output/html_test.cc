#include <gtest/gtest.h>

#include <string>

#include "output/writer.h"
#include "tests/output/plan_fixture.h"

namespace ehcp {
namespace {

std::string Html(const Plan& plan) {
  StringSink sink;
  Status s = WriteDraftHtml(plan, sink);
  EXPECT_TRUE(s.ok()) << s.message();
  return sink.data();
}

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

TEST(HtmlWriter, SelfContainedWithInlineCss) {
  std::string html = Html(testing::MakeFixturePlan());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
}

TEST(HtmlWriter, EverySectionInOrderWithCitations) {
  std::string html = Html(testing::MakeFixturePlan());
  size_t last = 0;
  for (Section s : AllSections()) {
    if (s == Section::kNotPlan) continue;
    size_t at = html.find("<h2>" + std::string(Label(s)) + "</h2>");
    ASSERT_NE(at, std::string::npos) << Label(s);
    EXPECT_GT(at, last);
    last = at;
  }
  EXPECT_NE(html.find("<h2>D. Social care needs</h2>\n<p>None identified.</p>"), std::string::npos);
  EXPECT_NE(html.find("Ollie becomes anxious when routines change without warning. "
                      "<span class=\"cite\">[D2 p.4]</span>"),
            std::string::npos);
  EXPECT_NE(html.find("<h3>Social, emotional and mental health</h3>"), std::string::npos);
  EXPECT_NE(html.find("EP report.pdf"), std::string::npos);
  EXPECT_NE(html.find("Advice not read"), std::string::npos);
  EXPECT_NE(html.find("does not name a school or type of school"), std::string::npos);
  EXPECT_EQ(html.find("Brookfield"), std::string::npos);
  EXPECT_EQ(html.find(testing::kNotPlanText), std::string::npos);
}

TEST(HtmlWriter, EscapesStatementText) {
  std::string html = Html(testing::MakeFixturePlan());
  EXPECT_NE(html.find("Ollie says: &quot;I like &lt;Lego&gt; &amp; drawing dragons&quot;."),
            std::string::npos);
  EXPECT_EQ(html.find("<Lego>"), std::string::npos);
  Plan plan = testing::MakeFixturePlan();
  plan.statements[1].text = "<script>alert(1)</script>";
  EXPECT_EQ(Html(plan).find("<script>"), std::string::npos);
}

TEST(HtmlWriter, FlaggedWordsAreMarkedBySeverityWithTheirMessage) {
  std::string html = Html(testing::MakeFixturePlan());
  // The vague words alone carry both flags (vague wording inside a whole-statement conflict).
  EXPECT_NE(html.find("<mark class=\"warn multi\" title=\"Warning: Vague wording in provision "
                      "(vague-wording, FL001): Provision says &#39;regular access to&#39;"),
            std::string::npos);
  EXPECT_NE(html.find(">regular access to</mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark class=\"info\""), std::string::npos);
  EXPECT_NE(html.find(">ASC</mark>"), std::string::npos);
  EXPECT_NE(html.find("<li class=\"block\"><strong>Must fix: Placement named in draft"),
            std::string::npos);
  EXPECT_NE(html.find("missing-advice"), std::string::npos);
  EXPECT_EQ(Count(html, "<h2>"), 12u);
}

TEST(HtmlWriter, SameBytesEveryTime) {
  Plan plan = testing::MakeFixturePlan();
  EXPECT_EQ(Html(plan), Html(plan));
}

}  // namespace
}  // namespace ehcp
