// review.xlsx with libxlsxwriter. libxlsxwriter 1.1 writes only to a file, so the workbook is
// written to a private temporary folder, read back into the sink and removed.
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "output/markup.h"
#include "output/writer.h"
#include "output/xlsx/review_columns.h"
#include "output/xlsx/sheet.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// The review workbook's formats: the shared ones and a number format for confidences.
struct Formats : xlsx::Formats {
  lxw_format* number = nullptr;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{xlsx::MakeFormats(wb)};
  f.number = xlsx::NumberFormat(wb, "0.00");
  return f;
}

using SheetWriter = xlsx::Sheet;

lxw_error WriteStatements(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Statements"), f);
  w.Header(review::kStatementColumns);
  std::map<std::string, const Flag*> flags;
  for (const Flag& fl : plan.flags) flags[fl.id] = &fl;
  size_t row = 0;
  for (const Statement& s : plan.statements) {
    ++row;
    const DocumentInfo* doc = plan.FindDocument(s.document);
    std::vector<std::string> rules;
    for (const std::string& id : s.flags) {
      auto it = flags.find(id);
      rules.push_back(it == flags.end() ? id : std::string(Id(it->second->rule)));
    }
    // The drafted statement, with any review already applied shown in the reviewer columns,
    // so that reading this workbook back gives the same decisions.
    w.Text(row, 0, s.id);
    w.Text(row, 1, Id(s.original_section.value_or(s.section)));
    w.Text(row, 2, Id(s.area));
    w.Text(row, 3, s.original_text.empty() ? s.text : s.original_text);
    w.Text(row, 4, doc ? doc->file : s.document);
    w.Number(row, 5, s.page);
    w.Number(row, 6, s.confidence, f.number);
    w.Text(row, 7, Join(rules, ", "));
    w.Text(row, 8, Join(s.reasons, "; "));
    w.Text(row, 9, s.decision);
    if (!s.original_text.empty()) w.Text(row, 10, s.text);
    if (s.original_section) w.Text(row, 11, Id(s.section));
    w.Text(row, 12, s.reviewer_note);
  }
  const size_t last_col = review::kStatementColumns.size() - 1;
  w.List(9, row, review::kDecisions);
  w.List(11, row, review::kMoveTargets);
  w.FitRows();
  w.Filter(row, last_col);
  return w.error();
}

std::string FlaggedText(const Plan& plan, const Flag& fl, std::vector<std::string>& ids) {
  std::vector<std::string> texts;
  for (const FlagSpan& sp : fl.spans) {
    if (std::find(ids.begin(), ids.end(), sp.statement) != ids.end()) continue;
    ids.push_back(sp.statement);
    const Statement* s = plan.FindStatement(sp.statement);
    if (s != nullptr) texts.push_back(s->text);
  }
  if (texts.size() <= 1) return texts.empty() ? std::string() : texts[0];
  std::string out;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (i) out += "\n";
    out += ids[i] + ": " + texts[i];
  }
  return out;
}

lxw_error WriteFlags(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Flags"), f);
  w.Header(review::kFlagColumns);
  size_t row = 0;
  for (const Flag& fl : plan.flags) {
    ++row;
    std::vector<std::string> ids;
    std::string text = FlaggedText(plan, fl, ids);
    w.Text(row, 0, fl.id);
    w.Text(row, 1, Id(fl.rule));
    w.Text(row, 2, Id(fl.severity));
    w.Text(row, 3, fl.message);
    w.Text(row, 4, fl.basis);
    w.Text(row, 5, Join(ids, ", "));
    w.Text(row, 6, text);
    w.Text(row, 7, fl.resolution);
    w.Text(row, 8, fl.resolution_note);
  }
  const size_t last_col = review::kFlagColumns.size() - 1;
  w.List(7, row, review::kResolutions);
  w.FitRows();
  w.Filter(row, last_col);
  if (row > 0) {
    const struct {
      const char* formula;
      lxw_format* format;
    } kBySeverity[] = {
        {"=$C2=\"block\"", f.block}, {"=$C2=\"warn\"", f.warn}, {"=$C2=\"info\"", f.info}};
    for (const auto& rule : kBySeverity) w.When(row, 0, last_col, rule.formula, rule.format);
  }
  return w.error();
}

std::string SourceOf(const Plan& plan, const ConflictSide& side) {
  const DocumentInfo* d = plan.FindDocument(side.document);
  std::string out = side.document;
  if (d != nullptr) out += " " + d->file;
  if (side.page > 0) out += ", p." + std::to_string(side.page);
  return out;
}

std::string TextOf(const Plan& plan, const std::string& statement) {
  const Statement* s = plan.FindStatement(statement);
  return s == nullptr ? std::string() : s->text;
}

lxw_error WriteConflicts(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Conflicts"), f);
  w.Header(review::kConflictColumns);
  size_t row = 0;
  for (const Conflict& c : plan.conflicts) {
    ++row;
    w.Text(row, 0, c.id);
    w.Text(row, 1, c.kind);
    w.Text(row, 2, c.topic);
    w.Text(row, 3, SourceOf(plan, c.a));
    w.Text(row, 4, TextOf(plan, c.a.statement));
    w.Text(row, 5, c.a.value);
    w.Text(row, 6, SourceOf(plan, c.b));
    w.Text(row, 7, TextOf(plan, c.b.statement));
    w.Text(row, 8, c.b.value);
    w.Text(row, 9, c.summary);
    w.Text(row, 10, c.flag);
    w.Text(row, 11, c.a.statement + ", " + c.b.statement);
    w.Text(row, 12, c.decision);
    w.Text(row, 13, c.decision_note);
  }
  w.List(12, row, review::kConflictDecisions);
  w.FitRows();
  w.Filter(row, review::kConflictColumns.size() - 1);
  return w.error();
}

lxw_error WritePlacementAdvice(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Placement advice"), f);
  w.Header(review::kPlacementColumns);
  size_t row = 0;
  for (const Flag& fl : plan.flags) {
    if (fl.rule != FlagId::kPlacementInDraft) continue;
    for (const FlagSpan& sp : fl.spans) {
      const Statement* s = plan.FindStatement(sp.statement);
      if (s == nullptr) continue;
      const DocumentInfo* d = plan.FindDocument(s->document);
      ++row;
      w.Text(row, 0, s->id);
      w.Text(row, 1, d ? d->id + " " + d->file : s->document);
      w.Number(row, 2, s->page);
      w.Text(row, 3, s->text);
      w.Text(row, 4, fl.id);
    }
  }
  w.FitRows();
  w.Filter(row, review::kPlacementColumns.size() - 1);
  return w.error();
}

std::string DocumentStatus(const DocumentInfo& d) {
  if (d.diagnostics.empty()) return "read";
  std::string out = "read with problems:";
  for (const Diagnostic& g : d.diagnostics) {
    out += g.page > 0 ? " page " + std::to_string(g.page) + ": " : " ";
    out += g.message + ";";
  }
  out.pop_back();
  return out;
}

lxw_error WriteAdvice(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Advice"), f);
  w.Header(review::kAdviceColumns);
  size_t row = 0;
  for (const DocumentInfo& d : plan.documents) {
    ++row;
    std::vector<std::string> pages;
    for (int p : d.recognised_pages) pages.push_back(std::to_string(p));
    w.Text(row, 0, d.id);
    w.Text(row, 1, d.file);
    w.Text(row, 2, Label(d.kind));
    w.Text(row, 3, d.title);
    w.Text(row, 4, d.author);
    w.Text(row, 5, d.date);
    w.Number(row, 6, d.pages);
    w.Text(row, 7, Join(pages, ", "));
    w.Text(row, 8, DocumentStatus(d));
  }
  for (const FailedFile& fail : plan.failures) {
    ++row;
    w.Text(row, 1, fail.file);
    std::string status = "Advice not read";
    if (fail.page > 0) status += " (page " + std::to_string(fail.page) + ")";
    w.Text(row, 8, status + ": " + fail.reason);
  }
  w.Filter(row, review::kAdviceColumns.size() - 1);
  w.FitRows();
  return w.error();
}

lxw_error WriteSummary(lxw_workbook* wb, const Plan& plan, const Formats& f) {
  SheetWriter w(workbook_add_worksheet(wb, "Summary"), f);
  w.Check(worksheet_set_column(w.sheet(), 0, 0, 62, nullptr));
  w.Check(worksheet_set_column(w.sheet(), 1, 1, 36, nullptr));
  size_t row = 0;
  auto pair = [&](std::string_view k, std::string_view v) {
    w.Text(row, 0, k, f.header);
    w.Text(row++, 1, v);
  };
  pair("case", plan.case_id);
  pair("child", plan.child.name);
  pair("preferred name", plan.child.preferred_name);
  pair("date of birth", plan.child.date_of_birth);
  pair("generated on", plan.generated_on);
  pair("tool version", plan.tool_version);
  ++row;
  w.Text(row, 0, "Statements by section", f.header);
  w.Text(row++, 1, "count", f.header);
  for (Section s : AllSections()) {
    w.Text(row, 0, Label(s));
    w.Number(row++, 1,
             static_cast<double>(std::count_if(
                 plan.statements.begin(), plan.statements.end(),
                 [&](const Statement& st) { return st.section == s && st.decision != "reject"; })));
  }
  ++row;
  w.Text(row, 0, "Flags by severity", f.header);
  w.Text(row++, 1, "count", f.header);
  for (Severity s : AllSeverities()) {
    w.Text(row, 0, Id(s));
    w.Number(row++, 1,
             static_cast<double>(std::count_if(plan.flags.begin(), plan.flags.end(),
                                               [&](const Flag& fl) { return fl.severity == s; })));
  }
  // Which draft this workbook was written for: `ehcp apply` refuses it for any other.
  ++row;
  pair("draft fingerprint", DraftFingerprint(plan));
  return w.error();
}

}  // namespace

Status WriteReviewXlsx(const Plan& plan, ByteSink& sink) {
  return xlsx::WriteWorkbook(
      "review.xlsx", "EHC plan review, case " + plan.case_id, plan.generated_on,
      [&](lxw_workbook* wb) {
        const Formats formats = MakeFormats(wb);
        lxw_error err = LXW_NO_ERROR;
        for (auto write : {WriteStatements, WriteFlags, WriteConflicts, WriteAdvice,
                           WritePlacementAdvice, WriteSummary}) {
          lxw_error e = write(wb, plan, formats);
          if (err == LXW_NO_ERROR) err = e;
        }
        return err;
      },
      sink);
}

}  // namespace ehcp
