// `ehcp audit` on plans made here: Word plans built with the DOCX fixture helper, and plans
// drafted by the real runner. The workbook and the page are read back and checked cell by cell.
#include "pipeline/runner/audit.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <map>
#include <nlohmann/json.hpp>

#include "extractors/registry.h"
#include "mappers/assemble/plan_sections.h"
#include "pipeline/runner/runner.h"
#include "tests/extractors/docx_fixture.h"
#include "tests/testing/test_util.h"
#include "tests/testing/xlsx_sheet.h"

namespace ehcp {
namespace {

using testing::DocumentXml;
using testing::MakeDocx;
using testing::Para;
using testing::ReadFileOrDie;
using testing::TempDir;
using testing::WriteFileOrDie;
using testing::XlsxSheet;

// ---- Section titles of an existing plan -------------------------------------------------------

TEST(PlanSections, TitlesNameTheirSection) {
  EXPECT_EQ(SectionTitled("Section B: Special educational needs", false), Section::kB);
  EXPECT_EQ(SectionTitled("SECTION F - Special educational provision", false), Section::kF);
  EXPECT_EQ(SectionTitled("Section H2", false), Section::kH2);
  EXPECT_EQ(SectionTitled("Section H: Social care provision", false), Section::kH1);
  EXPECT_EQ(SectionTitled("Section E Outcomes", true), Section::kE);
  EXPECT_EQ(SectionTitled("F. Special educational provision", true), Section::kF);
  EXPECT_EQ(SectionTitled("H1. Social care provision", true), Section::kH1);
  // Not titles.
  EXPECT_EQ(SectionTitled("Section E Outcomes", false), std::nullopt);
  EXPECT_EQ(SectionTitled("Section E of the plan sets out outcomes.", false), std::nullopt);
  EXPECT_EQ(SectionTitled("F. Special educational provision", false), std::nullopt);
  EXPECT_EQ(SectionTitled("Section 2 of the CSDPA 1970", true), std::nullopt);
  EXPECT_EQ(SectionTitled("Section in brief", true), std::nullopt);
  EXPECT_EQ(SectionTitled("A Level results", true), std::nullopt);
  EXPECT_EQ(SectionTitled("Section L: Other", true), std::nullopt);
}

Block MakeBlock(BlockKind kind, const std::string& text) {
  Block b;
  b.kind = kind;
  b.text = text;
  return b;
}

TEST(PlanSections, BlocksTakeTheLastTitleAboveAndTheCoverIsNotPlan) {
  Document doc;
  doc.blocks = {MakeBlock(BlockKind::kHeading, "Education, Health and Care Plan"),
                MakeBlock(BlockKind::kParagraph, "Name: Ava Brook"),
                MakeBlock(BlockKind::kParagraph, "Section B: Special educational needs"),
                MakeBlock(BlockKind::kHeading, "Communication and interaction"),
                MakeBlock(BlockKind::kParagraph, "Ava finds spoken instructions hard."),
                MakeBlock(BlockKind::kHeading, "F. Special educational provision"),
                MakeBlock(BlockKind::kTableCell, "Weekly speech and language therapy.")};
  std::vector<BlockSection> s = PlanSectionsOf(doc);
  ASSERT_EQ(s.size(), doc.blocks.size());
  EXPECT_EQ(s[0].section, Section::kNotPlan);
  EXPECT_EQ(s[1].section, Section::kNotPlan);
  EXPECT_EQ(s[1].title, "");
  EXPECT_EQ(s[2].section, Section::kNotPlan);  // the title itself
  EXPECT_EQ(s[3].section, Section::kB);
  EXPECT_EQ(s[4].section, Section::kB);
  EXPECT_EQ(s[4].title, "Section B: Special educational needs");
  EXPECT_EQ(s[6].section, Section::kF);
  // One title is not a plan's layout: the classifier decides.
  doc.blocks.resize(5);
  EXPECT_TRUE(PlanSectionsOf(doc).empty());
}

// ehcp's own drafts set each area's needs, outcomes and provision side by side under section B:
// read back, each column is its own section.
TEST(PlanSections, ColumnsThatNameSectionsDecideTheirCells) {
  auto cell = [](int table, int row, int col, const std::string& text) {
    Block b = MakeBlock(BlockKind::kTableCell, text);
    b.table = table, b.row = row, b.col = col;
    return b;
  };
  Document doc;
  doc.blocks = {MakeBlock(BlockKind::kHeading, "A. Views, interests and aspirations"),
                MakeBlock(BlockKind::kHeading, "B. Special educational needs"),
                cell(0, 0, 0, "Need (B)"),
                cell(0, 0, 1, "Outcome (E)"),
                cell(0, 0, 2, "Provision (F)"),
                cell(0, 1, 0, "Ava finds spoken instructions hard."),
                cell(0, 1, 1, "By July 2027 Ava will follow two-part instructions."),
                cell(0, 1, 2, "Weekly speech and language therapy for 30 minutes."),
                cell(1, 0, 0, "Need"),  // a table that names no sections
                cell(1, 0, 1, "Support (F)"),
                cell(1, 1, 1, "Ava has a visual timetable."),
                MakeBlock(BlockKind::kHeading, "E. Outcomes")};
  std::vector<BlockSection> s = PlanSectionsOf(doc);
  ASSERT_EQ(s.size(), doc.blocks.size());
  for (int i : {2, 3, 4}) EXPECT_EQ(s[i].section, Section::kNotPlan) << i;
  EXPECT_EQ(s[5].section, Section::kB);
  EXPECT_EQ(s[6].section, Section::kE);
  EXPECT_EQ(s[7].section, Section::kF);
  EXPECT_EQ(s[7].title, "B. Special educational needs");
  // One column naming a section is not enough: the title above decides.
  EXPECT_EQ(s[10].section, Section::kB);
}

TEST(PlanSections, CitationMarksOfADraftAreRemovedFromTheEndOfBlocks) {
  Document doc;
  doc.blocks = {MakeBlock(BlockKind::kParagraph, "Ava likes drawing. [D1 p.2]"),
                MakeBlock(BlockKind::kParagraph, "See the list [D12]"),
                MakeBlock(BlockKind::kParagraph, "A [note] in the middle stays."),
                MakeBlock(BlockKind::kParagraph, "Ends with [brackets]")};
  EXPECT_EQ(StripCitationMarks(doc), 2);
  EXPECT_EQ(doc.blocks[0].text, "Ava likes drawing.");
  EXPECT_EQ(doc.blocks[1].text, "See the list");
  EXPECT_EQ(doc.blocks[2].text, "A [note] in the middle stays.");
  EXPECT_EQ(doc.blocks[3].text, "Ends with [brackets]");
}

// ---- Auditing Word plans ---------------------------------------------------------------------

// Planted in both plans: a passage of 21 words, no names.
constexpr const char* kCopied =
    "Finds it very hard to stay calm in the busy dining hall and often leaves before finishing "
    "lunch with friends.";

constexpr const char* kSpecific1 =
    "Ava will receive 30 minutes of speech and language therapy from a qualified speech and "
    "language therapist once a week.";
constexpr const char* kSpecific2 =
    "A teaching assistant will deliver a 20-minute phonics session to Ava in a group of four "
    "pupils every school day.";
constexpr const char* kVague = "Ava will have access to support as appropriate.";
constexpr const char* kCaveat =
    "Ava will have occupational therapy, subject to the availability of funding.";

std::string PlanA() {
  std::string body =
      Para("Education, Health and Care Plan", "Title") + Para("Name: Ava Brook") +
      Para("Section A: Views, interests and aspirations", "Heading1") +
      Para("Ava enjoys painting and wants to be an artist.") +
      Para("Section B: Special educational needs", "Heading1") +
      Para("Communication and interaction", "Heading2") +
      // XML-escaped here: the fixture helper writes text as given.
      Para("Ava's speech &amp; language skills are below those of her peers &lt;age 7&gt;.") +
      Para(kCopied) + Para("Section E: Outcomes", "Heading1") +
      Para("By July 2027, Ava will read 40 common exception words accurately.") +
      Para("Ava will be happy at school.") +
      Para("Section F: Special educational provision", "Heading1") +
      Para("Communication and interaction", "Heading2") + Para(kSpecific1) + Para(kSpecific2) +
      Para(kVague) + Para(kCaveat);
  return MakeDocx({{"word/document.xml", DocumentXml(body)}});
}

std::string PlanB() {
  std::string body =
      Para("Education, Health and Care Plan", "Title") + Para("Name: Ben Carter") +
      Para("Section A: Views, interests and aspirations", "Heading1") +
      Para("Ben likes football and building models.") +
      Para("Section B: Special educational needs", "Heading1") +
      Para("Ben has difficulty with handwriting and fine motor tasks.") + Para(kCopied) +
      Para("Section F: Special educational provision", "Heading1") +
      Para(
          "Ben will use a sloping board and pencil grip in all writing lessons, set up by his "
          "class teacher.");
  return MakeDocx({{"word/document.xml", DocumentXml(body)}});
}

int Mode(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<int>(st.st_mode & 0777) : -1;
}

class AuditWordPlans : public ::testing::Test {
 protected:
  void SetUp() override {
    plans_ = tmp_.path() + "/plans";
    out_ = tmp_.path() + "/audit";
    ASSERT_TRUE(RealFileSystem().MakeDirs(plans_).ok());
    WriteFileOrDie(plans_ + "/plan-a.docx", PlanA());
    WriteFileOrDie(plans_ + "/plan-b.docx", PlanB());
    WriteFileOrDie(plans_ + "/corrupt.docx", "PK\x03\x04 this is not a Word document");
    options_.out_dir = out_;
    options_.generated_on = "2026-11-22";
    options_.tool_version = "test";
    options_.jobs = 2;
  }

  AuditResult Run() {
    std::vector<std::string> notes;
    auto inputs = FindAuditInputs(RealFileSystem(), {plans_}, notes);
    EXPECT_TRUE(inputs.ok());
    auto result = RunAudit(RealFileSystem(), *inputs, options_,
                           [&](const std::string& line) { log_.push_back(line); });
    EXPECT_TRUE(result.ok()) << result.status().message();
    return std::move(result).value();
  }

  // plan-a as the audit builds it before comparing plans.
  Plan PlanAAlone() {
    auto doc = ExtractBytes(PlanA(), "plan-a.docx", options_.extract);
    if (!doc.ok()) {
      ADD_FAILURE() << doc.status().message();
      return Plan();
    }
    return PlanFromDocument(std::move(doc).value(), "plan-a", options_);
  }

  TempDir tmp_;
  std::string plans_, out_;
  AuditOptions options_;
  std::vector<std::string> log_;
};

TEST_F(AuditWordPlans, FindsThePlansInAFolder) {
  std::vector<std::string> notes;
  auto inputs = FindAuditInputs(RealFileSystem(), {plans_}, notes);
  ASSERT_TRUE(inputs.ok());
  ASSERT_EQ(inputs->size(), 3u);
  EXPECT_EQ((*inputs)[0].case_id, "corrupt");
  EXPECT_EQ((*inputs)[1].case_id, "plan-a");
  EXPECT_EQ((*inputs)[1].kind, AuditInput::Kind::kDocument);
  auto missing = FindAuditInputs(RealFileSystem(), {tmp_.path() + "/nowhere"}, notes);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nowhere' does not exist"), std::string::npos);
}

TEST_F(AuditWordPlans, ExistingPlanSectionsComeFromItsTitles) {
  Plan plan = PlanAAlone();
  std::map<std::string, Section> by_text;
  for (const Statement& s : plan.statements) by_text[s.text] = s.section;
  EXPECT_EQ(by_text["Name: Ava Brook"], Section::kNotPlan);
  EXPECT_EQ(by_text["Ava enjoys painting and wants to be an artist."], Section::kA);
  EXPECT_EQ(by_text[kCopied], Section::kB);
  EXPECT_EQ(by_text["Ava will be happy at school."], Section::kE);
  for (const char* p : {kSpecific1, kSpecific2, kVague, kCaveat}) {
    EXPECT_EQ(by_text[p], Section::kF) << p;
  }
  for (const Flag& f : plan.flags) EXPECT_NE(f.rule, FlagId::kMissingAdvice);
}

TEST_F(AuditWordPlans, WorkbookHasPlansSharedPassagesAndFlags) {
  AuditResult r = Run();
  const std::string xlsx = ReadFileOrDie(out_ + "/audit.xlsx");

  // The corrupt file is reported by name; the other two are audited.
  ASSERT_EQ(r.report.failures.size(), 1u);
  EXPECT_EQ(r.report.failures[0].source, plans_ + "/corrupt.docx");
  EXPECT_NE(r.report.failures[0].reason.find("corrupt.docx"), std::string::npos);
  XlsxSheet plans(xlsx, "Plans");
  ASSERT_TRUE(plans.ok());
  EXPECT_EQ(plans.Rows(), 2);
  EXPECT_EQ(plans["A2"], "plan-a");
  EXPECT_EQ(plans["A3"], "plan-b");
  EXPECT_EQ(plans.Lookup("plan-a", "kind"), "existing plan");

  // Flag counts are the plan's own flags plus the one copy-paste flag the audit raised.
  Plan alone = PlanAAlone();
  std::array<int, 3> severity{};
  std::map<FlagId, int> rules;
  for (const Flag& f : alone.flags) {
    ++severity[static_cast<size_t>(f.severity)];
    ++rules[f.rule];
  }
  EXPECT_EQ(plans.Lookup("plan-a", "copy-paste"), "1");
  EXPECT_EQ(plans.Lookup("plan-a", "foreign-name"), "0");
  EXPECT_EQ(plans.Lookup("plan-a", "block"), std::to_string(severity[0]));
  EXPECT_EQ(plans.Lookup("plan-a", "warn"), std::to_string(severity[1] + 1));
  EXPECT_EQ(plans.Lookup("plan-a", "info"), std::to_string(severity[2]));
  EXPECT_GE(rules[FlagId::kVagueWording], 1);
  for (FlagId id : {FlagId::kVagueWording, FlagId::kUnquantifiedProvision,
                    FlagId::kOutcomeNoTimescale, FlagId::kJargon}) {
    EXPECT_EQ(plans.Lookup("plan-a", std::string(Id(id))), std::to_string(rules[id])) << Id(id);
  }

  // Two of the four provision statements are specific; one of the two outcomes is SMART.
  EXPECT_EQ(plans.Lookup("plan-a", "provision statements"), "4");
  EXPECT_EQ(plans.Lookup("plan-a", "specific provision"), "0.5");
  EXPECT_EQ(plans.Lookup("plan-a", "outcome statements"), "2");
  EXPECT_EQ(plans.Lookup("plan-a", "SMART outcomes"), "0.5");
  EXPECT_EQ(plans.Lookup("plan-a", "sections missing"), "C, D, G, H1, H2, I, J, K");
  EXPECT_EQ(plans.Lookup("plan-b", "specific provision"), "1");
  EXPECT_EQ(plans.Lookup("plan-b", "SMART outcomes"), "");  // no outcomes

  // The planted passage is one cluster naming both plans.
  XlsxSheet shared(xlsx, "Shared passages");
  ASSERT_TRUE(shared.ok());
  ASSERT_EQ(shared.Rows(), 1);
  EXPECT_EQ(shared["A2"], "P001");
  EXPECT_EQ(shared["B2"], "copy");
  EXPECT_EQ(shared["C2"], "2");
  EXPECT_EQ(shared["D2"], "plan-a, plan-b");
  EXPECT_EQ(shared["F2"] + ".", kCopied);  // the shared words, without the full stop

  // One row per open flag, with its section and the flagged text.
  XlsxSheet flags(xlsx, "Flags");
  ASSERT_TRUE(flags.ok());
  EXPECT_EQ(flags.Rows(), static_cast<int>(r.report.flags.size()));
  bool vague = false;
  for (int row = 2; row <= flags.Rows() + 1; ++row) {
    std::string n = std::to_string(row);
    if (flags["A" + n] == "plan-a" && flags["C" + n] == "vague-wording" &&
        flags["F" + n] == kVague) {
      vague = true;
      EXPECT_EQ(flags["D" + n], "warn");
      EXPECT_EQ(flags["E" + n], "F");
    }
  }
  EXPECT_TRUE(vague);

  XlsxSheet summary(xlsx, "Summary");
  ASSERT_TRUE(summary.ok());
  EXPECT_EQ(summary["A2"], "plans audited");
  EXPECT_EQ(summary["B2"], "2");
  EXPECT_EQ(summary["B3"], "1");  // inputs not audited

  // Header rows frozen, autofilter set, severity formats present.
  EXPECT_NE(plans.xml().find("<pane ySplit=\"1\""), std::string::npos);
  EXPECT_NE(plans.xml().find("<autoFilter"), std::string::npos);
  EXPECT_NE(flags.xml().find("$D2=\"block\""), std::string::npos);

  // Private files.
  EXPECT_EQ(Mode(out_ + "/audit.xlsx"), 0600);
  EXPECT_EQ(Mode(out_ + "/audit.html"), 0600);
  EXPECT_EQ(Mode(out_ + "/ehcp-corpus.sqlite"), 0600);
  // Logs carry no report text.
  for (const std::string& line : log_) {
    EXPECT_EQ(line.find("dining hall"), std::string::npos) << line;
  }
}

TEST_F(AuditWordPlans, PageHasTheSameTablesEscapedAndNoExternalResources) {
  Run();
  const std::string html = ReadFileOrDie(out_ + "/audit.html");
  std::string copied(kCopied);
  copied.pop_back();  // the shared words, without the full stop
  EXPECT_NE(html.find("<td>" + copied + "</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>plan-a, plan-b</td>"), std::string::npos);
  EXPECT_NE(html.find("corrupt.docx"), std::string::npos);
  // Text from the plan is escaped.
  EXPECT_NE(html.find("speech &amp; language skills are below those of her peers &lt;age 7&gt;"),
            std::string::npos);
  EXPECT_EQ(html.find("<age 7>"), std::string::npos);
  // Charts: flags by id, and one bar per plan for each share.
  EXPECT_NE(html.find("aria-label=\"Open flags by id across all plans\""), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"Specific provision per plan\""), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"SMART outcomes per plan\""), std::string::npos);
  EXPECT_NE(html.find(">50%</text>"), std::string::npos);
  EXPECT_NE(html.find(">no outcomes</text>"), std::string::npos);
  // Self-contained.
  for (const char* bad : {"<script", "<link", "http://", "https://", "src="}) {
    EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  }
}

TEST_F(AuditWordPlans, SameInputsGiveTheSameBytes) {
  Run();
  const std::string first = ReadFileOrDie(out_ + "/audit.xlsx");
  const std::string first_html = ReadFileOrDie(out_ + "/audit.html");
  out_ = tmp_.path() + "/again";
  options_.out_dir = out_;
  Run();  // a fresh corpus beside it
  EXPECT_EQ(ReadFileOrDie(out_ + "/audit.xlsx"), first);
  EXPECT_EQ(ReadFileOrDie(out_ + "/audit.html"), first_html);
}

// ---- Auditing drafts ---------------------------------------------------------------------------

class NullObserver final : public RunObserver {
 public:
  void Log(const std::string&) override {}
  void DocumentDone(const std::string&, int) override {}
  void CaseDone(const CaseReport&) override {}
};

TEST(AuditDrafts, DraftedPlansAreReadFromPlanJsonAndCopiedPassagesFound) {
  TempDir tmp;
  FileSystem& fs = RealFileSystem();
  const std::string shared =
      "During unstructured times the pupil needs an adult nearby to help settle disagreements "
      "before they grow into arguments with other children.";
  auto write = [&](const std::string& path, const std::string& text) {
    std::string full = tmp.path() + "/" + path;
    ASSERT_TRUE(fs.MakeDirs(full.substr(0, full.find_last_of('/'))).ok());
    ASSERT_TRUE(fs.WriteFileAtomic(full, text).ok());
  };
  write("cases/robin/school.md",
        "# Advice from the education setting\n\n## Special educational needs\n\nName: Robin "
        "Ashdown\n\nRobin finds it hard to follow spoken instructions in class. " +
            shared + "\n\n## Provision\n\nRobin will have support as needed.\n");
  write("cases/sky/school.md",
        "# Advice from the education setting\n\n## Special educational needs\n\nName: Sky "
        "Moss\n\nSky finds reading unfamiliar words hard. " +
            shared +
            "\n\n## Provision\n\nSky will receive 20 minutes of reading practice "
            "with a teaching assistant every school day.\n");
  RunOptions draft;
  draft.out_dir = tmp.path() + "/out";
  draft.generated_on = "2026-11-22";
  draft.tool_version = "test";
  draft.use_corpus = false;  // the audit finds the copying
  std::vector<std::string> notes;
  auto cases = DiscoverCases(fs, {tmp.path() + "/cases"}, notes);
  ASSERT_TRUE(cases.ok());
  NullObserver quiet;
  RunBatch(fs, *cases, draft, quiet);

  AuditOptions options;
  options.out_dir = tmp.path() + "/audit";
  options.generated_on = "2026-11-22";
  auto inputs = FindAuditInputs(fs, {draft.out_dir}, notes);
  ASSERT_TRUE(inputs.ok());
  ASSERT_EQ(inputs->size(), 2u);
  EXPECT_EQ((*inputs)[0].kind, AuditInput::Kind::kPlanJson);
  auto result = RunAudit(fs, *inputs, options, [](const std::string&) {});
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_TRUE(result->report.failures.empty());

  const std::string xlsx = ReadFileOrDie(options.out_dir + "/audit.xlsx");
  XlsxSheet shared_sheet(xlsx, "Shared passages");
  ASSERT_TRUE(shared_sheet.ok());
  ASSERT_GE(shared_sheet.Rows(), 1);
  EXPECT_EQ(shared_sheet["D2"], "robin, sky");
  EXPECT_NE(shared_sheet["F2"].find("help settle disagreements"), std::string::npos);

  // Each plan's counts are its plan.json flags, plus the copy-paste flag of the audit.
  XlsxSheet plans(xlsx, "Plans");
  for (const char* id : {"robin", "sky"}) {
    auto plan = nlohmann::json::parse(ReadFileOrDie(draft.out_dir + "/" + id + "/plan.json"));
    std::map<std::string, int> by_severity;
    for (const auto& f : plan["flags"]) ++by_severity[f["severity"].get<std::string>()];
    EXPECT_EQ(plans.Lookup(id, "kind"), "ehcp draft");
    EXPECT_EQ(plans.Lookup(id, "copy-paste"), "1") << id;
    EXPECT_EQ(plans.Lookup(id, "block"), std::to_string(by_severity["block"])) << id;
    EXPECT_EQ(plans.Lookup(id, "warn"), std::to_string(by_severity["warn"] + 1)) << id;
    EXPECT_EQ(plans.Lookup(id, "info"), std::to_string(by_severity["info"])) << id;
  }
  EXPECT_EQ(plans.Lookup("robin", "specific provision"), "0");
  EXPECT_EQ(plans.Lookup("sky", "specific provision"), "1");
}

}  // namespace
}  // namespace ehcp
