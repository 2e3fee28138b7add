#include "pipeline/runner/runner.h"

#include <gtest/gtest.h>

#include <mutex>
#include <nlohmann/json.hpp>

namespace ehcp {
namespace {

class Recorder final : public RunObserver {
 public:
  void Log(const std::string& line) override {
    std::lock_guard<std::mutex> lock(mu);
    lines.push_back(line);
  }
  void DocumentDone(const std::string&, int) override {}
  void CaseDone(const CaseReport&) override {}
  std::mutex mu;
  std::vector<std::string> lines;
};

constexpr const char* kParent =
    "Parent views\n\nName: Robin Ashdown\n\nWe would like Robin to make friends at school.\n";
constexpr const char* kSchool =
    "# Advice from the education setting\n\n## Special educational needs\n\n"
    "Robin finds it hard to follow spoken instructions in class.\n\n## Provision\n\n"
    "Robin will receive 20 minutes of small-group (4 pupils) language work daily from a trained "
    "teaching assistant.\n";

RunOptions Options() {
  RunOptions o;
  o.out_dir = "out";
  o.generated_on = "2026-11-22";
  o.tool_version = "test";
  o.use_corpus = false;
  o.jobs = 2;
  return o;
}

std::vector<CaseSource> Discover(MemFileSystem& fs) {
  std::vector<std::string> notes;
  auto cases = DiscoverCases(fs, {"batch"}, notes);
  EXPECT_TRUE(cases.ok());
  return *cases;
}

TEST(Runner, DraftsEachCaseAndReportsBadFilesWithoutStopping) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/parent.txt", kParent).ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/school.md", kSchool).ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/broken.pdf", "%PDF-1.4 nothing else").ok());
  ASSERT_TRUE(
      fs.WriteFileAtomic("batch/sky/parent.txt", "Name: Sky Moss\n\nSky likes art.\n").ok());
  Recorder log;
  auto reports = RunBatch(fs, Discover(fs), Options(), log);
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0].case_id, "robin");
  EXPECT_EQ(reports[0].documents, 2);
  ASSERT_EQ(reports[0].failures.size(), 1u);
  EXPECT_EQ(reports[0].failures[0].file, "broken.pdf");
  EXPECT_TRUE(reports[0].error.empty());
  EXPECT_EQ(reports[1].case_id, "sky");
  for (const char* f : {"plan.json", "draft-plan.docx", "review.xlsx", ".ehcp-manifest.json"}) {
    EXPECT_TRUE(fs.Exists(std::string("out/robin/") + f)) << f;
  }
  auto plan = nlohmann::json::parse(*fs.ReadFile("out/robin/plan.json"));
  EXPECT_EQ(plan["child"]["name"], "Robin Ashdown");
  EXPECT_EQ(plan["failures"][0]["file"], "broken.pdf");
  // Log lines name files, never report text.
  for (const auto& line : log.lines) EXPECT_EQ(line.find("spoken instructions"), std::string::npos);
}

// One case's documents are read in parallel (largest first) but taken in case order: the plan
// and the log are the same for any number of jobs.
TEST(Runner, ThePlanDoesNotDependOnTheNumberOfJobs) {
  std::string plans[2];
  std::vector<std::string> logs[2];
  const int jobs[2] = {1, 4};
  for (int run = 0; run < 2; ++run) {
    MemFileSystem fs;
    ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/a-parent.txt", kParent).ok());
    ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/b-school.md", kSchool).ok());
    ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/c-broken.pdf", "%PDF-1.4 nothing else").ok());
    ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/d-notes.txt",
                                   "Teacher notes\n\nRobin reads well but avoids writing.\n")
                    .ok());
    RunOptions options = Options();
    options.jobs = jobs[run];
    Recorder log;
    auto reports = RunBatch(fs, Discover(fs), options, log);
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].documents, 3);
    ASSERT_EQ(reports[0].failures.size(), 1u);
    EXPECT_EQ(reports[0].failures[0].file, "c-broken.pdf");
    plans[run] = *fs.ReadFile("out/robin/plan.json");
    logs[run] = log.lines;
  }
  EXPECT_EQ(plans[0], plans[1]);
  EXPECT_EQ(logs[0], logs[1]);
  auto plan = nlohmann::json::parse(plans[1]);
  ASSERT_EQ(plan["documents"].size(), 3u);
  EXPECT_EQ(plan["documents"][0]["file"], "a-parent.txt");
  EXPECT_EQ(plan["documents"][2]["file"], "d-notes.txt");
}

TEST(Runner, UnchangedCasesAreSkippedAndChangedOnesRedrafted) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/parent.txt", kParent).ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/school.md", kSchool).ok());
  Recorder log;
  auto first = RunBatch(fs, Discover(fs), Options(), log);
  ASSERT_FALSE(first[0].skipped_unchanged);
  std::string plan = *fs.ReadFile("out/robin/plan.json");
  auto again = RunBatch(fs, Discover(fs), Options(), log);
  EXPECT_TRUE(again[0].skipped_unchanged);
  EXPECT_EQ(again[0].documents, 2);  // the summary still counts what was drafted
  RunOptions force = Options();
  force.force = true;
  EXPECT_FALSE(RunBatch(fs, Discover(fs), force, log)[0].skipped_unchanged);
  EXPECT_EQ(*fs.ReadFile("out/robin/plan.json"), plan);  // same inputs, same bytes
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/parent.txt", std::string(kParent) + "More.\n").ok());
  EXPECT_FALSE(RunBatch(fs, Discover(fs), Options(), log)[0].skipped_unchanged);
}

TEST(Runner, AnEditedReviewWorkbookIsKeptNotOverwritten) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("batch/robin/parent.txt", kParent).ok());
  Recorder log;
  RunBatch(fs, Discover(fs), Options(), log);
  ASSERT_TRUE(fs.WriteFileAtomic("out/robin/review.xlsx", "the caseworker's edits").ok());
  RunOptions force = Options();
  force.force = true;
  RunBatch(fs, Discover(fs), force, log);
  EXPECT_EQ(*fs.ReadFile("out/robin/review.edited.xlsx"), "the caseworker's edits");
  EXPECT_NE(*fs.ReadFile("out/robin/review.xlsx"), "the caseworker's edits");
  bool told = false;
  for (const auto& line : log.lines) told |= line.find("review.edited.xlsx") != std::string::npos;
  EXPECT_TRUE(told);
}

}  // namespace
}  // namespace ehcp
