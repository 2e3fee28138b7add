// decisions.json: the caseworker's decisions as the desk (`ehcp serve`) saves them, one entry per
// statement, flag or conflict decided on the page, beside plan.json. `ehcp apply` reads it with
// review.xlsx and rewrites both, so that the workbook and the page always hold the same decisions.
//
// {"version": 1, "workbook_hash": "<hash of review.xlsx as last written with these decisions>",
//  "statements": {"S0004": {"decision": "edit", "edited_text": "…", "move_to": "", "note": "",
//                           "at": "2026-12-06T03:20:00Z"}},
//  "flags": {"FL002": {"resolution": "not an issue", "note": "", "at": "…"}},
//  "conflicts": {"C01": {"decision": "include both", "note": "", "at": "…"}}}
//
// Which wins when both name the same statement: the one changed last. review.xlsx is rewritten
// with every decision the page makes and its hash recorded here, so a workbook whose hash still
// matches holds nothing newer than this file (its entries win); a workbook whose hash differs
// was edited in Excel after the page's last decision (its rows win).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "mappers/assemble/apply_review.h"
#include "pipeline/base/status.h"

namespace ehcp {

struct DecisionsFile {
  ReviewDecisions decisions;
  std::string workbook_hash;  // empty: the workbook has not been written with these decisions
  // ISO time of each entry (same keys as the ids), kept for the record.
  std::map<std::string, std::string> at;
};

// Reads decisions.json. `name` is used in messages ("'decisions.json' is not valid JSON…").
StatusOr<DecisionsFile> ReadDecisionsFile(std::string_view json, const std::string& name);
std::string WriteDecisionsFile(const DecisionsFile& file);

// Sets (or replaces) one entry; `at` is the ISO time of the decision.
void SetStatementDecision(DecisionsFile& file, const StatementDecision& d, const std::string& at);
void SetFlagDecision(DecisionsFile& file, const FlagDecision& d, const std::string& at);
void SetConflictDecision(DecisionsFile& file, const ConflictDecision& d, const std::string& at);

// The decisions to apply: the workbook's rows and the file's entries, per id the newer one
// (see above). `workbook_hash` is ContentHash of the workbook's bytes.
ReviewDecisions MergeDecisions(const ReviewDecisions& workbook, const std::string& workbook_hash,
                               const DecisionsFile& file);

// The decision word of a statement decision ("accept", "edit", "move", "reject", "").
std::string_view DecisionWord(Decision d);

}  // namespace ehcp
