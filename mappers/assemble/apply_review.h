// The caseworker's round trip: decisions made in review.xlsx applied to a plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/plan.h"

namespace ehcp {

enum class Decision { kNone, kAccept, kEdit, kMove, kReject };

// "accept", "edit", "move", "reject" (any case, surrounding spaces ignored); kNone otherwise.
Decision ParseDecision(std::string_view text);

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

// Applies the decisions to the plan as drafted (any review applied before is undone first, so
// applying the same workbook twice gives the same plan). Rejected statements stay in the plan
// with decision "reject" and leave the draft; flags that concerned only them are closed. Edited
// ones take the new text and keep their source and citation (the advice's words stay in
// original_text) and are checked again; moved ones change section and are checked again;
// resolved flags carry their resolution. A row naming an unknown statement is a problem, not an
// error. Pure.
Plan ApplyReview(Plan plan, const ReviewDecisions& decisions, ApplyReport* report);

}  // namespace ehcp
