#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>

#include "output/writer.h"
#include "tests/output/plan_fixture.h"
#include "tests/output/zip_reader.h"

namespace ehcp {
namespace {

std::map<std::string, std::string> DocxParts(const Plan& plan) {
  StringSink sink;
  Status s = WriteDraftDocx(plan, sink);
  EXPECT_TRUE(s.ok()) << s.message();
  return testing::Unzip(sink.data());
}

// All w:t text of a part, paragraphs separated by newlines.
std::string PartText(const std::string& xml) {
  pugi::xml_document doc;
  // Keep whitespace-only runs: the space before a citation is one.
  EXPECT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata))
      << "part is not well-formed XML";
  std::string out;
  for (const auto& p : doc.select_nodes("//w:p")) {
    for (const auto& t : p.node().select_nodes(".//w:t")) out += t.node().text().get();
    out += '\n';
  }
  return out;
}

TEST(DocxWriter, PackageHasEveryPartWellFormed) {
  StringSink sink;
  ASSERT_TRUE(WriteDraftDocx(testing::MakeFixturePlan(), sink).ok());
  std::vector<std::string> names = testing::ZipNames(sink.data());
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.front(), "[Content_Types].xml");
  auto parts = testing::Unzip(sink.data());
  for (const char* name :
       {"_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
        "word/settings.xml", "word/comments.xml", "word/header1.xml", "word/footer1.xml",
        "docProps/core.xml", "docProps/app.xml"}) {
    ASSERT_TRUE(parts.count(name)) << name;
    pugi::xml_document doc;
    EXPECT_TRUE(doc.load_string(parts[name].c_str())) << name;
  }
  EXPECT_NE(parts["docProps/core.xml"].find("2025-03-14T00:00:00Z"), std::string::npos);
  for (const char* style : {"\"Title\"", "\"Heading1\"", "\"Heading2\"", "\"Normal\"",
                            "\"PlanTable\"", "\"Citation\""}) {
    EXPECT_NE(parts["word/styles.xml"].find(std::string("w:styleId=") + style), std::string::npos)
        << style;
  }
  EXPECT_NE(parts["word/header1.xml"].find("DRAFT"), std::string::npos);
  EXPECT_NE(parts["word/footer1.xml"].find(" PAGE "), std::string::npos);
}

TEST(DocxWriter, EverySectionHeadingInOrderAndEmptySectionsSaySo) {
  auto parts = DocxParts(testing::MakeFixturePlan());
  std::string text = PartText(parts["word/document.xml"]);
  size_t last = 0;
  for (Section s : AllSections()) {
    if (s == Section::kNotPlan) continue;
    size_t at = text.find(std::string(Label(s)) + "\n");
    ASSERT_NE(at, std::string::npos) << Label(s);
    EXPECT_GT(at, last) << Label(s) << " out of order";
    last = at;
  }
  // D is empty in the fixture: its heading is followed by "None identified."
  EXPECT_NE(text.find(std::string(Label(Section::kD)) + "\nNone identified.\n"), std::string::npos);
  EXPECT_NE(text.find(std::string(Label(Section::kJ)) + "\nNone identified.\n"), std::string::npos);
  EXPECT_NE(text.find("Education, Health and Care Plan\n"), std::string::npos);
  EXPECT_NE(text.find("Oliver James Pemberton (Ollie)"), std::string::npos);
  EXPECT_NE(text.find("2016-05-09"), std::string::npos);
}

TEST(DocxWriter, StatementsCarryCitationsAndAreGroupedByArea) {
  auto parts = DocxParts(testing::MakeFixturePlan());
  std::string text = PartText(parts["word/document.xml"]);
  EXPECT_NE(text.find(std::string(testing::kQuantifiedProvision) + " [D3 p.3]\n"),
            std::string::npos);
  EXPECT_NE(text.find(std::string(testing::kChildQuote) + " [D1 p.1]\n"), std::string::npos);
  // B holds one table per area: the communication heading, its need and provision, then the
  // SEMH heading, its need and (unlinked) provision; F points to the tables.
  size_t b = text.find(std::string(Label(Section::kB)) + "\n");
  size_t ci = text.find("Communication and interaction\n", b);
  size_t prov = text.find(testing::kQuantifiedProvision, b);
  size_t semh = text.find("Social, emotional and mental health\n", b);
  size_t vague = text.find(testing::kVagueProvision, b);
  size_t c = text.find(std::string(Label(Section::kC)) + "\n");
  EXPECT_LT(b, ci);
  EXPECT_LT(ci, prov);
  EXPECT_LT(prov, semh);
  EXPECT_LT(semh, vague);
  EXPECT_LT(vague, c);
  EXPECT_NE(parts["word/document.xml"].find("w:val=\"Citation\""), std::string::npos);
}

TEST(DocxWriter, PlacementAndNotPlanTextStayOut) {
  auto parts = DocxParts(testing::MakeFixturePlan());
  const std::string& xml = parts["word/document.xml"];
  EXPECT_EQ(xml.find("Brookfield"), std::string::npos);
  EXPECT_EQ(xml.find("prepared at the request"), std::string::npos);
  std::string text = PartText(xml);
  EXPECT_NE(text.find("does not name a school or type of school"), std::string::npos);
}

TEST(DocxWriter, SectionKListsEveryDocumentAndAdviceNotRead) {
  auto parts = DocxParts(testing::MakeFixturePlan());
  std::string text = PartText(parts["word/document.xml"]);
  size_t k = text.find(std::string(Label(Section::kK)) + "\n");
  ASSERT_NE(k, std::string::npos);
  for (const char* s :
       {"EP report.pdf", "Educational psychology advice", "Dr R Vance, Educational Psychologist",
        "2025-02-03", "SaLT advice scan.pdf", "Parent views.docx", "Advice not read",
        "OT report.pdf"}) {
    EXPECT_NE(text.find(s, k), std::string::npos) << s;
  }
}

TEST(DocxWriter, FlagsBecomeCommentsAroundTheFlaggedWords) {
  auto parts = DocxParts(testing::MakeFixturePlan());
  std::string comments = PartText(parts["word/comments.xml"]);
  EXPECT_NE(comments.find("Warning: Vague wording in provision (vague-wording, FL001)"),
            std::string::npos);
  EXPECT_NE(comments.find("Provision says 'regular access to'"), std::string::npos);
  EXPECT_NE(comments.find("Basis: SEND Code of Practice 9.69"), std::string::npos);
  // Case-wide and left-out-statement flags are still shown (anchored on the title).
  EXPECT_NE(comments.find("missing-advice"), std::string::npos);
  EXPECT_NE(comments.find("placement-in-draft"), std::string::npos);

  // The vague words sit alone in the comment range of the vague-wording comment.
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(parts["word/document.xml"].c_str()));
  pugi::xml_document cdoc;
  ASSERT_TRUE(cdoc.load_string(parts["word/comments.xml"].c_str()));
  std::string vague_id;
  for (const auto& c : cdoc.select_nodes("//w:comment")) {
    std::string all;
    for (const auto& t : c.node().select_nodes(".//w:t")) all += t.node().text().get();
    if (all.find("FL001") != std::string::npos) vague_id = c.node().attribute("w:id").value();
  }
  ASSERT_FALSE(vague_id.empty());
  std::string inside;
  bool open = false;
  pugi::xpath_node_set nodes =
      doc.select_nodes("//w:commentRangeStart | //w:commentRangeEnd | //w:t");
  nodes.sort();
  for (const auto& n : nodes) {
    pugi::xml_node node = n.node();
    std::string name = node.name();
    if (name != "w:t" && vague_id == node.attribute("w:id").value()) {
      open = name == "w:commentRangeStart";
    } else if (name == "w:t" && open) {
      inside += node.text().get();
    }
  }
  EXPECT_EQ(inside, testing::kVagueWords);
}

TEST(DocxWriter, SameBytesEveryTime) {
  Plan plan = testing::MakeFixturePlan();
  StringSink a, b;
  ASSERT_TRUE(WriteDraftDocx(plan, a).ok());
  ASSERT_TRUE(WriteDraftDocx(plan, b).ok());
  EXPECT_EQ(a.data(), b.data());
}

TEST(DocxWriter, ControlCharactersAndBadUtf8DoNotBreakTheXml) {
  Plan plan = testing::MakeFixturePlan();
  plan.statements[1].text = std::string("Bad \x01 byte \xff here <b>&");
  auto parts = DocxParts(plan);
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(parts["word/document.xml"].c_str()));
  EXPECT_NE(PartText(parts["word/document.xml"]).find("Bad  byte \xEF\xBF\xBD here <b>&"),
            std::string::npos);
}

}  // namespace
}  // namespace ehcp
