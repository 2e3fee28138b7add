#include "extractors/docx/docx_extractor.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <vector>

#include "extractors/docx/docx_styles.h"
#include "extractors/text/list_marker.h"
#include "extractors/zip/xml_util.h"
#include "extractors/zip/zip_reader.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

using pugi::xml_node;
using xml::Attr;
using xml::Child;
using xml::Is;

constexpr std::string_view kDocumentPart = "word/document.xml";
constexpr size_t kShortLine = 50;  // a paragraph of br-separated lines this short is a list

// What to do with an element met inside a paragraph (outside runs).
enum class InlineAction { kSkip, kDescend, kRun, kAlternate, kNoteHolder };

struct InlineRule {
  std::string_view local;
  InlineAction action;
};

// Paragraph-level content: everything not listed (properties, bookmarks, comment ranges,
// proofing marks) is skipped; deletions and moved-away text are skipped on purpose.
constexpr InlineRule kInlineRules[] = {
    {"r", InlineAction::kRun},
    {"ins", InlineAction::kDescend},
    {"moveTo", InlineAction::kDescend},
    {"hyperlink", InlineAction::kDescend},
    {"smartTag", InlineAction::kDescend},
    {"customXml", InlineAction::kDescend},
    {"fldSimple", InlineAction::kDescend},
    {"sdt", InlineAction::kDescend},
    {"sdtContent", InlineAction::kDescend},
    {"dir", InlineAction::kDescend},
    {"bdo", InlineAction::kDescend},
    {"AlternateContent", InlineAction::kAlternate},
    {"del", InlineAction::kSkip},
    {"moveFrom", InlineAction::kSkip},
};

InlineAction InlineActionFor(const xml_node& n) {
  std::string_view local = xml::LocalName(n.name());
  for (const InlineRule& r : kInlineRules) {
    if (r.local == local) return r.action;
  }
  return InlineAction::kSkip;
}

// Creators that name a machine or template, not the author.
constexpr std::string_view kGenericCreators[] = {
    "user",   "windows user", "admin", "administrator", "microsoft office user",
    "author", "unknown",      "owner", "python-docx",   "apache poi"};

// Right-hand column headers that mark the first row of a two-column table as a header row.
constexpr std::string_view kHeaderWords[] = {"details",  "detail",      "description", "comments",
                                             "comment",  "information", "notes",       "response",
                                             "evidence", "provision",   "outcome",     "outcomes",
                                             "needs",    "answer",      "value"};

// The text of one paragraph as it is collected.
struct ParaText {
  std::string text;
  int page = 1;
  bool any_text = false;
  bool all_bold = true;
  std::vector<xml_node> text_boxes;  // w:txbxContent met in the paragraph, read after it
};

// A table cell being collected: its paragraphs' text, and what comes after it.
struct CellText {
  std::string text;
  int page = 0;
  bool all_bold = true;
  std::vector<xml_node> nested_tables;
  std::vector<xml_node> text_boxes;
};

struct Ctx {
  const docx::Styles* styles = nullptr;
  docx::Numbering* numbering = nullptr;
  const ExtractOptions* options = nullptr;
  std::vector<Block> blocks;
  BlockOrigin origin = BlockOrigin::kBody;
  int page = 1;
  bool explicit_break_pending = false;  // a page break not yet followed by text
  int next_table = 0;
  CellText* cell = nullptr;               // non-null while inside a table cell
  std::map<std::string, int> note_pages;  // "f3" / "e1" -> page of the reference
  bool past_max_pages = false;
};

void WalkBlocks(const xml_node& container, Ctx& ctx);
void WalkTable(const xml_node& tbl, Ctx& ctx);

void Emit(Ctx& ctx, Block b) {
  if (b.prov.page > ctx.options->max_pages) {
    ctx.past_max_pages = true;
    return;
  }
  b.origin = ctx.origin;
  ctx.blocks.push_back(std::move(b));
}

// A page break; `rendered` for w:lastRenderedPageBreak, which Word also writes right after an
// explicit break and must then not count twice.
void PageBreak(Ctx& ctx, ParaText& pt, bool rendered) {
  if (rendered && ctx.explicit_break_pending) {
    ctx.explicit_break_pending = false;
    return;
  }
  ++ctx.page;
  if (!rendered) ctx.explicit_break_pending = true;
  if (!pt.any_text) pt.page = ctx.page;
}

void AddText(Ctx& ctx, ParaText& pt, std::string_view text, bool bold) {
  if (text.empty()) return;
  pt.text += text;
  if (!Trim(text).empty()) {
    pt.any_text = true;
    ctx.explicit_break_pending = false;
    if (!bold) pt.all_bold = false;
  }
}

// Collects w:txbxContent under a drawing or VML picture (once, in document order).
void FindTextBoxes(const xml_node& n, ParaText& pt) {
  for (xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (Is(c, "txbxContent")) {
      pt.text_boxes.push_back(c);
    } else if (Is(c, "Fallback")) {
      continue;  // the VML copy of a shape already read from mc:Choice
    } else if (c.type() == pugi::node_element) {
      FindTextBoxes(c, pt);
    }
  }
}

void WalkRunChildren(const xml_node& run, bool bold, Ctx& ctx, ParaText& pt);

void WalkRunChild(const xml_node& c, bool bold, Ctx& ctx, ParaText& pt) {
  std::string_view local = xml::LocalName(c.name());
  if (local == "t") {
    AddText(ctx, pt, c.child_value(), bold);
  } else if (local == "tab" || local == "ptab") {
    pt.text += '\t';
  } else if (local == "br") {
    std::string_view type = Attr(c, "type");
    if (type == "page") {
      PageBreak(ctx, pt, false);
      pt.text += ' ';
    } else {
      pt.text += type == "column" ? ' ' : '\n';
    }
  } else if (local == "cr") {
    pt.text += '\n';
  } else if (local == "lastRenderedPageBreak") {
    PageBreak(ctx, pt, true);
  } else if (local == "noBreakHyphen") {
    AddText(ctx, pt, "-", bold);
  } else if (local == "drawing" || local == "pict") {
    FindTextBoxes(c, pt);
  } else if (local == "AlternateContent") {
    if (xml_node choice = Child(c, "Choice")) WalkRunChildren(choice, bold, ctx, pt);
  } else if (local == "footnoteReference" || local == "endnoteReference") {
    std::string key = (local == "footnoteReference" ? "f" : "e") + std::string(Attr(c, "id"));
    ctx.note_pages.emplace(key, ctx.page);
  }
  // Everything else (w:delText, w:instrText, w:sym, w:fldChar, comment references, w:rPr) is
  // not text of the document.
}

void WalkRunChildren(const xml_node& run, bool bold, Ctx& ctx, ParaText& pt) {
  for (xml_node c = run.first_child(); c; c = c.next_sibling()) WalkRunChild(c, bold, ctx, pt);
}

void WalkRun(const xml_node& r, Ctx& ctx, ParaText& pt) {
  xml_node rpr = Child(r, "rPr");
  if (xml::OnOff(Child(rpr, "vanish")) || xml::OnOff(Child(rpr, "webHidden"))) return;
  bool bold = xml::OnOff(Child(rpr, "b"));
  WalkRunChildren(r, bold, ctx, pt);
}

void WalkInline(const xml_node& parent, Ctx& ctx, ParaText& pt) {
  for (xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    switch (InlineActionFor(c)) {
      case InlineAction::kRun:
        WalkRun(c, ctx, pt);
        break;
      case InlineAction::kDescend:
        WalkInline(c, ctx, pt);
        break;
      case InlineAction::kAlternate:
        if (xml_node choice = Child(c, "Choice")) WalkInline(choice, ctx, pt);
        break;
      case InlineAction::kSkip:
      case InlineAction::kNoteHolder:
        break;
    }
  }
}

std::string Flatten(std::string_view text) {
  std::string out(text);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// A paragraph whose manual line breaks separate short lines or list markers is a list of
// lines (an address, "Name: …" lines, a typed bullet list) and becomes one block per line.
bool IsListOfLines(const std::vector<std::string>& lines) {
  if (lines.size() < 2) return false;
  bool all_marked = true, all_short = true;
  for (const std::string& line : lines) {
    if (!ParseListMarker(line)) all_marked = false;
    if (Utf8Length(line) > kShortLine) all_short = false;
  }
  return all_marked || all_short;
}

std::vector<std::string> NonEmptyLines(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& line : Split(text, '\n')) {
    if (!Trim(line).empty()) out.emplace_back(Trim(line));
  }
  return out;
}

void EmitParagraph(Ctx& ctx, const ParaText& pt, int heading, const std::string& list_label) {
  Block b;
  b.prov.page = pt.page;
  if (heading > 0) {
    b.kind = BlockKind::kHeading;
    b.heading_level = heading;
    b.list_label = list_label;
    b.text = Flatten(pt.text);
    Emit(ctx, std::move(b));
    return;
  }
  if (!list_label.empty()) {
    b.kind = BlockKind::kListItem;
    b.list_label = list_label;
    b.text = Flatten(pt.text);
    Emit(ctx, std::move(b));
    return;
  }
  std::vector<std::string> lines = NonEmptyLines(pt.text);
  if (!IsListOfLines(lines)) {
    b.text = Flatten(pt.text);
    Emit(ctx, std::move(b));
    return;
  }
  for (const std::string& line : lines) {
    Block item = b;
    if (auto marker = ParseListMarker(line)) {
      item.kind = BlockKind::kListItem;
      item.list_label = marker->label;
      item.text = std::string(marker->rest);
    } else {
      item.text = line;
    }
    Emit(ctx, std::move(item));
  }
}

void WalkTextBoxes(const std::vector<xml_node>& boxes, Ctx& ctx) {
  BlockOrigin saved = ctx.origin;
  ctx.origin = BlockOrigin::kTextBox;
  for (const xml_node& box : boxes) WalkBlocks(box, ctx);
  ctx.origin = saved;
}

void WalkParagraph(const xml_node& p, Ctx& ctx) {
  xml_node ppr = Child(p, "pPr");
  ParaText pt;
  if (xml::OnOff(Child(ppr, "pageBreakBefore"))) PageBreak(ctx, pt, false);
  pt.page = ctx.page;
  WalkInline(p, ctx, pt);

  std::string_view style = Attr(Child(ppr, "pStyle"), "val");
  int heading = ctx.styles->HeadingLevel(style, xml::IntAttr(Child(ppr, "outlineLvl"), "val", -1));
  docx::NumRef num;
  if (xml_node numpr = Child(ppr, "numPr")) {
    num.num_id = std::string(Attr(Child(numpr, "numId"), "val"));
    num.ilvl = xml::IntAttr(Child(numpr, "ilvl"), "val", 0);
    if (num.num_id.empty()) num = ctx.styles->StyleNumbering(style);
  } else {
    num = ctx.styles->StyleNumbering(style);
  }
  std::string label = pt.any_text ? ctx.numbering->Next(num) : "";

  if (ctx.cell != nullptr) {
    if (pt.any_text) {
      if (!ctx.cell->text.empty()) ctx.cell->text += '\n';
      if (!label.empty()) ctx.cell->text += label + ' ';
      ctx.cell->text += pt.text;
      if (ctx.cell->page == 0) ctx.cell->page = pt.page;
      if (!pt.all_bold) ctx.cell->all_bold = false;
    }
    for (const xml_node& box : pt.text_boxes) ctx.cell->text_boxes.push_back(box);
  } else {
    if (pt.any_text) EmitParagraph(ctx, pt, heading, label);
    WalkTextBoxes(pt.text_boxes, ctx);
  }
  // A section break in the paragraph's properties starts a new page unless continuous.
  if (xml_node sect = Child(ppr, "sectPr")) {
    std::string_view type = Attr(Child(sect, "type"), "val");
    if (type != "continuous" && type != "nextColumn") {
      ParaText after;
      after.any_text = true;
      PageBreak(ctx, after, false);
    }
  }
}

void WalkBlocks(const xml_node& container, Ctx& ctx) {
  for (xml_node c = container.first_child(); c; c = c.next_sibling()) {
    if (Is(c, "p")) {
      WalkParagraph(c, ctx);
    } else if (Is(c, "tbl")) {
      if (ctx.cell != nullptr) {
        ctx.cell->nested_tables.push_back(c);
      } else {
        WalkTable(c, ctx);
      }
    } else if (Is(c, "sdt") || Is(c, "sdtContent") || Is(c, "customXml") || Is(c, "ins") ||
               Is(c, "moveTo")) {
      WalkBlocks(c, ctx);
    } else if (Is(c, "AlternateContent")) {
      if (xml_node choice = Child(c, "Choice")) WalkBlocks(choice, ctx);
    }
  }
}

// Rows or cells of a table, looking through content controls and custom XML wrappers.
void CollectChildren(const xml_node& n, std::string_view local, std::vector<xml_node>& out) {
  for (xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) {
      out.push_back(c);
    } else if (Is(c, "sdt") || Is(c, "sdtContent") || Is(c, "customXml")) {
      CollectChildren(c, local, out);
    }
  }
}

struct Cell {
  int col = 0;
  bool merged_continue = false;  // a vMerge continuation: the cell above holds the text
  CellText content;
};

std::string LabelText(std::string_view text) {
  std::string label = CollapseSpaces(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

bool IsHeaderWord(std::string_view text) {
  std::string lower = ToLowerAscii(LabelText(text));
  for (std::string_view w : kHeaderWords) {
    if (lower == w) return true;
  }
  return false;
}

std::vector<Cell> ReadRow(const xml_node& tr, Ctx& ctx) {
  std::vector<xml_node> tcs;
  CollectChildren(tr, "tc", tcs);
  std::vector<Cell> cells;
  int col = xml::IntAttr(Child(Child(tr, "trPr"), "gridBefore"), "val", 0);
  for (const xml_node& tc : tcs) {
    xml_node tcpr = Child(tc, "tcPr");
    int span = std::max(1, xml::IntAttr(Child(tcpr, "gridSpan"), "val", 1));
    xml_node vmerge = Child(tcpr, "vMerge");
    Cell cell;
    cell.col = col;
    cell.merged_continue = vmerge && Attr(vmerge, "val") != "restart";
    if (!cell.merged_continue) {
      CellText* saved = ctx.cell;
      ctx.cell = &cell.content;
      WalkBlocks(tc, ctx);
      ctx.cell = saved;
    }
    cells.push_back(std::move(cell));
    col += span;
  }
  return cells;
}

bool IsTwoColumn(const std::vector<std::vector<Cell>>& rows) {
  bool any_pair = false;
  for (const auto& row : rows) {
    if (row.size() > 2) return false;
    if (row.size() == 2) any_pair = true;
  }
  return any_pair;
}

// The first row of a two-column table is a header when Word marks it as one, when its right
// cell is bold unlike the next row's, or when the right cell is a generic column name.
bool HasHeaderRow(const xml_node& first_tr, const std::vector<std::vector<Cell>>& rows) {
  if (rows.empty() || rows[0].size() != 2) return false;
  if (xml::OnOff(Child(Child(first_tr, "trPr"), "tblHeader"))) return true;
  const CellText& right = rows[0][1].content;
  if (IsHeaderWord(right.text)) return true;
  if (right.text.empty() || !right.all_bold || rows.size() < 2 || rows[1].size() != 2) {
    return false;
  }
  return !rows[1][1].content.all_bold;
}

void WalkTable(const xml_node& tbl, Ctx& ctx) {
  const int table = ctx.next_table++;
  std::vector<xml_node> trs;
  CollectChildren(tbl, "tr", trs);
  std::vector<std::vector<Cell>> rows;
  for (const xml_node& tr : trs) rows.push_back(ReadRow(tr, ctx));

  const bool two_col = IsTwoColumn(rows);
  const bool header = two_col && !trs.empty() && HasHeaderRow(trs[0], rows);
  std::map<int, std::string> merged_text;  // column -> text of the vMerge cell above
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<Cell>& row = rows[r];
    for (size_t i = 0; i < row.size(); ++i) {
      Cell& cell = row[i];
      if (cell.merged_continue) continue;
      merged_text[cell.col] = cell.content.text;
      if (Trim(cell.content.text).empty()) continue;
      Block b;
      b.kind = BlockKind::kTableCell;
      b.table = table;
      b.row = static_cast<int>(r);
      b.col = cell.col;
      b.text = cell.content.text;
      b.prov.page = cell.content.page > 0 ? cell.content.page : ctx.page;
      if (two_col && row.size() == 2 && i == 1 && !(header && r == 0)) {
        const Cell& left = row[0];
        b.label = LabelText(left.merged_continue ? merged_text[left.col] : left.content.text);
      }
      Emit(ctx, std::move(b));
    }
    for (Cell& cell : row) {
      WalkTextBoxes(cell.content.text_boxes, ctx);
      for (const xml_node& nested : cell.content.nested_tables) WalkTable(nested, ctx);
    }
  }
}

// Footnotes or endnotes as blocks after the body, each on the page of its reference.
void WalkNotes(const pugi::xml_document& doc, std::string_view note, char key, BlockOrigin origin,
               Ctx& ctx) {
  const int last_page = ctx.page;
  ctx.origin = origin;
  for (xml_node n = doc.document_element().first_child(); n; n = n.next_sibling()) {
    if (!Is(n, note)) continue;
    std::string_view type = Attr(n, "type");
    if (!type.empty() && type != "normal") continue;  // separators and continuation notices
    auto it = ctx.note_pages.find(key + std::string(Attr(n, "id")));
    ctx.page = it != ctx.note_pages.end() ? it->second : last_page;
    WalkBlocks(n, ctx);
  }
  ctx.page = last_page;
  ctx.origin = BlockOrigin::kBody;
}

std::string Quoted(const std::string& name) { return "'" + name + "'"; }

// Reads and parses an optional part. Returns false (and leaves `doc` empty) when it is absent
// or damaged (a diagnostic is added); errors only for safety limits and passwords.
StatusOr<bool> ReadOptionalPart(ZipReader& zip, std::string_view part, const std::string& name,
                                const XmlLimits& limits, pugi::xml_document& doc,
                                DocumentInfo& info) {
  if (!zip.Has(part)) return false;
  StatusOr<std::string> bytes = zip.Read(part);
  Status status = bytes.ok()
                      ? ParseXml(*bytes, Quoted(name) + " (" + std::string(part) + ")", limits, doc)
                      : bytes.status();
  if (status.ok()) return true;
  if (status.code() == StatusCode::kCorrupt) {
    info.diagnostics.push_back({0, status.message() + "; the rest of the file was read"});
    doc.reset();
    return false;
  }
  return status;
}

void ReadCoreProperties(const pugi::xml_document& core, DocumentInfo& info) {
  xml_node root = core.document_element();
  info.title = CollapseSpaces(Child(root, "title").child_value());
  std::string creator = CollapseSpaces(Child(root, "creator").child_value());
  std::string lower = ToLowerAscii(creator);
  for (std::string_view generic : kGenericCreators) {
    if (lower == generic) creator.clear();
  }
  info.author = creator;
}

class DocxExtractorImpl final : public Extractor {
 public:
  FileFormat format() const override { return FileFormat::kDocx; }

  StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                             const ExtractOptions& options) const override {
    ASSIGN_OR_RETURN(std::unique_ptr<ZipReader> zip,
                     ZipReader::Open(bytes, name, ZipLimitsFrom(options)));
    if (!zip->Has(kDocumentPart)) {
      return Corrupt(Quoted(name) +
                     " is not a Word document or is damaged (it has no word/document.xml "
                     "part): open it in Word, save it as .docx and add it again");
    }
    const XmlLimits xml_limits = XmlLimitsFrom(options);
    Document doc;
    doc.info.format = FileFormat::kDocx;

    ASSIGN_OR_RETURN(std::string body_xml, zip->Read(kDocumentPart));
    pugi::xml_document body;
    RETURN_IF_ERROR(ParseXml(body_xml, Quoted(name) + " (word/document.xml)", xml_limits, body));

    pugi::xml_document styles_xml, numbering_xml, notes_xml, core_xml;
    ASSIGN_OR_RETURN(bool has_styles, ReadOptionalPart(*zip, "word/styles.xml", name, xml_limits,
                                                       styles_xml, doc.info));
    ASSIGN_OR_RETURN(bool has_numbering, ReadOptionalPart(*zip, "word/numbering.xml", name,
                                                          xml_limits, numbering_xml, doc.info));
    docx::Styles styles = has_styles ? docx::Styles::Parse(styles_xml) : docx::Styles();
    docx::Numbering numbering =
        has_numbering ? docx::Numbering::Parse(numbering_xml) : docx::Numbering();

    Ctx ctx;
    ctx.styles = &styles;
    ctx.numbering = &numbering;
    ctx.options = &options;
    WalkBlocks(Child(body.document_element(), "body"), ctx);
    doc.info.pages = ctx.page;

    ASSIGN_OR_RETURN(bool has_footnotes, ReadOptionalPart(*zip, "word/footnotes.xml", name,
                                                          xml_limits, notes_xml, doc.info));
    if (has_footnotes) WalkNotes(notes_xml, "footnote", 'f', BlockOrigin::kFootnote, ctx);
    notes_xml.reset();
    ASSIGN_OR_RETURN(bool has_endnotes, ReadOptionalPart(*zip, "word/endnotes.xml", name,
                                                         xml_limits, notes_xml, doc.info));
    if (has_endnotes) WalkNotes(notes_xml, "endnote", 'e', BlockOrigin::kEndnote, ctx);
    ASSIGN_OR_RETURN(bool has_core, ReadOptionalPart(*zip, "docProps/core.xml", name, xml_limits,
                                                     core_xml, doc.info));
    if (has_core) ReadCoreProperties(core_xml, doc.info);

    if (ctx.past_max_pages) {
      doc.info.diagnostics.push_back(
          {options.max_pages + 1, "only the first " + std::to_string(options.max_pages) +
                                      " pages were read (the page limit)"});
    }
    doc.blocks = std::move(ctx.blocks);
    return doc;
  }
};

}  // namespace

const Extractor& DocxExtractor() {
  static const DocxExtractorImpl kExtractor;
  return kExtractor;
}

}  // namespace ehcp
