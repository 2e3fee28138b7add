// plan.json: the whole plan with provenance, keys in a fixed order, 2-space indent.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "output/writer.h"

namespace ehcp {
namespace {

using Json = nlohmann::ordered_json;

Json ChildJson(const ChildInfo& c) {
  Json people = Json::array();
  for (const Person& p : c.people) people.push_back({{"name", p.name}, {"role", p.role}});
  return {{"name", c.name},
          {"preferred_name", c.preferred_name},
          {"date_of_birth", c.date_of_birth},
          {"inferred", c.inferred},
          {"name_source", c.name_source},
          {"people", people}};
}

Json DocumentJson(const DocumentInfo& d) {
  Json diags = Json::array();
  for (const Diagnostic& g : d.diagnostics)
    diags.push_back({{"page", g.page}, {"message", g.message}});
  return {{"id", d.id},
          {"file", d.file},
          {"kind", Id(d.kind)},
          {"kind_label", Label(d.kind)},
          {"format", Id(d.format)},
          {"pages", d.pages},
          {"title", d.title},
          {"author", d.author},
          {"date", d.date},
          {"content_hash", d.content_hash},
          {"recognised_pages", d.recognised_pages},
          {"diagnostics", diags}};
}

Json ProvisionJson(const ProvisionSlots& p) {
  Json j = {{"what", p.what},         {"who", p.who},
            {"amount", p.amount},     {"frequency", p.frequency},
            {"duration", p.duration}, {"group_size", p.group_size},
            {"setting", p.setting},   {"quantity_text", p.quantity_text}};
  j["hours_per_year"] = p.hours_per_year ? Json(*p.hours_per_year) : Json(nullptr);
  return j;
}

Json StatementJson(const Plan& plan, const Statement& s) {
  const DocumentInfo* doc = plan.FindDocument(s.document);
  Json j = {{"id", s.id},
            {"section", Id(s.section)},
            {"area", Id(s.area)},
            {"text", s.text},
            {"confidence", s.confidence},
            {"reasons", s.reasons},
            {"context", s.context},
            {"block_kind", Id(s.block_kind)},
            {"source",
             {{"document", s.document},
              {"file", doc ? doc->file : std::string()},
              {"page", s.page},
              {"block", s.span.block},
              {"begin", s.span.begin},
              {"end", s.span.end}}}};
  if (s.role != BlockRole::kUnknown) j["role"] = RoleId(s.role);
  if (s.provision) j["provision"] = ProvisionJson(*s.provision);
  if (s.outcome) {
    j["outcome"] = {{"time_anchor", s.outcome->time_anchor},
                    {"measure", s.outcome->measure},
                    {"subject_is_child", s.outcome->subject_is_child}};
  }
  j["flags"] = s.flags;
  if (!s.decision.empty()) j["decision"] = s.decision;
  if (!s.original_text.empty()) j["original_text"] = s.original_text;
  if (s.original_section) j["original_section"] = Id(*s.original_section);
  if (!s.reviewer_note.empty()) j["reviewer_note"] = s.reviewer_note;
  return j;
}

Json FlagJson(const Flag& f) {
  Json statements = Json::array();
  Json spans = Json::array();
  for (const FlagSpan& sp : f.spans) {
    if (std::find(statements.begin(), statements.end(), sp.statement) == statements.end()) {
      statements.push_back(sp.statement);
    }
    spans.push_back({{"statement", sp.statement}, {"begin", sp.begin}, {"end", sp.end}});
  }
  return {
      {"id", f.id},           {"rule", Id(f.rule)},         {"severity", Id(f.severity)},
      {"message", f.message}, {"basis", f.basis},           {"statements", statements},
      {"spans", spans},       {"resolution", f.resolution}, {"resolution_note", f.resolution_note}};
}

Json SummaryJson(const Plan& plan) {
  Json by_section = Json::object();
  for (Section sec : AllSections()) {
    by_section[std::string(Id(sec))] =
        std::count_if(plan.statements.begin(), plan.statements.end(),
                      [&](const Statement& s) { return s.section == sec; });
  }
  Json by_severity = Json::object();
  for (Severity sev : AllSeverities()) {
    by_severity[std::string(Id(sev))] = std::count_if(
        plan.flags.begin(), plan.flags.end(), [&](const Flag& f) { return f.severity == sev; });
  }
  return {{"statements", plan.statements.size()}, {"statements_by_section", by_section},
          {"flags", plan.flags.size()},           {"flags_by_severity", by_severity},
          {"documents", plan.documents.size()},   {"failures", plan.failures.size()}};
}

Json PlanJson(const Plan& plan) {
  Json j;
  j["case"] = plan.case_id;
  j["draft_fingerprint"] = DraftFingerprint(plan);
  j["generated_on"] = plan.generated_on;
  j["tool_version"] = plan.tool_version;
  j["child"] = ChildJson(plan.child);
  j["documents"] = Json::array();
  for (const auto& d : plan.documents) j["documents"].push_back(DocumentJson(d));
  j["statements"] = Json::array();
  for (const auto& s : plan.statements) j["statements"].push_back(StatementJson(plan, s));
  j["flags"] = Json::array();
  for (const auto& f : plan.flags) j["flags"].push_back(FlagJson(f));
  j["conflicts"] = Json::array();
  for (const auto& c : plan.conflicts) {
    auto side = [](const ConflictSide& x) {
      return Json{{"statement", x.statement},
                  {"document", x.document},
                  {"page", x.page},
                  {"value", x.value}};
    };
    j["conflicts"].push_back({{"id", c.id},
                              {"kind", c.kind},
                              {"topic", c.topic},
                              {"summary", c.summary},
                              {"a", side(c.a)},
                              {"b", side(c.b)},
                              {"flag", c.flag},
                              {"decision", c.decision},
                              {"decision_note", c.decision_note}});
  }
  j["failures"] = Json::array();
  for (const auto& f : plan.failures) {
    j["failures"].push_back({{"file", f.file}, {"page", f.page}, {"reason", f.reason}});
  }
  j["facts"] = Json::array();
  for (const auto& f : plan.facts) {
    j["facts"].push_back({{"document", f.document},
                          {"page", f.page},
                          {"block", f.block},
                          {"question", f.question},
                          {"answer", f.answer}});
  }
  j["summary"] = SummaryJson(plan);
  return j;
}

}  // namespace

Status WritePlanJson(const Plan& plan, ByteSink& sink) {
  std::string text;
  try {
    // Ill-formed UTF-8 from a damaged document becomes U+FFFD rather than an error.
    text = PlanJson(plan).dump(2, ' ', false, Json::error_handler_t::replace);
  } catch (const std::exception& e) {
    return Internal(std::string("could not write plan.json: ") + e.what());
  }
  text += '\n';
  return sink.Append(text);
}

}  // namespace ehcp
