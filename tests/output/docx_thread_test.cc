// Sections B, E and F in the Word draft: one Need | Outcome | Provision table per area of need,
// each need beside the outcomes and provision the golden thread links to it.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdio>
#include <cstdlib>
#include <pugixml.hpp>
#include <regex>
#include <string>
#include <vector>

#include "output/draft/draft_layout.h"
#include "output/writer.h"
#include "pipeline/base/fs.h"
#include "tests/output/zip_reader.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

// Invented child and professionals.
constexpr const char* kNeedListen =
    "Sam finds it hard to understand spoken instructions with several steps.";
constexpr const char* kNeedWords = "Sam's expressive vocabulary is limited for his age.";
constexpr const char* kOutcomeFollow =
    "By July 2026 Sam will follow spoken instructions with three steps in class.";
constexpr const char* kProvisionTopic =
    "Sam will be taught new topic vocabulary for 15 minutes before each new topic, twice weekly.";
constexpr const char* kProvisionVisual =
    "Sam will have an individual visual timetable checked each morning.";
constexpr const char* kNeedAnxious = "Sam becomes anxious at lunchtime and in the dinner hall.";
constexpr const char* kOutcomeCalm =
    "By July 2026 Sam will use his calm card to ask for a break when he feels anxious.";
constexpr const char* kProvisionQuiet =
    "Sam will have a quiet room and a trusted adult at lunchtime, every day.";
constexpr const char* kTrustedAdult = "a trusted adult";
constexpr const char* kProvisionOther = "Sam's transport arrangements will be reviewed annually.";

Statement Stmt(std::string id, int page, Section sec, Area area, std::string text) {
  Statement s;
  s.id = std::move(id);
  s.document = "D2";
  s.page = page;
  s.text = std::move(text);
  s.span = {0, 0, s.text.size()};
  s.section = sec;
  s.area = area;
  return s;
}

Plan ThreadPlan() {
  Plan plan;
  plan.case_id = "case-0107";
  plan.generated_on = "2025-06-02";
  plan.tool_version = "0.1.0";
  plan.child.name = "Samuel Carter";
  plan.child.preferred_name = "Sam";
  plan.child.date_of_birth = "2017-09-21";
  DocumentInfo d;
  d.id = "D2";
  d.file = "EP advice.pdf";
  d.kind = DocKind::kEducationalPsychology;
  d.pages = 8;
  plan.documents = {d};
  auto& st = plan.statements;
  st.push_back(Stmt("S0001", 2, Section::kB, Area::kCommunication, kNeedListen));
  st.push_back(Stmt("S0002", 2, Section::kB, Area::kCommunication, kNeedWords));
  st.push_back(Stmt("S0003", 3, Section::kB, Area::kSemh, kNeedAnxious));
  st.push_back(Stmt("S0004", 4, Section::kE, Area::kCommunication, kOutcomeFollow));
  st.push_back(Stmt("S0005", 4, Section::kE, Area::kSemh, kOutcomeCalm));
  st.push_back(Stmt("S0006", 5, Section::kF, Area::kCommunication, kProvisionTopic));
  st.push_back(Stmt("S0007", 5, Section::kF, Area::kCommunication, kProvisionVisual));
  st.push_back(Stmt("S0008", 6, Section::kF, Area::kSemh, kProvisionQuiet));
  st.push_back(Stmt("S0009", 7, Section::kF, Area::kNone, kProvisionOther));
  Flag vague;
  vague.id = "FL001";
  vague.rule = FlagId::kVagueWording;
  vague.severity = Severity::kWarn;
  vague.message = "Provision says 'a trusted adult' without who the adult is.";
  vague.basis = "SEND Code of Practice 9.69";
  size_t at = std::string(kProvisionQuiet).find(kTrustedAdult);
  vague.spans = {{"S0008", at, at + std::string(kTrustedAdult).size()}};
  st[7].flags = {"FL001"};
  plan.flags = {vague};
  return plan;
}

std::string Docx(const Plan& plan) {
  StringSink sink;
  Status s = WriteDraftDocx(plan, sink);
  EXPECT_TRUE(s.ok()) << s.message();
  return sink.data();
}

std::string Text(pugi::xml_node n) {
  std::string out;
  for (const auto& t : n.select_nodes(".//w:t")) out += t.node().text().get();
  return out;
}

struct Table {
  std::string heading;                         // the paragraph before the table
  std::vector<std::vector<std::string>> rows;  // cell texts; rows[0] is the header
};

// Every table of document.xml with the text of the paragraph just before it.
std::vector<Table> Tables(const pugi::xml_document& doc) {
  std::vector<Table> out;
  for (pugi::xml_node n : doc.child("w:document").child("w:body").children("w:tbl")) {
    Table t;
    for (pugi::xml_node p = n.previous_sibling(); p; p = p.previous_sibling()) {
      if (std::string(p.name()) == "w:p") {
        t.heading = Text(p);
        break;
      }
    }
    for (pugi::xml_node tr : n.children("w:tr")) {
      std::vector<std::string> cells;
      for (pugi::xml_node tc : tr.children("w:tc")) cells.push_back(Text(tc));
      t.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(t));
  }
  return out;
}

const Table* FindTable(const std::vector<Table>& tables, std::string_view heading) {
  for (const Table& t : tables) {
    if (t.heading == heading) return &t;
  }
  return nullptr;
}

bool Contains(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

class DocxThread : public ::testing::Test {
 protected:
  void SetUp() override {
    parts_ = testing::Unzip(Docx(ThreadPlan()));
    ASSERT_TRUE(doc_.load_string(parts_["word/document.xml"].c_str(),
                                 pugi::parse_default | pugi::parse_ws_pcdata));
    tables_ = Tables(doc_);
  }
  std::map<std::string, std::string> parts_;
  pugi::xml_document doc_;
  std::vector<Table> tables_;
};

TEST_F(DocxThread, EachNeedRowHoldsItsLinkedOutcomeAndProvision) {
  const Table* ci = FindTable(tables_, "Communication and interaction");
  ASSERT_NE(ci, nullptr);
  ASSERT_EQ(ci->rows.size(), 4u);  // header, two needs, one unlinked provision
  EXPECT_EQ(ci->rows[0], (std::vector<std::string>{"Need (B)", "Outcome (E)", "Provision (F)"}));
  // Need, its outcome, no provision of its own; every statement keeps its citation.
  EXPECT_EQ(ci->rows[1][0], std::string(kNeedListen) + " [D2 p.2]");
  EXPECT_EQ(ci->rows[1][1], std::string(kOutcomeFollow) + " [D2 p.4]");
  EXPECT_EQ(ci->rows[1][2], "");
  EXPECT_EQ(ci->rows[2][0], std::string(kNeedWords) + " [D2 p.2]");
  EXPECT_EQ(ci->rows[2][1], "");
  EXPECT_EQ(ci->rows[2][2], std::string(kProvisionTopic) + " [D2 p.5]");
  // Provision linked to no need: a row of its own.
  EXPECT_EQ(ci->rows[3],
            (std::vector<std::string>{"", "", std::string(kProvisionVisual) + " [D2 p.5]"}));

  const Table* semh = FindTable(tables_, "Social, emotional and mental health");
  ASSERT_NE(semh, nullptr);
  ASSERT_EQ(semh->rows.size(), 2u);
  EXPECT_EQ(semh->rows[1][0], std::string(kNeedAnxious) + " [D2 p.3]");
  EXPECT_EQ(semh->rows[1][1], std::string(kOutcomeCalm) + " [D2 p.4]");
  EXPECT_EQ(semh->rows[1][2], std::string(kProvisionQuiet) + " [D2 p.6]");

  // No area: the last area table, "Other / area not identified".
  const Table* other = FindTable(tables_, draft::kOtherArea);
  ASSERT_NE(other, nullptr);
  ASSERT_EQ(other->rows.size(), 2u);
  EXPECT_EQ(other->rows[1][2], std::string(kProvisionOther) + " [D2 p.7]");
  // Cover, the areas in catalogue order, then the sources table of section K.
  ASSERT_EQ(tables_.size(), 5u);
  EXPECT_EQ(&tables_[1], ci);
  EXPECT_EQ(&tables_[2], semh);
  EXPECT_EQ(&tables_[3], other);
  EXPECT_EQ(tables_[4].rows[0][0], "Ref");
}

TEST_F(DocxThread, TablesSitUnderSectionBAndEAndFSayWhere) {
  std::string text;
  for (pugi::xml_node p : doc_.child("w:document").child("w:body").children("w:p")) {
    text += Text(p) + "\n";
  }
  size_t b = text.find(std::string(Label(Section::kB)) + "\n");
  size_t c = text.find(std::string(Label(Section::kC)) + "\n");
  size_t ci = text.find("Communication and interaction\n");
  size_t e = text.find(std::string(Label(Section::kE)) + "\n");
  size_t f = text.find(std::string(Label(Section::kF)) + "\n");
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(e, std::string::npos);
  ASSERT_NE(f, std::string::npos);
  EXPECT_LT(b, ci);
  EXPECT_LT(ci, c);
  EXPECT_EQ(text.find(std::string(Label(Section::kE)) + "\n" +
                      std::string(draft::kOutcomesInTables) + "\n"),
            e);
  EXPECT_EQ(text.find(std::string(Label(Section::kF)) + "\n" +
                      std::string(draft::kProvisionInTables) + "\n"),
            f);
  // The statements are in the tables only, not repeated under E or F.
  EXPECT_EQ(text.find(kProvisionQuiet), std::string::npos);
  // Table style and header row that repeats on each page.
  EXPECT_NE(parts_["word/document.xml"].find("<w:tblStyle w:val=\"PlanTable\"/>"),
            std::string::npos);
  EXPECT_NE(parts_["word/document.xml"].find("<w:tblHeader/>"), std::string::npos);
}

TEST_F(DocxThread, FlagCommentStaysAnchoredOnItsWordsInsideTheCell) {
  pugi::xml_document comments;
  ASSERT_TRUE(comments.load_string(parts_["word/comments.xml"].c_str()));
  pugi::xml_node c = comments.child("w:comments").child("w:comment");
  ASSERT_TRUE(c);
  EXPECT_TRUE(Contains(Text(c), "Warning: Vague wording in provision (vague-wording, FL001)"));
  const std::string id = c.attribute("w:id").value();
  pugi::xml_node start =
      doc_.select_node(("//w:commentRangeStart[@w:id='" + id + "']").c_str()).node();
  pugi::xml_node end = doc_.select_node(("//w:commentRangeEnd[@w:id='" + id + "']").c_str()).node();
  pugi::xml_node ref =
      doc_.select_node(("//w:commentReference[@w:id='" + id + "']").c_str()).node();
  ASSERT_TRUE(start);
  ASSERT_TRUE(end);
  ASSERT_TRUE(ref);
  // Start and end in the same paragraph, in the provision cell of the SEMH need's row.
  ASSERT_EQ(start.parent(), end.parent());
  pugi::xml_node tc = start.parent().parent();
  ASSERT_STREQ(tc.name(), "w:tc");
  EXPECT_EQ(tc.previous_sibling("w:tc")
                .previous_sibling("w:tc")
                .select_node(".//w:t")
                .node()
                .text()
                .get(),
            std::string(kNeedAnxious));
  std::string inside;
  for (pugi::xml_node n = start.next_sibling(); n && n != end; n = n.next_sibling()) {
    inside += Text(n);
  }
  EXPECT_EQ(inside, kTrustedAdult);
}

TEST(DocxThreadBytes, SameBytesEveryTime) { EXPECT_EQ(Docx(ThreadPlan()), Docx(ThreadPlan())); }

TEST(DocxThreadHtml, HtmlShowsTheSameTables) {
  StringSink sink;
  ASSERT_TRUE(WriteDraftHtml(ThreadPlan(), sink).ok());
  const std::string& html = sink.data();
  size_t h3 = html.find("<h3>Communication and interaction</h3>\n<table class=\"thread\">");
  ASSERT_NE(h3, std::string::npos);
  EXPECT_NE(html.find("<tr><th>Need (B)</th><th>Outcome (E)</th><th>Provision (F)</th></tr>", h3),
            std::string::npos);
  // One row: need, its outcome, no provision.
  std::regex row("<tr><td><p class=\"st\" id=\"S0001\">" + std::string(kNeedListen) +
                 " <span class=\"cite\">\\[D2 p\\.2\\]</span></p>\n</td><td><p class=\"st\" "
                 "id=\"S0004\">[^<]*<span class=\"cite\">\\[D2 p\\.4\\]</span></p>\n</td>"
                 "<td></td></tr>");
  EXPECT_TRUE(std::regex_search(html, row));
  // The unlinked provision's row.
  EXPECT_NE(html.find("<tr><td></td><td></td><td><p class=\"st\" id=\"S0007\">"),
            std::string::npos);
  // The flagged words are still marked inside the SEMH provision cell.
  EXPECT_NE(html.find("id=\"S0008\">Sam will have a quiet room and <mark class=\"warn\""),
            std::string::npos);
  EXPECT_NE(html.find("<h3>" + std::string(draft::kOtherArea) + "</h3>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"note\">" + std::string(draft::kOutcomesInTables) + "</p>"),
            std::string::npos);
}

TEST(DocxThreadLibreOffice, TablesKeepTheirTextInThePdf) {
  if (std::system("command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1") !=
      0) {
    GTEST_SKIP() << "soffice or pdftotext missing";
  }
  char tmpl[] = "/tmp/ehcp-docx-thread-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  ASSERT_TRUE(RealFileSystem().WriteFileAtomic(dir + "/draft.docx", Docx(ThreadPlan())).ok());
  testing::RunShell("cd '" + dir + "' && HOME='" + dir + "' soffice -env:UserInstallation=file://" +
                    dir + "/profile --headless --convert-to pdf --outdir '" + dir +
                    "' draft.docx 2>&1");
  // -raw: text in the order it was drawn, which for a table is cell by cell.
  std::string text = testing::RunShell("pdftotext -raw '" + dir + "/draft.pdf' - 2>/dev/null").out;
  testing::RunShell("rm -rf '" + dir + "'");
  ASSERT_FALSE(text.empty()) << "LibreOffice did not produce a PDF";
  std::string flat = std::regex_replace(text, std::regex(R"(\s+)"), " ");
  for (const char* s : {kNeedListen, kNeedWords, kOutcomeFollow, kProvisionTopic, kProvisionVisual,
                        kNeedAnxious, kOutcomeCalm, kProvisionQuiet, kProvisionOther}) {
    EXPECT_TRUE(Contains(flat, s)) << s;
  }
  EXPECT_TRUE(Contains(flat, "Need (B) Outcome (E) Provision (F)"));
  EXPECT_TRUE(Contains(flat, draft::kOtherArea));
  EXPECT_TRUE(Contains(flat, "[D2 p.6]"));
  for (Section s : AllSections()) {
    if (s == Section::kNotPlan) continue;
    EXPECT_TRUE(Contains(flat, Label(s))) << Label(s);
  }
}

}  // namespace
}  // namespace ehcp
