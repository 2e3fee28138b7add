#include "pipeline/runner/decisions_file.h"

#include <gtest/gtest.h>

#include "output/json/plan_reader.h"
#include "output/writer.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/hash.h"
#include "pipeline/runner/apply.h"
#include "pipeline/runner/review_reader.h"

namespace ehcp {
namespace {

Plan TwoStatementPlan() {
  Plan p;
  p.case_id = "c";
  p.generated_on = "2026-01-01";
  DocumentInfo d;
  d.id = "D1";
  d.file = "school-advice.pdf";
  d.pages = 1;
  p.documents = {d};
  for (const char* id : {"S0001", "S0002"}) {
    Statement s;
    s.id = id;
    s.document = "D1";
    s.section = Section::kB;
    s.text = std::string("Statement ") + id + " about Ava's reading.";
    p.statements.push_back(s);
  }
  return p;
}

std::string Render(Status (*w)(const Plan&, ByteSink&), const Plan& p) {
  StringSink sink;
  EXPECT_TRUE(w(p, sink).ok());
  return sink.data();
}

const StatementDecision* Find(const ReviewDecisions& d, const std::string& id) {
  for (const auto& s : d.statements) {
    if (s.statement == id) return &s;
  }
  return nullptr;
}

TEST(DecisionsFile, RoundTripsAndReplacesEntries) {
  DecisionsFile f;
  SetStatementDecision(f, {"S0001", Decision::kEdit, "New words.", "", "typo"}, "t1");
  SetStatementDecision(f, {"S0001", Decision::kReject, "", "", ""}, "t2");
  SetFlagDecision(f, {"FL003", "not an issue", "checked"}, "t3");
  StatusOr<DecisionsFile> back = ReadDecisionsFile(WriteDecisionsFile(f), "decisions.json");
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->decisions.statements.size(), 1u);
  EXPECT_EQ(back->decisions.statements[0].decision, Decision::kReject);
  EXPECT_EQ(back->at["S0001"], "t2");
  ASSERT_EQ(back->decisions.flags.size(), 1u);
  EXPECT_EQ(back->decisions.flags[0].resolution, "not an issue");
  EXPECT_EQ(back->decisions.flags[0].note, "checked");
  StatusOr<DecisionsFile> bad = ReadDecisionsFile("{not json", "out/c/decisions.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("'out/c/decisions.json' is not valid JSON"),
            std::string::npos);
}

TEST(DecisionsFile, NewerSourceWinsPerStatement) {
  ReviewDecisions workbook;
  workbook.statements = {{"S0001", Decision::kAccept, "", "", ""},
                         {"S0002", Decision::kNone, "", "", ""}};
  DecisionsFile page;
  SetStatementDecision(page, {"S0001", Decision::kReject, "", "", ""}, "t");
  page.workbook_hash = "h1";
  // The workbook is as the page last wrote it: the page's entry wins.
  ReviewDecisions m = MergeDecisions(workbook, "h1", page);
  EXPECT_EQ(Find(m, "S0001")->decision, Decision::kReject);
  EXPECT_EQ(Find(m, "S0002")->decision, Decision::kNone);
  // The workbook changed since: its row wins.
  m = MergeDecisions(workbook, "h2", page);
  EXPECT_EQ(Find(m, "S0001")->decision, Decision::kAccept);
}

TEST(DecisionsFile, ApplyMergesAndRewritesTheWorkbookToAgree) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.MakeDirs("out/c").ok());
  Plan plan = TwoStatementPlan();
  ASSERT_TRUE(fs.WriteFileAtomic("out/c/plan.json", Render(WritePlanJson, plan)).ok());
  ASSERT_TRUE(fs.WriteFileAtomic("out/c/review.xlsx", Render(WriteReviewXlsx, plan)).ok());
  DecisionsFile page;
  SetStatementDecision(page, {"S0002", Decision::kEdit, "Ava reads 40 words.", "", ""}, "t");
  ASSERT_TRUE(fs.WriteFileAtomic("out/c/decisions.json", WriteDecisionsFile(page)).ok());

  StatusOr<ApplyReport> r = ApplyCaseReview(fs, "out/c", "");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->edited, 1);
  StatusOr<Plan> applied = ReadPlanJson(*fs.ReadFile("out/c/plan.json"), "plan.json");
  ASSERT_TRUE(applied.ok());
  EXPECT_EQ(applied->FindStatement("S0002")->text, "Ava reads 40 words.");
  // The workbook now holds the page's decision, and the file records the workbook's hash.
  std::string xlsx = *fs.ReadFile("out/c/review.xlsx");
  StatusOr<ReviewDecisions> rows = ReadReviewDecisions(xlsx, "review.xlsx", ExtractOptions{});
  ASSERT_TRUE(rows.ok());
  ASSERT_NE(Find(*rows, "S0002"), nullptr);
  EXPECT_EQ(Find(*rows, "S0002")->edited_text, "Ava reads 40 words.");
  StatusOr<DecisionsFile> saved = ReadDecisionsFile(*fs.ReadFile("out/c/decisions.json"), "d");
  ASSERT_TRUE(saved.ok());
  EXPECT_EQ(saved->workbook_hash, ContentHash(xlsx));

  // A workbook edited afterwards (here: S0002 rejected) wins over the older page entry.
  Plan edited = *applied;
  for (auto& s : edited.statements) {
    if (s.id == "S0002") {
      s.text = s.original_text;
      s.original_text.clear();
      s.decision = "reject";
    }
  }
  ASSERT_TRUE(fs.WriteFileAtomic("out/c/review.xlsx", Render(WriteReviewXlsx, edited)).ok());
  r = ApplyCaseReview(fs, "out/c", "");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->rejected, 1);
  EXPECT_EQ(r->edited, 0);
  applied = ReadPlanJson(*fs.ReadFile("out/c/plan.json"), "plan.json");
  EXPECT_EQ(applied->FindStatement("S0002")->decision, "reject");
}

}  // namespace
}  // namespace ehcp
