// End to end: the real `ehcp` drafts the bundled samples, then `ehcp audit` audits the drafts
// (plan.json) and the same drafts as Word plans, with a corrupt file among them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/testing/test_util.h"
#include "tests/testing/xlsx_sheet.h"

namespace ehcp {
namespace {

using nlohmann::json;
using testing::Quote;
using testing::ReadFileOrDie;
using testing::RunEhcp;
using testing::SourceDir;
using testing::TempDir;
using testing::WriteFileOrDie;
using testing::XlsxSheet;

const char* const kCases[] = {"amelia-hartley", "isla-fenwick", "jayden-pryce", "tobias-wren"};

// Every case folder under samples/ (the four tidy cases and the realistic council bundles).
int SampleCount() {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(SourceDir() + "/samples")) {
    n += e.is_directory();
  }
  return n;
}
// Planted in samples/ (expected.json): copied from Jayden's advice into Amelia's.
constexpr const char* kPlantedCopy = "will need a visual timetable to help him move between";

class AuditSamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    out_ = tmp_->path() + "/out";
    draft_ =
        new testing::CommandResult(RunEhcp("draft " + Quote(SourceDir() + "/samples") + " --out " +
                                           Quote(out_) + " --date 2026-11-22 --jobs 2"));
    audit_ = new testing::CommandResult(RunEhcp("audit " + Quote(out_) + " --out " +
                                                Quote(tmp_->path() + "/audit") +
                                                " --date 2026-11-22 --jobs 2"));
  }
  static void TearDownTestSuite() {
    delete draft_;
    delete audit_;
    delete tmp_;
  }
  // Row of the shared passage holding `text`, or 0.
  static int SharedRow(const XlsxSheet& s, const std::string& text) {
    for (int r = 2; r <= s.Rows() + 1; ++r) {
      if (s["F" + std::to_string(r)].find(text) != std::string::npos) return r;
    }
    return 0;
  }

  static TempDir* tmp_;
  static std::string out_;
  static testing::CommandResult* draft_;
  static testing::CommandResult* audit_;
};

TempDir* AuditSamples::tmp_ = nullptr;
std::string AuditSamples::out_;
testing::CommandResult* AuditSamples::draft_ = nullptr;
testing::CommandResult* AuditSamples::audit_ = nullptr;

TEST_F(AuditSamples, AuditsEveryDraftWithTheFlagsOfItsPlan) {
  ASSERT_EQ(draft_->exit_code, 0) << draft_->err;
  ASSERT_EQ(audit_->exit_code, 0) << audit_->err;
  EXPECT_NE(audit_->err.find("audited " + std::to_string(SampleCount()) + " plan(s)"),
            std::string::npos)
      << audit_->err;
  XlsxSheet plans(ReadFileOrDie(tmp_->path() + "/audit/audit.xlsx"), "Plans");
  ASSERT_TRUE(plans.ok());
  ASSERT_EQ(plans.Rows(), SampleCount());
  for (int i = 0; i < 4; ++i) {
    const std::string id = kCases[i];
    EXPECT_FALSE(plans.Lookup(id, "statements").empty()) << id;
    // The draft compared these four cases with each other too: the audit finds the same.
    json plan = json::parse(ReadFileOrDie(out_ + "/" + id + "/plan.json"));
    std::map<std::string, int> severity, rule;
    int statements = 0;
    for (const auto& f : plan["flags"]) {
      ++severity[f["severity"].get<std::string>()];
      ++rule[f["rule"].get<std::string>()];
    }
    for (const auto& s : plan["statements"]) statements += s["section"] != "-";
    EXPECT_EQ(plans.Lookup(id, "statements"), std::to_string(statements)) << id;
    for (const char* s : {"block", "warn", "info"}) {
      EXPECT_EQ(plans.Lookup(id, s), std::to_string(severity[s])) << id << " " << s;
    }
    for (const char* r : {"copy-paste", "foreign-name", "vague-wording", "jargon"}) {
      EXPECT_EQ(plans.Lookup(id, r), std::to_string(rule[r])) << id << " " << r;
    }
  }
}

TEST_F(AuditSamples, PlantedCopyIsOneSharedPassageOfAmeliaAndJayden) {
  const std::string xlsx = ReadFileOrDie(tmp_->path() + "/audit/audit.xlsx");
  XlsxSheet shared(xlsx, "Shared passages");
  ASSERT_TRUE(shared.ok());
  int row = SharedRow(shared, kPlantedCopy);
  ASSERT_GT(row, 0);
  const std::string r = std::to_string(row);
  EXPECT_EQ(shared["B" + r], "copy");
  EXPECT_EQ(shared["D" + r], "amelia-hartley, jayden-pryce");
  EXPECT_EQ(shared["C" + r], "2");
  const std::string html = ReadFileOrDie(tmp_->path() + "/audit/audit.html");
  EXPECT_NE(html.find(kPlantedCopy), std::string::npos);
  for (const char* id : kCases) {
    EXPECT_NE(html.find(std::string(">") + id + "</text>"), std::string::npos) << id;  // charts
  }
  // Logs carry no report text.
  EXPECT_EQ(audit_->err.find(kPlantedCopy), std::string::npos);
}

TEST_F(AuditSamples, WordPlansAreAuditedAndACorruptOneIsReported) {
  const std::string plans = tmp_->path() + "/word";
  std::filesystem::create_directories(plans);
  for (const char* id : kCases) {
    std::filesystem::copy_file(out_ + "/" + id + "/draft-plan.docx", plans + "/" + id + ".docx");
  }
  WriteFileOrDie(plans + "/damaged.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog");
  auto r = RunEhcp("audit " + Quote(plans) + " --out " + Quote(tmp_->path() + "/audit-word") +
                   " --date 2026-11-22");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("damaged.pdf"), std::string::npos) << r.err;
  const std::string xlsx = ReadFileOrDie(tmp_->path() + "/audit-word/audit.xlsx");
  XlsxSheet sheet(xlsx, "Plans");
  ASSERT_EQ(sheet.Rows(), 4);
  for (const char* id : kCases) {
    EXPECT_EQ(sheet.Lookup(id, "kind"), "existing plan") << id;
    // The draft sets outcomes (E) and provision (F) beside the needs in section B's tables:
    // read back, they count as outcomes and provision, not as needs. (A cell may hold two
    // sentences that the draft kept as one statement, so the counts may be a little higher.)
    json plan = json::parse(ReadFileOrDie(out_ + "/" + id + "/plan.json"));
    int outcomes = 0, provision = 0;
    for (const auto& st : plan["statements"]) {
      outcomes += st["section"] == "E";
      provision += st["section"] == "F";
    }
    ASSERT_GT(outcomes, 0) << id;
    const int read_outcomes = std::stoi(sheet.Lookup(id, "outcome statements"));
    const int read_provision = std::stoi(sheet.Lookup(id, "provision statements"));
    EXPECT_GE(read_outcomes, outcomes) << id;
    EXPECT_LE(read_outcomes, 2 * outcomes) << id;
    EXPECT_GE(read_provision, provision) << id;
    EXPECT_LE(read_provision, 2 * provision) << id;
  }
  XlsxSheet shared(xlsx, "Shared passages");
  int row = SharedRow(shared, kPlantedCopy);
  ASSERT_GT(row, 0);
  EXPECT_EQ(shared["D" + std::to_string(row)], "amelia-hartley, jayden-pryce");
  XlsxSheet summary(xlsx, "Summary");
  EXPECT_EQ(summary["B3"], "1");  // inputs not audited
}

// The drafts as a quality lead may receive them: Word plans saved as PDF (by LibreOffice here).
TEST_F(AuditSamples, PdfPlansAreAuditedAndTheirCopiedPassageFound) {
  if (std::system("command -v soffice >/dev/null 2>&1") != 0) GTEST_SKIP() << "soffice missing";
  const std::string dir = tmp_->path() + "/pdf";
  std::filesystem::create_directories(dir + "/plans");
  std::string docx;
  for (const char* id : kCases) {
    std::filesystem::copy_file(out_ + "/" + id + "/draft-plan.docx", dir + "/" + id + ".docx");
    docx += std::string(" ") + id + ".docx";
  }
  testing::RunShell("cd " + Quote(dir) + " && HOME=" + Quote(dir) +
                    " soffice -env:UserInstallation=file://" + dir +
                    "/profile --headless --convert-to "
                    "'pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}'"
                    " --outdir plans" + docx + " 2>&1");
  for (const char* id : kCases) {
    ASSERT_TRUE(std::filesystem::exists(dir + "/plans/" + id + ".pdf")) << id;
  }
  auto r = RunEhcp("audit " + Quote(dir + "/plans") + " --out " + Quote(dir + "/audit") +
                   " --date 2026-11-22");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string xlsx = ReadFileOrDie(dir + "/audit/audit.xlsx");
  XlsxSheet sheet(xlsx, "Plans");
  ASSERT_EQ(sheet.Rows(), 4);
  for (const char* id : kCases) {
    EXPECT_EQ(sheet.Lookup(id, "kind"), "existing plan") << id;
    EXPECT_GT(std::stoi(sheet.Lookup(id, "statements")), 50) << id;
  }
  // The EP advice pasted into both children's advice (samples/README.md) is found in the PDFs.
  XlsxSheet shared(xlsx, "Shared passages");
  int row = SharedRow(shared, "Adults should use short, simple sentences and give one instruction");
  ASSERT_GT(row, 0);
  EXPECT_EQ(shared["D" + std::to_string(row)], "amelia-hartley, jayden-pryce");
}

TEST_F(AuditSamples, UsageErrorsExitWithTwo) {
  auto missing =
      RunEhcp("audit " + Quote(tmp_->path() + "/nowhere") + " --out " + Quote(tmp_->path() + "/x"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nowhere' does not exist"), std::string::npos) << missing.err;
  auto no_out = RunEhcp("audit " + Quote(out_));
  EXPECT_EQ(no_out.exit_code, 2);
  std::filesystem::create_directories(tmp_->path() + "/empty");
  auto empty =
      RunEhcp("audit " + Quote(tmp_->path() + "/empty") + " --out " + Quote(tmp_->path() + "/y"));
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("no plans were found"), std::string::npos) << empty.err;
}

}  // namespace
}  // namespace ehcp
