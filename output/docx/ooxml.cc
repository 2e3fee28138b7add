#include "output/docx/ooxml.h"

#include <sstream>

#include "output/draft/draft_layout.h"

namespace ehcp::docx {
namespace {

constexpr const char* kXmlHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Parts that hold no plan data are written as literal text: they are fixed.
constexpr const char* kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
    R"(<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>)"
    R"(<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>)"
    R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
    R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
    R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kDocumentRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)"
    R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
    R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)"
    R"(</Relationships>)";

// Element order inside w:style, w:pPr and w:rPr follows the WordprocessingML schema (Word
// refuses files that do not).
constexpr const char* kStyles =
    R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>)"
    R"(<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
    R"(<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>)"
    R"(<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>)"
    R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>)"
    R"(<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>)"
    R"(<w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>)"
    R"(<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr>)"
    R"(<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>)"
    R"(<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>)"
    R"(<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>)"
    R"(<w:rPr><w:b/><w:color w:val="2E74B5"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/>)"
    R"(<w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="6" w:color="A6A6A6"/></w:pBdr><w:ind w:left="170"/></w:pPr>)"
    R"(<w:rPr><w:i/><w:color w:val="404040"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>)"
    R"(<w:pPr><w:spacing w:before="20" w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>)"
    R"(<w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>)"
    R"(<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>)"
    R"(<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>)"
    R"(<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>)"
    R"(<w:style w:type="character" w:styleId="Citation"><w:name w:val="Citation"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/>)"
    R"(<w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>)"
    R"(<w:style w:type="table" w:styleId="PlanTable"><w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:qFormat/>)"
    R"(<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>)"
    R"(<w:bottom w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>)"
    R"(<w:insideH w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/></w:tblBorders>)"
    R"(<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"
    R"(</w:styles>)";

constexpr const char* kSettings =
    R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>)"
    R"(<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
    R"(</w:settings>)";

constexpr const char* kAppProps =
    R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
    R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
    R"(<Application>ehcp</Application><DocSecurity>0</DocSecurity></Properties>)";

}  // namespace

pugi::xml_node NewRoot(pugi::xml_document& doc, const char* name) {
  pugi::xml_node root = doc.append_child(name);
  root.append_attribute("xmlns:w") = kWordNs;
  return root;
}

std::string Serialize(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return kXmlHeader + out.str();
}

pugi::xml_node AddVal(pugi::xml_node parent, const char* name, std::string_view val) {
  pugi::xml_node n = parent.append_child(name);
  n.append_attribute("w:val") = std::string(val).c_str();
  return n;
}

pugi::xml_node AddParagraph(pugi::xml_node parent, std::string_view style) {
  pugi::xml_node p = parent.append_child("w:p");
  if (!style.empty()) AddVal(p.append_child("w:pPr"), "w:pStyle", style);
  return p;
}

pugi::xml_node AddRun(pugi::xml_node paragraph, std::string_view text, std::string_view style,
                      bool bold) {
  pugi::xml_node r = paragraph.append_child("w:r");
  if (!style.empty() || bold) {
    pugi::xml_node rpr = r.append_child("w:rPr");
    if (!style.empty()) AddVal(rpr, "w:rStyle", style);
    if (bold) rpr.append_child("w:b");
  }
  std::string safe = markup::XmlText(text);
  std::string chunk;
  auto flush = [&] {
    if (chunk.empty()) return;
    pugi::xml_node t = r.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text().set(chunk.c_str());
    chunk.clear();
  };
  for (char c : safe) {
    if (c == '\n' || c == '\t') {
      flush();
      r.append_child(c == '\n' ? "w:br" : "w:tab");
    } else if (c != '\r') {
      chunk += c;
    }
  }
  flush();
  return r;
}

void AddField(pugi::xml_node paragraph, const char* instr, std::string_view shown) {
  pugi::xml_node f = paragraph.append_child("w:fldSimple");
  f.append_attribute("w:instr") = instr;
  AddRun(f, shown);
}

std::string ContentTypesXml() { return std::string(kXmlHeader) + kContentTypes; }
std::string PackageRelsXml() { return std::string(kXmlHeader) + kPackageRels; }
std::string DocumentRelsXml() { return std::string(kXmlHeader) + kDocumentRels; }
std::string StylesXml() { return std::string(kXmlHeader) + kStyles; }
std::string SettingsXml() { return std::string(kXmlHeader) + kSettings; }
std::string AppPropsXml() { return std::string(kXmlHeader) + kAppProps; }

std::string HeaderXml(const Plan& plan) {
  pugi::xml_document doc;
  pugi::xml_node root = NewRoot(doc, "w:hdr");
  pugi::xml_node p = AddParagraph(root, "Header");
  pugi::xml_node draft = AddRun(p, "DRAFT", "", true);
  AddVal(draft.child("w:rPr"), "w:color", "C00000");
  AddRun(p, "  ·  " + std::string(draft::kTitle) + "  ·  " + draft::ChildDisplayName(plan.child));
  return Serialize(doc);
}

std::string FooterXml() {
  pugi::xml_document doc;
  pugi::xml_node root = NewRoot(doc, "w:ftr");
  pugi::xml_node p = AddParagraph(root, "Footer");
  AddRun(p, "Draft for the family's comments  ·  Page ");
  AddField(p, " PAGE ", "1");
  AddRun(p, " of ");
  AddField(p, " NUMPAGES ", "1");
  return Serialize(doc);
}

std::string CorePropsXml(const Plan& plan, const markup::FixedDate& date) {
  pugi::xml_document doc;
  pugi::xml_node root = doc.append_child("cp:coreProperties");
  root.append_attribute("xmlns:cp") =
      "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
  root.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  root.append_attribute("xmlns:dcterms") = "http://purl.org/dc/terms/";
  root.append_attribute("xmlns:dcmitype") = "http://purl.org/dc/dcmitype/";
  root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
  std::string title = "Draft EHC plan";
  if (!plan.case_id.empty()) title += ", case " + plan.case_id;
  root.append_child("dc:title").text().set(markup::XmlText(title).c_str());
  root.append_child("dc:creator").text().set("ehcp");
  root.append_child("cp:lastModifiedBy").text().set("ehcp");
  std::string when = markup::W3cDateTime(date);
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    pugi::xml_node n = root.append_child(name);
    n.append_attribute("xsi:type") = "dcterms:W3CDTF";
    n.text().set(when.c_str());
  }
  return Serialize(doc);
}

}  // namespace ehcp::docx
