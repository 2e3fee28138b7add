#include "extractors/docx/docx_extractor.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "tests/extractors/docx_fixture.h"

namespace ehcp {
namespace {

using testing::DocumentXml;
using testing::MakeDocx;
using testing::Para;
using testing::PartXml;

Document Extract(const std::map<std::string, std::string>& parts,
                 const ExtractOptions& options = {}) {
  StatusOr<Document> doc = DocxExtractor().Extract(MakeDocx(parts), "advice.docx", options);
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? std::move(doc).value() : Document{};
}

Document ExtractBody(const std::string& body) {
  return Extract({{"word/document.xml", DocumentXml(body)}});
}

// The blocks whose text contains `needle`.
std::vector<Block> Find(const Document& doc, const std::string& needle) {
  std::vector<Block> out;
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) out.push_back(b);
  }
  return out;
}

bool Contains(const Document& doc, const std::string& needle) {
  return doc.PlainText().find(needle) != std::string::npos;
}

const char* kStyles =
    "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"heading 2\"/>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"MyCustom\"><w:name w:val=\"Report Part\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>";

TEST(DocxExtractor, HeadingsFromStyleNamesIdsAndOutlineLevels) {
  Document doc = Extract({
      {"word/document.xml",
       DocumentXml(Para("Advice from the school", "Title") + Para("Background", "Heading1") +
                   Para("Communication", "berschrift2") + Para("Speech sounds", "MyCustom") +
                   Para("Sam enjoys drawing.") + Para("Unstyled heading id", "Heading4"))},
      {"word/styles.xml", PartXml("w:styles", kStyles)},
  });
  ASSERT_EQ(doc.blocks.size(), 6u);
  EXPECT_EQ(doc.info.format, FileFormat::kDocx);
  const std::vector<std::pair<std::string, int>> expected = {
      {"Advice from the school", 1}, {"Background", 1},          {"Communication", 2},
      {"Speech sounds", 3},          {"Sam enjoys drawing.", 0}, {"Unstyled heading id", 4}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(doc.blocks[i].text, expected[i].first);
    EXPECT_EQ(doc.blocks[i].heading_level, expected[i].second) << expected[i].first;
    EXPECT_EQ(doc.blocks[i].kind,
              expected[i].second > 0 ? BlockKind::kHeading : BlockKind::kParagraph);
  }
}

std::string ListPara(const std::string& text, int num_id, int ilvl) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
         std::to_string(num_id) + "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
    "<w:lvlText w:val=\"%2)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
    "<w:lvlText w:val=\"%1.%2.%3\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"2\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"4\"/></w:lvlOverride></w:num>";

TEST(DocxExtractor, ListNumbersAsWordShowsThem) {
  Document doc = Extract({
      {"word/document.xml",
       DocumentXml(ListPara("Follows two-step instructions", 1, 0) +
                   ListPara("with a visual prompt", 1, 1) + ListPara("in class", 1, 1) +
                   ListPara("at home", 1, 2) + ListPara("Names feelings", 1, 0) +
                   ListPara("using a feelings chart", 1, 1) + ListPara("Uses a timer", 2, 0) +
                   ListPara("Fourth item", 3, 0) + ListPara("Not numbered", 0, 0))},
      {"word/numbering.xml", PartXml("w:numbering", kNumbering)},
  });
  std::vector<std::string> labels;
  for (const Block& b : doc.blocks) labels.push_back(b.list_label);
  const std::vector<std::string> expected = {"1.", "a)",     "b)",  "1.b.i", "2.",
                                             "a)", "\u2022", "IV.", ""};
  EXPECT_EQ(labels, expected);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[0].text, "Follows two-step instructions");
  EXPECT_EQ(doc.blocks.back().kind, BlockKind::kParagraph);
}

TEST(DocxExtractor, TrackedChangesKeepInsertionsAndDropDeletions) {
  Document doc = ExtractBody(
      "<w:p><w:r><w:t xml:space=\"preserve\">Sam needs </w:t></w:r>"
      "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">daily </w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>weekly </w:delText></w:r></w:del>"
      "<w:r><w:t>practice.</w:t></w:r></w:p>"
      "<w:p><w:moveFrom w:id=\"3\"><w:r><w:t>Moved away text.</w:t></w:r></w:moveFrom></w:p>"
      "<w:p><w:moveTo w:id=\"4\"><w:r><w:t>Moved here text.</w:t></w:r></w:moveTo></w:p>");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "Sam needs daily practice.");
  EXPECT_FALSE(Contains(doc, "weekly"));
  EXPECT_FALSE(Contains(doc, "Moved away"));
  EXPECT_EQ(doc.blocks[1].text, "Moved here text.");
}

TEST(DocxExtractor, HeadersFootersAndCommentsAreLeftOut) {
  Document doc = Extract({
      {"word/document.xml",
       DocumentXml("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Body text.</w:t></w:r>"
                   "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                   "</w:p>")},
      {"word/header1.xml", PartXml("w:hdr", Para("STRICTLY CONFIDENTIAL header"))},
      {"word/footer1.xml", PartXml("w:ftr", Para("Footer of the council"))},
      {"word/comments.xml",
       PartXml("w:comments", "<w:comment w:id=\"0\">" + Para("Reviewer remark") + "</w:comment>")},
  });
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Body text.");
  EXPECT_FALSE(Contains(doc, "CONFIDENTIAL"));
  EXPECT_FALSE(Contains(doc, "Footer"));
  EXPECT_FALSE(Contains(doc, "Reviewer"));
}

std::string Cell(const std::string& text, const std::string& props = "") {
  return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + Para(text) +
         "</w:tc>";
}

TEST(DocxExtractor, TwoColumnFormTableLabelsRightCells) {
  Document doc = ExtractBody(
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      Cell("Communication and interaction") +
      Cell("Sam uses short phrases of two or three words.") +
      "</w:tr>"
      "<w:tr>" +
      Cell("Sensory and physical:") + Cell("Sam finds loud rooms hard.") +
      "</w:tr>"
      "</w:tbl>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  const Block& right = doc.blocks[1];
  EXPECT_EQ(right.kind, BlockKind::kTableCell);
  EXPECT_EQ(right.table, 0);
  EXPECT_EQ(right.row, 0);
  EXPECT_EQ(right.col, 1);
  EXPECT_EQ(right.label, "Communication and interaction");
  EXPECT_EQ(right.text, "Sam uses short phrases of two or three words.");
  EXPECT_EQ(doc.blocks[0].label, "");
  EXPECT_EQ(doc.blocks[3].row, 1);
  EXPECT_EQ(doc.blocks[3].label, "Sensory and physical");
}

TEST(DocxExtractor, TwoColumnTableHeaderRowIsNotALabel) {
  Document doc = ExtractBody("<w:tbl><w:tr>" + Cell("Area of need") + Cell("Details") +
                             "</w:tr>"
                             "<w:tr>" +
                             Cell("Cognition and learning") + Cell("Sam reads at an early level.") +
                             "</w:tr></w:tbl>");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[1].text, "Details");
  EXPECT_EQ(doc.blocks[1].label, "");
  EXPECT_EQ(doc.blocks[3].label, "Cognition and learning");
}

TEST(DocxExtractor, VerticallyMergedLabelAppliesToEveryRow) {
  Document doc =
      ExtractBody("<w:tbl><w:tr>" +
                  Cell("Social, emotional and mental health", "<w:vMerge w:val=\"restart\"/>") +
                  Cell("Sam worries about change.") + "</w:tr><w:tr>" + Cell("", "<w:vMerge/>") +
                  Cell("Sam has few friends.") + "</w:tr></w:tbl>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[2].text, "Sam has few friends.");
  EXPECT_EQ(doc.blocks[2].row, 1);
  EXPECT_EQ(doc.blocks[2].label, "Social, emotional and mental health");
}

TEST(DocxExtractor, MergedCellsAreNotDuplicated) {
  // Row 0: a cell spanning two grid columns, then one cell. Row 1: a vertical merge
  // continuing the first column, then two cells.
  Document doc = ExtractBody(
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" +
      Cell("Provision", "<w:vMerge w:val=\"restart\"/><w:gridSpan w:val=\"2\"/>") + Cell("Who") +
      Cell("How often") +
      "</w:tr>"
      "<w:tr>" +
      Cell("Provision", "<w:vMerge/><w:gridSpan w:val=\"2\"/>") + Cell("SaLT") + Cell("Weekly") +
      "</w:tr></w:tbl>");
  EXPECT_EQ(Find(doc, "Provision").size(), 1u);
  std::vector<Block> weekly = Find(doc, "Weekly");
  ASSERT_EQ(weekly.size(), 1u);
  EXPECT_EQ(weekly[0].row, 1);
  EXPECT_EQ(weekly[0].col, 3);
  EXPECT_EQ(Find(doc, "Who")[0].col, 2);
}

TEST(DocxExtractor, NestedTablesAreReadAfterTheirCell) {
  Document doc = ExtractBody("<w:tbl><w:tr><w:tc>" + Para("Outer cell") + "<w:tbl><w:tr>" +
                             Cell("Inner A") + Cell("Inner B") + Cell("Inner C") +
                             "</w:tr></w:tbl>"
                             "</w:tc>" +
                             Cell("Outer right") + "</w:tr></w:tbl>");
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  const std::vector<std::string> expected = {"Outer cell", "Outer right", "Inner A", "Inner B",
                                             "Inner C"};
  EXPECT_EQ(texts, expected);
  EXPECT_EQ(doc.blocks[0].table, 0);
  EXPECT_EQ(doc.blocks[2].table, 1);
  EXPECT_EQ(doc.blocks[4].col, 2);
}

TEST(DocxExtractor, ContentControlsAndHyperlinksAreRead) {
  Document doc = ExtractBody(
      "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr><w:sdtContent>" +
      Para("Sam Example (invented)") +
      "</w:sdtContent></w:sdt>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Plan due </w:t></w:r><w:sdt><w:sdtContent>"
      "<w:r><w:t>12 May</w:t></w:r></w:sdtContent></w:sdt></w:p>"
      "<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:hyperlink r:id=\"rId9\">"
      "<w:r><w:t>the local offer</w:t></w:r></w:hyperlink></w:p>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "Sam Example (invented)");
  EXPECT_EQ(doc.blocks[1].text, "Plan due 12 May");
  EXPECT_EQ(doc.blocks[2].text, "See the local offer");
}

TEST(DocxExtractor, TextBoxReadOnceFromChoiceNotFallback) {
  std::string box = "<w:txbxContent>" + Para("Key strength: kind to peers") + "</w:txbxContent>";
  Document doc = ExtractBody(
      "<w:p><w:r><w:t>Before the box.</w:t></w:r><w:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
      "<wps:wsp><wps:txbx>" +
      box +
      "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
      "</wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" +
      box +
      "</v:textbox></v:shape></w:pict>"
      "</mc:Fallback></mc:AlternateContent></w:r></w:p>" +
      Para("After the box."));
  std::vector<Block> found = Find(doc, "Key strength");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].origin, BlockOrigin::kTextBox);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "Before the box.");
  EXPECT_EQ(doc.blocks[1].text, "Key strength: kind to peers");
  EXPECT_EQ(doc.blocks[2].origin, BlockOrigin::kBody);
}

TEST(DocxExtractor, FootnotesAndEndnotesComeAfterTheBody) {
  Document doc = Extract({
      {"word/document.xml", DocumentXml("<w:p><w:r><w:t>Sam was assessed.</w:t></w:r><w:r><w:rPr>"
                                        "<w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                                        "<w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
                                        Para("Second paragraph."))},
      {"word/footnotes.xml",
       PartXml(
           "w:footnotes",
           "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r>"
           "<w:r><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote>"
           "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\">" +
               Para("CONT") +
               "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
               "<w:r><w:t xml:space=\"preserve\"> WISC-V, 2023.</w:t></w:r></w:p></w:footnote>")},
      {"word/endnotes.xml",
       PartXml("w:endnotes", "<w:endnote w:id=\"1\">" + Para("Endnote text.") + "</w:endnote>")},
  });
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].text, "Sam was assessed.");
  EXPECT_EQ(doc.blocks[1].origin, BlockOrigin::kBody);
  EXPECT_EQ(doc.blocks[2].origin, BlockOrigin::kFootnote);
  EXPECT_NE(doc.blocks[2].text.find("WISC-V, 2023."), std::string::npos);
  EXPECT_EQ(doc.blocks[3].origin, BlockOrigin::kEndnote);
  EXPECT_FALSE(Contains(doc, "SEPARATOR"));
  EXPECT_FALSE(Contains(doc, "CONT"));
}

TEST(DocxExtractor, FieldCodesSymbolsAndHiddenTextDropped) {
  Document doc = ExtractBody(
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"d MMMM yyyy\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3 March 2024</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:p><w:fldSimple w:instr=\" AUTHOR \"><w:r><w:t>Dr Ada Example</w:t></w:r></w:fldSimple>"
      "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden words</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Name:</w:t><w:tab/><w:t>Sam</w:t></w:r></w:p>");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "3 March 2024");
  EXPECT_EQ(doc.blocks[1].text, "Dr Ada Example");
  EXPECT_EQ(doc.blocks[2].text, "Name:\tSam");
  EXPECT_FALSE(Contains(doc, "DATE"));
  EXPECT_FALSE(Contains(doc, "hidden"));
}

TEST(DocxExtractor, LineBreaksJoinProseButSplitListsOfLines) {
  Document doc = ExtractBody(
      "<w:p><w:r><w:t>Sam finds it hard to settle at the start of the day and</w:t><w:br/>"
      "<w:t>needs a calm space before lessons begin in the morning.</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>Name: Sam Example</w:t><w:br/><w:t>School: Oak Primary</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>- visual timetable</w:t><w:br/><w:t>- now and next board used at every "
      "transition between activities in class</w:t></w:r></w:p>");
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(doc.blocks[0].text,
            "Sam finds it hard to settle at the start of the day and needs a calm space before "
            "lessons begin in the morning.");
  EXPECT_EQ(doc.blocks[1].text, "Name: Sam Example");
  EXPECT_EQ(doc.blocks[2].text, "School: Oak Primary");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[3].list_label, "\u2022");
  EXPECT_EQ(doc.blocks[3].text, "visual timetable");
}

TEST(DocxExtractor, PageNumbersFollowPageBreaks) {
  Document doc = ExtractBody(
      Para("Page one text.") +
      "<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:lastRenderedPageBreak/>"
      "<w:t>Page two text.</w:t></w:r></w:p>" +
      "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page three text.</w:t></w:r></w:p>" +
      "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Page four text.</w:t></w:r></w:p>" +
      "<w:p><w:pPr><w:sectPr><w:type w:val=\"nextPage\"/></w:sectPr></w:pPr>"
      "<w:r><w:t>End of section.</w:t></w:r></w:p>" +
      Para("Page five text."));
  ASSERT_EQ(doc.blocks.size(), 6u);
  const std::vector<int> pages = {1, 2, 3, 4, 4, 5};
  for (size_t i = 0; i < pages.size(); ++i) {
    EXPECT_EQ(doc.blocks[i].prov.page, pages[i]) << doc.blocks[i].text;
  }
  EXPECT_EQ(doc.info.pages, 5);
}

TEST(DocxExtractor, CorePropertiesGiveTitleAndAuthor) {
  Document doc = Extract({
      {"word/document.xml", DocumentXml(Para("Text."))},
      {"docProps/core.xml",
       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
       "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
       "<dc:title>Educational Psychology Advice</dc:title><dc:creator>Dr Ada Example</dc:creator>"
       "</cp:coreProperties>"},
  });
  EXPECT_EQ(doc.info.title, "Educational Psychology Advice");
  EXPECT_EQ(doc.info.author, "Dr Ada Example");
}

TEST(DocxExtractor, MissingDocumentPartIsCorrupt) {
  StatusOr<Document> doc = DocxExtractor().Extract(
      testing::MakeZip({{"word/styles.xml", PartXml("w:styles", "")}}), "advice.docx", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(doc.status().message().find("'advice.docx'"), std::string::npos);
  EXPECT_NE(doc.status().message().find("word/document.xml"), std::string::npos);
}

TEST(DocxExtractor, NotAZipIsCorrupt) {
  StatusOr<Document> doc = DocxExtractor().Extract("plain words", "advice.docx", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(doc.status().message().find("'advice.docx'"), std::string::npos);
}

TEST(DocxExtractor, EntityDeclarationsAreRefused) {
  std::string xml =
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY lol \"lol\">]>" + DocumentXml(Para("&lol;"));
  StatusOr<Document> doc =
      DocxExtractor().Extract(MakeDocx({{"word/document.xml", xml}}), "advice.docx", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(doc.status().message().find("declares entities, which are not allowed"),
            std::string::npos);
  EXPECT_NE(doc.status().message().find("'advice.docx'"), std::string::npos);
}

TEST(DocxExtractor, ZipBombIsRefused) {
  ExtractOptions options;
  options.max_zip_total_bytes = 1 << 20;
  std::string zeros(5u << 20, '\0');
  StatusOr<Document> doc = DocxExtractor().Extract(
      MakeDocx({{"word/document.xml", DocumentXml(Para("Text."))}, {"word/media/big.bin", zeros}}),
      "advice.docx", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(doc.status().message().find("'advice.docx'"), std::string::npos);
}

TEST(DocxExtractor, PartOverTheXmlLimitIsRefused) {
  ExtractOptions options;
  options.max_xml_bytes = 1000;
  std::string body;
  for (int i = 0; i < 50; ++i) body += Para("Sam practises turn taking every day.");
  StatusOr<Document> doc = DocxExtractor().Extract(
      MakeDocx({{"word/document.xml", DocumentXml(body)}}), "advice.docx", options);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kLimitExceeded);
}

TEST(DocxExtractor, DamagedStylesAreADiagnosticNotAFailure) {
  Document doc = Extract({{"word/document.xml", DocumentXml(Para("Still read."))},
                          {"word/styles.xml", "<w:styles><unclosed>"}});
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Still read.");
  ASSERT_EQ(doc.info.diagnostics.size(), 1u);
  EXPECT_NE(doc.info.diagnostics[0].message.find("word/styles.xml"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
