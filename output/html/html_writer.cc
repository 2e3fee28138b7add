// draft.html: the draft laid out by output/draft on one self-contained page. Flagged words are
// highlighted by severity, with the flag's message as a tooltip and as a side note.
#include <string>

#include "output/draft/draft_layout.h"
#include "output/markup.h"
#include "output/writer.h"

namespace ehcp {
namespace {

using markup::HtmlEscape;

constexpr const char* kStyle = R"(
body{font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.45;color:#222;
  max-width:52em;margin:2em auto;padding:0 1em}
.draft{color:#c00000;font-weight:bold;letter-spacing:.1em}
h1{color:#1f3864;font-size:1.9em;margin:.3em 0 .6em}
h2{color:#1f3864;font-size:1.3em;border-bottom:1px solid #1f3864;margin:1.6em 0 .5em;
  padding-bottom:.15em}
h3{color:#2e74b5;font-size:1.05em;margin:1.1em 0 .3em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9em}
th,td{border:1px solid #8c8c8c;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#dce6f2}
table.thread td{width:33%}
p.st{margin:.35em 0}
.cite{color:#595959;font-size:.8em;white-space:nowrap}
.note{border-left:4px solid #a6a6a6;padding-left:.7em;font-style:italic;color:#404040}
mark{padding:0 .1em;border-radius:2px;cursor:help}
mark.block{background:#ffc7ce;border-bottom:2px solid #9c0006}
mark.warn{background:#ffeb9c;border-bottom:2px solid #9c5700}
mark.info{background:#ddebf7;border-bottom:2px solid #1f4e79}
mark.multi{outline:1px dashed #555}
.flags{list-style:none;margin:.1em 0 .6em 1.2em;padding:0;font-size:.8em}
.flags li{margin:.15em 0;padding:.1em .5em;border-left:4px solid}
.flags li.block{border-color:#9c0006;background:#fff0f2}
.flags li.warn{border-color:#9c5700;background:#fffbea}
.flags li.info{border-color:#1f4e79;background:#f2f7fc}
.review{border:1px solid #c00000;padding:.3em 1em;margin:1em 0}
footer{color:#595959;font-size:.8em;margin-top:3em;text-align:center}
@media print{mark{background:none}.flags,.review{display:none}}
)";

class HtmlBuilder {
 public:
  explicit HtmlBuilder(const Plan& plan) : plan_(plan) {}

  std::string Build(const draft::Layout& layout) {
    out_ += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<title>DRAFT " + HtmlEscape(draft::kTitle) + " - " +
            HtmlEscape(draft::ChildDisplayName(plan_.child)) + "</title>\n";
    out_ += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out_ += "<p class=\"draft\">DRAFT</p>\n<h1>" + HtmlEscape(draft::kTitle) + "</h1>\n";
    Cover();
    CaseFlags(layout.case_flags);
    for (const draft::SectionView& v : layout.sections) AddSection(v);
    out_ += "<footer>Draft for the family's comments. Generated " + HtmlEscape(plan_.generated_on) +
            " by ehcp " + HtmlEscape(plan_.tool_version) + ".</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Row(std::string_view label, std::string_view value) {
    out_ += "<tr><th scope=\"row\">" + HtmlEscape(label) + "</th><td>" + HtmlEscape(value) +
            "</td></tr>\n";
  }

  void Cover() {
    const ChildInfo& c = plan_.child;
    out_ += "<table class=\"cover\">\n";
    Row("Child", draft::ChildDisplayName(c));
    Row("Date of birth", c.date_of_birth.empty() ? "Not known" : c.date_of_birth);
    Row("Case id", plan_.case_id);
    Row("Status", "DRAFT: for the family's comments; not a final plan");
    Row("Date", plan_.generated_on);
    out_ += "</table>\n";
  }

  void FlagNote(const Flag& f) {
    std::string sev(Id(f.severity));
    out_ += "<li class=\"" + sev + "\"><strong>" + HtmlEscape(draft::FlagHeadline(f)) +
            "</strong> " + HtmlEscape(f.message);
    if (!f.basis.empty()) out_ += " <em>(" + HtmlEscape(f.basis) + ")</em>";
    if (!f.resolution.empty()) out_ += " Resolution: " + HtmlEscape(f.resolution) + ".";
    out_ += "</li>\n";
  }

  void CaseFlags(const std::vector<const Flag*>& flags) {
    if (flags.empty()) return;
    out_ +=
        "<div class=\"review\"><p><strong>For the plan writer</strong></p>\n"
        "<ul class=\"flags\">\n";
    for (const Flag* f : flags) FlagNote(*f);
    out_ += "</ul></div>\n";
  }

  static const Flag* MostSevere(const std::vector<const Flag*>& flags) {
    const Flag* best = nullptr;
    for (const Flag* f : flags) {
      if (best == nullptr || static_cast<int>(f->severity) < static_cast<int>(best->severity)) {
        best = f;
      }
    }
    return best;
  }

  void AddStatement(const draft::Item& item) {
    out_ += "<p class=\"st\" id=\"" + HtmlEscape(item.statement->id) + "\">";
    for (const draft::Piece& p : item.pieces) {
      const Flag* top = MostSevere(p.flags);
      if (top == nullptr) {
        out_ += HtmlEscape(p.text);
        continue;
      }
      std::string title;
      for (const Flag* f : p.flags) {
        if (!title.empty()) title += "\n";
        title += draft::FlagHeadline(*f) + ": " + f->message;
      }
      std::string cls(Id(top->severity));
      if (p.flags.size() > 1) cls += " multi";
      out_ += "<mark class=\"" + cls + "\" title=\"" + HtmlEscape(title) + "\">" +
              HtmlEscape(p.text) + "</mark>";
    }
    out_ += " <span class=\"cite\">[" + HtmlEscape(item.citation) + "]</span></p>\n";
    if (item.marks.empty()) return;
    out_ += "<ul class=\"flags\">\n";
    for (const draft::Mark& m : item.marks) FlagNote(*m.flag);
    out_ += "</ul>\n";
  }

  void AddSection(const draft::SectionView& v) {
    out_ += "<section>\n<h2>" + HtmlEscape(Label(v.section)) + "</h2>\n";
    if (v.section == Section::kI) {
      out_ += "<p class=\"note\">" + HtmlEscape(draft::kPlacementNote) + "</p>\n";
    } else if (v.section == Section::kK) {
      Advice();
    } else if (v.empty()) {
      out_ += "<p>" + HtmlEscape(draft::kNoneIdentified) + "</p>\n";
    }
    if (v.in_tables)
      out_ += "<p class=\"note\">" + HtmlEscape(draft::InTablesNote(v.section)) + "</p>\n";
    if (!v.tables.empty()) out_ += "<p>" + HtmlEscape(draft::kThreadIntro) + "</p>\n";
    for (const draft::AreaTable& t : v.tables) ThreadTable(t);
    for (const draft::Group& g : v.groups) {
      for (const draft::Item& item : g.items) AddStatement(item);
    }
    out_ += "</section>\n";
  }

  // One area of need: Need | Outcome | Provision, one row per need.
  void ThreadTable(const draft::AreaTable& t) {
    out_ +=
        "<h3>" + HtmlEscape(draft::AreaHeading(t.area)) + "</h3>\n<table class=\"thread\">\n<tr>";
    for (std::string_view c : draft::kThreadColumns) out_ += "<th>" + HtmlEscape(c) + "</th>";
    out_ += "</tr>\n";
    for (const draft::TableRow& r : t.rows) {
      out_ += "<tr>";
      for (const std::vector<draft::Item>* col : {&r.needs, &r.outcomes, &r.provision}) {
        out_ += "<td>";
        for (const draft::Item& item : *col) AddStatement(item);
        out_ += "</td>";
      }
      out_ += "</tr>\n";
    }
    out_ += "</table>\n";
  }

  void Advice() {
    if (plan_.documents.empty()) {
      out_ += "<p>" + HtmlEscape(draft::kNoneIdentified) + "</p>\n";
    } else {
      out_ +=
          "<p>The advice and information gathered for this plan. A reference such as "
          "[D2 p.3] after a sentence means page 3 of document D2 below.</p>\n<table>\n"
          "<tr><th>Ref</th><th>Advice</th><th>Author</th><th>Date</th><th>File</th>"
          "<th>Pages</th></tr>\n";
      for (const DocumentInfo& d : plan_.documents) {
        out_ += "<tr><td><strong>" + HtmlEscape(d.id) + "</strong></td><td><strong>" +
                HtmlEscape(Label(d.kind)) + "</strong>";
        if (!d.title.empty()) out_ += "<br>" + HtmlEscape(d.title);
        out_ += "</td><td>" + HtmlEscape(d.author.empty() ? "Not stated" : d.author) + "</td><td>" +
                HtmlEscape(d.date.empty() ? "Not stated" : d.date) + "</td><td>" +
                HtmlEscape(d.file) + "</td><td>" + std::to_string(d.pages) +
                (d.recognised_pages.empty() ? "" : " (scanned)") + "</td></tr>\n";
      }
      out_ += "</table>\n";
    }
    if (plan_.failures.empty()) return;
    out_ += "<h3>" + HtmlEscape(draft::kAdviceNotRead) +
            "</h3>\n<p>These files were received but could not be read, so nothing from them "
            "is in this draft:</p>\n<ul>\n";
    for (const FailedFile& f : plan_.failures) {
      out_ += "<li>" + HtmlEscape(draft::FailureText(f)) + "</li>\n";
    }
    out_ += "</ul>\n";
  }

  const Plan& plan_;
  std::string out_;
};

}  // namespace

Status WriteDraftHtml(const Plan& plan, ByteSink& sink) {
  return sink.Append(HtmlBuilder(plan).Build(draft::LayOut(plan)));
}

}  // namespace ehcp
