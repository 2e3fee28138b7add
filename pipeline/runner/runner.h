// Runs the pipeline on one case or a batch: read files, extract, build the plan, write outputs.
// The only place that does I/O besides the command line.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "mappers/form/form_reader.h"
#include "pipeline/base/fs.h"
#include "pipeline/model/plan.h"
#include "pipeline/runner/case_discovery.h"

namespace ehcp {

struct RunOptions {
  ExtractOptions extract;
  std::string out_dir = "out";
  std::string generated_on;  // ISO date for the plan and file metadata
  std::string tool_version;
  int jobs = 1;               // cases drafted at once (and documents and OCR pages within a case)
  bool html = false;          // also write draft.html
  bool verbose_text = false;  // allow report text in log lines
  bool force = false;         // redraft cases whose inputs and outputs are unchanged
  std::string review_path;    // apply this review workbook's decisions to the draft (one case)
  // The caseload's passage index for copy-paste checks across cases (SQLite). Empty means
  // <out_dir>/ehcp-corpus.sqlite. Every drafted case is added to it.
  std::string corpus_path;
  bool use_corpus = true;
  int boilerplate_min_cases = 0;  // 0 = automatic (the larger of 5 and 1% of cases)
  // The council's registered blank forms (`ehcp forms add`): a folder of TSV files. Empty means
  // "ehcp-forms" beside the corpus index. A missing folder means no registered forms.
  std::string forms_dir;
  const FormLibrary* forms = nullptr;  // loaded by RunBatch from forms_dir when null
};

// Seconds spent in each stage of one case.
struct StageTimes {
  double read = 0;     // reading files from disk
  double extract = 0;  // extraction, including recognition of scans
  double plan = 0;     // segmentation, classification, checks
  double write = 0;    // writing outputs
};

// What happened to one case: for the summary table. Never contains report text.
struct CaseReport {
  std::string case_id;
  std::string out_dir;
  bool skipped_unchanged = false;  // inputs and outputs unchanged since the last run
  int documents = 0;               // read successfully
  int pages = 0;
  int recognised_pages = 0;
  int statements = 0;  // plan content (not report furniture)
  std::map<Severity, int> flags;
  std::vector<FailedFile> failures;  // files that could not be read
  std::string error;                 // the case itself failed (e.g. outputs not writable)
  bool stopped = false;              // not drafted because the run was stopped (Ctrl-C)
  StageTimes times;
  double seconds = 0;
};

// Told about progress; called from worker threads, so implementations must be thread-safe.
class RunObserver {
 public:
  virtual ~RunObserver() = default;
  // A plain log line (file names and counts; report text only with verbose_text).
  virtual void Log(const std::string& line) = 0;
  virtual void DocumentDone(const std::string& case_id, int pages) = 0;
  virtual void CaseDone(const CaseReport& report) = 0;
};

// Drafts one case into options.out_dir/<case id>/: draft-plan.docx, review.xlsx, plan.json
// (and draft.html when asked). A file that cannot be read is reported and skipped. Unless
// options.force, a case whose inputs and outputs match the last run's manifest is skipped.
CaseReport RunCase(FileSystem& fs, const CaseSource& source, const RunOptions& options,
                   RunObserver& observer);

// Drafts every case, options.jobs at a time: all plans are built first, then checked against
// the corpus index (which then holds them all, so cases of one batch are compared with each
// other too), then written. Reports are in the order of `cases`.
// When a stop is asked for (StopRequested: Ctrl-C), no further case is started, the cases whose
// documents were being read are abandoned (report.stopped), and every case already drafted is
// checked and written as usual. Temporary files left in a case's output folder by an earlier
// run that was killed are removed before it is written.
std::vector<CaseReport> RunBatch(FileSystem& fs, const std::vector<CaseSource>& cases,
                                 const RunOptions& options, RunObserver& observer);

// The files of one case, read into memory.
struct CaseFiles {
  std::vector<std::pair<std::string, std::string>> files;  // (path, bytes), in case order
  std::vector<FailedFile> unreadable;
  std::string case_json;  // bytes of case.json, empty when absent
};

// Reads the case's files (regular files only, each checked against `max_file_bytes` before it
// is read); the ones that cannot be read, and the case's not_read entries, are `unreadable`.
StatusOr<CaseFiles> ReadCaseFiles(const FileSystem& fs, const CaseSource& source,
                                  uint64_t max_file_bytes);

// Builds the plan of one case from its files without writing anything. The documents are read
// options.jobs at a time; the plan is the same whatever the number.
Plan DraftPlan(const CaseSource& source, const CaseFiles& files, const RunOptions& options,
               RunObserver& observer, StageTimes* times);

}  // namespace ehcp
