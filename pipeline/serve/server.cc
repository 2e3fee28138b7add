#include "pipeline/serve/server.h"

#include <httplib.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "extractors/registry.h"
#include "output/json/plan_reader.h"
#include "pipeline/base/hash.h"
#include "pipeline/runner/apply.h"
#include "pipeline/runner/audit.h"
#include "pipeline/runner/case_discovery.h"
#include "pipeline/runner/decisions_file.h"
#include "pipeline/serve/assets.h"
#include "pipeline/serve/source_view.h"

namespace ehcp::serve {
namespace {

using nlohmann::json;
constexpr double kPageDpi = 110;  // readable at 100%, sharp enough at 200% zoom

std::string NowIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A case id as it may appear in a URL and a folder name.
bool ValidCaseId(const std::string& id) {
  return !id.empty() && SafeName(id) == id && id.size() <= 100;
}

// What a background draft is doing.
struct Job {
  std::string state = "idle";  // idle, running, done, failed
  int documents_done = 0;
  int documents_total = 0;
  std::string message;
};

class JobObserver final : public RunObserver {
 public:
  JobObserver(std::mutex& mu, Job& job) : mu_(mu), job_(job) {}
  void Log(const std::string&) override {}
  void DocumentDone(const std::string&, int) override {
    std::lock_guard<std::mutex> l(mu_);
    ++job_.documents_done;
  }
  void CaseDone(const CaseReport&) override {}

 private:
  std::mutex& mu_;
  Job& job_;
};

class Desk {
 public:
  explicit Desk(const ServeOptions& o) : o_(o) {
    cases_dir_ = JoinPath(o.workdir, "cases");
    out_dir_ = JoinPath(o.workdir, "out");
    audit_dir_ = JoinPath(o.workdir, "audit");
    run_ = o.run;
    run_.out_dir = out_dir_;
  }
  ~Desk() {
    for (auto& t : threads_) t.join();
  }

  Status Init() {
    FileSystem& fs = RealFileSystem();
    for (const auto& d : {o_.workdir, cases_dir_, out_dir_}) {
      Status s = fs.MakeDirs(d);
      if (!s.ok()) return s.WithContext("could not make the work folder '" + d + "'");
    }
    return Status::Ok();
  }

  void Routes(httplib::Server& svr);

  std::string token;
  int port = 0;

 private:
  // Security: same host, same origin, token; posts carry the page's own header.
  bool Allowed(const httplib::Request& req, httplib::Response& res);

  void Json(httplib::Response& res, const json& j, int status = 200) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(j.dump(), "application/json; charset=utf-8");
  }
  void Error(httplib::Response& res, int status, const std::string& message) {
    Json(res, {{"error", message}}, status);
  }

  std::mutex& CaseMutex(const std::string& id) {
    std::lock_guard<std::mutex> l(mu_);
    auto& m = case_mu_[id];
    if (!m) m = std::make_unique<std::mutex>();
    return *m;
  }

  json ListCases();
  void Upload(const httplib::Request& req, httplib::Response& res);
  void StartDraft(const std::string& id, httplib::Response& res);
  void Decide(const std::string& id, const httplib::Request& req, httplib::Response& res);
  void Source(const std::string& id, const httplib::Request& req, httplib::Response& res);
  void PageImage(const std::string& id, const std::string& doc, int page, httplib::Response& res);
  void Audit(httplib::Response& res);
  StatusOr<Plan> LoadPlan(const std::string& id);
  // The words of a PDF page (from its text layer), or for a scanned page (`recognised`) its
  // recognised paragraphs; kept in memory.
  StatusOr<PageWords> Words(const std::string& pdf, const std::string& hash, int page,
                            bool recognised);
  // Draws a page of a PDF source into the case's .pages/ folder once; `png` is its path.
  Status Render(const std::string& id, const DocumentInfo& d, int page, std::string* png);
  // Draws the pages the draft's statements come from, so that review pages open at once.
  void Prerender(const std::string& id);

  ServeOptions o_;
  RunOptions run_;
  std::string cases_dir_, out_dir_, audit_dir_;
  std::mutex mu_;  // guards the maps below
  std::map<std::string, std::unique_ptr<std::mutex>> case_mu_;
  std::map<std::string, Job> jobs_;
  std::map<std::string, PageWords> words_;  // "<hash>/<page>"
  std::map<std::string, std::pair<std::string, std::shared_ptr<const Plan>>> plans_;
  std::mutex render_mu_;
  std::mutex draft_mu_;  // one draft at a time (the corpus index is shared)
  std::mutex audit_mu_;
  std::vector<std::thread> threads_;
};

bool Desk::Allowed(const httplib::Request& req, httplib::Response& res) {
  const std::string self_ip = "127.0.0.1:" + std::to_string(port);
  const std::string self_name = "localhost:" + std::to_string(port);
  const std::string host = Lower(req.get_header_value("Host"));
  // A foreign Host header is how a DNS-rebinding page would reach this server.
  if (host != self_ip && host != self_name && o_.host == "127.0.0.1") {
    Error(res, 403, "This address is not the desk's own");
    return false;
  }
  const std::string origin = Lower(req.get_header_value("Origin"));
  if (!origin.empty() && origin != "http://" + host) {
    Error(res, 403, "Requests from other pages are refused");
    return false;
  }
  if (req.method == "POST") {
    // Forms on other sites cannot set this header (it needs a same-origin script).
    if (req.get_header_value("X-Ehcp-Desk") != "1") {
      Error(res, 403, "Posts must come from the desk's own page");
      return false;
    }
    const std::string site = req.get_header_value("Sec-Fetch-Site");
    if (!site.empty() && site != "same-origin" && site != "none") {
      Error(res, 403, "Requests from other sites are refused");
      return false;
    }
  }
  std::string cookie_token;
  const std::string cookies = req.get_header_value("Cookie");
  for (size_t pos = 0; pos < cookies.size();) {
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    std::string c = cookies.substr(pos, end - pos);
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    if (c.rfind("ehcp_token=", 0) == 0) cookie_token = c.substr(11);
    pos = end + 1;
  }
  auto same = [&](const std::string& t) {
    if (t.size() != token.size()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < t.size(); ++i) diff |= static_cast<unsigned char>(t[i] ^ token[i]);
    return diff == 0;
  };
  if (same(cookie_token)) return true;
  if (req.method == "GET" && req.has_param("token") && same(req.get_param_value("token"))) {
    // The token in the address is swapped for a cookie the page's scripts cannot read, and the
    // address without it is loaded, so it does not stay in the history.
    res.set_header("Set-Cookie", "ehcp_token=" + token + "; HttpOnly; SameSite=Strict; Path=/");
    res.set_redirect(req.path == "/" ? "/" : req.path);
    return false;
  }
  Error(res, 401, "Open the desk with the address 'ehcp serve' printed (it holds the token)");
  return false;
}

StatusOr<Plan> Desk::LoadPlan(const std::string& id) {
  const std::string path = JoinPath(JoinPath(out_dir_, id), "plan.json");
  // Parsed plans are kept while plan.json is unchanged (same size and modification time).
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return NotFound("'" + id + "' has not been drafted yet");
  const std::string key = std::to_string(st.st_size) + "/" + std::to_string(st.st_mtim.tv_sec) +
                          "." + std::to_string(st.st_mtim.tv_nsec);
  {
    std::lock_guard<std::mutex> l(mu_);
    auto it = plans_.find(id);
    if (it != plans_.end() && it->second.first == key) return *it->second.second;
  }
  ASSIGN_OR_RETURN(std::string text, RealFileSystem().ReadFile(path));
  ASSIGN_OR_RETURN(Plan plan, ReadPlanJson(text, path));
  std::lock_guard<std::mutex> l(mu_);
  plans_[id] = {key, std::make_shared<const Plan>(plan)};
  return plan;
}

Status Desk::Render(const std::string& id, const DocumentInfo& d, int page, std::string* png) {
  const std::string cache = JoinPath(JoinPath(out_dir_, id), ".pages");
  *png = JoinPath(cache, d.content_hash + "-" + std::to_string(page) + ".png");
  struct stat st {};
  if (::stat(png->c_str(), &st) == 0 && st.st_size > 0) return Status::Ok();
  // One page drawn at a time: the same page asked for at once is drawn once.
  std::lock_guard<std::mutex> one(render_mu_);
  (void)RealFileSystem().MakeDirs(cache);
  return RenderPagePng(JoinPath(JoinPath(cases_dir_, id), d.file), page, kPageDpi, *png);
}

void Desk::Prerender(const std::string& id) {
  StatusOr<Plan> plan = LoadPlan(id);
  if (!plan.ok()) return;
  std::set<std::pair<std::string, int>> pages;
  for (const auto& s : plan->statements) {
    if (s.section != Section::kNotPlan) pages.insert({s.document, s.page});
  }
  for (const auto& [doc, page] : pages) {
    const DocumentInfo* d = plan->FindDocument(doc);
    if (!d || d->format != FileFormat::kPdf) continue;
    std::string png;
    (void)Render(id, *d, page, &png);
    const bool recognised = std::find(d->recognised_pages.begin(), d->recognised_pages.end(),
                                      page) != d->recognised_pages.end();
    (void)Words(JoinPath(JoinPath(cases_dir_, id), d->file), d->content_hash, page, recognised);
  }
}

json Desk::ListCases() {
  FileSystem& fs = RealFileSystem();
  std::map<std::string, json> cases;
  if (auto names = fs.ListDir(cases_dir_); names.ok()) {
    for (const auto& n : *names) {
      std::string dir = JoinPath(cases_dir_, n);
      if (n.empty() || n[0] == '.' || !fs.IsDir(dir)) continue;
      json files = json::array();
      if (auto f = fs.ListDir(dir); f.ok()) {
        for (const auto& x : *f) {
          if (!x.empty() && x[0] != '.') files.push_back(x);
        }
      }
      cases[n] = {{"id", n}, {"files", files}, {"drafted", false}};
    }
  }
  if (auto names = fs.ListDir(out_dir_); names.ok()) {
    for (const auto& n : *names) {
      if (!fs.Exists(JoinPath(JoinPath(out_dir_, n), "plan.json"))) continue;
      json& c = cases[n];
      if (!c.contains("id")) c = {{"id", n}, {"files", json::array()}};
      c["drafted"] = true;
      std::lock_guard<std::mutex> l(CaseMutex(n));
      StatusOr<Plan> plan = LoadPlan(n);
      if (!plan.ok()) {
        c["problem"] = plan.status().message();
        continue;
      }
      int in_plan = 0, decided = 0, open = 0;
      for (const auto& s : plan->statements) {
        if (s.section == Section::kNotPlan && s.decision.empty()) continue;
        ++in_plan;
        if (!s.decision.empty()) ++decided;
      }
      for (const auto& f : plan->flags) open += f.open() ? 1 : 0;
      c["child"] = plan->child.name;
      c["statements"] = in_plan;
      c["decided"] = decided;
      c["flags_open"] = open;
      c["reviewed"] = in_plan > 0 && decided == in_plan;
    }
  }
  json out = json::array();
  std::lock_guard<std::mutex> l(mu_);
  for (auto& [id, c] : cases) {
    auto j = jobs_.find(id);
    c["job"] = j == jobs_.end() ? "idle" : j->second.state;
    out.push_back(c);
  }
  return out;
}

void Desk::Upload(const httplib::Request& req, httplib::Response& res) {
  if (!req.is_multipart_form_data()) return Error(res, 400, "Choose the advice files to upload");
  std::string name = req.has_file("case") ? req.get_file_value("case").content : "";
  std::string id = Lower(SafeName(name));
  for (char& c : id) {
    if (c == ' ' || c == '_' || c == '.') c = '-';
  }
  while (!id.empty() && id.front() == '-') id.erase(0, 1);
  if (!ValidCaseId(id)) return Error(res, 400, "Give the case a name (letters, digits, '-')");
  static const char* kAllowed[] = {".pdf",  ".docx", ".txt", ".md",   ".jpg",
                                   ".jpeg", ".png",  ".tif", ".tiff", ".json"};
  std::vector<std::pair<std::string, std::string>> files;
  uint64_t total = 0;
  for (const auto& [field, f] : req.files) {
    if (field != "files") continue;
    std::string fname = SafeName(f.filename);
    std::string ext = Lower(fname.substr(std::min(fname.size(), fname.rfind('.'))));
    bool ok = std::any_of(std::begin(kAllowed), std::end(kAllowed),
                          [&](const char* a) { return ext == a; });
    if (fname.empty() || !ok) {
      return Error(res, 400,
                   "'" + f.filename +
                       "' is not a PDF, Word document, image or text file: convert it and add "
                       "it again");
    }
    if (ext == ".json" && fname != "case.json") {
      return Error(res, 400, "'" + f.filename + "': the only JSON file a case takes is case.json");
    }
    total += f.content.size();
    files.emplace_back(fname, f.content);
  }
  if (files.empty()) return Error(res, 400, "Choose at least one advice file");
  if (static_cast<int>(files.size()) > o_.max_upload_files || total > o_.max_upload_bytes) {
    return Error(res, 413, "Too many or too large files for one case");
  }
  FileSystem& fs = RealFileSystem();
  const std::string dir = JoinPath(cases_dir_, id);
  std::lock_guard<std::mutex> l(CaseMutex(id));
  if (Status s = fs.MakeDirs(dir); !s.ok()) return Error(res, 500, s.message());
  for (const auto& [fname, bytes] : files) {
    if (Status s = fs.WriteFileAtomic(JoinPath(dir, fname), bytes); !s.ok()) {
      return Error(res, 500, s.message());
    }
  }
  Json(res, {{"id", id}, {"files", files.size()}}, 201);
}

void Desk::StartDraft(const std::string& id, httplib::Response& res) {
  FileSystem& fs = RealFileSystem();
  const std::string dir = JoinPath(cases_dir_, id);
  if (!fs.IsDir(dir)) return Error(res, 404, "There is no case '" + id + "' to draft");
  std::vector<std::string> notes;
  auto found = DiscoverCases(fs, {dir}, notes);
  if (!found.ok() || found->size() != 1) {
    return Error(
        res, 400,
        found.ok() ? "'" + id + "' has no advice files to draft" : found.status().message());
  }
  {
    std::lock_guard<std::mutex> l(mu_);
    Job& job = jobs_[id];
    if (job.state == "running") return Json(res, {{"state", "running"}}, 202);
    job = Job{};
    job.state = "running";
    job.documents_total = static_cast<int>((*found)[0].files.size());
  }
  CaseSource source = (*found)[0];
  std::lock_guard<std::mutex> started(mu_);
  threads_.emplace_back([this, id, source] {
    std::lock_guard<std::mutex> one(draft_mu_);
    Job* job;
    {
      std::lock_guard<std::mutex> l(mu_);
      job = &jobs_[id];
    }
    JobObserver observer(mu_, *job);
    RunOptions opt = run_;
    opt.force = true;
    std::vector<CaseReport> reports;
    std::string problem;
    {
      std::lock_guard<std::mutex> c(CaseMutex(id));
      reports = RunBatch(RealFileSystem(), {source}, opt, observer);
      const std::string case_out = JoinPath(out_dir_, id);
      // A redraft keeps the page's decisions: applied again to the new draft.
      const std::string dpath = JoinPath(case_out, kDecisionsFileName);
      if (auto d = RealFileSystem().ReadFile(dpath); d.ok()) {
        if (auto f = ReadDecisionsFile(*d, dpath); f.ok()) {
          f->workbook_hash.clear();
          (void)RealFileSystem().WriteFileAtomic(dpath, WriteDecisionsFile(*f));
          auto r = ApplyCaseReview(RealFileSystem(), case_out, "");
          if (!r.ok()) problem = r.status().message();
        }
      }
    }
    std::unique_lock<std::mutex> l(mu_);
    const CaseReport& r = reports.at(0);
    job->state = r.error.empty() && problem.empty() ? "done" : "failed";
    job->message = !r.error.empty() ? r.error : problem;
    if (job->message.empty() && !r.failures.empty()) {
      job->message =
          std::to_string(r.failures.size()) + " file(s) could not be read: " + r.failures[0].reason;
    }
    job->documents_done = job->documents_total;
    if (job->state != "done") return;
    l.unlock();
    Prerender(id);
  });
  Json(res, {{"state", "running"}}, 202);
}

void Desk::Decide(const std::string& id, const httplib::Request& req, httplib::Response& res) {
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return Error(res, 400, "The decision is not JSON");
  auto str = [&](const char* k) {
    auto it = body.find(k);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const std::string kind = str("kind"), item = str("id");
  const std::string case_out = JoinPath(out_dir_, id);
  const std::string dpath = JoinPath(case_out, kDecisionsFileName);
  FileSystem& fs = RealFileSystem();
  std::lock_guard<std::mutex> l(CaseMutex(id));
  if (!fs.Exists(JoinPath(case_out, "plan.json"))) {
    return Error(res, 404, "'" + id + "' has not been drafted yet");
  }
  DecisionsFile file;
  StatusOr<std::string> before = fs.ReadFile(dpath);
  if (const auto& d = before; d.ok()) {
    auto f = ReadDecisionsFile(*d, dpath);
    if (!f.ok()) return Error(res, 500, f.status().message());
    file = std::move(*f);
  }
  const std::string at = NowIso();
  if (kind == "statement") {
    const std::string word = str("decision");
    Decision d = ParseDecision(word);
    if (d == Decision::kNone && !word.empty() && word != "undecided") {
      return Error(res, 400, "'" + word + "' is not a decision (accept, edit, move, reject)");
    }
    SetStatementDecision(file, {item, d, str("edited_text"), str("move_to"), str("note")}, at);
  } else if (kind == "flag") {
    SetFlagDecision(file, {item, str("resolution"), str("note")}, at);
  } else if (kind == "conflict") {
    SetConflictDecision(file, {item, str("decision"), str("note")}, at);
  } else {
    return Error(res, 400, "A decision is about a statement, a flag or a conflict");
  }
  // The page's decision is the newest: record it against the workbook as it is now.
  if (auto x = fs.ReadFile(JoinPath(case_out, "review.xlsx")); x.ok()) {
    file.workbook_hash = ContentHash(*x);
  }
  if (Status s = fs.WriteFileAtomic(dpath, WriteDecisionsFile(file)); !s.ok()) {
    return Error(res, 500, s.message());
  }
  StatusOr<ApplyReport> r = ApplyCaseReview(fs, case_out, "");
  if (!r.ok()) {
    // The decision could not be applied: the file is put back as it was.
    (void)fs.WriteFileAtomic(dpath, before.ok() ? *before : std::string("{}"));
    return Error(res, 400, r.status().message());
  }
  json problems = r->problems;
  Json(res, {{"saved", at}, {"problems", problems}});
}

StatusOr<PageWords> Desk::Words(const std::string& pdf, const std::string& hash, int page,
                                bool recognised) {
  const std::string key = hash + "/" + std::to_string(page) + (recognised ? "/ocr" : "");
  {
    std::lock_guard<std::mutex> l(mu_);
    auto it = words_.find(key);
    if (it != words_.end()) return it->second;
  }
  StatusOr<PageWords> read = [&]() -> StatusOr<PageWords> {
    if (!recognised) return ReadPageWords(pdf, page);
    // Recognition is slow (seconds): one page at a time, like drawing.
    std::lock_guard<std::mutex> one(render_mu_);
    return RecognisePage(pdf, page);
  }();
  ASSIGN_OR_RETURN(PageWords w, std::move(read));
  std::lock_guard<std::mutex> l(mu_);
  if (words_.size() > 2000) words_.clear();
  words_[key] = w;
  return w;
}

// The source of one statement: {"kind": "page", "image": url, "boxes": [[x0,y0,x1,y1] as
// fractions of the page]} or {"kind": "text", "before", "text", "after"}.
void Desk::Source(const std::string& id, const httplib::Request& req, httplib::Response& res) {
  const std::string sid = req.get_param_value("statement");
  StatusOr<Plan> plan = [&] {
    std::lock_guard<std::mutex> l(CaseMutex(id));
    return LoadPlan(id);
  }();
  if (!plan.ok()) return Error(res, 404, plan.status().message());
  const Statement* s = plan->FindStatement(sid);
  if (!s) return Error(res, 404, "There is no statement '" + sid + "' in '" + id + "'");
  const DocumentInfo* d = plan->FindDocument(s->document);
  if (!d) return Error(res, 404, "The statement's source is not in the plan");
  const std::string path = JoinPath(JoinPath(cases_dir_, id), d->file);
  // The words as drafted: an edit changes the plan, not the advice.
  const std::string words = s->original_text.empty() ? s->text : s->original_text;
  json out = {{"document", d->id}, {"file", d->file}, {"page", s->page}, {"pages", d->pages}};
  const bool recognised = std::find(d->recognised_pages.begin(), d->recognised_pages.end(),
                                    s->page) != d->recognised_pages.end();
  if (d->format == FileFormat::kPdf) {
    out["kind"] = "page";
    out["image"] = "/api/cases/" + id + "/page/" + d->id + "/" + std::to_string(s->page) + ".png";
    out["boxes"] = json::array();
    StatusOr<PageWords> w = Words(path, d->content_hash, s->page, recognised);
    if (!w.ok()) return Error(res, 404, w.status().message());
    out["width"] = w->width;
    out["height"] = w->height;
    std::vector<BBox> boxes = recognised ? LocateParagraph(*w, words) : LocateStatement(*w, words);
    if (recognised && !boxes.empty()) {
      out["note"] =
          "This page is a scan: the recognised paragraph that holds the statement is "
          "marked";
    }
    for (const BBox& b : boxes) {
      out["boxes"].push_back(
          {b.x0 / w->width, b.y0 / w->height, b.x1 / w->width, b.y1 / w->height});
    }
    if (out["boxes"].empty()) {
      out["note"] = recognised ? "This page is a scan: its words are read by recognition and "
                                 "are not marked on the picture"
                               : "The statement's words were not found on this page";
    }
    return Json(res, out);
  }
  if (d->format == FileFormat::kJpeg || d->format == FileFormat::kPng ||
      d->format == FileFormat::kTiff) {
    out["kind"] = "image";
    out["image"] = "/api/cases/" + id + "/file/" + d->id;
    out["note"] = "This source is a picture: its words are read by recognition and are not marked";
    out["text"] = words;
    return Json(res, out);
  }
  // Word and text sources have no pages: the text around the statement, the statement marked.
  StatusOr<Document> doc = ExtractFile(RealFileSystem(), path, ExtractOptions{});
  if (!doc.ok()) return Error(res, 404, doc.status().message());
  out["kind"] = "text";
  int at = -1;
  size_t begin = 0;
  if (s->span.block >= 0 && s->span.block < static_cast<int>(doc->blocks.size())) {
    const std::string& t = doc->blocks[s->span.block].text;
    if (s->span.end <= t.size() &&
        t.compare(s->span.begin, s->span.end - s->span.begin, words) == 0) {
      at = s->span.block;
      begin = s->span.begin;
    }
  }
  for (size_t i = 0; at < 0 && i < doc->blocks.size(); ++i) {
    size_t p = doc->blocks[i].text.find(words);
    if (p != std::string::npos) {
      at = static_cast<int>(i);
      begin = p;
    }
  }
  std::string before, after;
  if (at >= 0) {
    for (int i = std::max(0, at - 2); i < at; ++i) before += doc->blocks[i].text + "\n";
    const std::string& t = doc->blocks[at].text;
    before += t.substr(0, begin);
    after = t.substr(std::min(t.size(), begin + words.size()));
    for (int i = at + 1; i < std::min<int>(static_cast<int>(doc->blocks.size()), at + 3); ++i) {
      after += "\n" + doc->blocks[i].text;
    }
  }
  out["before"] = before;
  out["text"] = words;
  out["after"] = after;
  if (at < 0) out["note"] = "The statement's words were not found in the source as it is now";
  Json(res, out);
}

void Desk::PageImage(const std::string& id, const std::string& doc_id, int page,
                     httplib::Response& res) {
  StatusOr<Plan> plan = [&] {
    std::lock_guard<std::mutex> l(CaseMutex(id));
    return LoadPlan(id);
  }();
  if (!plan.ok()) return Error(res, 404, plan.status().message());
  const DocumentInfo* d = plan->FindDocument(doc_id);
  if (!d || d->format != FileFormat::kPdf) return Error(res, 404, "No such PDF in the case");
  FileSystem& fs = RealFileSystem();
  const std::string cache = JoinPath(JoinPath(out_dir_, id), ".pages");
  (void)fs.MakeDirs(cache);
  const std::string png = JoinPath(cache, d->content_hash + "-" + std::to_string(page) + ".png");
  Status s = RenderPagePng(JoinPath(JoinPath(cases_dir_, id), d->file), page, kPageDpi, png);
  if (!s.ok()) return Error(res, 404, s.message());
  StatusOr<std::string> bytes = fs.ReadFile(png);
  if (!bytes.ok()) return Error(res, 500, bytes.status().message());
  res.set_header("Cache-Control", "private, max-age=3600");
  res.set_content(*bytes, "image/png");
}

void Desk::Audit(httplib::Response& res) {
  std::lock_guard<std::mutex> one(audit_mu_);
  FileSystem& fs = RealFileSystem();
  std::vector<std::string> notes;
  auto inputs = FindAuditInputs(fs, {out_dir_}, notes);
  if (!inputs.ok() || inputs->empty()) {
    res.set_content(
        "<!doctype html><html lang=en><meta charset=utf-8><title>Audit</title><main><h1>Audit</h1>"
        "<p>No drafted cases yet: draft a case first.</p></main></html>",
        "text/html; charset=utf-8");
    return;
  }
  AuditOptions ao;
  ao.out_dir = audit_dir_;
  ao.tool_version = run_.tool_version;
  ao.generated_on = run_.generated_on;
  ao.corpus_path = JoinPath(audit_dir_, "ehcp-corpus.sqlite");
  auto r = RunAudit(fs, *inputs, ao, [](const std::string&) {});
  if (!r.ok()) return Error(res, 500, r.status().message());
  StatusOr<std::string> html = fs.ReadFile(r->html_path);
  if (!html.ok()) return Error(res, 500, html.status().message());
  res.set_header("Cache-Control", "no-store");
  res.set_content(*html, "text/html; charset=utf-8");
}

void Desk::Routes(httplib::Server& svr) {
  svr.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "SAMEORIGIN");
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                   "script-src 'self'; frame-ancestors 'self'; form-action 'self'");
    return Allowed(req, res) ? httplib::Server::HandlerResponse::Unhandled
                             : httplib::Server::HandlerResponse::Handled;
  });
  for (const Asset& a : Assets()) {
    std::string path = a.path == "index.html" ? "/" : "/" + std::string(a.path);
    svr.Get(path, [a](const httplib::Request&, httplib::Response& res) {
      res.set_header("Cache-Control", "no-cache");
      res.set_content(std::string(a.bytes), std::string(a.content_type));
    });
  }
  svr.Get("/api/cases",
          [this](const httplib::Request&, httplib::Response& res) { Json(res, ListCases()); });
  svr.Post("/api/cases",
           [this](const httplib::Request& req, httplib::Response& res) { Upload(req, res); });
  auto case_id = [this](const httplib::Request& req, httplib::Response& res, std::string& id) {
    id = req.matches[1];
    if (!ValidCaseId(id)) {
      Error(res, 404, "No such case");
      return false;
    }
    return true;
  };
  svr.Post(R"(/api/cases/([^/]+)/draft)",
           [this, case_id](const httplib::Request& req, httplib::Response& res) {
             std::string id;
             if (case_id(req, res, id)) StartDraft(id, res);
           });
  svr.Get(R"(/api/cases/([^/]+)/status)",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (!case_id(req, res, id)) return;
            std::lock_guard<std::mutex> l(mu_);
            Job j = jobs_.count(id) ? jobs_[id] : Job{};
            Json(res, {{"state", j.state},
                       {"documents_done", j.documents_done},
                       {"documents_total", j.documents_total},
                       {"message", j.message}});
          });
  svr.Get(R"(/api/cases/([^/]+)/plan)",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (!case_id(req, res, id)) return;
            std::lock_guard<std::mutex> l(CaseMutex(id));
            auto text = RealFileSystem().ReadFile(JoinPath(JoinPath(out_dir_, id), "plan.json"));
            if (!text.ok()) return Error(res, 404, "'" + id + "' has not been drafted yet");
            res.set_header("Cache-Control", "no-store");
            res.set_content(*text, "application/json; charset=utf-8");
          });
  svr.Post(R"(/api/cases/([^/]+)/decision)",
           [this, case_id](const httplib::Request& req, httplib::Response& res) {
             std::string id;
             if (case_id(req, res, id)) Decide(id, req, res);
           });
  svr.Get(R"(/api/cases/([^/]+)/source)",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (case_id(req, res, id)) Source(id, req, res);
          });
  svr.Get(R"(/api/cases/([^/]+)/page/(D[0-9]+)/([0-9]{1,5})\.png)",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (case_id(req, res, id))
              PageImage(id, req.matches[2], std::stoi(req.matches[3]), res);
          });
  svr.Get(R"(/api/cases/([^/]+)/file/(D[0-9]+))",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (!case_id(req, res, id)) return;
            StatusOr<Plan> plan = LoadPlan(id);
            const DocumentInfo* d = plan.ok() ? plan->FindDocument(req.matches[2]) : nullptr;
            if (!d) return Error(res, 404, "No such source");
            const char* type = d->format == FileFormat::kPng    ? "image/png"
                               : d->format == FileFormat::kJpeg ? "image/jpeg"
                                                                : "application/octet-stream";
            auto bytes = RealFileSystem().ReadFile(JoinPath(JoinPath(cases_dir_, id), d->file));
            if (!bytes.ok()) return Error(res, 404, bytes.status().message());
            res.set_content(*bytes, type);
          });
  svr.Get(R"(/api/cases/([^/]+)/download/(draft-plan\.docx|review\.xlsx))",
          [this, case_id](const httplib::Request& req, httplib::Response& res) {
            std::string id;
            if (!case_id(req, res, id)) return;
            const std::string name = req.matches[2];
            std::lock_guard<std::mutex> l(CaseMutex(id));
            auto bytes = RealFileSystem().ReadFile(JoinPath(JoinPath(out_dir_, id), name));
            if (!bytes.ok()) return Error(res, 404, "'" + id + "' has no " + name + " yet");
            res.set_header("Content-Disposition",
                           "attachment; filename=\"" + id + "-" + name + "\"");
            res.set_header("Cache-Control", "no-store");
            res.set_content(*bytes, name.ends_with(".docx")
                                        ? "application/vnd.openxmlformats-officedocument."
                                          "wordprocessingml.document"
                                        : "application/vnd.openxmlformats-officedocument."
                                          "spreadsheetml.sheet");
          });
  svr.Get("/audit.html", [this](const httplib::Request&, httplib::Response& res) { Audit(res); });
}

}  // namespace

std::string RandomToken() {
  unsigned char buf[32];
  size_t got = 0;
  while (got < sizeof buf) {
    ssize_t n = getrandom(buf + got, sizeof buf - got, 0);
    if (n <= 0) continue;
    got += static_cast<size_t>(n);
  }
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : buf) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

std::string SafeName(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string out;
  for (unsigned char c : name) {
    if (out.size() >= 100) break;
    bool keep = std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == ' ';
    out += keep ? static_cast<char>(c) : '-';
  }
  while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(0, 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Status Serve(const ServeOptions& options) {
  Desk desk(options);
  RETURN_IF_ERROR(desk.Init());
  desk.token = options.token.empty() ? RandomToken() : options.token;
  // SIGINT and SIGTERM stop the server; they are taken by one thread.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  httplib::Server svr;
  svr.set_payload_max_length(options.max_upload_bytes + (1 << 20));
  svr.set_read_timeout(30, 0);
  // Each open connection holds a worker while it waits for its next request: a short wait and
  // enough workers keep an idle browser tab (or a client holding sockets) from blocking others.
  svr.set_keep_alive_timeout(1);
  svr.new_task_queue = [] { return new httplib::ThreadPool(32); };
  desk.Routes(svr);
  if (options.port == 0) {
    desk.port = svr.bind_to_any_port(options.host);
  } else {
    desk.port = svr.bind_to_port(options.host, options.port) ? options.port : -1;
  }
  if (desk.port <= 0) {
    return IoError("could not listen on " + options.host + ":" + std::to_string(options.port) +
                   ": the port may be in use; choose another with --port");
  }
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    svr.stop();
  });
  if (options.on_listen) {
    options.on_listen("http://127.0.0.1:" + std::to_string(desk.port) + "/?token=" + desk.token);
  }
  bool ok = svr.listen_after_bind();
  // Wake the stopper if the server ended on its own.
  if (!ok) pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return ok ? Status::Ok() : IoError("the desk stopped listening");
}

}  // namespace ehcp::serve
