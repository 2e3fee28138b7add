// The `ehcp` command line. Argument parsing and printing only: the work is done by the stages.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <thread>

#include "extractors/registry.h"
#include "mappers/checks/check.h"
#include "mappers/classify/classifier.h"
#include "pipeline/base/interrupt.h"
#include "pipeline/base/omp_env.h"
#include "pipeline/base/text.h"
#include "pipeline/cli/corpus_command.h"
#include "pipeline/cli/progress.h"
#include "pipeline/runner/apply.h"
#include "pipeline/runner/audit.h"
#include "pipeline/runner/forms.h"
#include "pipeline/runner/isolate.h"
#include "pipeline/runner/runner.h"
#include "pipeline/serve/server.h"

namespace ehcp {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitUsage = 2;

// Every line about a case, a file or a folder is printed through Printable: a name holding a
// newline or an escape sequence cannot forge a log line or move the cursor.
void Say(const std::string& line) { std::cerr << "ehcp: " << Printable(line) << "\n"; }

// --date: a real calendar date written YYYY-MM-DD.
std::string CheckIsoDate(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  const std::string allowed = "a date written YYYY-MM-DD, such as 2024-09-01";
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2)) {
    return "'" + Printable(s) + "' is not " + allowed;
  }
  std::chrono::year_month_day ymd{
      std::chrono::year{std::stoi(s.substr(0, 4))},
      std::chrono::month{static_cast<unsigned>(std::stoi(s.substr(5, 2)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(s.substr(8, 2)))}};
  if (!ymd.ok() || ymd.year() < std::chrono::year{1970}) {
    return "'" + s + "' is not a day of the calendar: give " + allowed;
  }
  return "";
}

const CLI::Validator kIsoDate(CheckIsoDate, "YYYY-MM-DD", "ISO date");

std::string Today() {
  std::time_t t = std::time(nullptr);
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH")) t = std::strtoll(sde, nullptr, 10);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// Safety limits, each with a sane default that can be overridden (MB and megapixels are
// converted to the byte and pixel counts ExtractOptions holds).
struct LimitFlags {
  double file_mb = 0, zip_mb = 0, xml_mb = 0, image_megapixels = 0, worker_mb = 0;
};

void AddLimitOptions(CLI::App* cmd, ExtractOptions& o, LimitFlags& l) {
  l.file_mb = static_cast<double>(o.max_file_bytes >> 20);
  l.zip_mb = static_cast<double>(o.max_zip_total_bytes >> 20);
  l.xml_mb = static_cast<double>(o.max_xml_bytes >> 20);
  l.image_megapixels = static_cast<double>(o.max_image_pixels) / 1e6;
  l.worker_mb = static_cast<double>(o.max_worker_bytes >> 20);
  // Limits of 0 or less would read nothing: they are usage errors, saying what is allowed.
  cmd->add_option("--max-pages", o.max_pages, "Pages read per document")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--ocr-seconds", o.ocr_seconds_per_page, "Time allowed per recognised page")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-file-mb", l.file_mb, "Largest file read")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-zip-mb", l.zip_mb,
                  "Largest total unpacked size of a Word or Excel container")
      ->capture_default_str();
  cmd->add_option("--max-zip-entries", o.max_zip_entries, "Most parts in a Word or Excel container")
      ->capture_default_str();
  cmd->add_option("--max-xml-mb", l.xml_mb, "Largest XML part")->capture_default_str();
  cmd->add_option("--max-xml-depth", o.max_xml_depth, "Deepest XML nesting")->capture_default_str();
  cmd->add_option("--max-image-megapixels", l.image_megapixels,
                  "Largest image or rendered page, in millions of pixels")
      ->capture_default_str();
  cmd->add_flag("!--no-ocr", o.ocr, "Do not recognise scanned pages and images");
  cmd->add_option("--max-worker-mb", l.worker_mb,
                  "Memory (address space) of the separate process that reads each document")
      ->capture_default_str()
      ->check(CLI::Range(64.0, 1048576.0));
}

void ApplyLimits(const LimitFlags& l, ExtractOptions& o) {
  auto bytes = [](double mb) { return static_cast<uint64_t>(std::max(0.0, mb) * 1048576.0); };
  o.max_file_bytes = bytes(l.file_mb);
  o.max_zip_total_bytes = bytes(l.zip_mb);
  o.max_xml_bytes = bytes(l.xml_mb);
  o.max_image_pixels = static_cast<uint64_t>(std::max(0.0, l.image_megapixels) * 1e6);
  o.max_worker_bytes = bytes(l.worker_mb);
  // Every document is read in a separate process of this same program (pipeline/runner/isolate.h).
  o.worker_program = "/proc/self/exe";
}

// ---- ehcp extract --------------------------------------------------------------------------

nlohmann::json BlockJson(const Block& b) {
  nlohmann::json j;
  j["text"] = b.text;
  j["kind"] = std::string(Id(b.kind));
  j["page"] = b.prov.page;
  j["block"] = b.prov.block;
  j["begin"] = b.prov.begin;
  j["end"] = b.prov.end;
  if (b.kind == BlockKind::kHeading) j["level"] = b.heading_level;
  if (b.kind == BlockKind::kTableCell) {
    j["table"] = b.table;
    j["row"] = b.row;
    j["column"] = b.col;
  }
  if (!b.label.empty()) j["label"] = b.label;
  if (!b.list_label.empty()) j["list_label"] = b.list_label;
  if (b.header_cell) j["header_cell"] = true;
  if (!b.column_header.empty()) j["column_header"] = b.column_header;
  if (b.role != BlockRole::kUnknown) j["role"] = std::string(RoleId(b.role));
  static constexpr const char* kOrigins[] = {"body", "footnote", "endnote", "text-box"};
  if (b.origin != BlockOrigin::kBody) j["origin"] = kOrigins[static_cast<int>(b.origin)];
  if (b.prov.bbox) {
    const BBox& r = *b.prov.bbox;
    j["bbox"] = {r.x0, r.y0, r.x1, r.y1};
  }
  if (b.prov.confidence) j["confidence"] = *b.prov.confidence;
  return j;
}

int RunExtract(const std::string& file, bool json, const ExtractOptions& options) {
  StatusOr<Document> doc = ExtractFileIsolated(file, options);
  if (!doc.ok()) {
    Say(doc.status().message());
    return kExitSomeFailed;
  }
  if (json) {
    nlohmann::json j;
    j["file"] = doc->info.file;
    j["format"] = std::string(Id(doc->info.format));
    j["pages"] = doc->info.pages;
    j["content_hash"] = doc->info.content_hash;
    j["recognised_pages"] = doc->info.recognised_pages;
    if (doc->info.tagged) j["tagged"] = true;  // read by the PDF's own structure tree
    j["blocks"] = nlohmann::json::array();
    for (const Block& b : doc->blocks) j["blocks"].push_back(BlockJson(b));
    j["diagnostics"] = nlohmann::json::array();
    for (const Diagnostic& d : doc->info.diagnostics) {
      j["diagnostics"].push_back({{"page", d.page}, {"message", d.message}});
    }
    std::cout << j.dump(2) << "\n";
  } else {
    std::cout << Printable(doc->info.file) << ": " << Label(doc->info.format) << ", "
              << doc->info.pages << " page(s), " << doc->blocks.size() << " blocks\n";
    for (const Block& b : doc->blocks) {
      std::cout << "p." << b.prov.page << "  " << Id(b.kind);
      if (!b.label.empty()) std::cout << " [" << Printable(b.label) << "]";
      std::cout << "  " << Printable(b.text) << "\n";
    }
    for (const Diagnostic& d : doc->info.diagnostics) {
      std::cout << "note: page " << d.page << ": " << Printable(d.message) << "\n";
    }
  }
  return kExitOk;
}

// ---- ehcp classify -------------------------------------------------------------------------

int RunClassify(const std::string& context) {
  auto classifier = MakeDefaultClassifier();
  std::string line;
  std::ios::sync_with_stdio(false);
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string text = FixUtf8(line);
    Classification c = classifier->Classify({.text = text, .context = context});
    Statement s;
    s.id = "S";
    s.text = text;
    s.context = context;
    s.section = c.section;
    s.area = c.area;
    std::string flags;
    for (const Flag& f : StatementFlags(s)) {
      std::string id(Id(f.rule));
      if (("," + flags + ",").find("," + id + ",") != std::string::npos) continue;
      if (!flags.empty()) flags += ',';
      flags += id;
    }
    char conf[16];
    std::snprintf(conf, sizeof conf, "%.2f", c.confidence);
    std::cout << Id(c.section) << '\t' << Id(c.area) << '\t' << conf << '\t'
              << (flags.empty() ? "-" : flags) << '\n';
  }
  std::cout.flush();
  return kExitOk;
}

// ---- ehcp draft ----------------------------------------------------------------------------

int RunDraft(const std::vector<std::string>& paths, RunOptions options, bool stats) {
  std::vector<std::string> notes;
  FileSystem& fs = RealFileSystem();
  auto cases = DiscoverCases(fs, paths, notes);
  for (const auto& n : notes) Say(n);
  if (!cases.ok()) {
    Say(cases.status().message());
    return kExitUsage;
  }
  if (cases->empty()) {
    std::cerr << "ehcp: no case folders with advice files were found\n";
    return kExitUsage;
  }
  ConsoleObserver observer(stderr, static_cast<int>(cases->size()));
  auto t0 = std::chrono::steady_clock::now();
  // Ctrl-C or SIGTERM: the cases in hand are finished or abandoned, finished ones are written.
  InstallStopHandlers();
  std::vector<CaseReport> reports = RunBatch(fs, *cases, options, observer);
  observer.Finish();
  PrintSummary(stderr, reports,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), stats);
  if (StopRequested()) return kExitInterrupted;
  for (const auto& r : reports) {
    if (!r.error.empty() || !r.failures.empty()) return kExitSomeFailed;
  }
  return kExitOk;
}

// ---- ehcp apply ----------------------------------------------------------------------------

int RunApply(const std::string& dir, const std::string& review) {
  StatusOr<ApplyReport> r = ApplyCaseReview(RealFileSystem(), dir, review);
  if (!r.ok()) {
    Say(r.status().message());
    std::cerr << "Nothing was changed.\n";
    // The wrong folder or the wrong workbook (another case's, another draft's, values the tool
    // does not know) is a usage error; a workbook that cannot be read is a failure.
    StatusCode code = r.status().code();
    return code == StatusCode::kNotFound || code == StatusCode::kInvalidArgument ? kExitUsage
                                                                                 : kExitSomeFailed;
  }
  for (const auto& p : r->problems) Say(p);
  std::cerr << "ehcp: applied " << r->accepted << " accepted, " << r->edited << " edited, "
            << r->moved << " moved, " << r->rejected << " rejected; " << r->flags_resolved
            << " flag(s) resolved. Rewrote " << Printable(dir)
            << "/draft-plan.docx and plan.json\n";
  return r->problems.empty() ? kExitOk : kExitSomeFailed;
}

// ---- ehcp audit ----------------------------------------------------------------------------

int RunAuditCommand(const std::vector<std::string>& paths, const AuditOptions& options) {
  FileSystem& fs = RealFileSystem();
  std::vector<std::string> notes;
  auto inputs = FindAuditInputs(fs, paths, notes);
  for (const auto& n : notes) Say(n);
  if (!inputs.ok()) {
    Say(inputs.status().message());
    return kExitUsage;
  }
  if (std::none_of(inputs->begin(), inputs->end(),
                   [](const AuditInput& in) { return in.kind != AuditInput::Kind::kNotAudited; })) {
    for (const AuditInput& in : *inputs) Say(in.reason);
    std::cerr << "ehcp: no plans were found (plan.json from 'ehcp draft', or Word or PDF "
                 "plans)\n";
    return kExitUsage;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto result = RunAudit(fs, *inputs, options, [](const std::string& line) { Say(line); });
  if (!result.ok()) {
    Say(result.status().message());
    return kExitSomeFailed;
  }
  const audit::Report& r = result->report;
  for (const auto& f : r.failures) Say(f.reason);
  std::fprintf(stderr,
               "ehcp: audited %d plan(s) in %.1f s: %d block, %d warn, %d info flag(s); %d "
               "passage(s) copied between plans, %d stock passage(s)\n",
               r.summary.plans,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
               r.summary.by_severity[0], r.summary.by_severity[1], r.summary.by_severity[2],
               r.summary.copy_passages, r.summary.boilerplate_passages);
  return r.failures.empty() ? kExitOk : kExitSomeFailed;
}

int RunFormsAdd(const std::vector<std::string>& files, const std::string& dir,
                const ExtractOptions& options) {
  int failed = 0;
  for (const std::string& file : files) {
    StatusOr<RegisteredForm> form = RegisterForm(RealFileSystem(), dir, file, options);
    if (!form.ok()) {
      std::cerr << "ehcp: '" << file << "' was not registered: " << form.status().message() << "\n";
      ++failed;
      continue;
    }
    std::cout << "registered '" << form->name << "': " << form->prompts << " prompts, "
              << form->guidance << " lines of guidance, " << form->other << " other lines -> "
              << form->file << "\n";
  }
  if (failed == 0) {
    std::cout << "Edit the section and area columns of a prompt to decide where its answers go.\n";
  }
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

int RunFormsList(const std::string& dir) {
  std::vector<std::string> problems;
  FormLibrary lib = LoadForms(RealFileSystem(), dir, &problems);
  for (const auto& p : problems) std::cerr << "ehcp: " << p << "\n";
  StatusOr<std::vector<std::string>> names = RealFileSystem().ListDir(dir);
  if (!names.ok() || lib.empty()) {
    std::cout << "no forms registered in '" << dir << "'\n";
    return kExitOk;
  }
  for (const std::string& n : *names) {
    if (EndsWith(n, ".tsv")) std::cout << n.substr(0, n.size() - 4) << "\n";
  }
  std::cout << lib.size() << " lines of form text in '" << dir << "'\n";
  return kExitOk;
}

int Main(int argc, char** argv) {
  CLI::App app{
      "ehcp: draft Education, Health and Care plans from professional advice.\n"
      "Everything runs on this computer; nothing is sent anywhere."};
  app.set_version_flag("--version", std::string("ehcp ") + EHCP_VERSION);
  app.require_subcommand(1);

  RunOptions run;
  ExtractOptions extract_options_for_forms;
  run.tool_version = EHCP_VERSION;
  run.generated_on = Today();
  run.jobs = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::string> draft_paths;
  std::string format;
  auto* draft = app.add_subcommand("draft", "Draft plans for a case folder or a batch of them");
  draft->add_option("PATH", draft_paths, "A case folder (one child's advice) or a batch folder")
      ->required();
  draft->add_option("--out,-o", run.out_dir, "Where to write OUT/<case-id>/")
      ->capture_default_str();
  draft
      ->add_option("--jobs,-j", run.jobs,
                   "Threads: cases drafted at once, then documents and scanned pages within a case")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  draft->add_option("--date", run.generated_on, "Date written into the plan (YYYY-MM-DD)")
      ->capture_default_str()
      ->check(kIsoDate);
  draft->add_option("--format", format, "Also write the draft as 'html'")
      ->check(CLI::IsMember({"html"}));
  draft->add_flag("--verbose-text", run.verbose_text, "Allow report text in log lines");
  draft->add_flag("--force", run.force, "Redraft cases even when nothing changed");
  bool stats = false;
  draft->add_flag("--stats", stats, "Print the time spent in each stage");
  draft
      ->add_option("--corpus", run.corpus_path,
                   "The caseload's copy-paste index: a SQLite file or a PostgreSQL database "
                   "(postgresql://HOST/DB, service=NAME) (default: OUT/ehcp-corpus.sqlite)")
      ->envname("EHCP_CORPUS");
  draft->add_flag("!--no-corpus", run.use_corpus, "Do not check against or add to the index");
  draft
      ->add_option("--boilerplate-cases", run.boilerplate_min_cases,
                   "Text found in at least this many cases is stock text, not copy-paste "
                   "(0 = the larger of 5 and 1% of cases)")
      ->capture_default_str();
  draft->add_option("--review", run.review_path,
                    "Apply the decisions in this review workbook to the draft (one case)");

  draft->add_option("--forms", run.forms_dir,
                    "The council's registered blank forms (default: ehcp-forms beside the "
                    "copy-paste index)");

  std::vector<std::string> form_files;
  std::string forms_dir, forms_corpus;
  auto* forms = app.add_subcommand(
      "forms", "Register the council's blank advice forms, so their prompts and guidance are "
               "known exactly");
  forms->require_subcommand(1);
  auto* forms_add = forms->add_subcommand("add", "Register blank forms (Word, PDF or text)");
  forms_add->add_option("FILE", form_files, "A blank form, as the council sends it out")
      ->required();
  auto* forms_list = forms->add_subcommand("list", "List the registered forms");
  for (auto* sub : {forms_add, forms_list}) {
    sub->add_option("--forms", forms_dir,
                    "The forms folder (default: ehcp-forms beside the copy-paste index)");
    sub->add_option("--corpus", forms_corpus,
                    "The copy-paste index whose folder holds ehcp-forms (default: "
                    "out/ehcp-corpus.sqlite)");
  }
  LimitFlags forms_limits;
  AddLimitOptions(forms_add, extract_options_for_forms, forms_limits);

  std::string apply_dir, apply_review;
  auto* apply = app.add_subcommand(
      "apply", "Apply the decisions in a case's review.xlsx and regenerate its draft");
  apply->add_option("CASE_OUT_DIR", apply_dir, "The folder 'ehcp draft' wrote for the case")
      ->required();
  apply->add_option("--review", apply_review, "The review workbook (default: its review.xlsx)");
  LimitFlags draft_limits;
  AddLimitOptions(draft, run.extract, draft_limits);

  AuditOptions audit_options;
  audit_options.tool_version = EHCP_VERSION;
  audit_options.generated_on = run.generated_on;
  audit_options.jobs = run.jobs;
  std::vector<std::string> audit_paths;
  auto* audit = app.add_subcommand(
      "audit",
      "Audit many plans: flags per plan, passages shared between plans (audit.xlsx, "
      "audit.html)");
  audit
      ->add_option("PATH", audit_paths,
                   "An 'ehcp draft' output folder, a case folder of it, or Word/PDF plans (files "
                   "or folders; one file is one plan)")
      ->required();
  audit->add_option("--out,-o", audit_options.out_dir, "Where to write audit.xlsx and audit.html")
      ->required();
  audit
      ->add_option("--corpus", audit_options.corpus_path,
                   "The caseload's copy-paste index: a SQLite file or a PostgreSQL database "
                   "(postgresql://HOST/DB, service=NAME) (default: OUT/ehcp-corpus.sqlite)")
      ->envname("EHCP_CORPUS");
  audit
      ->add_option("--boilerplate-cases", audit_options.boilerplate_min_cases,
                   "Text found in at least this many plans is stock text, not copy-paste "
                   "(0 = the larger of 5 and 1% of plans)")
      ->capture_default_str();
  audit->add_option("--jobs,-j", audit_options.jobs, "Plans read at once")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  audit->add_option("--date", audit_options.generated_on, "Date of the audit (YYYY-MM-DD)")
      ->capture_default_str()
      ->check(kIsoDate);
  LimitFlags audit_limits;
  AddLimitOptions(audit, audit_options.extract, audit_limits);

  std::string extract_file;
  bool extract_json = false;
  ExtractOptions extract_options;
  auto* extract = app.add_subcommand("extract", "Show the blocks read from one file");
  extract->add_option("FILE", extract_file, "A PDF, Word document, image or text file")->required();
  extract->add_flag("--json", extract_json, "Print JSON");
  extract->add_option("--threads", extract_options.ocr_threads, "Scanned pages recognised at once")
      ->capture_default_str();
  LimitFlags extract_limits;
  AddLimitOptions(extract, extract_options, extract_limits);

  serve::ServeOptions serve_options;
  auto* serve = app.add_subcommand(
      "serve",
      "Open the caseworker's desk: a page in the browser on this computer to add cases, draft, "
      "review each statement beside its source page, and audit (prints the address to open)");
  serve
      ->add_option("WORKDIR", serve_options.workdir,
                   "The work folder: cases/ (advice), out/ (drafts), audit/")
      ->required();
  serve->add_option("--port", serve_options.port, "Port to listen on (0: any free port)")
      ->capture_default_str();
  serve
      ->add_option("--listen", serve_options.host,
                   "Address to listen on; only change it inside a container")
      ->capture_default_str();
  LimitFlags serve_limits;
  AddLimitOptions(serve, serve_options.run.extract, serve_limits);

  std::string context;
  auto* classify =
      app.add_subcommand("classify",
                         "Classify statements read one per line from standard input; prints "
                         "section<TAB>area<TAB>confidence<TAB>flags per line");
  classify->add_option("--context", context,
                       "The heading the statements sat under; a path of headings and a table label "
                       "may be given as \"Outer > Inner > Label\"");

  CorpusCommand corpus_command;
  auto* corpus = AddCorpusCommand(app, corpus_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  ApplyLimits(draft_limits, run.extract);
  ApplyLimits(extract_limits, extract_options);
  ApplyLimits(audit_limits, audit_options.extract);
  ApplyLimits(serve_limits, serve_options.run.extract);
  if (*draft) {
    run.html = format == "html";
    if (!run.review_path.empty() && draft_paths.size() != 1) {
      std::cerr << "ehcp: --review applies to one case: give one case folder\n";
      return kExitUsage;
    }
    run.jobs = std::max(1, run.jobs);
    return RunDraft(draft_paths, run, stats);
  }
  if (*forms) {
    ApplyLimits(forms_limits, extract_options_for_forms);
    std::string dir = !forms_dir.empty() ? forms_dir
                      : DefaultFormsDir(forms_corpus.empty() ? JoinPath(run.out_dir, "ehcp-corpus.sqlite")
                                                             : forms_corpus);
    return *forms_add ? RunFormsAdd(form_files, dir, extract_options_for_forms)
                      : RunFormsList(dir);
  }
  if (*apply) return RunApply(apply_dir, apply_review);
  if (*audit) {
    audit_options.jobs = std::max(1, audit_options.jobs);
    return RunAuditCommand(audit_paths, audit_options);
  }
  if (*serve) {
    serve_options.run.tool_version = run.tool_version;
    serve_options.run.generated_on = run.generated_on;
    serve_options.run.jobs = 1;
    serve_options.on_listen = [](const std::string& url) {
      std::printf("%s\n", url.c_str());
      std::fflush(stdout);
    };
    Status s = serve::Serve(serve_options);
    if (!s.ok()) {
      std::cerr << "ehcp: " << s.message() << "\n";
      return kExitSomeFailed;
    }
    return kExitOk;
  }
  if (*extract) return RunExtract(extract_file, extract_json, extract_options);
  if (*classify) return RunClassify(context);
  if (*corpus) return RunCorpusCommand(corpus_command);
  return kExitUsage;
}

}  // namespace
}  // namespace ehcp

int main(int argc, char** argv) {
  ehcp::EnsureSingleThreadedOpenMp(argc, argv);
  // The hidden worker that reads one document at a time for the other commands.
  if (argc == 4 && std::string_view(argv[1]) == "_extract-worker" &&
      std::string_view(argv[2]) == "--max-mb") {
    return ehcp::ExtractWorkerMain(std::strtoull(argv[3], nullptr, 10) << 20);
  }
  return ehcp::Main(argc, argv);
}
