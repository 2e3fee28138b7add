// audit.xlsx with libxlsxwriter, in the style of review.xlsx (output/xlsx/xlsx_writer.cc):
// bold blue headers, frozen header rows, autofilters, fixed widths with wrapping, and rows
// coloured by severity. libxlsxwriter writes only to a file, so the workbook is built in a
// private temporary folder and read back into the sink.
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "output/audit/audit_report.h"
#include "output/markup.h"
#include "output/xlsx/sheet.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/text.h"

namespace ehcp::audit {
namespace {

struct Column {
  std::string header;
  double width;
  bool wrap;
};

// The audit workbook's formats: the shared ones and formats for shares and averages.
struct Formats : xlsx::Formats {
  lxw_format* percent = nullptr;
  lxw_format* decimal = nullptr;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f{xlsx::MakeFormats(wb)};
  f.percent = xlsx::NumberFormat(wb, "0%");
  f.decimal = xlsx::NumberFormat(wb, "0.0");
  return f;
}

using xlsx::SeverityFormat;

// One sheet of the audit: the shared sheet writer, finished with row heights and an autofilter
// over every column.
class Sheet : public xlsx::Sheet {
 public:
  Sheet(lxw_workbook* wb, const char* name, const Formats& f)
      : xlsx::Sheet(workbook_add_worksheet(wb, name), f) {}
  void Header(const std::vector<Column>& cols) { xlsx::Sheet::Header(cols); }
  void Finish(size_t rows) {
    FitRows();
    if (columns() > 0) Filter(rows, columns() - 1);
  }
};

std::string SectionList(const std::vector<Section>& sections) {
  std::vector<std::string> ids;
  for (Section s : sections) ids.emplace_back(Id(s));
  return Join(ids, ", ");
}

// Excel's name for a zero-based column ("A", "Z", "AA").
std::string ColumnName(size_t c) {
  std::string out;
  for (size_t n = c + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), 'A' + (n - 1) % 26);
  return out;
}

// Sheet "Plans": the fixed columns, then one per flag id.
enum PlanCol : size_t {
  kCase,
  kSource,
  kKind,
  kStatements,
  kBlock,
  kWarn,
  kInfo,
  kProvision,
  kSpecific,
  kOutcomes,
  kSmart,
  kMissing,
  kCopyPaste,
  kForeignName,
  kFirstRule
};

std::vector<Column> PlanColumns() {
  std::vector<Column> cols = {{"case", 18, true},
                              {"source", 30, true},
                              {"kind", 12, false},
                              {"statements", 10, false},
                              {"block", 7, false},
                              {"warn", 7, false},
                              {"info", 7, false},
                              {"provision statements", 11, false},
                              {"specific provision", 10, false},
                              {"outcome statements", 10, false},
                              {"SMART outcomes", 10, false},
                              {"sections missing", 16, true},
                              {"copy-paste", 8, false},
                              {"foreign-name", 8, false}};
  for (FlagId id : AllFlagIds()) cols.push_back({std::string(Id(id)), 9, true});
  return cols;
}

lxw_error WritePlans(lxw_workbook* wb, const Report& r, const Formats& f) {
  Sheet w(wb, "Plans", f);
  w.Header(PlanColumns());
  size_t row = 0;
  for (const PlanRow& p : r.plans) {
    ++row;
    w.Text(row, kCase, p.case_id);
    w.Text(row, kSource, p.source);
    w.Text(row, kKind, p.kind);
    w.Number(row, kStatements, p.statements);
    for (size_t s = 0; s < 3; ++s) w.Number(row, kBlock + s, p.by_severity[s]);
    w.Number(row, kProvision, p.provision);
    if (auto v = p.specific_share()) w.Number(row, kSpecific, *v, f.percent);
    w.Number(row, kOutcomes, p.outcomes);
    if (auto v = p.smart_share()) w.Number(row, kSmart, *v, f.percent);
    w.Text(row, kMissing, SectionList(p.missing_sections));
    w.Number(row, kCopyPaste, p.copy_paste);
    w.Number(row, kForeignName, p.foreign_names);
    size_t c = kFirstRule;
    for (FlagId id : AllFlagIds()) {
      auto it = p.by_rule.find(id);
      w.Number(row, c++, it == p.by_rule.end() ? 0 : it->second);
    }
  }
  // A count above zero takes its severity's colour.
  auto positive = [&](size_t col, lxw_format* fmt) {
    w.When(row, col, col, "=" + ColumnName(col) + "2>0", fmt);
  };
  positive(kBlock, f.block);
  positive(kWarn, f.warn);
  positive(kInfo, f.info);
  positive(kCopyPaste, SeverityFormat(f, DefaultSeverity(FlagId::kCopyPaste)));
  positive(kForeignName, SeverityFormat(f, DefaultSeverity(FlagId::kForeignName)));
  size_t c = kFirstRule;
  for (FlagId id : AllFlagIds()) positive(c++, SeverityFormat(f, DefaultSeverity(id)));
  w.Scale(row, kSpecific);
  w.Scale(row, kSmart);
  w.Finish(row);
  return w.error();
}

lxw_error WriteShared(lxw_workbook* wb, const Report& r, const Formats& f) {
  Sheet w(wb, "Shared passages", f);
  w.Header({{"id", 7, false},
            {"kind", 13, false},
            {"plans", 7, false},
            {"case ids", 30, true},
            {"words", 7, false},
            {"passage", 80, true}});
  size_t row = 0;
  for (const SharedPassage& p : r.shared) {
    ++row;
    w.Text(row, 0, p.id);
    w.Text(row, 1, Id(p.kind));
    w.Number(row, 2, p.plans);
    std::string ids = Join(p.case_ids, ", ");
    if (p.at_least) ids += " (and more: stock text)";
    w.Text(row, 3, ids);
    w.Number(row, 4, p.words);
    w.Text(row, 5, p.text);
  }
  w.When(row, 0, 5, "=$B2=\"copy\"", f.warn);
  w.When(row, 0, 5, "=$B2<>\"copy\"", f.info);
  w.Finish(row);
  return w.error();
}

lxw_error WriteFlags(lxw_workbook* wb, const Report& r, const Formats& f) {
  Sheet w(wb, "Flags", f);
  w.Header({{"case", 18, true},
            {"flag", 7, false},
            {"rule", 22, true},
            {"severity", 9, false},
            {"section", 8, false},
            {"text", 60, true},
            {"message", 60, true}});
  size_t row = 0;
  for (const FlagRow& fl : r.flags) {
    ++row;
    w.Text(row, 0, fl.case_id);
    w.Text(row, 1, fl.flag);
    w.Text(row, 2, Id(fl.rule));
    w.Text(row, 3, Id(fl.severity));
    if (fl.section) w.Text(row, 4, Id(*fl.section));
    w.Text(row, 5, fl.excerpt);
    w.Text(row, 6, fl.message);
  }
  for (Severity s : AllSeverities()) {
    w.When(row, 0, 6, "=$D2=\"" + std::string(Id(s)) + "\"", SeverityFormat(f, s));
  }
  w.Finish(row);
  return w.error();
}

lxw_error WriteSummary(lxw_workbook* wb, const Report& r, const Formats& f) {
  Sheet w(wb, "Summary", f);
  w.Check(worksheet_set_column(w.sheet(), 0, 0, 44, f.wrap));
  w.Check(worksheet_set_column(w.sheet(), 1, 4, 14, f.cell));
  w.Check(worksheet_set_column(w.sheet(), 5, 5, 60, f.wrap));
  const Summary& s = r.summary;
  size_t row = 0;
  auto number = [&](std::string_view k, double v, lxw_format* fmt = nullptr) {
    w.Text(row, 0, k, f.header);
    w.Number(row++, 1, v, fmt);
  };
  auto share = [&](std::string_view k, const std::optional<double>& v) {
    w.Text(row, 0, k, f.header);
    if (v) {
      w.Number(row, 1, *v, f.percent);
    } else {
      w.Text(row, 1, "no such statements");
    }
    ++row;
  };
  w.Text(row, 0, "audit date", f.header);
  w.Text(row++, 1, r.generated_on);
  number("plans audited", s.plans);
  number("inputs not audited", s.failed_inputs, s.failed_inputs > 0 ? f.block : nullptr);
  number("statements", s.statements);
  number("block flags", s.by_severity[0], f.block);
  number("warn flags", s.by_severity[1], f.warn);
  number("info flags", s.by_severity[2], f.info);
  number("flags per plan (average)", s.mean_flags, f.decimal);
  share("specific provision (average over plans)", s.mean_specific);
  share("SMART outcomes (average over plans)", s.mean_smart);
  number("passages copied between plans", s.copy_passages);
  number("stock passages (boilerplate, form guidance)", s.boilerplate_passages);

  ++row;
  const char* worst[] = {"worst plans", "block", "warn", "info", "flags", "source"};
  for (size_t c = 0; c < 6; ++c) w.Text(row, c, worst[c], f.header);
  ++row;
  for (size_t i : s.worst) {
    const PlanRow& p = r.plans[i];
    w.Text(row, 0, p.case_id);
    for (size_t k = 0; k < 3; ++k) w.Number(row, 1 + k, p.by_severity[k]);
    w.Number(row, 4, p.flags());
    w.Text(row++, 5, p.source);
  }
  if (s.worst.empty()) w.Text(row++, 0, "No plan has a flag.");

  ++row;
  w.Text(row, 0, "inputs not audited", f.header);
  w.Text(row++, 5, "reason", f.header);
  for (const FailedInput& fail : r.failures) {
    w.Text(row, 0, fail.source);
    w.Text(row++, 5, fail.reason);
  }
  if (r.failures.empty()) w.Text(row++, 0, "None: every input was audited.");
  return w.error();
}

}  // namespace

Status WriteAuditXlsx(const Report& report, ByteSink& sink) {
  return xlsx::WriteWorkbook(
      "audit.xlsx", "EHC plan audit", report.generated_on,
      [&](lxw_workbook* wb) {
        const Formats formats = MakeFormats(wb);
        lxw_error err = LXW_NO_ERROR;
        for (auto write : {WritePlans, WriteShared, WriteFlags, WriteSummary}) {
          lxw_error e = write(wb, report, formats);
          if (err == LXW_NO_ERROR) err = e;
        }
        return err;
      },
      sink);
}

}  // namespace ehcp::audit
