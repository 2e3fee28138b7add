#include "pipeline/runner/runner.h"

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <thread>

#include "extractors/ocr/ocr.h"
#include "extractors/registry.h"
#include "mappers/assemble/assemble.h"
#include "mappers/checks/cross_case.h"
#include "output/writer.h"
#include "pipeline/base/hash.h"
#include "pipeline/base/interrupt.h"
#include "pipeline/base/parallel.h"
#include "pipeline/base/scratch.h"
#include "pipeline/corpus/passage_index.h"
#include "pipeline/runner/forms.h"
#include "pipeline/runner/apply.h"
#include "pipeline/runner/isolate.h"

namespace ehcp {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

constexpr const char* kManifest = ".ehcp-manifest.json";
constexpr const char* kReview = "review.xlsx";

// When the caseworker has edited review.xlsx since the tool wrote it, it is moved aside to
// review.edited.xlsx (or review.edited-2.xlsx…) before a new one is written: their decisions
// are never overwritten. Returns the new name, or "" when nothing was moved.
std::string KeepEditedReview(FileSystem& fs, const std::string& dir) {
  std::string path = JoinPath(dir, kReview);
  StatusOr<std::string> current = fs.ReadFile(path);
  if (!current.ok()) return "";
  std::string recorded;
  if (StatusOr<std::string> m = fs.ReadFile(JoinPath(dir, kManifest)); m.ok()) {
    nlohmann::json j = nlohmann::json::parse(*m, nullptr, false);
    if (!j.is_discarded() && j.contains("outputs")) recorded = j["outputs"].value(kReview, "");
  }
  if (recorded == ContentHash(*current)) return "";
  for (int i = 1; i < 1000; ++i) {
    std::string name =
        i == 1 ? "review.edited.xlsx" : "review.edited-" + std::to_string(i) + ".xlsx";
    std::string to = JoinPath(dir, name);
    if (fs.Exists(to)) continue;
    return fs.Rename(path, to).ok() ? name : "";
  }
  return "";
}

struct Output {
  const char* name;
  Status (*writer)(const Plan&, ByteSink&);
};

std::vector<Output> OutputsFor(const RunOptions& options) {
  std::vector<Output> outs = {{"plan.json", WritePlanJson},
                              {"draft-plan.docx", WriteDraftDocx},
                              {"review.xlsx", WriteReviewXlsx}};
  if (options.html) outs.push_back({"draft.html", WriteDraftHtml});
  return outs;
}

// Everything that decides the outputs: the files' names and bytes, case.json, the tool version,
// the date and the options that change what is read.
std::string InputFingerprint(const CaseFiles& files, const RunOptions& o) {
  std::string key = "v=" + o.tool_version + ";date=" + o.generated_on +
                    ";html=" + std::to_string(o.html) + ";ocr=" + std::to_string(o.extract.ocr) +
                    ";pages=" + std::to_string(o.extract.max_pages) +
                    ";case.json=" + ContentHash(files.case_json);
  for (const auto& [path, bytes] : files.files) {
    key += ";" + BaseName(path) + "=" + ContentHash(bytes);
  }
  for (const auto& f : files.unreadable) key += ";unreadable=" + f.file;
  return ContentHash(key);
}

// True when the manifest in `dir` records this input fingerprint and every output is present
// with the recorded hash.
bool UnchangedSinceLastRun(const FileSystem& fs, const std::string& dir,
                           const std::string& fingerprint, const RunOptions& options,
                           CaseReport& report) {
  StatusOr<std::string> text = fs.ReadFile(JoinPath(dir, kManifest));
  if (!text.ok()) return false;
  nlohmann::json m = nlohmann::json::parse(*text, nullptr, false);
  if (m.is_discarded() || m.value("inputs", "") != fingerprint) return false;
  for (const Output& out : OutputsFor(options)) {
    StatusOr<std::string> bytes = fs.ReadFile(JoinPath(dir, out.name));
    if (!bytes.ok()) return false;
    // review.xlsx is the caseworker's working copy: edits to it do not make the case stale.
    if (std::string(out.name) == kReview) continue;
    if (m["outputs"].value(out.name, "") != ContentHash(*bytes)) return false;
  }
  const auto& r = m["report"];
  report.documents = r.value("documents", 0);
  report.pages = r.value("pages", 0);
  report.recognised_pages = r.value("recognised_pages", 0);
  report.statements = r.value("statements", 0);
  report.flags[Severity::kBlock] = r.value("block", 0);
  report.flags[Severity::kWarn] = r.value("warn", 0);
  report.flags[Severity::kInfo] = r.value("info", 0);
  for (const auto& f : r.value("failures", nlohmann::json::array())) {
    report.failures.push_back({f.value("file", ""), f.value("page", 0), f.value("reason", "")});
  }
  return true;
}

void Summarise(const Plan& plan, CaseReport& report) {
  report.documents = static_cast<int>(plan.documents.size());
  for (const auto& d : plan.documents) {
    report.pages += d.pages;
    report.recognised_pages += static_cast<int>(d.recognised_pages.size());
  }
  for (const auto& s : plan.statements) report.statements += s.in_draft();
  for (const auto& f : plan.flags) ++report.flags[f.severity];
  report.failures = plan.failures;
}

nlohmann::json ManifestJson(const std::string& fingerprint,
                            const std::map<std::string, std::string>& hashes,
                            const CaseReport& report) {
  nlohmann::json failures = nlohmann::json::array();
  for (const auto& f : report.failures) {
    failures.push_back({{"file", f.file}, {"page", f.page}, {"reason", f.reason}});
  }
  auto count = [&](Severity s) {
    auto it = report.flags.find(s);
    return it == report.flags.end() ? 0 : it->second;
  };
  return {{"inputs", fingerprint},
          {"outputs", hashes},
          {"report",
           {{"documents", report.documents},
            {"pages", report.pages},
            {"recognised_pages", report.recognised_pages},
            {"statements", report.statements},
            {"block", count(Severity::kBlock)},
            {"warn", count(Severity::kWarn)},
            {"info", count(Severity::kInfo)},
            {"failures", failures}}}};
}

}  // namespace

StatusOr<CaseFiles> ReadCaseFiles(const FileSystem& fs, const CaseSource& source,
                                  uint64_t max_file_bytes) {
  CaseFiles out;
  out.unreadable = source.not_read;
  for (const std::string& path : source.files) {
    // The size is checked before anything is read, and only a regular file is opened.
    StatusOr<std::string> bytes = fs.ReadRegularFile(path, max_file_bytes);
    if (!bytes.ok()) {
      std::string name = BaseName(path);
      std::string reason =
          bytes.status().code() == StatusCode::kLimitExceeded
              ? FileTooLarge(name, fs.FileSize(path).value_or(max_file_bytes + 1), max_file_bytes)
                    .message()
              : "'" + name + "' could not be read from disk: " + bytes.status().message();
      out.unreadable.push_back({name, 0, reason});
      continue;
    }
    out.files.emplace_back(path, std::move(bytes).value());
  }
  if (!source.case_json.empty()) {
    StatusOr<std::string> bytes = fs.ReadRegularFile(source.case_json, max_file_bytes);
    if (bytes.ok()) out.case_json = std::move(bytes).value();
  }
  return out;
}

Plan DraftPlan(const CaseSource& source, const CaseFiles& files, const RunOptions& options,
               RunObserver& observer, StageTimes* times) {
  PlanInputs in;
  in.case_id = source.id;
  in.generated_on = options.generated_on;
  in.tool_version = options.tool_version;
  in.failures = files.unreadable;
  for (const FailedFile& f : files.unreadable) observer.Log("case " + source.id + ": " + f.reason);
  if (!files.case_json.empty()) {
    MemFileSystem mem;
    (void)mem.WriteFileAtomic("case.json", files.case_json);
    StatusOr<ChildInfo> child = LoadCaseJson(mem, "case.json");
    if (!child.ok()) {
      observer.Log("case " + source.id + ": " + child.status().message() +
                   "; the child's details will be read from the documents instead");
    } else {
      in.child = std::move(child).value();
    }
  }
  auto t0 = Clock::now();
  // The documents are read options.jobs at a time, largest first (scans are the big files and
  // the slow ones), and then taken in case order, so the plan never depends on which finished
  // first.
  std::vector<std::optional<StatusOr<Document>>> read(files.files.size());
  std::vector<size_t> order(files.files.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return files.files[a].second.size() > files.files[b].second.size();
  });
  // Each document is read by a worker process of this case's own pool (isolate.h), reused for
  // the case's next document. A worker has its own recognition engines, so the pages of a
  // scanned document get the cores the case's other documents leave: with --jobs 2, a case of
  // one scan recognises two pages at once, a case of several documents one page per document.
  ExtractOptions extract = options.extract;
  if (!extract.worker_program.empty()) {
    const int docs_at_once =
        std::max(1, std::min(options.jobs, static_cast<int>(files.files.size())));
    extract.ocr_threads = std::max(1, options.jobs / docs_at_once);
    extract.ocr_engines = nullptr;
  }
  ExtractWorkers workers(extract);
  ParallelFor(order.size(), std::max(1, options.jobs), [&](size_t k) {
    const auto& [path, bytes] = files.files[order[k]];
    std::optional<StatusOr<Document>>& doc = read[order[k]];
    doc.emplace(workers.Extract(bytes, BaseName(path), extract));
    if ((*doc).ok()) observer.DocumentDone(source.id, (**doc).info.pages);
  });
  for (size_t i = 0; i < files.files.size(); ++i) {
    const std::string& path = files.files[i].first;
    StatusOr<Document>& doc = *read[i];
    if (!doc.ok()) {
      std::string reason = doc.status().message();
      if (StopRequested()) continue;  // the case is abandoned; the summary says so
      observer.Log("case " + source.id + ": skipped " + reason);
      in.failures.push_back({BaseName(path), 0, reason});
      continue;
    }
    for (const Diagnostic& d : doc->info.diagnostics) {
      observer.Log("case " + source.id + ": '" + doc->info.file + "'" +
                   (d.page > 0 ? " page " + std::to_string(d.page) : std::string()) + ": " +
                   d.message);
    }
    in.documents.push_back(std::move(doc).value());
  }
  auto t1 = Clock::now();
  in.forms = options.forms;
  Plan plan = BuildPlan(std::move(in), *MakeDefaultClassifier());
  if (times) {
    times->extract += std::chrono::duration<double>(t1 - t0).count();
    times->plan += SecondsSince(t1);
  }
  return plan;
}

namespace {

// One case between drafting and writing.
struct Prepared {
  CaseReport report;
  std::optional<Plan> plan;  // empty when skipped or failed
  std::string fingerprint;
};

Prepared PrepareCase(FileSystem& fs, const CaseSource& source, const RunOptions& options,
                     RunObserver& observer) {
  auto t0 = Clock::now();
  Prepared p;
  CaseReport& report = p.report;
  report.case_id = source.id;
  report.out_dir = JoinPath(options.out_dir, source.id);
  if (StopRequested()) {
    report.stopped = true;
    report.error = "not drafted: the run was stopped";
    return p;
  }
  StatusOr<CaseFiles> files = ReadCaseFiles(fs, source, options.extract.max_file_bytes);
  if (!files.ok()) {
    report.error = files.status().message();
    return p;
  }
  report.times.read = SecondsSince(t0);
  p.fingerprint = InputFingerprint(*files, options);
  if (!options.review_path.empty()) {
    StatusOr<std::string> review = fs.ReadFile(options.review_path);
    p.fingerprint = ContentHash(p.fingerprint + (review.ok() ? ContentHash(*review) : "missing"));
  }
  if (!options.force && UnchangedSinceLastRun(fs, report.out_dir, p.fingerprint, options, report)) {
    report.skipped_unchanged = true;
    report.seconds = SecondsSince(t0);
    return p;
  }
  Plan plan = DraftPlan(source, *files, options, observer, &report.times);
  if (StopRequested()) {
    // Some documents may not have been read: the case is left for the next run, not written
    // with missing advice.
    report.stopped = true;
    report.error = "not drafted: the run was stopped while its documents were read";
    return p;
  }
  if (!options.review_path.empty()) {
    StatusOr<std::string> xlsx = fs.ReadFile(options.review_path);
    StatusOr<ReviewDecisions> decisions =
        xlsx.ok() ? ReadReviewDecisions(*xlsx, BaseName(options.review_path), options.extract)
                  : StatusOr<ReviewDecisions>(xlsx.status());
    if (!decisions.ok()) {
      report.error = decisions.status().message();
      return p;
    }
    if (Status belongs = CheckReviewBelongsToPlan(*decisions, plan, BaseName(options.review_path));
        !belongs.ok()) {
      report.error = belongs.message();
      return p;
    }
    ApplyReport applied;
    plan = ApplyReview(std::move(plan), *decisions, &applied);
    for (const auto& problem : applied.problems) observer.Log("case " + source.id + ": " + problem);
  }
  p.plan = std::move(plan);
  report.seconds = SecondsSince(t0);
  return p;
}

std::string CorpusPath(const RunOptions& options) {
  return options.corpus_path.empty() ? JoinPath(options.out_dir, "ehcp-corpus.sqlite")
                                     : options.corpus_path;
}

// Adds the drafted plans to the caseload index and flags what they share with other cases.
// A problem with the index is logged; the drafts are still written.
void CheckAcrossCases(FileSystem& fs, std::vector<Prepared*>& drafted, const RunOptions& options,
                      RunObserver& observer) {
  if (!options.use_corpus || drafted.empty()) return;
  const std::string path = CorpusPath(options);
  const bool file = !corpus::IsPostgresTarget(path);
  if (auto slash = path.find_last_of('/'); file && slash != std::string::npos && slash > 0) {
    (void)fs.MakeDirs(path.substr(0, slash));
  }
  auto index = corpus::PassageIndex::Open(path);
  // A check that could not be made is said in each case's outputs and makes the run end
  // non-zero: a skipped copy-paste check is never silent.
  auto not_checked = [&](Prepared& p, const std::string& why) {
    p.plan->failures.push_back(
        {"copy-paste index", 0, "the copy-paste check against other cases was not made: " + why});
  };
  if (!index.ok()) {
    observer.Log("the copy-paste index '" + path + "' could not be used, so no case was " +
                 "checked against other cases: " + index.status().message());
    for (Prepared* p : drafted) not_checked(*p, index.status().message());
    return;
  }
  // The index holds children's text: keep it private to the owner.
  for (const char* suffix : {"", "-wal", "-shm"}) {
    if (file) ::chmod((path + suffix).c_str(), 0600);
  }
  std::vector<corpus::CaseText> texts;
  std::vector<PassageMap> maps(drafted.size());
  for (size_t i = 0; i < drafted.size(); ++i) {
    texts.push_back(CaseTextOf(*drafted[i]->plan, maps[i]));
  }
  Status added = (*index)->AddCases(texts);
  if (!added.ok()) {
    observer.Log("the drafts could not be added to the copy-paste index '" + path +
                 "': " + added.message());
    for (Prepared* p : drafted) not_checked(*p, added.message());
    return;
  }
  corpus::MatchOptions match;
  match.boilerplate_min_cases = options.boilerplate_min_cases;
  for (size_t i = 0; i < drafted.size(); ++i) {
    auto matches = (*index)->FindMatches(texts[i], match);
    auto names = (*index)->ForeignNamesIn(texts[i]);
    if (!matches.ok() || !names.ok()) {
      observer.Log("case " + texts[i].case_id + " could not be checked against other cases: " +
                   (!matches.ok() ? matches.status() : names.status()).message());
      not_checked(*drafted[i], (!matches.ok() ? matches.status() : names.status()).message());
      continue;
    }
    AddCrossCaseFlags(*drafted[i]->plan, maps[i], *matches, *names);
  }
}

void FinishCase(FileSystem& fs, const CaseSource& source, Prepared& p, const RunOptions& options,
                RunObserver& observer) {
  CaseReport& report = p.report;
  if (!p.plan) return;
  auto tw = Clock::now();
  const Plan& plan = *p.plan;
  Summarise(plan, report);
  Status st = fs.MakeDirs(report.out_dir);
  std::vector<std::string> leftovers = RemoveLeftovers(report.out_dir);
  if (!leftovers.empty()) {
    observer.Log("case " + source.id + ": removed " + std::to_string(leftovers.size()) +
                 " temporary file(s) left by an earlier run that was stopped");
  }
  // The workbook writer's temporary folder goes beside the outputs, not in /tmp.
  ScopedScratchDir scratch(report.out_dir);
  if (st.ok()) {
    std::string kept = KeepEditedReview(fs, report.out_dir);
    if (!kept.empty()) {
      observer.Log("case " + source.id + ": review.xlsx had been edited; it was kept as " + kept);
    }
  }
  std::map<std::string, std::string> hashes;
  for (const Output& out : OutputsFor(options)) {
    if (!st.ok()) break;
    StringSink sink;
    st = out.writer(plan, sink).WithContext(std::string("could not make ") + out.name);
    if (st.ok()) st = fs.WriteFileAtomic(JoinPath(report.out_dir, out.name), sink.data());
    hashes[out.name] = ContentHash(sink.data());
  }
  // The manifest is written last: an interrupted run leaves none, so the case is redrafted.
  if (st.ok()) {
    st = fs.WriteFileAtomic(JoinPath(report.out_dir, kManifest),
                            ManifestJson(p.fingerprint, hashes, report).dump(1));
  }
  if (!st.ok()) report.error = st.message();
  report.times.write = SecondsSince(tw);
  report.seconds += report.times.write;
  p.plan.reset();  // free the plan's memory as soon as it is written
}

}  // namespace

CaseReport RunCase(FileSystem& fs, const CaseSource& source, const RunOptions& options,
                   RunObserver& observer) {
  std::vector<CaseReport> reports = RunBatch(fs, {source}, options, observer);
  return reports.front();
}

std::vector<CaseReport> RunBatch(FileSystem& fs, const std::vector<CaseSource>& cases,
                                 const RunOptions& options, RunObserver& observer) {
  RunOptions per_case = options;
  FormLibrary forms;
  if (per_case.forms == nullptr) {
    std::string dir = options.forms_dir.empty() ? DefaultFormsDir(CorpusPath(options))
                                                : options.forms_dir;
    std::vector<std::string> problems;
    forms = LoadForms(fs, dir, &problems);
    for (const std::string& p : problems) observer.Log(p);
    if (!forms.empty()) {
      observer.Log("using " + std::to_string(forms.size()) + " lines of registered forms from '" +
                   dir + "'");
    }
    per_case.forms = &forms;
  }
  int workers = std::max(1, std::min<int>(options.jobs, static_cast<int>(cases.size())));
  // Cores not used by parallel cases go to the documents within a case. Pages of scanned
  // documents may use every core, since all recognition shares options.jobs engines: no more
  // than that many pages are recognised at once however the work nests, and a core left idle
  // by one case's documents is taken by another's pages.
  per_case.jobs = std::max(1, options.jobs / workers);
  per_case.extract.ocr_threads = std::max(1, options.jobs);
  OcrEngines engines(options.jobs);
  per_case.extract.ocr_engines = &engines;
  std::vector<Prepared> prepared(cases.size());
  ParallelFor(cases.size(), workers, [&](size_t i) {
    prepared[i] = PrepareCase(fs, cases[i], per_case, observer);
    if (!prepared[i].plan) observer.CaseDone(prepared[i].report);
  });
  std::vector<Prepared*> drafted;
  for (auto& p : prepared) {
    if (p.plan) drafted.push_back(&p);
  }
  auto tc = Clock::now();
  CheckAcrossCases(fs, drafted, options, observer);
  double cross = SecondsSince(tc) / std::max<size_t>(1, drafted.size());
  ParallelFor(cases.size(), workers, [&](size_t i) {
    if (!prepared[i].plan) return;
    prepared[i].report.times.plan += cross;
    FinishCase(fs, cases[i], prepared[i], per_case, observer);
    observer.CaseDone(prepared[i].report);
  });
  std::vector<CaseReport> reports;
  for (auto& p : prepared) reports.push_back(std::move(p.report));
  return reports;
}

}  // namespace ehcp
