// The columns of review.xlsx, as data: the writer emits them and a review read-back can find
// the caseworker's answers by header name.
#pragma once

#include <array>
#include <string_view>

namespace ehcp::review {

struct Column {
  std::string_view header;
  double width;  // in Excel character units
  bool wrap;
  bool reviewer;  // filled in by the caseworker
};

// Sheet "Statements": one row per statement, in plan order.
inline constexpr std::array<Column, 13> kStatementColumns{{
    {"id", 8, false, false},
    {"section", 8, false, false},
    {"area", 8, false, false},
    {"text", 60, true, false},
    {"source file", 22, true, false},
    {"page", 6, false, false},
    {"confidence", 10, false, false},
    {"flags", 22, true, false},
    {"reasons", 30, true, false},
    {"Decision", 11, false, true},
    {"Edited text", 40, true, true},
    {"Move to section", 9, false, true},
    {"Reviewer note", 30, true, true},
}};

// Sheet "Flags": one row per flag, in plan order.
inline constexpr std::array<Column, 9> kFlagColumns{{
    {"id", 8, false, false},
    {"rule", 24, true, false},
    {"severity", 9, false, false},
    {"message", 50, true, false},
    {"basis", 26, true, false},
    {"statements", 12, true, false},
    {"text", 60, true, false},
    {"Resolution", 20, false, true},
    {"Note", 30, true, true},
}};

// Sheet "Advice": one row per document, then one per file not read.
inline constexpr std::array<Column, 9> kAdviceColumns{{
    {"id", 6, false, false},
    {"file", 28, true, false},
    {"kind", 28, true, false},
    {"title", 30, true, false},
    {"author", 28, true, false},
    {"date", 12, false, false},
    {"pages", 7, false, false},
    {"recognised pages", 14, true, false},
    {"status", 45, true, false},
}};

// Sheet "Conflicts": one row per pair of sources that disagree, side by side.
inline constexpr std::array<Column, 14> kConflictColumns{{
    {"id", 6, false, false},
    {"kind", 11, false, false},
    {"topic", 22, true, false},
    {"source A", 16, true, false},
    {"A says", 45, true, false},
    {"A value", 22, true, false},
    {"source B", 16, true, false},
    {"B says", 45, true, false},
    {"B value", 22, true, false},
    {"what to do", 45, true, false},
    {"flag", 8, false, false},
    {"statements", 12, false, false},
    {"Decision", 22, false, true},
    {"Note", 30, true, true},
}};

// Sheet "Placement advice": what the advice says about the school or kind of school. A draft
// names no placement (Children and Families Act 2014, s38(5)); this is for the caseworker.
inline constexpr std::array<Column, 5> kPlacementColumns{{
    {"statement", 10, false, false},
    {"source", 28, true, false},
    {"page", 6, false, false},
    {"text", 70, true, false},
    {"flag", 8, false, false},
}};

// Dropdown values of the reviewer columns.
inline constexpr std::array<const char*, 4> kDecisions{"accept", "edit", "move", "reject"};
inline constexpr std::array<const char*, 13> kMoveTargets{"A",  "B",  "C", "D", "E", "F", "G",
                                                          "H1", "H2", "I", "J", "K", "-"};
inline constexpr std::array<const char*, 3> kConflictDecisions{
    "include both", "prefer one with reason", "ask the authors"};
inline constexpr std::array<const char*, 4> kResolutions{"fixed", "accepted with reason",
                                                         "ask the author", "not an issue"};

}  // namespace ehcp::review
