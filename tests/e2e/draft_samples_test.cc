// End to end: the real `ehcp draft` on the bundled samples, checked against the facts planted
// in them (samples/expected.json, documented in samples/README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>

#include "pipeline/model/ids.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using nlohmann::json;
using testing::Quote;
using testing::ReadFileOrDie;
using testing::ReadZipEntries;
using testing::RunEhcp;
using testing::RunShell;
using testing::SourceDir;
using testing::TempDir;

// One draft of the whole samples batch, shared by the tests in this file.
class DraftSamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    out_ = tmp_->path() + "/out";
    result_ = new testing::CommandResult(RunEhcp(
        "draft " + Quote(SourceDir() + "/samples") + " --out " + Quote(out_) + " --corpus " +
        Quote(tmp_->path() + "/corpus.sqlite") + " --date 2026-11-22 --jobs 2"));
    expected_ = new json(json::parse(ReadFileOrDie(SourceDir() + "/samples/expected.json")));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete expected_;
    delete tmp_;
  }
  static json Plan(const std::string& case_id) {
    return json::parse(ReadFileOrDie(out_ + "/" + case_id + "/plan.json"));
  }
  static const json& Cases() { return (*expected_)["cases"]; }

  // The statement whose text holds `text` (or is held by it, when segmentation split it).
  static const json* FindStatement(const json& plan, const std::string& text) {
    for (const auto& s : plan["statements"]) {
      std::string t = s["text"];
      if (t.find(text) != std::string::npos) return &s;
    }
    for (const auto& s : plan["statements"]) {
      std::string t = s["text"];
      // A quotation split into sentences keeps its opening quote mark on the first one.
      while (!t.empty() && (t.front() == '"' || t.front() == '\'')) t.erase(0, 1);
      if (t.size() >= 12 && text.find(t) != std::string::npos) return &s;
    }
    return nullptr;
  }

  // Flags of `rule` on a statement containing `text`, or whose message quotes it.
  static int CountFlags(const json& plan, const std::string& rule, const std::string& text) {
    std::map<std::string, std::string> texts;
    for (const auto& s : plan["statements"]) texts[s["id"]] = s["text"];
    int n = 0;
    for (const auto& f : plan["flags"]) {
      if (f["rule"] != rule) continue;
      bool hit = text.empty() || f["message"].get<std::string>().find(text) != std::string::npos;
      for (const auto& sp : f["spans"]) {
        hit |= texts[sp["statement"]].find(text) != std::string::npos;
      }
      n += hit;
    }
    return n;
  }

  static TempDir* tmp_;
  static std::string out_;
  static testing::CommandResult* result_;
  static json* expected_;
};

TempDir* DraftSamples::tmp_ = nullptr;
std::string DraftSamples::out_;
testing::CommandResult* DraftSamples::result_ = nullptr;
json* DraftSamples::expected_ = nullptr;

TEST_F(DraftSamples, ReadsEveryFileAndWritesThreeFilesPerCase) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  for (const auto& [case_id, _] : Cases().items()) {
    for (const char* f : {"draft-plan.docx", "review.xlsx", "plan.json"}) {
      EXPECT_TRUE(std::filesystem::exists(out_ + "/" + case_id + "/" + f)) << case_id << f;
    }
    json plan = Plan(case_id);
    size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(SourceDir() + "/samples/" + case_id)) {
      files += e.path().filename() != "case.json";
    }
    EXPECT_EQ(plan["documents"].size(), files) << case_id;
    EXPECT_TRUE(plan["failures"].empty()) << case_id;
  }
  int cases = 0;
  for (const auto& e : std::filesystem::directory_iterator(SourceDir() + "/samples")) {
    cases += e.is_directory();
  }
  EXPECT_NE(result_->err.find(std::to_string(cases) + " case(s)"), std::string::npos)
      << result_->err;
}

TEST_F(DraftSamples, LogLinesCarryNoReportText) {
  for (const auto& [case_id, c] : Cases().items()) {
    for (const auto& s : c["statements"]) {
      std::string text = s["text"];
      EXPECT_EQ(result_->err.find(text.substr(0, 40)), std::string::npos) << text;
    }
  }
}

TEST_F(DraftSamples, ChildDetailsComeFromCaseJsonOrTheForms) {
  for (const auto& [case_id, c] : Cases().items()) {
    json plan = Plan(case_id);
    EXPECT_EQ(plan["child"]["name"], c["child_name"]) << case_id;
    EXPECT_EQ(plan["child"]["date_of_birth"], c["date_of_birth"]) << case_id;
    if (c["preferred_name"].is_string()) {
      EXPECT_EQ(plan["child"]["preferred_name"], c["preferred_name"]) << case_id;
    }
  }
}

// The planted sentences land in their sections (and areas where the plan groups by area).
TEST_F(DraftSamples, PlantedSentencesLandInTheirSections) {
  int total = 0, right = 0;
  std::string misses;
  for (const auto& [case_id, c] : Cases().items()) {
    json plan = Plan(case_id);
    for (const auto& e : c["statements"]) {
      ++total;
      const json* s = FindStatement(plan, e["text"]);
      std::string want = e["section"].get<std::string>() + "/" + e["area"].get<std::string>();
      if (s == nullptr) {
        misses += "\n  not found: " + e["text"].get<std::string>();
        continue;
      }
      std::string sec = e["section"];
      bool area_matters = sec == "B" || sec == "E" || sec == "F";
      bool ok = (*s)["section"] == sec && (!area_matters || (*s)["area"] == e["area"]);
      right += ok;
      if (!ok) {
        misses += "\n  " + (*s)["section"].get<std::string>() + "/" +
                  (*s)["area"].get<std::string>() + " (want " + want +
                  "): " + e["text"].get<std::string>();
      }
    }
  }
  double share = static_cast<double>(right) / total;
  std::printf("planted sentences in the right section: %d of %d (%.0f%%)%s\n", right, total,
              100 * share, misses.c_str());
  EXPECT_GE(share, 0.85) << misses;
}

TEST_F(DraftSamples, PlantedProblemsRaiseTheirFlags) {
  int total = 0, found = 0;
  std::string misses;
  for (const auto& [case_id, c] : Cases().items()) {
    json plan = Plan(case_id);
    for (const auto& e : c["flags"]) {
      ++total;
      std::string text = e.value("text_contains", "");
      if (CountFlags(plan, e["id"], text) > 0) {
        ++found;
      } else {
        misses += "\n  " + case_id + ": " + e["id"].get<std::string>() + ": " + text;
      }
    }
  }
  std::printf("planted problems flagged: %d of %d%s\n", found, total, misses.c_str());
  EXPECT_GE(static_cast<double>(found) / total, 0.85) << misses;
}

TEST_F(DraftSamples, ContextNamesAndGuidanceRaiseNothing) {
  for (const auto& [case_id, c] : Cases().items()) {
    json plan = Plan(case_id);
    for (const auto& e : c["no_flags"]) {
      std::string text = e.value("text_contains", "");
      EXPECT_EQ(CountFlags(plan, e["id"], text), 0)
          << case_id << ": " << e["id"] << " must not fire" << (text.empty() ? "" : " on ") << text;
    }
  }
}

TEST_F(DraftSamples, CopiedSentenceIsFoundAcrossCasesAndNamesTheOtherCase) {
  json plan = Plan("amelia-hartley");
  bool found = false;
  for (const auto& f : plan["flags"]) {
    if (f["rule"] != "copy-paste") continue;
    std::string m = f["message"];
    if (m.find("jayden-pryce") != std::string::npos) found = true;
    // The other case is named, never quoted.
    EXPECT_EQ(m.find("visual timetable"), std::string::npos) << m;
  }
  EXPECT_TRUE(found);
}

TEST_F(DraftSamples, DraftDocxHasEverySectionCitationsAndNoPlacement) {
  for (const auto& [case_id, c] : Cases().items()) {
    auto parts = ReadZipEntries(ReadFileOrDie(out_ + "/" + case_id + "/draft-plan.docx"));
    ASSERT_TRUE(parts.count("word/document.xml")) << case_id;
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(parts["word/document.xml"].c_str()));
    std::string text;
    for (const auto& t : doc.select_nodes("//w:t"))
      text += std::string(t.node().text().get()) + " ";
    for (Section s : AllSections()) {
      if (s == Section::kNotPlan) continue;
      EXPECT_NE(text.find(std::string(Label(s))), std::string::npos) << case_id << Label(s);
    }
    EXPECT_TRUE(std::regex_search(text, std::regex(R"(\[D\d+ p\.\d+\])"))) << case_id;
    EXPECT_NE(text.find("does not name a school"), std::string::npos) << case_id;
    // Section I names no school: the named placement in Toby's advice stays out of the draft.
    if (case_id == "tobias-wren") {
      size_t i = text.find(std::string(Label(Section::kI)));
      size_t j = text.find(std::string(Label(Section::kJ)));
      ASSERT_LT(i, j);
      EXPECT_EQ(text.substr(i, j - i).find("Fernbrook"), std::string::npos);
    }
    EXPECT_TRUE(parts.count("word/comments.xml")) << case_id << ": flags as Word comments";
  }
}

TEST_F(DraftSamples, ReviewWorkbookRowsMatchThePlan) {
  json plan = Plan("jayden-pryce");
  auto parts = ReadZipEntries(ReadFileOrDie(out_ + "/jayden-pryce/review.xlsx"));
  pugi::xml_document sst, sheet;
  ASSERT_TRUE(sst.load_string(parts["xl/sharedStrings.xml"].c_str()));
  ASSERT_TRUE(sheet.load_string(parts["xl/worksheets/sheet1.xml"].c_str()));
  std::vector<std::string> strings;
  for (const auto& si : sst.select_nodes("//si")) {
    std::string s;
    for (const auto& t : si.node().select_nodes(".//t")) s += t.node().text().get();
    strings.push_back(s);
  }
  std::map<std::string, std::string> cells;
  for (const auto& c : sheet.select_nodes("//sheetData/row/c")) {
    pugi::xml_node n = c.node();
    std::string v = n.child("v").text().get();
    if (std::string(n.attribute("t").value()) == "s") v = strings.at(std::stoul(v));
    cells[n.attribute("r").value()] = v;
  }
  EXPECT_EQ(cells["A1"], "id");
  EXPECT_EQ(cells["B1"], "section");
  EXPECT_EQ(cells["D1"], "text");
  EXPECT_EQ(cells["J1"], "Decision");
  EXPECT_EQ(cells["L1"], "Move to section");
  const json& first = plan["statements"][0];
  EXPECT_EQ(cells["A2"], first["id"]);
  EXPECT_EQ(cells["B2"], first["section"]);
  EXPECT_EQ(cells["D2"], first["text"]);
  EXPECT_EQ(cells["E2"], first["source"]["file"]);
  EXPECT_NE(parts["xl/worksheets/sheet1.xml"].find("accept,edit,move,reject"), std::string::npos);
}

TEST_F(DraftSamples, ConflictsSheetShowsBothSources) {
  json plan = Plan("amelia-hartley");
  ASSERT_FALSE(plan["conflicts"].empty());
  bool therapy = false;
  for (const auto& c : plan["conflicts"]) {
    EXPECT_NE(c["a"]["document"], c["b"]["document"]);
    therapy |= c["topic"].get<std::string>().find("speech and language therapy") == 0;
  }
  EXPECT_TRUE(therapy);
}

TEST_F(DraftSamples, SameInputsGiveByteIdenticalOutputs) {
  TempDir again;
  auto r = RunEhcp("draft " + Quote(SourceDir() + "/samples") + " --out " +
                   Quote(again.path() + "/out") + " --corpus " +
                   Quote(again.path() + "/corpus.sqlite") + " --date 2026-11-22 --jobs 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [case_id, _] : Cases().items()) {
    for (const char* f : {"draft-plan.docx", "review.xlsx", "plan.json"}) {
      EXPECT_EQ(ReadFileOrDie(out_ + "/" + case_id + "/" + f),
                ReadFileOrDie(again.path() + "/out/" + case_id + "/" + f))
          << case_id << "/" << f << " differs between runs";
    }
  }
  // A second run over the same outputs skips the unchanged cases.
  auto resumed = RunEhcp("draft " + Quote(SourceDir() + "/samples") + " --out " +
                         Quote(again.path() + "/out") + " --corpus " +
                         Quote(again.path() + "/corpus.sqlite") + " --date 2026-11-22");
  EXPECT_EQ(resumed.exit_code, 0);
  EXPECT_NE(resumed.err.find("unchanged"), std::string::npos) << resumed.err;
}

TEST_F(DraftSamples, LibreOfficeConvertsTheDraftWithItsTextIntact) {
  if (RunShell("command -v soffice && command -v pdftotext").exit_code != 0) {
    GTEST_SKIP() << "LibreOffice or pdftotext not installed";
  }
  TempDir conv;
  std::string docx = out_ + "/tobias-wren/draft-plan.docx";
  auto r = RunShell("cd " + Quote(conv.path()) + " && HOME=" + Quote(conv.path()) +
                    " soffice --headless --convert-to pdf --outdir " + Quote(conv.path()) + " " +
                    Quote(docx));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto text = RunShell("pdftotext -layout " + Quote(conv.path() + "/draft-plan.pdf") + " -");
  ASSERT_EQ(text.exit_code, 0);
  std::string flat = std::regex_replace(text.out, std::regex(R"(\s+)"), " ");
  EXPECT_NE(flat.find("Education, Health and Care Plan"), std::string::npos);
  EXPECT_NE(flat.find("F. Special educational provision"), std::string::npos);
  EXPECT_NE(flat.find("K. Advice and information"), std::string::npos);
  EXPECT_NE(flat.find("Tobias James Wren"), std::string::npos);
  EXPECT_NE(flat.find("DRAFT"), std::string::npos);
}

// The caseworker's round trip: decisions typed into review.xlsx, the workbook re-saved by
// LibreOffice, and `ehcp apply` regenerating the draft.
TEST_F(DraftSamples, ReviewEditedAndResavedByLibreOfficeIsApplied) {
  if (RunShell("command -v soffice").exit_code != 0) GTEST_SKIP() << "LibreOffice not installed";
  TempDir work;
  std::string dir = work.path() + "/isla-fenwick";
  std::filesystem::copy(out_ + "/isla-fenwick", dir);
  json plan = json::parse(ReadFileOrDie(dir + "/plan.json"));
  // Choose three plan-content statements: reject one, edit one, move one.
  std::vector<const json*> picks;
  for (const auto& s : plan["statements"]) {
    if (s["section"] != "-" && picks.size() < 3) picks.push_back(&s);
  }
  ASSERT_EQ(picks.size(), 3u);
  const std::string rejected = (*picks[0])["id"], edited = (*picks[1])["id"],
                    moved = (*picks[2])["id"];
  const std::string rejected_text = (*picks[0])["text"];
  const std::string new_text = "Isla will have her radio aid checked by a trained adult daily.";
  const std::string target = (*picks[2])["section"] == "E" ? "F" : "E";
  // Edit the Statements sheet's XML: inline-string cells in the Decision (J), Edited text (K)
  // and Move to section (L) columns of the chosen rows.
  auto parts = ReadZipEntries(ReadFileOrDie(dir + "/review.xlsx"));
  std::string sheet = parts["xl/worksheets/sheet1.xml"];
  auto set_cell = [&](const std::string& id, const std::string& col, const std::string& value) {
    size_t row = 0;
    for (size_t i = 0; i < plan["statements"].size(); ++i) {
      if (plan["statements"][i]["id"] == id) row = i + 2;
    }
    std::string ref = col + std::to_string(row);
    std::string cell = "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    std::string row_open = "<row r=\"" + std::to_string(row) + "\"";
    size_t at = sheet.find(row_open);
    ASSERT_NE(at, std::string::npos) << ref;
    size_t end = sheet.find("</row>", at);
    sheet.insert(end, cell);
  };
  set_cell(rejected, "J", "reject");
  set_cell(edited, "J", "edit");
  set_cell(edited, "K", new_text);
  set_cell(moved, "J", "move");
  set_cell(moved, "L", target);
  // Repack with the edited sheet using the zip tool, then let LibreOffice re-save it.
  std::string unpacked = work.path() + "/x";
  ASSERT_EQ(RunShell("mkdir -p " + Quote(unpacked) + " && cd " + Quote(unpacked) + " && unzip -q " +
                     Quote(dir + "/review.xlsx"))
                .exit_code,
            0);
  testing::WriteFileOrDie(unpacked + "/xl/worksheets/sheet1.xml", sheet);
  ASSERT_EQ(RunShell("cd " + Quote(unpacked) + " && zip -q -r ../edited.xlsx .").exit_code, 0);
  std::string resaved = work.path() + "/resaved";
  auto lo = RunShell("HOME=" + Quote(work.path()) +
                     " soffice --headless --convert-to xlsx:\"Calc MS Excel 2007 XML\" --outdir " +
                     Quote(resaved) + " " + Quote(work.path() + "/edited.xlsx"));
  ASSERT_EQ(lo.exit_code, 0) << lo.err;
  auto r = RunEhcp("apply " + Quote(dir) + " --review " + Quote(resaved + "/edited.xlsx"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 edited, 1 moved, 1 rejected"), std::string::npos) << r.err;
  json after = json::parse(ReadFileOrDie(dir + "/plan.json"));
  for (const auto& s : after["statements"]) {
    if (s["id"] == rejected) {
      EXPECT_EQ(s["decision"], "reject");
    }
    if (s["id"] == edited) {
      EXPECT_EQ(s["text"], new_text);
      EXPECT_EQ(s["source"]["document"], (*picks[1])["source"]["document"]);
    }
    if (s["id"] == moved) {
      EXPECT_EQ(s["section"], target);
    }
  }
  auto docx = ReadZipEntries(ReadFileOrDie(dir + "/draft-plan.docx"));
  std::string body = docx["word/document.xml"];
  EXPECT_NE(body.find("radio aid checked by a trained adult daily"), std::string::npos);
  EXPECT_EQ(body.find(rejected_text.substr(0, 30)), std::string::npos)
      << "a rejected statement leaves the draft";
}

TEST_F(DraftSamples, ForeignWorkbookChangesNothing) {
  TempDir work;
  std::string dir = work.path() + "/amelia";
  std::filesystem::copy(out_ + "/amelia-hartley", dir);
  std::string before = ReadFileOrDie(dir + "/plan.json");
  // A DOCX is a zip but not a workbook.
  auto r = RunEhcp("apply " + Quote(dir) + " --review " + Quote(dir + "/draft-plan.docx"));
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("not an ehcp review workbook"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFileOrDie(dir + "/plan.json"), before);
}

}  // namespace
}  // namespace ehcp
