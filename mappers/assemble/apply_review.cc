#include "mappers/assemble/apply_review.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "mappers/checks/check.h"
#include "mappers/slots/slots.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// The resolution of a statement's own flag that its edited (or restored) text no longer
// raises. The flag keeps its id, so ids never change across `ehcp apply`.
constexpr const char* kNoLongerRaised = "no longer raised";

// Lower case, runs of spaces as one, no surrounding spaces or final full stop.
std::string Normalised(std::string_view text) {
  std::string out;
  for (char c : ToLowerAscii(Trim(text))) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

// True when every span of the flag is on one of `ids`.
bool OnlyConcerns(const Flag& f, const std::set<std::string>& ids) {
  if (f.spans.empty()) return false;
  return std::all_of(f.spans.begin(), f.spans.end(),
                     [&](const FlagSpan& s) { return ids.count(s.statement) > 0; });
}

// Rules the statement alone decides: recomputed when its text or section changes.
bool IsStatementRule(FlagId rule) {
  switch (rule) {
    case FlagId::kVagueWording:
    case FlagId::kUnquantifiedProvision:
    case FlagId::kResourceCaveat:
    case FlagId::kOutcomeNoTimescale:
    case FlagId::kOutcomeNotMeasurable:
    case FlagId::kOutcomeIsProvision:
    case FlagId::kProvisionOutsideF:
    case FlagId::kTherapyInG:
    case FlagId::kPlacementInDraft:
    case FlagId::kJargon:
    case FlagId::kReportVoice:
    case FlagId::kMissingQuantityInAdvice:
      return true;
    default:
      return false;
  }
}

// Checks the statement again after its text or section changed. Flag ids are stable: a flag
// the new text raises again (same rule, same occurrence) keeps the id it had; one it no longer
// raises stays in the plan, closed as "no longer raised", so that its id is never reused; a
// new one gets the next free id. Applying a workbook twice therefore gives the same ids, and
// the caseworker's Flags sheet keeps matching the plan.
void Recheck(Plan& plan, Statement& s) {
  std::set<std::string> one = {s.id};
  // The statement's own flags by rule, in plan order.
  std::map<FlagId, std::vector<size_t>> old;
  for (size_t i = 0; i < plan.flags.size(); ++i) {
    const Flag& f = plan.flags[i];
    if (IsStatementRule(f.rule) && OnlyConcerns(f, one)) old[f.rule].push_back(i);
  }
  s.provision.reset();
  s.outcome.reset();
  if (IsProvisionSection(s.section)) s.provision = ParseProvision(s.text);
  if (s.section == Section::kE) s.outcome = ParseOutcome(s.text);
  std::map<FlagId, size_t> seen;
  std::set<size_t> raised;
  for (Flag& f : StatementFlags(s)) {
    size_t k = seen[f.rule]++;
    auto it = old.find(f.rule);
    if (it != old.end() && k < it->second.size()) {
      size_t at = it->second[k];
      f.id = plan.flags[at].id;
      plan.flags[at] = std::move(f);
      raised.insert(at);
    } else {
      f.id = plan.NextFlagId();
      plan.flags.push_back(std::move(f));
    }
  }
  for (const auto& [rule, indices] : old) {
    for (size_t at : indices) {
      if (!raised.count(at)) plan.flags[at].resolution = kNoLongerRaised;
    }
  }
}

void RelinkFlags(Plan& plan) {
  std::map<std::string, Statement*> by_id;
  for (auto& s : plan.statements) {
    s.flags.clear();
    by_id[s.id] = &s;
  }
  for (const auto& f : plan.flags) {
    for (const auto& sp : f.spans) {
      auto it = by_id.find(sp.statement);
      if (it == by_id.end()) continue;
      auto& list = it->second->flags;
      if (std::find(list.begin(), list.end(), f.id) == list.end()) list.push_back(f.id);
    }
  }
}

}  // namespace

Decision ParseDecision(std::string_view text) {
  std::string t = Normalised(text);
  if (t == "accept" || t == "accepted") return Decision::kAccept;
  if (t == "edit" || t == "edited") return Decision::kEdit;
  if (t == "move" || t == "moved") return Decision::kMove;
  if (t == "reject" || t == "rejected") return Decision::kReject;
  return Decision::kNone;
}

bool IsUnknownDecision(std::string_view text) {
  std::string t = Normalised(text);
  return !t.empty() && ParseDecision(t) == Decision::kNone;
}

std::optional<std::string> CanonicalResolution(std::string_view text) {
  std::string t = Normalised(text);
  if (t.empty()) return std::string();
  static const std::pair<const char*, const char*> kKnown[] = {
      {"fixed", "fixed"},
      {"accepted with reason", "accepted with reason"},
      {"accept with reason", "accepted with reason"},
      {"accepted", "accepted with reason"},
      {"ask the author", "ask the author"},
      {"ask author", "ask the author"},
      {"ask the authors", "ask the author"},
      {"not an issue", "not an issue"},
      {"not issue", "not an issue"},
      {"no issue", "not an issue"},
  };
  for (const auto& [typed, canonical] : kKnown) {
    if (t == typed) return std::string(canonical);
  }
  // What the tool itself writes there after a review: kept as it is.
  if (t == kNoLongerRaised || t == "statement rejected" || StartsWith(t, "decided: ")) return t;
  return std::nullopt;
}

std::optional<std::string> CanonicalConflictDecision(std::string_view text) {
  std::string t = Normalised(text);
  if (t.empty()) return std::string();
  static const std::pair<const char*, const char*> kKnown[] = {
      {"include both", "include both"},
      {"prefer one with reason", "prefer one with reason"},
      {"prefer one", "prefer one with reason"},
      {"ask the authors", "ask the authors"},
      {"ask authors", "ask the authors"},
      {"ask the author", "ask the authors"},
  };
  for (const auto& [typed, canonical] : kKnown) {
    if (t == typed) return std::string(canonical);
  }
  return std::nullopt;
}

Status CheckReviewBelongsToPlan(const ReviewDecisions& decisions, const Plan& plan,
                                const std::string& workbook) {
  const std::string wb = "review workbook '" + workbook + "'";
  if (decisions.case_id.empty() || decisions.draft_fingerprint.empty()) {
    return InvalidArgument(
        wb + " does not say which case and draft it was written for (it was written by an " +
        "earlier version of ehcp, or its Summary sheet was changed), so it cannot be checked " +
        "against case '" + plan.case_id +
        "'; nothing was changed. Redraft the case with 'ehcp draft CASE_FOLDER --out OUT "
        "--force' and make the decisions in the new review.xlsx");
  }
  if (decisions.case_id != plan.case_id) {
    return InvalidArgument(
        wb + " belongs to case '" + decisions.case_id + "', not '" + plan.case_id +
        "'; nothing was changed. Use the review.xlsx written for case '" + plan.case_id + "'");
  }
  if (decisions.draft_fingerprint != DraftFingerprint(plan)) {
    return InvalidArgument(
        wb + " was written for another draft of case '" + plan.case_id +
        "': the case has been redrafted since and its statements differ, so the workbook's " +
        "rows could now name other statements; nothing was changed. Copy the decisions into " +
        "the review.xlsx of the current draft, or, if the case's files are the ones the " +
        "workbook was written from, redraft them with 'ehcp draft CASE_FOLDER --out OUT " +
        "--review " + workbook + "'");
  }
  return Status::Ok();
}

namespace {

// Puts the plan back as it was drafted, so that applying a review is repeatable: applying the
// same workbook twice gives the same plan, and clearing a decision undoes it.
void RestoreDrafted(Plan& plan) {
  for (Flag& f : plan.flags) {
    f.resolution.clear();
    f.resolution_note.clear();
  }
  for (Conflict& c : plan.conflicts) {
    c.decision.clear();
    c.decision_note.clear();
  }
  for (Statement& s : plan.statements) {
    if (!s.original_text.empty()) s.text = s.original_text;
    if (s.original_section) s.section = *s.original_section;
    bool changed = !s.original_text.empty() || s.original_section.has_value();
    s.original_text.clear();
    s.original_section.reset();
    s.decision.clear();
    s.reviewer_note.clear();
    if (changed) Recheck(plan, s);
  }
}

}  // namespace

Plan ApplyReview(Plan plan, const ReviewDecisions& decisions, ApplyReport* report) {
  ApplyReport local;
  ApplyReport& r = report ? *report : local;
  RestoreDrafted(plan);
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < plan.statements.size(); ++i) index[plan.statements[i].id] = i;

  std::set<std::string> rejected;
  std::vector<size_t> to_recheck;
  for (const StatementDecision& d : decisions.statements) {
    auto it = index.find(d.statement);
    if (it == index.end()) {
      r.problems.push_back("row for " + d.statement +
                           ": no statement with this id is in the plan; the row was ignored");
      continue;
    }
    Statement& s = plan.statements[it->second];
    std::string edited(Trim(d.edited_text));
    std::string move(Trim(d.move_to));
    Decision decision = d.decision;
    // A filled-in column says what was meant even when Decision was left empty.
    if (decision == Decision::kNone && !edited.empty()) decision = Decision::kEdit;
    if (decision == Decision::kNone && !move.empty()) decision = Decision::kMove;
    if (!d.note.empty()) s.reviewer_note = d.note;
    switch (decision) {
      case Decision::kNone:
        break;
      case Decision::kAccept:
        s.decision = "accept";
        ++r.accepted;
        break;
      case Decision::kReject:
        s.decision = "reject";
        rejected.insert(s.id);
        ++r.rejected;
        break;
      case Decision::kEdit:
      case Decision::kMove: {
        bool changed = false;
        if (!edited.empty() && edited != s.text) {
          s.original_text = s.text;
          s.text = edited;
          s.decision = "edit";
          ++r.edited;
          changed = true;
        } else if (decision == Decision::kEdit && edited.empty()) {
          r.problems.push_back("row for " + s.id +
                               ": 'edit' was chosen but 'Edited text' is empty; the statement "
                               "was kept as it was");
        }
        if (!move.empty()) {
          std::string up = move;
          for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          std::optional<Section> sec = ParseSection(up);
          if (!sec) {
            r.problems.push_back("row for " + s.id + ": 'Move to section' is '" + move +
                                 "', which is not a section (A–K, H1, H2 or -); the statement "
                                 "was left in " +
                                 std::string(Id(s.section)));
          } else if (*sec != s.section) {
            s.original_section = s.section;
            s.section = *sec;
            if (s.decision.empty()) s.decision = "move";
            ++r.moved;
            changed = true;
          }
        } else if (decision == Decision::kMove) {
          r.problems.push_back("row for " + s.id +
                               ": 'move' was chosen but 'Move to section' is empty; the "
                               "statement was left where it was");
        }
        if (changed) to_recheck.push_back(it->second);
        break;
      }
    }
  }
  for (size_t i : to_recheck) Recheck(plan, plan.statements[i]);

  std::map<std::string, Flag*> flags;
  for (auto& f : plan.flags) flags[f.id] = &f;
  for (const FlagDecision& d : decisions.flags) {
    std::string res(Trim(d.resolution));
    if (res.empty() && d.note.empty()) continue;
    auto it = flags.find(d.flag);
    if (it == flags.end()) continue;  // gone with an edited statement: nothing to record
    // An empty Resolution leaves the flag as the review found it (open, or no longer raised).
    if (!res.empty()) it->second->resolution = CanonicalResolution(res).value_or(ToLowerAscii(res));
    it->second->resolution_note = d.note;
    if (!res.empty()) ++r.flags_resolved;
  }
  for (const ConflictDecision& d : decisions.conflicts) {
    for (Conflict& c : plan.conflicts) {
      if (c.id != d.conflict) continue;
      c.decision = CanonicalConflictDecision(d.decision).value_or(ToLowerAscii(Trim(d.decision)));
      c.decision_note = d.note;
      if (!c.decision.empty()) ++r.conflicts_decided;
      // A decision on the conflict resolves its flag unless the authors are to be asked.
      auto f = flags.find(c.flag);
      if (f != flags.end() && f->second->resolution.empty() && !c.decision.empty() &&
          c.decision != "ask the authors") {
        f->second->resolution = "decided: " + c.decision;
        f->second->resolution_note = d.note;
      }
    }
  }
  // Flags about rejected statements only are closed by the rejection.
  for (Flag& f : plan.flags) {
    if (f.resolution.empty() && OnlyConcerns(f, rejected)) f.resolution = "statement rejected";
  }
  RelinkFlags(plan);
  return plan;
}

}  // namespace ehcp
