#include "pipeline/runner/audit.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "extractors/registry.h"
#include "mappers/assemble/assemble.h"
#include "mappers/assemble/plan_sections.h"
#include "mappers/checks/cross_case.h"
#include "output/json/plan_reader.h"
#include "output/markup.h"
#include "pipeline/base/parallel.h"
#include "pipeline/base/scratch.h"
#include "pipeline/base/text.h"
#include "pipeline/corpus/passage_index.h"
#include "pipeline/runner/isolate.h"

namespace ehcp {
namespace {

constexpr const char* kPlanJson = "plan.json";
constexpr int kMaxDepth = 4;  // folders below a PATH that are searched for plans
constexpr size_t kExcerptBytes = 300;
constexpr size_t kWorstPlans = 10;

std::string ToLowerExt(const std::string& name) {
  size_t dot = name.find_last_of('.');
  return dot == std::string::npos ? std::string() : ToLowerAscii(name.substr(dot + 1));
}

std::string Stem(const std::string& path) {
  std::string name = BaseName(path);
  size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Hidden files, Office lock files and the tool's own copy-paste index.
bool Skipped(const std::string& name) {
  return name.empty() || name[0] == '.' || StartsWith(name, "~$") ||
         StartsWith(name, "ehcp-corpus.sqlite") || name == "audit.xlsx" || name == "audit.html";
}

bool IsPlanDocumentName(const std::string& name) {
  std::string ext = ToLowerExt(name);
  return ext == "docx" || ext == "pdf";
}

// Searches one folder: a folder holding plan.json is one drafted case (its draft-plan.docx is
// not audited again); otherwise its Word and PDF files are plans and its sub-folders are
// searched in turn.
Status SearchFolder(const FileSystem& fs, const std::string& dir, int depth,
                    std::vector<AuditInput>& out) {
  std::string plan = JoinPath(dir, kPlanJson);
  if (fs.Exists(plan) && !fs.IsDir(plan)) {
    out.push_back({AuditInput::Kind::kPlanJson, plan, BaseName(dir), ""});
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(std::vector<std::string> names, fs.ListDir(dir));
  for (const std::string& n : names) {
    if (Skipped(n)) continue;
    std::string p = JoinPath(dir, n);
    if (fs.IsDir(p)) {
      if (depth < kMaxDepth) RETURN_IF_ERROR(SearchFolder(fs, p, depth + 1, out));
      continue;
    }
    FileKind kind = fs.KindOf(p);
    if (kind != FileKind::kRegular && kind != FileKind::kSymlink) {
      out.push_back({AuditInput::Kind::kNotAudited, p, Stem(n),
                     "'" + p + "' is " + KindName(kind) + ", not a plan, and was not opened"});
    } else if (IsPlanDocumentName(n)) {
      out.push_back({AuditInput::Kind::kDocument, p, Stem(n), ""});
    } else {
      out.push_back({AuditInput::Kind::kNotAudited, p, Stem(n),
                     "'" + p +
                         "' is neither a plan.json written by 'ehcp draft' nor a Word (.docx) or "
                         "PDF plan, so it was not audited"});
    }
  }
  return Status::Ok();
}

// ---- Reading one plan --------------------------------------------------------------------

struct Loaded {
  std::optional<Plan> plan;
  std::string error;  // plain English, names the file
};

// Flags the audit raises again against its own corpus index: copy-paste and boilerplate from
// the draft's run are dropped so they are not counted twice.
void DropCrossCaseFlags(Plan& plan) {
  std::set<std::string> dropped;
  std::vector<Flag> kept;
  for (Flag& f : plan.flags) {
    if (f.rule == FlagId::kCopyPaste || f.rule == FlagId::kBoilerplate) {
      dropped.insert(f.id);
    } else {
      kept.push_back(std::move(f));
    }
  }
  plan.flags = std::move(kept);
  for (Statement& s : plan.statements) {
    std::erase_if(s.flags, [&](const std::string& id) { return dropped.count(id) > 0; });
  }
}

Loaded LoadInput(const FileSystem& fs, const AuditInput& in, const AuditOptions& options,
                 ExtractWorkers& readers) {
  Loaded out;
  if (in.kind == AuditInput::Kind::kNotAudited) {
    out.error = in.reason;
    return out;
  }
  // A link is followed to a regular file only; a named pipe or device is never opened, and the
  // size is checked before reading.
  std::string path = fs.ResolvedPath(in.path).value_or(in.path);
  StatusOr<std::string> bytes = fs.ReadRegularFile(path, options.extract.max_file_bytes);
  if (!bytes.ok() && bytes.status().code() == StatusCode::kLimitExceeded) {
    out.error = FileTooLarge(in.path, fs.FileSize(path).value_or(0), options.extract.max_file_bytes)
                    .message();
    return out;
  }
  if (!bytes.ok()) {
    out.error = "'" + in.path + "' could not be read: " + bytes.status().message();
    return out;
  }
  if (in.kind == AuditInput::Kind::kPlanJson) {
    StatusOr<Plan> plan = ReadPlanJson(*bytes, in.path);
    if (!plan.ok()) {
      out.error =
          "'" + in.path + "' is not a plan written by ehcp draft: " + plan.status().message();
      return out;
    }
    if (plan->case_id.empty()) plan->case_id = in.case_id;
    DropCrossCaseFlags(*plan);
    out.plan = std::move(plan).value();
    return out;
  }
  StatusOr<Document> doc = readers.Extract(*bytes, BaseName(in.path), options.extract);
  if (!doc.ok()) {
    out.error = "'" + in.path + "' could not be read as a plan: " + doc.status().message();
    return out;
  }
  out.plan = PlanFromDocument(std::move(doc).value(), in.case_id, options);
  return out;
}

// ---- Across plans --------------------------------------------------------------------------

// One side of a shared region: a passage span in one case.
struct Occurrence {
  std::string case_id;
  std::string passage;
  size_t begin = 0, end = 0;
  bool operator<(const Occurrence& o) const {
    return std::tie(case_id, passage, begin, end) < std::tie(o.case_id, o.passage, o.begin, o.end);
  }
};

// Union-find over occurrences, by index.
class Groups {
 public:
  size_t Add(const Occurrence& o) {
    auto [it, added] = index_.emplace(o, parent_.size());
    if (added) parent_.push_back(parent_.size());
    return it->second;
  }
  size_t Find(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }
  const std::map<Occurrence, size_t>& occurrences() const { return index_; }

 private:
  std::map<Occurrence, size_t> index_;
  std::vector<size_t> parent_;
};

struct ClusterFacts {
  bool boilerplate = false;
  bool guidance = false;
  int words = 0;
  int case_count = 0;
  // The audited occurrence whose text is shown: most words, then first in order.
  std::optional<Occurrence> shown;
  int shown_words = -1;
};

// Groups every match into passages shared across plans. Regions overlapping in one passage
// are the same passage; a region and the other side of its match are the same passage.
std::vector<audit::SharedPassage> Cluster(const std::vector<corpus::CaseText>& texts,
                                          const std::vector<std::vector<corpus::Match>>& matches) {
  Groups groups;
  std::map<size_t, std::vector<const corpus::Match*>> by_this;  // occurrence -> its matches
  for (size_t c = 0; c < texts.size(); ++c) {
    for (const corpus::Match& m : matches[c]) {
      size_t a = groups.Add({texts[c].case_id, m.passage_id, m.begin, m.end});
      by_this[a].push_back(&m);
      if (m.form_guidance) continue;
      size_t b = groups.Add({m.other_case_id, m.other_passage_id, m.other_begin, m.other_end});
      groups.Join(a, b);
    }
  }
  // Overlapping regions within one passage.
  const Occurrence* prev = nullptr;
  size_t prev_index = 0, prev_end = 0;
  for (const auto& [o, i] : groups.occurrences()) {
    if (prev != nullptr && prev->case_id == o.case_id && prev->passage == o.passage &&
        o.begin < prev_end) {
      groups.Join(prev_index, i);
      prev_end = std::max(prev_end, o.end);
    } else {
      prev_end = o.end;
    }
    prev = &o;
    prev_index = i;
  }

  std::map<std::string, const corpus::CaseText*> audited;
  for (const auto& t : texts) audited[t.case_id] = &t;
  std::map<size_t, ClusterFacts> facts;
  std::map<size_t, std::set<std::string>> cases;
  for (const auto& [o, i] : groups.occurrences()) {
    size_t root = groups.Find(i);
    cases[root].insert(o.case_id);
    ClusterFacts& f = facts[root];
    auto it = by_this.find(i);
    if (it == by_this.end()) continue;
    int words = 0;
    for (const corpus::Match* m : it->second) {
      f.boilerplate |= m->is_boilerplate;
      f.guidance |= m->form_guidance;
      f.case_count = std::max(f.case_count, m->case_count);
      words = std::max(words, m->words);
    }
    f.words = std::max(f.words, words);
    if (audited.count(o.case_id) && words > f.shown_words) {
      f.shown = o;
      f.shown_words = words;
    }
  }

  std::vector<audit::SharedPassage> out;
  for (const auto& [root, f] : facts) {
    if (!f.shown) continue;
    audit::SharedPassage p;
    p.kind = f.guidance      ? audit::PassageKind::kFormGuidance
             : f.boilerplate ? audit::PassageKind::kBoilerplate
                             : audit::PassageKind::kCopy;
    p.case_ids.assign(cases[root].begin(), cases[root].end());
    p.plans = static_cast<int>(p.case_ids.size());
    if (p.kind == audit::PassageKind::kBoilerplate && f.case_count > p.plans) {
      p.plans = f.case_count;
      p.at_least = true;
    }
    p.words = f.words;
    for (const corpus::PassageText& t : audited[f.shown->case_id]->passages) {
      if (t.id != f.shown->passage) continue;
      size_t end = std::min(f.shown->end, t.text.size());
      size_t begin = std::min(f.shown->begin, end);
      p.text = t.text.substr(begin, end - begin);
    }
    out.push_back(std::move(p));
  }
  std::sort(out.begin(), out.end(),
            [](const audit::SharedPassage& a, const audit::SharedPassage& b) {
              return std::make_tuple(a.kind, -a.plans, -a.words, a.case_ids, a.text) <
                     std::make_tuple(b.kind, -b.plans, -b.words, b.case_ids, b.text);
            });
  for (size_t i = 0; i < out.size(); ++i) {
    char id[32];
    std::snprintf(id, sizeof id, "P%03zu", i + 1);
    out[i].id = id;
  }
  return out;
}

std::string CorpusPath(const AuditOptions& options) {
  return options.corpus_path.empty() ? JoinPath(options.out_dir, "ehcp-corpus.sqlite")
                                     : options.corpus_path;
}

// The index holds children's text: a new one is created private to the owner.
void CreatePrivate(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) ::close(fd);
}

// Adds the plans to the corpus index, raises copy-paste, boilerplate and foreign-name flags
// on them, and groups what they share. An unusable index is reported in `failures`.
std::vector<audit::SharedPassage> CheckAcrossPlans(FileSystem& fs, std::vector<Plan*>& plans,
                                                   const AuditOptions& options,
                                                   std::vector<audit::FailedInput>& failures,
                                                   const AuditLog& log) {
  if (plans.empty()) return {};
  const std::string path = CorpusPath(options);
  if (!corpus::IsPostgresTarget(path)) {
    if (auto slash = path.find_last_of('/'); slash != std::string::npos && slash > 0) {
      (void)fs.MakeDirs(path.substr(0, slash));
    }
    CreatePrivate(path);
  }
  auto fail = [&](const std::string& why) {
    failures.push_back({path, "the copy-paste index '" + path + "' " + why +
                                  ", so passages shared between plans were not looked for"});
    log("the copy-paste index '" + path + "' could not be used");
  };
  auto index = corpus::PassageIndex::Open(path);
  if (!index.ok()) {
    fail("could not be used: " + index.status().message());
    return {};
  }
  for (const char* suffix : {"", "-wal", "-shm"}) ::chmod((path + suffix).c_str(), 0600);
  std::vector<corpus::CaseText> texts;
  std::vector<PassageMap> maps(plans.size());
  for (size_t i = 0; i < plans.size(); ++i) texts.push_back(CaseTextOf(*plans[i], maps[i]));
  Status added = (*index)->AddCases(texts);
  if (!added.ok()) {
    fail("could not be updated: " + added.message());
    return {};
  }
  corpus::MatchOptions match;
  match.boilerplate_min_cases = options.boilerplate_min_cases;
  std::vector<std::vector<corpus::Match>> all(plans.size());
  for (size_t i = 0; i < plans.size(); ++i) {
    auto matches = (*index)->FindMatches(texts[i], match);
    auto names = (*index)->ForeignNamesIn(texts[i]);
    if (!matches.ok() || !names.ok()) {
      failures.push_back(
          {plans[i]->case_id, "case " + texts[i].case_id +
                                  " could not be checked against other plans: " +
                                  (!matches.ok() ? matches.status() : names.status()).message()});
      continue;
    }
    AddCrossCaseFlags(*plans[i], maps[i], *matches, *names);
    all[i] = std::move(matches).value();
  }
  log("compared " + std::to_string(plans.size()) + " plan(s) with the " +
      std::to_string((*index)->CaseCount()) + " in the copy-paste index");
  return Cluster(texts, all);
}

// ---- Figures ---------------------------------------------------------------------------------

std::string Excerpt(const std::string& text) {
  if (text.size() <= kExcerptBytes) return text;
  return markup::Truncated(text, kExcerptBytes) + "\xE2\x80\xA6";
}

void AddFlagRows(const Plan& plan, std::vector<audit::FlagRow>& out) {
  for (const Flag& f : plan.flags) {
    if (!f.open()) continue;
    audit::FlagRow r;
    r.case_id = plan.case_id;
    r.flag = f.id;
    r.rule = f.rule;
    r.severity = f.severity;
    r.message = f.message;
    for (const FlagSpan& sp : f.spans) {
      const Statement* s = plan.FindStatement(sp.statement);
      if (s == nullptr) continue;
      r.section = s->section;
      r.excerpt = Excerpt(s->text);
      break;
    }
    out.push_back(std::move(r));
  }
}

audit::Summary Summarise(const audit::Report& r) {
  audit::Summary s;
  s.plans = static_cast<int>(r.plans.size());
  s.failed_inputs = static_cast<int>(r.failures.size());
  double specific = 0, smart = 0;
  int with_provision = 0, with_outcomes = 0, flags = 0;
  for (const audit::PlanRow& p : r.plans) {
    s.statements += p.statements;
    for (size_t i = 0; i < 3; ++i) s.by_severity[i] += p.by_severity[i];
    for (const auto& [rule, n] : p.by_rule) s.by_rule[rule] += n;
    flags += p.flags();
    if (auto v = p.specific_share()) {
      specific += *v;
      ++with_provision;
    }
    if (auto v = p.smart_share()) {
      smart += *v;
      ++with_outcomes;
    }
  }
  if (s.plans > 0) s.mean_flags = static_cast<double>(flags) / s.plans;
  if (with_provision > 0) s.mean_specific = specific / with_provision;
  if (with_outcomes > 0) s.mean_smart = smart / with_outcomes;
  for (const audit::SharedPassage& p : r.shared) {
    (p.kind == audit::PassageKind::kCopy ? s.copy_passages : s.boilerplate_passages)++;
  }
  std::vector<size_t> order(r.plans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](size_t i) {
    const audit::PlanRow& p = r.plans[i];
    return std::make_tuple(-p.by_severity[0], -p.by_severity[1], -p.by_severity[2], p.case_id);
  };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  for (size_t i : order) {
    if (s.worst.size() == kWorstPlans || r.plans[i].flags() == 0) break;
    s.worst.push_back(i);
  }
  return s;
}

}  // namespace

StatusOr<std::vector<AuditInput>> FindAuditInputs(const FileSystem& fs,
                                                  const std::vector<std::string>& paths,
                                                  std::vector<std::string>& notes) {
  std::vector<AuditInput> out;
  for (std::string path : paths) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    if (!fs.Exists(path)) return NotFound("'" + path + "' does not exist");
    if (!fs.IsDir(path)) {
      if (BaseName(path) == kPlanJson) {
        std::string dir = path.size() > 10 ? path.substr(0, path.size() - 10) : ".";
        out.push_back({AuditInput::Kind::kPlanJson, path, BaseName(dir), ""});
      } else {
        out.push_back({AuditInput::Kind::kDocument, path, Stem(path), ""});
      }
      continue;
    }
    size_t before = out.size();
    RETURN_IF_ERROR(SearchFolder(fs, path, 0, out));
    if (std::none_of(
            out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
            [](const AuditInput& in) { return in.kind != AuditInput::Kind::kNotAudited; })) {
      notes.push_back("'" + path + "' holds no plan.json and no Word or PDF plan");
    }
  }
  return out;
}

Plan PlanFromDocument(Document doc, const std::string& case_id, const AuditOptions& options) {
  PlanInputs in;
  in.case_id = case_id;
  in.generated_on = options.generated_on;
  in.tool_version = options.tool_version;
  StripCitationMarks(doc);
  in.block_sections.push_back(PlanSectionsOf(doc));
  in.documents.push_back(std::move(doc));
  Plan plan = BuildPlan(std::move(in), *MakeDefaultClassifier());
  // A plan is not the advice bundle: which kinds of advice it was made from is not known here.
  std::erase_if(plan.flags, [](const Flag& f) { return f.rule == FlagId::kMissingAdvice; });
  return plan;
}

audit::PlanRow SummarisePlan(const Plan& plan, const std::string& source, bool drafted) {
  audit::PlanRow row;
  row.case_id = plan.case_id;
  row.source = source;
  row.kind = drafted ? "ehcp draft" : "existing plan";
  std::map<std::string, const Flag*> open;
  for (const Flag& f : plan.flags) {
    if (!f.open()) continue;
    open[f.id] = &f;
    ++row.by_severity[static_cast<size_t>(f.severity)];
    ++row.by_rule[f.rule];
    row.copy_paste += f.rule == FlagId::kCopyPaste;
    row.foreign_names += f.rule == FlagId::kForeignName;
  }
  auto has = [&](const Statement& s, std::initializer_list<FlagId> rules) {
    for (const std::string& id : s.flags) {
      auto it = open.find(id);
      if (it == open.end()) continue;
      if (std::find(rules.begin(), rules.end(), it->second->rule) != rules.end()) return true;
    }
    return false;
  };
  std::set<Section> present;
  for (const Statement& s : plan.statements) {
    if (!s.in_draft()) continue;
    ++row.statements;
    present.insert(s.section);
    if (IsProvisionSection(s.section)) {
      ++row.provision;
      row.specific_provision +=
          !has(s, {FlagId::kVagueWording, FlagId::kUnquantifiedProvision, FlagId::kResourceCaveat});
    } else if (s.section == Section::kE) {
      ++row.outcomes;
      row.smart_outcomes += !has(s, {FlagId::kOutcomeNoTimescale, FlagId::kOutcomeNotMeasurable,
                                     FlagId::kOutcomeIsProvision});
    }
  }
  if (drafted) {
    present.insert(Section::kI);
    if (!plan.documents.empty()) present.insert(Section::kK);
  }
  for (Section s : AllSections()) {
    if (s == Section::kA || s == Section::kNotPlan) continue;
    if (!present.count(s)) row.missing_sections.push_back(s);
  }
  return row;
}

StatusOr<AuditResult> RunAudit(FileSystem& fs, const std::vector<AuditInput>& inputs,
                               const AuditOptions& options, const AuditLog& log) {
  AuditResult result;
  audit::Report& report = result.report;
  report.generated_on = options.generated_on;
  report.tool_version = options.tool_version;

  std::vector<Loaded> loaded(inputs.size());
  int workers = std::max(1, std::min<int>(options.jobs, static_cast<int>(inputs.size())));
  AuditOptions per_plan = options;
  per_plan.extract.ocr_threads = std::max(1, options.jobs / workers);
  // Word and PDF plans are read by worker processes (isolate.h), reused from plan to plan: an
  // audit puts every plan in one report anyway.
  ExtractWorkers readers(per_plan.extract);
  ParallelFor(inputs.size(), workers,
              [&](size_t i) { loaded[i] = LoadInput(fs, inputs[i], per_plan, readers); });

  // One plan per case id: the corpus index keys plans by it.
  std::map<std::string, std::string> seen;  // case id -> source
  std::vector<Plan*> plans;
  std::vector<size_t> input_of;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!loaded[i].plan) {
      report.failures.push_back({inputs[i].path, loaded[i].error});
      log("skipped '" + inputs[i].path + "': " +
          (inputs[i].kind == AuditInput::Kind::kNotAudited ? "it is not a plan"
                                                           : "it could not be read"));
      continue;
    }
    const std::string& id = loaded[i].plan->case_id;
    if (StartsWith(id, "form-guidance:")) {
      report.failures.push_back({inputs[i].path, "'" + inputs[i].path + "' has the case id '" + id +
                                                     "', which is reserved: rename it"});
      continue;
    }
    auto [it, added] = seen.emplace(id, inputs[i].path);
    if (!added) {
      report.failures.push_back(
          {inputs[i].path, "'" + inputs[i].path + "' has the same case id '" + id + "' as '" +
                               it->second + "', so it was not audited: rename one of them"});
      log("skipped '" + inputs[i].path + "': its case id is already in this audit");
      continue;
    }
    plans.push_back(&*loaded[i].plan);
    input_of.push_back(i);
  }
  log("read " + std::to_string(plans.size()) + " plan(s); " +
      std::to_string(report.failures.size()) + " input(s) could not be audited");

  report.shared = CheckAcrossPlans(fs, plans, options, report.failures, log);
  for (size_t k = 0; k < plans.size(); ++k) {
    const AuditInput& in = inputs[input_of[k]];
    report.plans.push_back(
        SummarisePlan(*plans[k], in.path, in.kind == AuditInput::Kind::kPlanJson));
    AddFlagRows(*plans[k], report.flags);
  }
  report.summary = Summarise(report);

  RETURN_IF_ERROR(fs.MakeDirs(options.out_dir));
  result.xlsx_path = JoinPath(options.out_dir, "audit.xlsx");
  result.html_path = JoinPath(options.out_dir, "audit.html");
  StringSink xlsx, html;
  ScopedScratchDir scratch(options.out_dir);  // the workbook's temporary folder goes beside it
  RETURN_IF_ERROR(audit::WriteAuditXlsx(report, xlsx).WithContext("could not make audit.xlsx"));
  RETURN_IF_ERROR(audit::WriteAuditHtml(report, html).WithContext("could not make audit.html"));
  RETURN_IF_ERROR(fs.WriteFileAtomic(result.xlsx_path, xlsx.data()));
  RETURN_IF_ERROR(fs.WriteFileAtomic(result.html_path, html.data()));
  log("wrote " + result.xlsx_path + " and " + result.html_path);
  return result;
}

}  // namespace ehcp
