#include "pipeline/runner/decisions_file.h"

#include <map>
#include <nlohmann/json.hpp>

namespace ehcp {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template <typename T, typename Key>
void Upsert(std::vector<T>& list, T entry, Key key) {
  for (T& e : list) {
    if (e.*key == entry.*key) {
      e = std::move(entry);
      return;
    }
  }
  list.push_back(std::move(entry));
}

// `over` entries replace `base` entries with the same id; ids only in `over` are added.
template <typename T, typename Key>
std::vector<T> Overlay(const std::vector<T>& base, const std::vector<T>& over, Key key) {
  std::vector<T> out = base;
  for (const T& e : over) Upsert(out, e, key);
  return out;
}

}  // namespace

std::string_view DecisionWord(Decision d) {
  switch (d) {
    case Decision::kAccept:
      return "accept";
    case Decision::kEdit:
      return "edit";
    case Decision::kMove:
      return "move";
    case Decision::kReject:
      return "reject";
    case Decision::kNone:
      return "";
  }
  return "";
}

StatusOr<DecisionsFile> ReadDecisionsFile(std::string_view text, const std::string& name) {
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return InvalidArgument("'" + name +
                           "' is not valid JSON: it should be the decisions file the "
                           "desk (ehcp serve) writes; move it away to apply the workbook alone");
  }
  DecisionsFile f;
  f.workbook_hash = Str(j, "workbook_hash");
  auto section = [&](const char* key) -> const json* {
    auto it = j.find(key);
    if (it == j.end()) return nullptr;
    return it->is_object() ? &*it : nullptr;
  };
  if (const json* s = section("statements")) {
    for (const auto& [id, e] : s->items()) {
      if (!e.is_object()) continue;
      StatementDecision d;
      d.statement = id;
      d.decision = ParseDecision(Str(e, "decision"));
      d.edited_text = Str(e, "edited_text");
      d.move_to = Str(e, "move_to");
      d.note = Str(e, "note");
      f.at[id] = Str(e, "at");
      f.decisions.statements.push_back(std::move(d));
    }
  }
  if (const json* s = section("flags")) {
    for (const auto& [id, e] : s->items()) {
      if (!e.is_object()) continue;
      f.decisions.flags.push_back({id, Str(e, "resolution"), Str(e, "note")});
      f.at[id] = Str(e, "at");
    }
  }
  if (const json* s = section("conflicts")) {
    for (const auto& [id, e] : s->items()) {
      if (!e.is_object()) continue;
      f.decisions.conflicts.push_back({id, Str(e, "decision"), Str(e, "note")});
      f.at[id] = Str(e, "at");
    }
  }
  return f;
}

std::string WriteDecisionsFile(const DecisionsFile& f) {
  auto at = [&](const std::string& id) {
    auto it = f.at.find(id);
    return it == f.at.end() ? std::string() : it->second;
  };
  json j;
  j["version"] = 1;
  j["workbook_hash"] = f.workbook_hash;
  j["statements"] = json::object();
  j["flags"] = json::object();
  j["conflicts"] = json::object();
  for (const auto& d : f.decisions.statements) {
    j["statements"][d.statement] = {{"decision", std::string(DecisionWord(d.decision))},
                                    {"edited_text", d.edited_text},
                                    {"move_to", d.move_to},
                                    {"note", d.note},
                                    {"at", at(d.statement)}};
  }
  for (const auto& d : f.decisions.flags) {
    j["flags"][d.flag] = {{"resolution", d.resolution}, {"note", d.note}, {"at", at(d.flag)}};
  }
  for (const auto& d : f.decisions.conflicts) {
    j["conflicts"][d.conflict] = {
        {"decision", d.decision}, {"note", d.note}, {"at", at(d.conflict)}};
  }
  return j.dump(1) + "\n";
}

void SetStatementDecision(DecisionsFile& f, const StatementDecision& d, const std::string& at) {
  Upsert(f.decisions.statements, d, &StatementDecision::statement);
  f.at[d.statement] = at;
}

void SetFlagDecision(DecisionsFile& f, const FlagDecision& d, const std::string& at) {
  Upsert(f.decisions.flags, d, &FlagDecision::flag);
  f.at[d.flag] = at;
}

void SetConflictDecision(DecisionsFile& f, const ConflictDecision& d, const std::string& at) {
  Upsert(f.decisions.conflicts, d, &ConflictDecision::conflict);
  f.at[d.conflict] = at;
}

ReviewDecisions MergeDecisions(const ReviewDecisions& workbook, const std::string& workbook_hash,
                               const DecisionsFile& file) {
  // The workbook was edited after the page last wrote it: its rows are newer.
  bool workbook_newer = !file.workbook_hash.empty() && file.workbook_hash != workbook_hash;
  const ReviewDecisions& base = workbook_newer ? file.decisions : workbook;
  const ReviewDecisions& over = workbook_newer ? workbook : file.decisions;
  ReviewDecisions out;
  out.statements = Overlay(base.statements, over.statements, &StatementDecision::statement);
  out.flags = Overlay(base.flags, over.flags, &FlagDecision::flag);
  out.conflicts = Overlay(base.conflicts, over.conflicts, &ConflictDecision::conflict);
  return out;
}

}  // namespace ehcp
