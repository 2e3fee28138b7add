// What the command line shows while drafting: a progress bar on a terminal, plain log lines
// otherwise, and the summary table at the end.
#pragma once

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "pipeline/runner/runner.h"

namespace ehcp {

class ConsoleObserver final : public RunObserver {
 public:
  // `out` is where lines go (stderr); a bar is drawn only when it is a terminal.
  ConsoleObserver(std::FILE* out, int cases_total);
  void Log(const std::string& line) override;
  void DocumentDone(const std::string& case_id, int pages) override;
  void CaseDone(const CaseReport& report) override;
  // Clears the bar before the summary is printed.
  void Finish();

 private:
  void DrawLocked();
  void ClearLocked();

  std::FILE* out_;
  bool tty_;
  int cases_total_;
  int cases_done_ = 0;
  int documents_ = 0;
  int pages_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::mutex mu_;
};

// The table printed after a batch: one row per case, totals, failures with reasons, and with
// `stats` the time spent in each stage.
void PrintSummary(std::FILE* out, const std::vector<CaseReport>& reports, double seconds,
                  bool stats);

}  // namespace ehcp
