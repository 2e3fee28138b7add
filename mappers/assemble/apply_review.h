// The caseworker's round trip: decisions made in review.xlsx applied to a plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/plan.h"

namespace ehcp {

enum class Decision { kNone, kAccept, kEdit, kMove, kReject };

// "accept", "edit", "move", "reject" (any case, surrounding spaces ignored); kNone otherwise.
Decision ParseDecision(std::string_view text);

// The Resolution values of the Flags sheet and the Decision values of the Conflicts sheet, read
// tolerantly (any case, spaces, a final full stop, "Ask author" for "ask the author"). Returns
// the canonical value ("fixed", "accepted with reason", "ask the author", "not an issue";
// "include both", "prefer one with reason", "ask the authors"), "" for an empty cell, or
// nullopt for a value the tool does not know.
std::optional<std::string> CanonicalResolution(std::string_view text);
std::optional<std::string> CanonicalConflictDecision(std::string_view text);
// True when the Decision cell holds something ParseDecision does not know.
bool IsUnknownDecision(std::string_view text);

struct StatementDecision {
  std::string statement;  // Statement::id
  Decision decision = Decision::kNone;
  std::string edited_text;
  std::string move_to;  // section id as typed ("F", "h1"); empty when none
  std::string note;
};

struct FlagDecision {
  std::string flag;        // Flag::id
  std::string resolution;  // "fixed", "accepted with reason", "ask the author", "not an issue"
  std::string note;
};

struct ConflictDecision {
  std::string conflict;  // Conflict::id
  std::string decision;  // "include both", "prefer one with reason", "ask the authors"
  std::string note;
};

struct ReviewDecisions {
  // From the workbook's Summary sheet: the case and the draft it was written for. Empty in a
  // workbook written before ehcp recorded them.
  std::string case_id;
  std::string draft_fingerprint;
  std::vector<StatementDecision> statements;
  std::vector<FlagDecision> flags;
  std::vector<ConflictDecision> conflicts;
};

struct ApplyReport {
  int accepted = 0, edited = 0, moved = 0, rejected = 0, flags_resolved = 0, conflicts_decided = 0;
  // Rows that could not be applied, in plain English ("row for S0042: 'Move to section' is
  // 'Z', which is not a section; the statement was left where it was").
  std::vector<std::string> problems;
};

// OK when the workbook was written for this plan: the same case id and the same draft
// fingerprint. Otherwise kInvalidArgument with what is wrong and what to do, naming `workbook`
// (the file name): another case's workbook, a workbook of another draft of this case, or one
// written before workbooks recorded their case. Pure.
Status CheckReviewBelongsToPlan(const ReviewDecisions& decisions, const Plan& plan,
                                const std::string& workbook);

// Applies the decisions to the plan as drafted (any review applied before is undone first, so
// applying the same workbook twice gives the same plan). Rejected statements stay in the plan
// with decision "reject" and leave the draft; flags that concerned only them are closed. Edited
// ones take the new text and keep their source and citation (the advice's words stay in
// original_text) and are checked again; moved ones change section and are checked again;
// resolved flags carry their resolution. A row naming an unknown statement is a problem, not an
// error. Pure.
Plan ApplyReview(Plan plan, const ReviewDecisions& decisions, ApplyReport* report);

}  // namespace ehcp
