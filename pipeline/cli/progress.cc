#include "pipeline/cli/progress.h"

#include <unistd.h>

#include <map>

#include "pipeline/base/text.h"

namespace ehcp {

ConsoleObserver::ConsoleObserver(std::FILE* out, int cases_total)
    : out_(out),
      tty_(::isatty(::fileno(out)) != 0),
      cases_total_(cases_total),
      start_(std::chrono::steady_clock::now()) {}

void ConsoleObserver::ClearLocked() {
  if (tty_) std::fputs("\r\033[K", out_);
}

void ConsoleObserver::DrawLocked() {
  if (!tty_) return;
  constexpr int kWidth = 24;
  int filled = cases_total_ ? kWidth * cases_done_ / cases_total_ : 0;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.resize(kWidth, '.');
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string eta = "--";
  if (cases_done_ > 0 && cases_done_ < cases_total_) {
    int left = static_cast<int>(elapsed / cases_done_ * (cases_total_ - cases_done_));
    eta = std::to_string(left / 60) + "m" + std::to_string(left % 60) + "s";
  }
  std::fprintf(out_, "\r\033[K[%s] %d/%d cases, %d documents, %d pages, about %s left", bar.c_str(),
               cases_done_, cases_total_, documents_, pages_, eta.c_str());
  std::fflush(out_);
}

void ConsoleObserver::Log(const std::string& line) {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
  std::fprintf(out_, "ehcp: %s\n", Printable(line).c_str());
  DrawLocked();
}

void ConsoleObserver::DocumentDone(const std::string&, int pages) {
  std::lock_guard<std::mutex> lock(mu_);
  ++documents_;
  pages_ += pages;
  DrawLocked();
}

void ConsoleObserver::CaseDone(const CaseReport& r) {
  std::lock_guard<std::mutex> lock(mu_);
  ++cases_done_;
  ClearLocked();
  const std::string id = Printable(r.case_id), error = Printable(r.error),
                    out_dir = Printable(r.out_dir);
  if (r.stopped) {
    // Listed once, in the summary.
  } else if (!r.error.empty()) {
    std::fprintf(out_, "ehcp: case %s failed: %s\n", id.c_str(), error.c_str());
  } else if (r.skipped_unchanged) {
    std::fprintf(out_, "ehcp: case %s unchanged since the last run, skipped (--force redrafts)\n",
                 id.c_str());
  } else {
    std::fprintf(out_, "ehcp: case %s: %d documents, %d pages, %d statements -> %s\n", id.c_str(),
                 r.documents, r.pages, r.statements, out_dir.c_str());
  }
  DrawLocked();
}

void ConsoleObserver::Finish() {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
  std::fflush(out_);
}

void PrintSummary(std::FILE* out, const std::vector<CaseReport>& reports, double seconds,
                  bool stats) {
  int docs = 0, pages = 0, ocr = 0, statements = 0, failed = 0;
  std::map<Severity, int> flags;
  StageTimes total;
  auto n = [](const std::map<Severity, int>& m, Severity s) {
    auto it = m.find(s);
    return it == m.end() ? 0 : it->second;
  };
  std::fprintf(out, "\n%-26s %5s %5s %5s %6s %6s %5s %5s  %s\n", "case", "docs", "pages", "ocr",
               "stmts", "block", "warn", "info", "result");
  for (const auto& r : reports) {
    std::string result = r.stopped             ? "stopped, not drafted"
                         : !r.error.empty()    ? "FAILED"
                         : !r.failures.empty() ? "some files not read"
                         : r.skipped_unchanged ? "unchanged"
                                               : "ok";
    std::fprintf(out, "%-26s %5d %5d %5d %6d %6d %5d %5d  %s\n", Printable(r.case_id).c_str(),
                 r.documents, r.pages, r.recognised_pages, r.statements,
                 n(r.flags, Severity::kBlock), n(r.flags, Severity::kWarn),
                 n(r.flags, Severity::kInfo), result.c_str());
    docs += r.documents;
    pages += r.pages;
    ocr += r.recognised_pages;
    statements += r.statements;
    for (const auto& [sev, k] : r.flags) flags[sev] += k;
    failed += static_cast<int>(r.failures.size()) + (r.error.empty() || r.stopped ? 0 : 1);
    total.read += r.times.read;
    total.extract += r.times.extract;
    total.plan += r.times.plan;
    total.write += r.times.write;
  }
  std::fprintf(out,
               "%zu case(s), %d document(s), %d page(s) (%d recognised), %d statements; "
               "flags: %d must fix, %d warnings, %d information; %.1f s\n",
               reports.size(), docs, pages, ocr, statements, flags[Severity::kBlock],
               flags[Severity::kWarn], flags[Severity::kInfo], seconds);
  if (failed > 0) {
    std::fprintf(out, "\nNot read (%d):\n", failed);
    for (const auto& r : reports) {
      const std::string id = Printable(r.case_id);
      if (!r.error.empty() && !r.stopped) {
        std::fprintf(out, "  %s: %s\n", id.c_str(), Printable(r.error).c_str());
      }
      for (const auto& f : r.failures) {
        std::fprintf(out, "  %s: %s\n", id.c_str(), Printable(f.reason).c_str());
      }
    }
  }
  int stopped = 0, written = 0;
  for (const auto& r : reports) {
    stopped += r.stopped;
    written += r.error.empty() && !r.stopped;
  }
  if (stopped > 0) {
    std::fprintf(out,
                 "\nStopped: %d case(s) are written or were unchanged; %d case(s) were not "
                 "drafted. Run the same command again to draft them (finished cases are kept and "
                 "skipped):\n",
                 written, stopped);
    for (const auto& r : reports) {
      if (r.stopped) std::fprintf(out, "  %s\n", Printable(r.case_id).c_str());
    }
  }
  if (stats) {
    double sum = total.read + total.extract + total.plan + total.write;
    auto row = [&](const char* name, double s) {
      std::fprintf(out, "  %-34s %8.3f s %5.1f%%\n", name, s, sum > 0 ? 100.0 * s / sum : 0.0);
    };
    std::fprintf(out, "\nTime per stage (summed over cases):\n");
    row("read files", total.read);
    row("extract (text layers and OCR)", total.extract);
    row("segment, classify, check", total.plan);
    row("write outputs", total.write);
    if (pages > 0) std::fprintf(out, "  %-34s %8.3f s\n", "per page, wall clock", seconds / pages);
  }
}

}  // namespace ehcp
