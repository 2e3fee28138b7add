#include "output/json/plan_reader.h"

#include <nlohmann/json.hpp>

namespace ehcp {
namespace {

using nlohmann::json;

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  return (it != o.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

template <typename T>
T Num(const json& o, const char* key, T def) {
  auto it = o.find(key);
  return (it != o.end() && it->is_number()) ? it->get<T>() : def;
}

std::vector<std::string> Strings(const json& o, const char* key) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

const json& Array(const json& o, const char* key) {
  static const json empty = json::array();
  auto it = o.find(key);
  return (it != o.end() && it->is_array()) ? *it : empty;
}

Status Bad(const std::string& name, const std::string& what) {
  return Corrupt("'" + name + "' has " + what + ": was it edited by hand? Draft the case again");
}

StatusOr<DocumentInfo> ReadDocument(const json& d, const std::string& name) {
  DocumentInfo info;
  info.id = Str(d, "id");
  info.file = Str(d, "file");
  auto kind = ParseDocKind(Str(d, "kind"));
  if (!kind) return Bad(name, "an unknown document kind '" + Str(d, "kind") + "'");
  info.kind = *kind;
  info.format = ParseFileFormat(Str(d, "format")).value_or(FileFormat::kUnknown);
  info.pages = Num(d, "pages", 0);
  info.title = Str(d, "title");
  info.author = Str(d, "author");
  info.date = Str(d, "date");
  info.content_hash = Str(d, "content_hash");
  for (const auto& p : Array(d, "recognised_pages")) {
    if (p.is_number_integer()) info.recognised_pages.push_back(p.get<int>());
  }
  for (const auto& g : Array(d, "diagnostics")) {
    info.diagnostics.push_back({Num(g, "page", 0), Str(g, "message")});
  }
  return info;
}

std::optional<ProvisionSlots> ReadProvision(const json& s) {
  auto it = s.find("provision");
  if (it == s.end() || !it->is_object()) return std::nullopt;
  ProvisionSlots p;
  p.what = Str(*it, "what");
  p.who = Str(*it, "who");
  p.amount = Str(*it, "amount");
  p.frequency = Str(*it, "frequency");
  p.duration = Str(*it, "duration");
  p.group_size = Str(*it, "group_size");
  p.setting = Str(*it, "setting");
  p.quantity_text = Str(*it, "quantity_text");
  auto h = it->find("hours_per_year");
  if (h != it->end() && h->is_number()) p.hours_per_year = h->get<double>();
  return p;
}

std::optional<OutcomeSlots> ReadOutcome(const json& s) {
  auto it = s.find("outcome");
  if (it == s.end() || !it->is_object()) return std::nullopt;
  OutcomeSlots o;
  o.time_anchor = Str(*it, "time_anchor");
  o.measure = Str(*it, "measure");
  auto c = it->find("subject_is_child");
  o.subject_is_child = (c == it->end() || !c->is_boolean()) ? true : c->get<bool>();
  return o;
}

StatusOr<Statement> ReadStatement(const json& s, const std::string& name) {
  Statement st;
  st.id = Str(s, "id");
  auto sec = ParseSection(Str(s, "section"));
  if (!sec) return Bad(name, "an unknown section '" + Str(s, "section") + "' in " + st.id);
  st.section = *sec;
  auto area = ParseArea(Str(s, "area"));
  if (!area) return Bad(name, "an unknown area '" + Str(s, "area") + "' in " + st.id);
  st.area = *area;
  st.text = Str(s, "text");
  st.confidence = Num(s, "confidence", 0.0);
  st.reasons = Strings(s, "reasons");
  st.context = Str(s, "context");
  st.block_kind = ParseBlockKind(Str(s, "block_kind")).value_or(BlockKind::kParagraph);
  for (BlockRole r : {BlockRole::kContent, BlockRole::kPrompt, BlockRole::kAnswer,
                      BlockRole::kGuidance, BlockRole::kPersonal, BlockRole::kLeaflet,
                      BlockRole::kFurniture}) {
    if (Str(s, "role") == RoleId(r)) st.role = r;
  }
  if (auto src = s.find("source"); src != s.end() && src->is_object()) {
    st.document = Str(*src, "document");
    st.page = Num(*src, "page", 1);
    st.span.block = Num(*src, "block", 0);
    st.span.begin = Num<size_t>(*src, "begin", 0);
    st.span.end = Num<size_t>(*src, "end", 0);
  }
  st.provision = ReadProvision(s);
  st.outcome = ReadOutcome(s);
  st.flags = Strings(s, "flags");
  st.decision = Str(s, "decision");
  st.original_text = Str(s, "original_text");
  if (auto os = ParseSection(Str(s, "original_section"))) st.original_section = *os;
  st.reviewer_note = Str(s, "reviewer_note");
  return st;
}

StatusOr<Flag> ReadFlag(const json& f, const std::string& name) {
  Flag flag;
  flag.id = Str(f, "id");
  auto rule = ParseFlagId(Str(f, "rule"));
  if (!rule) return Bad(name, "an unknown flag rule '" + Str(f, "rule") + "'");
  flag.rule = *rule;
  flag.severity = ParseSeverity(Str(f, "severity")).value_or(DefaultSeverity(*rule));
  flag.message = Str(f, "message");
  flag.basis = Str(f, "basis");
  for (const auto& sp : Array(f, "spans")) {
    flag.spans.push_back(
        {Str(sp, "statement"), Num<size_t>(sp, "begin", 0), Num<size_t>(sp, "end", 0)});
  }
  if (flag.spans.empty()) {
    for (const auto& id : Strings(f, "statements")) flag.spans.push_back({id, 0, 0});
  }
  flag.resolution = Str(f, "resolution");
  flag.resolution_note = Str(f, "resolution_note");
  return flag;
}

}  // namespace

StatusOr<Plan> ReadPlanJson(std::string_view text, const std::string& name) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Corrupt("'" + name + "' is not valid JSON: draft the case again");
  }
  if (!j.contains("statements") || !j.contains("documents")) {
    return InvalidArgument("'" + name + "' is not a plan.json written by ehcp");
  }
  Plan plan;
  plan.case_id = Str(j, "case");
  plan.generated_on = Str(j, "generated_on");
  plan.tool_version = Str(j, "tool_version");
  if (auto c = j.find("child"); c != j.end() && c->is_object()) {
    plan.child.name = Str(*c, "name");
    plan.child.preferred_name = Str(*c, "preferred_name");
    plan.child.date_of_birth = Str(*c, "date_of_birth");
    plan.child.name_source = Str(*c, "name_source");
    auto inf = c->find("inferred");
    plan.child.inferred = inf != c->end() && inf->is_boolean() && inf->get<bool>();
    for (const auto& p : Array(*c, "people")) {
      plan.child.people.push_back({Str(p, "name"), Str(p, "role")});
    }
  }
  for (const auto& d : Array(j, "documents")) {
    ASSIGN_OR_RETURN(DocumentInfo info, ReadDocument(d, name));
    plan.documents.push_back(std::move(info));
  }
  for (const auto& s : Array(j, "statements")) {
    ASSIGN_OR_RETURN(Statement st, ReadStatement(s, name));
    plan.statements.push_back(std::move(st));
  }
  for (const auto& f : Array(j, "flags")) {
    ASSIGN_OR_RETURN(Flag flag, ReadFlag(f, name));
    plan.flags.push_back(std::move(flag));
  }
  for (const auto& c : Array(j, "conflicts")) {
    auto side = [](const json& x) {
      return ConflictSide{Str(x, "statement"), Str(x, "document"), Num(x, "page", 0),
                          Str(x, "value")};
    };
    Conflict conflict;
    conflict.id = Str(c, "id");
    conflict.kind = Str(c, "kind");
    conflict.topic = Str(c, "topic");
    conflict.summary = Str(c, "summary");
    conflict.a = side(c.value("a", json::object()));
    conflict.b = side(c.value("b", json::object()));
    conflict.flag = Str(c, "flag");
    conflict.decision = Str(c, "decision");
    conflict.decision_note = Str(c, "decision_note");
    plan.conflicts.push_back(std::move(conflict));
  }
  for (const auto& f : Array(j, "failures")) {
    plan.failures.push_back({Str(f, "file"), Num(f, "page", 0), Str(f, "reason")});
  }
  for (const auto& f : Array(j, "facts")) {
    plan.facts.push_back({Str(f, "document"), Num(f, "page", 0), Num(f, "block", 0),
                          Str(f, "question"), Str(f, "answer")});
  }
  return plan;
}

}  // namespace ehcp
