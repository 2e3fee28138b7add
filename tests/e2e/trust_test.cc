// Trust under careless and hostile use (issue 17): the real program is run on generated
// inputs, and what it says, its exit code and what it wrote (or did not) are checked.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using nlohmann::json;
using testing::Quote;
using testing::ReadFileOrDie;
using testing::RunEhcp;
using testing::RunShell;
using testing::TempDir;
using testing::WriteFileOrDie;

constexpr const char* kAdvice =
    "Advice from the education setting\n\n"
    "Robin finds it hard to follow spoken instructions in class.\n\n"
    "Robin will have 30 minutes of small group work on listening, three times a week, "
    "with a teaching assistant.\n\n"
    "Robin should have regular access to a quiet space as appropriate.\n";

class Trust : public ::testing::Test {
 protected:
  std::string Case(const std::string& rel, const std::string& text = kAdvice) {
    std::string dir = tmp_.path() + "/" + rel;
    std::filesystem::create_directories(dir);
    WriteFileOrDie(dir + "/advice.txt", text);
    return dir;
  }
  std::string Out() const { return tmp_.path() + "/out"; }
  testing::CommandResult Draft(const std::string& paths, const std::string& extra = "") {
    return RunEhcp("draft " + paths + " --out " + Quote(Out()) +
                   " --no-ocr --jobs 1 --date 2026-11-22 " + extra);
  }
  // Rewrites one part of a workbook (unzipped, edited, zipped again with the zip tool).
  std::string EditWorkbook(const std::string& xlsx, const std::string& part,
                           const std::function<void(std::string&)>& edit) {
    std::string dir = tmp_.path() + "/unpacked-" + std::to_string(++edits_);
    EXPECT_EQ(
        RunShell("mkdir -p " + Quote(dir) + " && cd " + Quote(dir) + " && unzip -q " + Quote(xlsx))
            .exit_code,
        0);
    std::string xml = ReadFileOrDie(dir + "/" + part);
    edit(xml);
    WriteFileOrDie(dir + "/" + part, xml);
    std::string out = dir + ".xlsx";
    EXPECT_EQ(RunShell("cd " + Quote(dir) + " && zip -q -r " + Quote(out) + " .").exit_code, 0);
    return out;
  }
  // Puts an inline-string cell `ref` ("J2") into row `row` of a sheet's XML.
  static void SetCell(std::string& sheet, int row, const std::string& col,
                      const std::string& value) {
    std::string ref = col + std::to_string(row);
    std::string cell = "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    size_t at = sheet.find("<row r=\"" + std::to_string(row) + "\"");
    ASSERT_NE(at, std::string::npos) << ref;
    sheet.insert(sheet.find("</row>", at), cell);
  }

  TempDir tmp_;
  int edits_ = 0;
};

TEST_F(Trust, AnotherCasesWorkbookIsRefusedAndNothingChanges) {
  std::string jack = Case("batch/jack-ash");
  Case("batch/robin-bell");
  ASSERT_EQ(Draft(Quote(tmp_.path() + "/batch")).exit_code, 0);
  std::string before = ReadFileOrDie(Out() + "/robin-bell/plan.json");
  auto r = RunEhcp("apply " + Quote(Out() + "/robin-bell") + " --review " +
                   Quote(Out() + "/jack-ash/review.xlsx"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("belongs to case 'jack-ash', not 'robin-bell'; nothing was changed"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(ReadFileOrDie(Out() + "/robin-bell/plan.json"), before);
  // The case's own workbook is applied.
  EXPECT_EQ(RunEhcp("apply " + Quote(Out() + "/robin-bell")).exit_code, 0);
  // draft --review with another case's workbook writes nothing for the case.
  auto d = RunEhcp("draft " + Quote(jack) + " --out " + Quote(tmp_.path() + "/out2") +
                   " --no-ocr --review " + Quote(Out() + "/robin-bell/review.xlsx"));
  EXPECT_NE(d.exit_code, 0);
  EXPECT_NE(d.err.find("belongs to case 'robin-bell', not 'jack-ash'"), std::string::npos) << d.err;
  EXPECT_FALSE(std::filesystem::exists(tmp_.path() + "/out2/jack-ash/plan.json"));
}

TEST_F(Trust, WorkbookOfAnOlderDraftOrWithoutItsCaseIsRefused) {
  std::string dir = Case("robin-bell");
  ASSERT_EQ(Draft(Quote(dir)).exit_code, 0);
  std::string old = tmp_.path() + "/old-review.xlsx";
  std::filesystem::copy_file(Out() + "/robin-bell/review.xlsx", old);
  // A workbook whose Summary no longer says which draft it belongs to (as one written before
  // workbooks recorded it).
  std::string unmarked = EditWorkbook(old, "xl/sharedStrings.xml", [](std::string& xml) {
    xml = std::regex_replace(xml, std::regex("draft fingerprint"), "notes");
  });
  auto u = RunEhcp("apply " + Quote(Out() + "/robin-bell") + " --review " + Quote(unmarked));
  EXPECT_EQ(u.exit_code, 2) << u.err;
  EXPECT_NE(u.err.find("does not say which case and draft it was written for"), std::string::npos)
      << u.err;
  // The case is redrafted with one more piece of advice: the old workbook's rows may now name
  // other statements.
  WriteFileOrDie(dir + "/another.txt",
                 "Speech and language therapy advice\n\nRobin will have 20 minutes of speech "
                 "and language therapy every week.\n");
  ASSERT_EQ(Draft(Quote(dir), "--force").exit_code, 0);
  std::string before = ReadFileOrDie(Out() + "/robin-bell/plan.json");
  auto r = RunEhcp("apply " + Quote(Out() + "/robin-bell") + " --review " + Quote(old));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("was written for another draft of case 'robin-bell'"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--review"), std::string::npos) << "says how to redraft: " << r.err;
  EXPECT_EQ(ReadFileOrDie(Out() + "/robin-bell/plan.json"), before);
  json plan = json::parse(before);
  EXPECT_EQ(plan["draft_fingerprint"].get<std::string>().size(), 32u);
}

TEST_F(Trust, UnknownDecisionsAreRefusedNamingSheetRowAndValue) {
  std::string dir = Case("robin-bell");
  ASSERT_EQ(Draft(Quote(dir)).exit_code, 0);
  std::string before = ReadFileOrDie(Out() + "/robin-bell/plan.json");
  std::string xlsx = Out() + "/robin-bell/review.xlsx";
  std::string bad = EditWorkbook(xlsx, "xl/worksheets/sheet1.xml", [](std::string& sheet) {
    SetCell(sheet, 2, "J", "delete everything");
    SetCell(sheet, 3, "J", "yes");
  });
  auto r = RunEhcp("apply " + Quote(Out() + "/robin-bell") + " --review " + Quote(bad));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("sheet Statements, row 2 (S0001): Decision 'delete everything' is not "
                       "one of accept, edit, move, reject"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("row 3 (S0002): Decision 'yes'"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFileOrDie(Out() + "/robin-bell/plan.json"), before);
  // Known values are read tolerantly: case, spaces, a full stop, "Ask author".
  std::string good = EditWorkbook(xlsx, "xl/worksheets/sheet1.xml",
                                  [](std::string& sheet) { SetCell(sheet, 2, "J", "  Reject. "); });
  good = EditWorkbook(good, "xl/worksheets/sheet2.xml",
                      [](std::string& sheet) { SetCell(sheet, 2, "H", "Ask  Author"); });
  auto ok = RunEhcp("apply " + Quote(Out() + "/robin-bell") + " --review " + Quote(good));
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  json plan = json::parse(ReadFileOrDie(Out() + "/robin-bell/plan.json"));
  EXPECT_EQ(plan["statements"][0]["decision"], "reject");
  EXPECT_EQ(plan["flags"][0]["resolution"], "ask the author");
}

TEST_F(Trust, ApplyKeepsFlagIdsAndARedraftGivesTheSameIds) {
  std::string dir = Case("robin-bell");
  ASSERT_EQ(Draft(Quote(dir)).exit_code, 0);
  json drafted = json::parse(ReadFileOrDie(Out() + "/robin-bell/plan.json"));
  // The vague statement (S0003) is edited into a specific one: its flags are no longer raised.
  std::string vague_id;
  for (const auto& s : drafted["statements"]) {
    if (s["text"].get<std::string>().find("as appropriate") != std::string::npos)
      vague_id = s["id"];
  }
  ASSERT_FALSE(vague_id.empty());
  int row = std::stoi(vague_id.substr(1)) + 1;
  std::string edited = EditWorkbook(
      Out() + "/robin-bell/review.xlsx", "xl/worksheets/sheet1.xml", [&](std::string& sheet) {
        SetCell(sheet, row, "J", "edit");
        SetCell(sheet, row, "K",
                "Robin will have a quiet space for 20 minutes after lunch every day.");
      });
  std::string cmd = "apply " + Quote(Out() + "/robin-bell") + " --review " + Quote(edited);
  ASSERT_EQ(RunEhcp(cmd).exit_code, 0);
  std::string once = ReadFileOrDie(Out() + "/robin-bell/plan.json");
  json applied = json::parse(once);
  std::map<std::string, std::string> rule_of;
  for (const auto& f : applied["flags"]) rule_of[f["id"]] = f["rule"];
  for (const auto& f : drafted["flags"]) {
    ASSERT_TRUE(rule_of.count(f["id"])) << f["id"] << " was renumbered or dropped";
    EXPECT_EQ(rule_of[f["id"]], f["rule"]) << f["id"] << " now names another flag";
  }
  bool closed = false;
  for (const auto& f : applied["flags"]) {
    bool on_vague = f["spans"].size() == 1 && f["spans"][0]["statement"] == vague_id;
    if (on_vague && f["rule"] == "vague-wording") {
      closed = f["resolution"] == "no longer raised";
    }
  }
  EXPECT_TRUE(closed) << "the edited statement's vague-wording flag is closed, id kept";
  ASSERT_EQ(RunEhcp(cmd).exit_code, 0);
  EXPECT_EQ(ReadFileOrDie(Out() + "/robin-bell/plan.json"), once)
      << "applying twice changes nothing";
  // A redraft of unchanged text gives the same ids.
  ASSERT_EQ(RunEhcp("draft " + Quote(dir) + " --out " + Quote(tmp_.path() + "/again") +
                    " --no-ocr --jobs 1 --date 2026-11-22")
                .exit_code,
            0);
  json again = json::parse(ReadFileOrDie(tmp_.path() + "/again/robin-bell/plan.json"));
  ASSERT_EQ(again["flags"].size(), drafted["flags"].size());
  for (size_t i = 0; i < again["flags"].size(); ++i) {
    EXPECT_EQ(again["flags"][i]["id"], drafted["flags"][i]["id"]);
    EXPECT_EQ(again["flags"][i]["rule"], drafted["flags"][i]["rule"]);
  }
}

TEST_F(Trust, TwoCaseFoldersWithOneNameAreRefusedBeforeAnythingIsWritten) {
  std::string a = Case("a/jack"), b = Case("b/jack", "Parent views\n\nJack likes trains.\n");
  auto r = Draft(Quote(a) + " " + Quote(b));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("two case folders are both called 'jack': '" + a + "' and '" + b + "'"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(Out())) << "nothing is written for either";
}

TEST_F(Trust, CasePathsEndingInDotOrSlashesAreTheFolderNeverTheOutputRoot) {
  std::string dir = Case("cases/robin-bell");
  ASSERT_EQ(Draft(Quote(dir + "/.")).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(Out() + "/robin-bell/plan.json"));
  EXPECT_FALSE(std::filesystem::exists(Out() + "/plan.json"));
  std::filesystem::remove_all(Out());
  ASSERT_EQ(Draft(Quote(dir + "//")).exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(Out() + "/robin-bell/plan.json"));
  json plan = json::parse(ReadFileOrDie(Out() + "/robin-bell/plan.json"));
  EXPECT_EQ(plan["case"], "robin-bell");
}

TEST_F(Trust, AnEmptyFolderIsNotDrafted) {
  std::filesystem::create_directories(tmp_.path() + "/empty-case");
  auto r = Draft(Quote(tmp_.path() + "/empty-case"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("has no advice files"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(Out() + "/empty-case"));
}

TEST_F(Trust, LinksOutsideTheCaseAndSpecialFilesAreListedNotRead) {
  std::string dir = Case("robin-bell");
  std::string secret = tmp_.path() + "/other-child.txt";
  WriteFileOrDie(secret, "Parent views\n\nTobias Wren secret line about another child.\n");
  std::filesystem::create_symlink(secret, dir + "/linked.txt");
  std::filesystem::create_symlink("advice.txt", dir + "/inside-link.txt");
  std::filesystem::create_symlink("/dev/zero", dir + "/zero.pdf");
  ASSERT_EQ(::mkfifo((dir + "/pipe.txt").c_str(), 0600), 0);
  auto r = Draft(Quote(dir));  // a FIFO must not block: the test would hang
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("'linked.txt' was not read: it is a symbolic link to '"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("'pipe.txt' was not read: it is a named pipe (FIFO)"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("'zero.pdf' was not read"), std::string::npos) << r.err;
  std::string text = ReadFileOrDie(Out() + "/robin-bell/plan.json");
  EXPECT_EQ(text.find("secret line"), std::string::npos) << "the linked file was not read";
  json plan = json::parse(text);
  std::set<std::string> not_read;
  for (const auto& f : plan["failures"]) not_read.insert(f["file"]);
  EXPECT_EQ(not_read, (std::set<std::string>{"linked.txt", "pipe.txt", "zero.pdf"}));
  EXPECT_EQ(plan["documents"].size(), 2u) << "advice.txt and the link inside the folder";
  auto parts = testing::ReadZipEntries(ReadFileOrDie(Out() + "/robin-bell/review.xlsx"));
  const std::string& strings = parts["xl/sharedStrings.xml"];
  EXPECT_NE(strings.find("Advice not read: "), std::string::npos);
  EXPECT_NE(strings.find("pipe.txt"), std::string::npos);
  EXPECT_NE(strings.find("named pipe (FIFO)"), std::string::npos);
}

TEST_F(Trust, SizeIsCheckedBeforeReading) {
  std::string dir = Case("robin-bell");
  { std::ofstream big(dir + "/huge.pdf"); }
  std::filesystem::resize_file(dir + "/huge.pdf", 3ull << 30);  // sparse: takes no disk
  auto r = Draft(Quote(dir), "--max-file-mb 5");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("'huge.pdf' is 3072 MB, larger than the limit of 5.0 MB"), std::string::npos)
      << r.err;
}

TEST_F(Trust, RtfIsRefusedAndWindows1252IsDecoded) {
  std::string dir = Case("robin-bell");
  WriteFileOrDie(dir + "/letter.rtf",
                 "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}} \\f0 "
                 "Robin needs a quiet space.\\par}");
  WriteFileOrDie(dir + "/parent.txt",
                 "Parent views\n\nRobin\x92s favourite place is the caf\xe9 by the park.\n");
  auto r = Draft(Quote(dir));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("'letter.rtf' is a Rich Text (RTF) file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("save it as Word (.docx) or PDF"), std::string::npos) << r.err;
  json plan = json::parse(ReadFileOrDie(Out() + "/robin-bell/plan.json"));
  bool decoded = false;
  for (const auto& s : plan["statements"]) {
    decoded |= s["text"].get<std::string>().find("caf\xc3\xa9 by the park") != std::string::npos;
  }
  EXPECT_TRUE(decoded) << "the Windows-1252 file is read, its é intact";
  EXPECT_EQ(plan["failures"].size(), 1u);
}

TEST_F(Trust, BadOptionValuesAreUsageErrorsSayingWhatIsAllowed) {
  std::string dir = Case("robin-bell");
  const std::pair<const char*, const char*> kCases[] = {
      {"--date 2024-13-45", "YYYY-MM-DD"},
      {"--date foo", "YYYY-MM-DD"},
      {"--date 2023-02-29", "not a day of the calendar"},
      {"--jobs -3", "not in range 1 to 1024"},
      {"--max-pages 0", "not in range 1"},
  };
  for (const auto& [option, says] : kCases) {
    auto r = Draft(Quote(dir), option);
    EXPECT_EQ(r.exit_code, 2) << option << ": " << r.err;
    EXPECT_NE(r.err.find(says), std::string::npos) << option << ": " << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(Out()));
}

TEST_F(Trust, AuditNamesEveryFileItDidNotAudit) {
  std::string dir = Case("robin-bell");
  ASSERT_EQ(Draft(Quote(dir)).exit_code, 0);
  std::string plans = tmp_.path() + "/plans";
  std::filesystem::create_directories(plans);
  WriteFileOrDie(plans + "/notes.txt", "not a plan");
  WriteFileOrDie(plans + "/old.rtf", "{\\rtf1 plan}");
  auto r = RunEhcp("audit " + Quote(Out()) + " " + Quote(plans) + " --out " +
                   Quote(tmp_.path() + "/audit") + " --jobs 1");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("notes.txt' is neither a plan.json"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("old.rtf' is neither"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("audited 1 plan(s)"), std::string::npos) << r.err;
}

TEST_F(Trust, FormulaLikeTextIsStoredWithTheQuotePrefix) {
  std::string dir = Case("robin-bell",
                         "Advice from the education setting\n\n"
                         "=HYPERLINK(\"http://example.invalid/\",\"Robin's details\") was in "
                         "the note.\n\n"
                         "+44 1632 960123 is the number to call about Robin's needs.\n");
  ASSERT_EQ(Draft(Quote(dir)).exit_code, 0);
  auto parts = testing::ReadZipEntries(ReadFileOrDie(Out() + "/robin-bell/review.xlsx"));
  // Which cell formats carry quotePrefix.
  std::set<int> quoted;
  std::string styles = parts["xl/styles.xml"];
  size_t xfs = styles.find("<cellXfs");
  int k = 0;
  for (size_t at = styles.find("<xf ", xfs);
       at != std::string::npos && at < styles.find("</cellXfs>");
       at = styles.find("<xf ", at + 1), ++k) {
    if (styles.compare(at, 20, "<xf quotePrefix=\"1\" ") == 0) quoted.insert(k);
  }
  ASSERT_FALSE(quoted.empty());
  // The text column (D) of the statements: the formula-like ones use a quoted format, the
  // others do not.
  std::string sheet = parts["xl/worksheets/sheet1.xml"];
  std::regex cell(R"re(<c r="D(\d+)" s="(\d+)")re");
  std::map<int, int> style_of;
  for (std::sregex_iterator it(sheet.begin(), sheet.end(), cell), end; it != end; ++it) {
    style_of[std::stoi((*it)[1])] = std::stoi((*it)[2]);
  }
  json plan = json::parse(ReadFileOrDie(Out() + "/robin-bell/plan.json"));
  int formulas = 0;
  for (size_t i = 0; i < plan["statements"].size(); ++i) {
    std::string text = plan["statements"][i]["text"];
    bool formula_like = text[0] == '=' || text[0] == '+';
    formulas += formula_like;
    EXPECT_EQ(quoted.count(style_of[static_cast<int>(i) + 2]) > 0, formula_like) << text;
  }
  EXPECT_EQ(formulas, 2);
}

TEST_F(Trust, NamesWithControlCharactersCannotForgeLogLines) {
  std::string dir = Case("robin-bell");
  WriteFileOrDie(dir + "/x\n[ok] forged.rtf", "{\\rtf1 x}");
  auto r = Draft(Quote(dir));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.find("\n[ok] forged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("x\\n[ok] forged.rtf"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace ehcp
