// draft-plan.docx: the draft laid out by output/draft, rendered as WordprocessingML.
// Flags become Word comments anchored on the flagged words; every statement carries a small
// grey citation "[D2 p.3]" keyed to the sources table in section K.
#include <vector>

#include "output/docx/ooxml.h"
#include "output/draft/draft_layout.h"
#include "output/writer.h"
#include "output/zip_builder.h"

namespace ehcp {
namespace {

using docx::AddParagraph;
using docx::AddRun;
using docx::AddVal;

// A4 portrait with 2 cm margins, in twentieths of a point.
constexpr int kPageWidth = 11906;
constexpr int kPageHeight = 16838;
constexpr int kMargin = 1134;
constexpr int kTextWidth = kPageWidth - 2 * kMargin;

constexpr int kCoverWidths[] = {2300, kTextWidth - 2300};
constexpr int kSourceWidths[] = {650, 2650, 2050, 1250, 2038, 1000};
constexpr const char* kSourceHeaders[] = {"Ref", "Advice", "Author", "Date", "File", "Pages"};
// Need | Outcome | Provision: provision is usually the longest.
constexpr int kThreadWidths[] = {3000, 3000, kTextWidth - 6000};

void SetCellWidth(pugi::xml_node tc_pr, int twips) {
  pugi::xml_node w = tc_pr.append_child("w:tcW");
  w.append_attribute("w:w") = twips;
  w.append_attribute("w:type") = "dxa";
}

pugi::xml_node AddTable(pugi::xml_node body, const int* widths, size_t n) {
  pugi::xml_node tbl = body.append_child("w:tbl");
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  AddVal(pr, "w:tblStyle", "PlanTable");
  pugi::xml_node w = pr.append_child("w:tblW");
  w.append_attribute("w:w") = kTextWidth;
  w.append_attribute("w:type") = "dxa";
  pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node look = pr.append_child("w:tblLook");
  look.append_attribute("w:val") = "04A0";
  look.append_attribute("w:firstRow") = "1";
  look.append_attribute("w:lastRow") = "0";
  look.append_attribute("w:firstColumn") = "0";
  look.append_attribute("w:lastColumn") = "0";
  look.append_attribute("w:noHBand") = "1";
  look.append_attribute("w:noVBand") = "1";
  pugi::xml_node grid = tbl.append_child("w:tblGrid");
  for (size_t i = 0; i < n; ++i) grid.append_child("w:gridCol").append_attribute("w:w") = widths[i];
  return tbl;
}

// A cell with shading for header cells; returns the cell for its paragraphs.
pugi::xml_node AddCell(pugi::xml_node tr, int width, bool header) {
  pugi::xml_node tc = tr.append_child("w:tc");
  pugi::xml_node pr = tc.append_child("w:tcPr");
  SetCellWidth(pr, width);
  if (header) {
    pugi::xml_node shd = pr.append_child("w:shd");
    shd.append_attribute("w:val") = "clear";
    shd.append_attribute("w:color") = "auto";
    shd.append_attribute("w:fill") = "DCE6F2";
  }
  return tc;
}

void AddTextCell(pugi::xml_node tr, int width, std::string_view text, bool header, bool bold) {
  pugi::xml_node tc = AddCell(tr, width, header);
  AddRun(AddParagraph(tc, "TableText"), text, "", header || bold);
}

// A row that stays on one page unless `can_split` (rows that may be taller than a page).
pugi::xml_node AddRow(pugi::xml_node tbl, bool header, bool can_split = false) {
  pugi::xml_node tr = tbl.append_child("w:tr");
  pugi::xml_node pr = tr.append_child("w:trPr");
  if (!can_split) pr.append_child("w:cantSplit");
  if (header) pr.append_child("w:tblHeader");
  return tr;
}

class DocumentBuilder {
 public:
  DocumentBuilder(const Plan& plan, std::string date) : plan_(plan), date_(std::move(date)) {
    body_ = docx::NewRoot(doc_, "w:document").append_child("w:body");
    doc_.child("w:document").append_attribute("xmlns:r") = docx::kRelNs;
  }

  void Build(const draft::Layout& layout) {
    AddTitle(layout.case_flags);
    AddCover();
    for (const draft::SectionView& v : layout.sections) AddSection(v);
    AddSectionProperties();
  }

  std::string DocumentXml() const { return docx::Serialize(doc_); }
  std::string CommentsXml() const;

 private:
  // Opens a comment for `flag`; returns its id.
  int NewComment(const Flag* flag) {
    comments_.push_back(flag);
    return static_cast<int>(comments_.size() - 1);
  }
  static void StartComment(pugi::xml_node p, int id) {
    p.append_child("w:commentRangeStart").append_attribute("w:id") = id;
  }
  static void EndComment(pugi::xml_node p, int id) {
    p.append_child("w:commentRangeEnd").append_attribute("w:id") = id;
    pugi::xml_node r = p.append_child("w:r");
    AddVal(r.append_child("w:rPr"), "w:rStyle", "CommentReference");
    r.append_child("w:commentReference").append_attribute("w:id") = id;
  }

  void AddTitle(const std::vector<const Flag*>& case_flags) {
    pugi::xml_node p = AddParagraph(body_, "Title");
    std::vector<int> ids;
    for (const Flag* f : case_flags) ids.push_back(NewComment(f));
    for (int id : ids) StartComment(p, id);
    AddRun(p, draft::kTitle);
    for (int id : ids) EndComment(p, id);
  }

  void AddCover() {
    const ChildInfo& c = plan_.child;
    std::vector<std::pair<std::string, std::string>> rows = {
        {"Child", draft::ChildDisplayName(c)},
        {"Date of birth", c.date_of_birth.empty() ? "Not known" : c.date_of_birth},
        {"Case id", plan_.case_id},
        {"Status", "DRAFT: for the family's comments; not a final plan"},
        {"Date", plan_.generated_on}};
    pugi::xml_node tbl = AddTable(body_, kCoverWidths, 2);
    for (const auto& [label, value] : rows) {
      pugi::xml_node tr = AddRow(tbl, false);
      AddTextCell(tr, kCoverWidths[0], label, true, true);
      AddTextCell(tr, kCoverWidths[1], value, false, false);
    }
  }

  void AddSection(const draft::SectionView& v) {
    AddRun(AddParagraph(body_, "Heading1"), Label(v.section));
    if (v.section == Section::kI) {
      AddRun(AddParagraph(body_, "Note"), draft::kPlacementNote);
      return;
    }
    if (v.section == Section::kK) {
      AddAdvice();
      return;
    }
    if (v.empty()) AddRun(AddParagraph(body_, ""), draft::kNoneIdentified);
    if (v.in_tables) AddRun(AddParagraph(body_, "Note"), draft::InTablesNote(v.section));
    if (!v.tables.empty()) AddRun(AddParagraph(body_, ""), draft::kThreadIntro);
    for (const draft::AreaTable& t : v.tables) AddThreadTable(t);
    for (const draft::Group& g : v.groups) {
      for (const draft::Item& item : g.items) AddStatement(body_, item, "");
    }
  }

  // One area of need: its heading, then Need | Outcome | Provision, one row per need.
  void AddThreadTable(const draft::AreaTable& t) {
    AddRun(AddParagraph(body_, "Heading2"), draft::AreaHeading(t.area));
    pugi::xml_node tbl = AddTable(body_, kThreadWidths, 3);
    pugi::xml_node head = AddRow(tbl, true);
    for (size_t i = 0; i < 3; ++i)
      AddTextCell(head, kThreadWidths[i], draft::kThreadColumns[i], true, true);
    for (const draft::TableRow& r : t.rows) {
      pugi::xml_node tr = AddRow(tbl, false, true);
      const std::vector<draft::Item>* cols[] = {&r.needs, &r.outcomes, &r.provision};
      for (size_t i = 0; i < 3; ++i) {
        pugi::xml_node tc = AddCell(tr, kThreadWidths[i], false);
        for (const draft::Item& item : *cols[i]) AddStatement(tc, item, "TableText");
        if (cols[i]->empty()) AddParagraph(tc, "TableText");  // a cell needs a paragraph
      }
    }
  }

  void AddStatement(pugi::xml_node parent, const draft::Item& item, std::string_view style) {
    pugi::xml_node p = AddParagraph(parent, style);
    std::vector<int> ids;
    for (const draft::Mark& m : item.marks) ids.push_back(NewComment(m.flag));
    for (size_t i = 0; i < item.pieces.size(); ++i) {
      for (size_t k = 0; k < item.marks.size(); ++k) {
        if (item.marks[k].first == i) StartComment(p, ids[k]);
      }
      if (!item.pieces[i].text.empty()) AddRun(p, item.pieces[i].text);
      for (size_t k = 0; k < item.marks.size(); ++k) {
        if (item.marks[k].last == i) EndComment(p, ids[k]);
      }
    }
    AddRun(p, " ");
    AddRun(p, "[" + item.citation + "]", "Citation");
  }

  void AddAdvice() {
    if (plan_.documents.empty()) {
      AddRun(AddParagraph(body_, ""), draft::kNoneIdentified);
    } else {
      AddRun(AddParagraph(body_, ""),
             "The advice and information gathered for this plan. A reference such as [D2 p.3] "
             "after a sentence means page 3 of document D2 below.");
      AddSourcesTable();
    }
    if (plan_.failures.empty()) return;
    AddRun(AddParagraph(body_, "Heading2"), draft::kAdviceNotRead);
    AddRun(AddParagraph(body_, ""),
           "These files were received but could not be read, so nothing from them is in this "
           "draft:");
    for (const FailedFile& f : plan_.failures)
      AddRun(AddParagraph(body_, ""), draft::FailureText(f));
  }

  void AddSourcesTable() {
    pugi::xml_node tbl = AddTable(body_, kSourceWidths, 6);
    pugi::xml_node head = AddRow(tbl, true);
    for (size_t i = 0; i < 6; ++i)
      AddTextCell(head, kSourceWidths[i], kSourceHeaders[i], true, true);
    for (const DocumentInfo& d : plan_.documents) {
      pugi::xml_node tr = AddRow(tbl, false);
      AddTextCell(tr, kSourceWidths[0], d.id, false, true);
      pugi::xml_node advice = AddCell(tr, kSourceWidths[1], false);
      AddRun(AddParagraph(advice, "TableText"), Label(d.kind), "", true);
      if (!d.title.empty()) AddRun(AddParagraph(advice, "TableText"), d.title);
      AddTextCell(tr, kSourceWidths[2], d.author.empty() ? "Not stated" : d.author, false, false);
      AddTextCell(tr, kSourceWidths[3], d.date.empty() ? "Not stated" : d.date, false, false);
      AddTextCell(tr, kSourceWidths[4], d.file, false, false);
      std::string pages = std::to_string(d.pages);
      if (!d.recognised_pages.empty()) {
        bool all = static_cast<int>(d.recognised_pages.size()) >= d.pages;
        pages +=
            all ? " (scanned)" : " (" + std::to_string(d.recognised_pages.size()) + " scanned)";
      }
      AddTextCell(tr, kSourceWidths[5], pages, false, false);
    }
  }

  void AddSectionProperties() {
    pugi::xml_node s = body_.append_child("w:sectPr");
    pugi::xml_node h = s.append_child("w:headerReference");
    h.append_attribute("w:type") = "default";
    h.append_attribute("r:id") = "rId4";
    pugi::xml_node f = s.append_child("w:footerReference");
    f.append_attribute("w:type") = "default";
    f.append_attribute("r:id") = "rId5";
    pugi::xml_node sz = s.append_child("w:pgSz");
    sz.append_attribute("w:w") = kPageWidth;
    sz.append_attribute("w:h") = kPageHeight;
    pugi::xml_node m = s.append_child("w:pgMar");
    for (const char* side : {"w:top", "w:right", "w:bottom", "w:left"}) {
      m.append_attribute(side) = kMargin;
    }
    m.append_attribute("w:header") = 567;
    m.append_attribute("w:footer") = 567;
    m.append_attribute("w:gutter") = 0;
  }

  const Plan& plan_;
  std::string date_;
  pugi::xml_document doc_;
  pugi::xml_node body_;
  std::vector<const Flag*> comments_;  // index = comment id
};

std::string DocumentBuilder::CommentsXml() const {
  pugi::xml_document doc;
  pugi::xml_node root = docx::NewRoot(doc, "w:comments");
  for (size_t id = 0; id < comments_.size(); ++id) {
    const Flag& f = *comments_[id];
    pugi::xml_node c = root.append_child("w:comment");
    c.append_attribute("w:id") = static_cast<int>(id);
    c.append_attribute("w:author") = "ehcp";
    c.append_attribute("w:date") = date_.c_str();
    c.append_attribute("w:initials") = "EH";
    pugi::xml_node p = AddParagraph(c, "CommentText");
    pugi::xml_node ref = p.append_child("w:r");
    AddVal(ref.append_child("w:rPr"), "w:rStyle", "CommentReference");
    ref.append_child("w:annotationRef");
    AddRun(p, draft::FlagHeadline(f), "", true);
    if (!f.message.empty()) AddRun(AddParagraph(c, "CommentText"), f.message);
    if (!f.basis.empty()) AddRun(AddParagraph(c, "CommentText"), "Basis: " + f.basis);
    if (!f.resolution.empty()) {
      std::string r = "Resolution: " + f.resolution;
      if (!f.resolution_note.empty()) r += " (" + f.resolution_note + ")";
      AddRun(AddParagraph(c, "CommentText"), r);
    }
  }
  return docx::Serialize(doc);
}

}  // namespace

Status WriteDraftDocx(const Plan& plan, ByteSink& sink) {
  const markup::FixedDate date = markup::ParseFixedDate(plan.generated_on);
  DocumentBuilder builder(plan, markup::W3cDateTime(date));
  builder.Build(draft::LayOut(plan));

  ZipBuilder zip;
  zip.Add("[Content_Types].xml", docx::ContentTypesXml());
  zip.Add("_rels/.rels", docx::PackageRelsXml());
  zip.Add("word/document.xml", builder.DocumentXml());
  zip.Add("word/_rels/document.xml.rels", docx::DocumentRelsXml());
  zip.Add("word/styles.xml", docx::StylesXml());
  zip.Add("word/settings.xml", docx::SettingsXml());
  zip.Add("word/comments.xml", builder.CommentsXml());
  zip.Add("word/header1.xml", docx::HeaderXml(plan));
  zip.Add("word/footer1.xml", docx::FooterXml());
  zip.Add("docProps/core.xml", docx::CorePropsXml(plan, date));
  zip.Add("docProps/app.xml", docx::AppPropsXml());
  ASSIGN_OR_RETURN(std::string bytes, zip.Finish(date));
  return sink.Append(bytes);
}

}  // namespace ehcp
