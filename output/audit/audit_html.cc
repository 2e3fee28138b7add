// audit.html: the audit on one self-contained page: inline CSS, bar charts as inline SVG, no
// script and no external resource. Every text from a plan is HTML-escaped.
#include <cstdio>
#include <string>
#include <vector>

#include "output/audit/audit_report.h"
#include "output/markup.h"
#include "pipeline/base/text.h"

namespace ehcp::audit {
namespace {

using markup::HtmlEscape;

constexpr const char* kStyle = R"(
body{font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#222;
  max-width:84em;margin:2em auto;padding:0 1em}
h1{color:#1f3864;font-size:1.8em;margin:.3em 0 .4em}
h2{color:#1f3864;font-size:1.3em;border-bottom:1px solid #1f3864;margin:1.8em 0 .5em;
  padding-bottom:.15em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.9em}
th,td{border:1px solid #8c8c8c;padding:.25em .45em;text-align:left;vertical-align:top}
th{background:#dce6f2}
td.n{text-align:right;white-space:nowrap}
tr.block td{background:#ffc7ce}
tr.warn td{background:#ffeb9c}
tr.info td{background:#ddebf7}
td.block{background:#ffc7ce;color:#9c0006;font-weight:bold}
td.warn{background:#ffeb9c;color:#9c5700}
td.info{background:#ddebf7;color:#1f4e79}
.chart{margin:.5em 0 1.5em}
.chart text{font-size:12px;fill:#222}
.note{color:#595959;font-size:.9em}
footer{color:#595959;font-size:.8em;margin-top:3em;text-align:center}
)";

const char* SeverityClass(Severity s) {
  switch (s) {
    case Severity::kBlock:
      return "block";
    case Severity::kWarn:
      return "warn";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

const char* SeverityColour(Severity s) {
  switch (s) {
    case Severity::kBlock:
      return "#c00000";
    case Severity::kWarn:
      return "#d88a00";
    case Severity::kInfo:
      return "#2e74b5";
  }
  return "#2e74b5";
}

std::string Percent(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", v * 100.0);
  return buf;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// One bar of a chart: `value` in [0, max]; `shown` is the text after the bar.
struct Bar {
  std::string label;
  double value = 0;
  std::string shown;
  const char* colour = "#2e74b5";
};

// A horizontal bar chart as inline SVG, with a title for screen readers.
std::string BarChart(const std::string& title, const std::vector<Bar>& bars, double max) {
  constexpr int kLabel = 220, kBars = 420, kRow = 22, kWidth = kLabel + kBars + 80;
  const int height = static_cast<int>(bars.size()) * kRow + 6;
  std::string out = "<svg class=\"chart\" width=\"" + std::to_string(kWidth) + "\" height=\"" +
                    std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                    std::to_string(height) + "\" role=\"img\" aria-label=\"" + HtmlEscape(title) +
                    "\">\n<title>" + HtmlEscape(title) + "</title>\n";
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = static_cast<int>(i) * kRow + 3;
    int w = max > 0 ? static_cast<int>(b.value / max * kBars + 0.5) : 0;
    out += "<text x=\"" + std::to_string(kLabel - 6) + "\" y=\"" + std::to_string(y + 14) +
           "\" text-anchor=\"end\">" + HtmlEscape(b.label) + "</text>";
    out += "<rect x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(w) + "\" height=\"16\" fill=\"" + b.colour + "\"/>";
    out += "<text x=\"" + std::to_string(kLabel + w + 5) + "\" y=\"" + std::to_string(y + 14) +
           "\">" + HtmlEscape(b.shown) + "</text>\n";
  }
  return out + "</svg>\n";
}

class Page {
 public:
  explicit Page(const Report& r) : r_(r) {}

  std::string Build() {
    out_ += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ += "<title>EHC plan audit " + HtmlEscape(r_.generated_on) + "</title>\n";
    out_ += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    out_ += "<h1>EHC plan audit</h1>\n<p class=\"note\">" + std::to_string(r_.summary.plans) +
            " plan(s) audited on " + HtmlEscape(r_.generated_on) +
            ". This page holds text from children's plans: keep it where the plans are kept.</p>\n";
    Summary();
    Charts();
    Plans();
    Shared();
    Flags();
    out_ += "<footer>Generated " + HtmlEscape(r_.generated_on) + " by ehcp " +
            HtmlEscape(r_.tool_version) + ".</footer>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  void Row(const std::vector<std::string>& cells, const char* row_class = nullptr) {
    out_ += row_class ? std::string("<tr class=\"") + row_class + "\">" : std::string("<tr>");
    for (const std::string& c : cells) out_ += c;
    out_ += "</tr>\n";
  }
  static std::string Td(std::string_view text) { return "<td>" + HtmlEscape(text) + "</td>"; }
  static std::string Num(double v, const char* cls = nullptr) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return std::string("<td class=\"n") + (cls ? std::string(" ") + cls : "") + "\">" + buf +
           "</td>";
  }
  static std::string Count(int v, Severity s) { return Num(v, v > 0 ? SeverityClass(s) : nullptr); }
  void Head(const std::vector<std::string>& headers) {
    out_ += "<table>\n<thead><tr>";
    for (const std::string& h : headers) out_ += "<th>" + HtmlEscape(h) + "</th>";
    out_ += "</tr></thead>\n<tbody>\n";
  }
  void EndTable() { out_ += "</tbody>\n</table>\n"; }

  void Summary() {
    const audit::Summary& s = r_.summary;
    out_ += "<h2 id=\"summary\">Summary</h2>\n";
    Head({"measure", "value"});
    auto share = [](const std::optional<double>& v) {
      return v ? Percent(*v) : std::string("no such statements");
    };
    Row({Td("plans audited"), Num(s.plans)});
    Row({Td("inputs not audited"), Count(s.failed_inputs, Severity::kBlock)});
    Row({Td("statements"), Num(s.statements)});
    Row({Td("block flags"), Count(s.by_severity[0], Severity::kBlock)});
    Row({Td("warn flags"), Count(s.by_severity[1], Severity::kWarn)});
    Row({Td("info flags"), Count(s.by_severity[2], Severity::kInfo)});
    Row({Td("flags per plan (average)"), "<td class=\"n\">" + Fixed(s.mean_flags) + "</td>"});
    Row({Td("specific provision (average over plans)"), Td(share(s.mean_specific))});
    Row({Td("SMART outcomes (average over plans)"), Td(share(s.mean_smart))});
    Row({Td("passages copied between plans"), Count(s.copy_passages, Severity::kWarn)});
    Row({Td("stock passages (boilerplate, form guidance)"),
         Count(s.boilerplate_passages, Severity::kInfo)});
    EndTable();
    out_ += "<h3>Worst plans</h3>\n";
    if (s.worst.empty()) {
      out_ += "<p>No plan has a flag.</p>\n";
    } else {
      Head({"case", "block", "warn", "info", "flags", "source"});
      for (size_t i : s.worst) {
        const PlanRow& p = r_.plans[i];
        Row({Td(p.case_id), Count(p.by_severity[0], Severity::kBlock),
             Count(p.by_severity[1], Severity::kWarn), Count(p.by_severity[2], Severity::kInfo),
             Num(p.flags()), Td(p.source)});
      }
      EndTable();
    }
    out_ += "<h3>Inputs not audited</h3>\n";
    if (r_.failures.empty()) {
      out_ += "<p>None: every input was audited.</p>\n";
    } else {
      Head({"input", "reason"});
      for (const FailedInput& f : r_.failures) Row({Td(f.source), Td(f.reason)}, "block");
      EndTable();
    }
  }

  void Charts() {
    out_ += "<h2 id=\"charts\">Charts</h2>\n<h3>Flags by id, all plans</h3>\n";
    std::vector<Bar> bars;
    double max = 0;
    for (FlagId id : AllFlagIds()) {
      auto it = r_.summary.by_rule.find(id);
      if (it == r_.summary.by_rule.end() || it->second == 0) continue;
      bars.push_back({std::string(Id(id)), static_cast<double>(it->second),
                      std::to_string(it->second), SeverityColour(DefaultSeverity(id))});
      max = std::max(max, static_cast<double>(it->second));
    }
    if (bars.empty()) {
      out_ += "<p>No flags.</p>\n";
    } else {
      out_ += BarChart("Open flags by id across all plans", bars, max);
    }
    ShareChart(
        "Specific provision per plan",
        "Share of provision statements with no vague-wording, unquantified-provision or "
        "resource-caveat flag",
        [](const PlanRow& p) { return p.specific_share(); }, "no provision");
    ShareChart(
        "SMART outcomes per plan",
        "Share of outcomes with no outcome-no-timescale, outcome-not-measurable or "
        "outcome-is-provision flag",
        [](const PlanRow& p) { return p.smart_share(); }, "no outcomes");
  }

  template <typename Fn>
  void ShareChart(const std::string& heading, const std::string& what, Fn share, const char* none) {
    out_ +=
        "<h3>" + HtmlEscape(heading) + "</h3>\n<p class=\"note\">" + HtmlEscape(what) + ".</p>\n";
    std::vector<Bar> bars;
    for (const PlanRow& p : r_.plans) {
      std::optional<double> v = share(p);
      bars.push_back({p.case_id, v.value_or(0), v ? Percent(*v) : none,
                      !v         ? "#a6a6a6"
                      : *v < 0.5 ? "#c00000"
                      : *v < 0.8 ? "#d88a00"
                                 : "#548235"});
    }
    if (bars.empty()) {
      out_ += "<p>No plans.</p>\n";
      return;
    }
    out_ += BarChart(heading, bars, 1.0);
  }

  void Plans() {
    out_ += "<h2 id=\"plans\">Plans</h2>\n";
    Head({"case", "source", "kind", "statements", "block", "warn", "info", "provision statements",
          "specific provision", "outcome statements", "SMART outcomes", "sections missing",
          "copy-paste", "foreign-name", "flags by id"});
    for (const PlanRow& p : r_.plans) {
      std::vector<std::string> missing, rules;
      for (Section s : p.missing_sections) missing.emplace_back(Id(s));
      for (const auto& [rule, n] : p.by_rule) {
        rules.push_back(std::string(Id(rule)) + " " + std::to_string(n));
      }
      auto share = [](const std::optional<double>& v) { return Td(v ? Percent(*v) : ""); };
      Row({Td(p.case_id), Td(p.source), Td(p.kind), Num(p.statements),
           Count(p.by_severity[0], Severity::kBlock), Count(p.by_severity[1], Severity::kWarn),
           Count(p.by_severity[2], Severity::kInfo), Num(p.provision), share(p.specific_share()),
           Num(p.outcomes), share(p.smart_share()), Td(Join(missing, ", ")),
           Count(p.copy_paste, DefaultSeverity(FlagId::kCopyPaste)),
           Count(p.foreign_names, DefaultSeverity(FlagId::kForeignName)), Td(Join(rules, ", "))});
    }
    EndTable();
  }

  void Shared() {
    out_ += "<h2 id=\"shared\">Shared passages</h2>\n";
    if (r_.shared.empty()) {
      out_ += "<p>No passage is shared between plans.</p>\n";
      return;
    }
    Head({"id", "kind", "plans", "case ids", "words", "passage"});
    for (const SharedPassage& p : r_.shared) {
      std::string ids = Join(p.case_ids, ", ");
      if (p.at_least) ids += " (and more: stock text)";
      Row({Td(p.id), Td(Id(p.kind)), Num(p.plans), Td(ids), Num(p.words), Td(p.text)},
          p.kind == PassageKind::kCopy ? "warn" : "info");
    }
    EndTable();
  }

  void Flags() {
    out_ += "<h2 id=\"flags\">Flags</h2>\n";
    if (r_.flags.empty()) {
      out_ += "<p>No open flags.</p>\n";
      return;
    }
    Head({"case", "flag", "rule", "severity", "section", "text", "message"});
    for (const FlagRow& f : r_.flags) {
      Row({Td(f.case_id), Td(f.flag), Td(Id(f.rule)), Td(Id(f.severity)),
           Td(f.section ? Id(*f.section) : ""), Td(f.excerpt), Td(f.message)},
          SeverityClass(f.severity));
    }
    EndTable();
  }

  const Report& r_;
  std::string out_;
};

}  // namespace

Status WriteAuditHtml(const Report& report, ByteSink& sink) {
  return sink.Append(Page(report).Build());
}

}  // namespace ehcp::audit
