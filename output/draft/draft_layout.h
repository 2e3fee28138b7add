// What the draft plan shows, in the order it shows it: the one layout that the DOCX and HTML
// writers both render, so that they cannot drift apart. Pure: reads the Plan, decides nothing
// about meaning (sections, areas and flags come from the Plan as they are).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/plan.h"

namespace ehcp::draft {

// A run of a statement's text and the flags whose marked words cover it.
struct Piece {
  std::string_view text;           // points into Statement::text
  std::vector<const Flag*> flags;  // flags covering this run, in plan order
};

// One flag's marked words within one statement: pieces [first, last] inclusive.
struct Mark {
  const Flag* flag = nullptr;
  size_t first = 0;
  size_t last = 0;
};

struct Item {
  const Statement* statement = nullptr;
  std::string citation;       // "D2 p.3"
  std::vector<Piece> pieces;  // the statement's text split at flag boundaries
  std::vector<Mark> marks;    // one per flag that concerns this statement
};

// The statements of a section other than B, E and F, in plan order.
struct Group {
  std::vector<Item> items;
};

// One row of a Need | Outcome | Provision table: a need and the outcomes and provision linked
// to it (golden thread), or an outcome or provision linked to no need.
struct TableRow {
  std::vector<Item> needs;      // section B: one, or none for an unlinked outcome or provision
  std::vector<Item> outcomes;   // section E
  std::vector<Item> provision;  // section F
};

// The table of one area of need; Area::kNone is "Other / area not identified", always last.
struct AreaTable {
  Area area = Area::kNone;
  std::vector<TableRow> rows;
};

struct SectionView {
  Section section = Section::kA;
  std::vector<Group> groups;      // sections other than B, E, F; empty: "None identified."
  std::vector<AreaTable> tables;  // section B only: the B, E and F statements by area of need
  bool in_tables = false;         // E and F with statements: they are shown in B's tables
  bool lists_statements = true;   // false for I (placement) and K (advice list)
  bool empty() const { return groups.empty() && tables.empty() && !in_tables; }
};

struct Layout {
  std::vector<SectionView> sections;  // A, B, … K in order; never kNotPlan
  // Flags anchored to no statement the draft shows: case-wide flags (missing-advice) and flags
  // on statements the draft leaves out (a school named for section I). Plan order.
  std::vector<const Flag*> case_flags;
};

// The draft's fixed wording.
inline constexpr std::string_view kTitle = "Education, Health and Care Plan";
inline constexpr std::string_view kNoneIdentified = "None identified.";
inline constexpr std::string_view kPlacementNote =
    "A draft plan does not name a school or type of school (Children and Families Act 2014, "
    "section 38(5)). Placement is decided after the family's comments.";
inline constexpr std::string_view kAdviceNotRead = "Advice not read";
inline constexpr std::string_view kOtherArea = "Other / area not identified";
inline constexpr std::string_view kThreadIntro =
    "Each area of need has a table that sets every special educational need (section B) beside "
    "the outcomes sought for it (section E) and the special educational provision that meets it "
    "(section F). An outcome or provision not linked to a particular need has a row of its own.";
inline constexpr std::string_view kThreadColumns[] = {"Need (B)", "Outcome (E)", "Provision (F)"};
inline constexpr std::string_view kOutcomesInTables =
    "The outcomes are set out in section B, in the table for each area of need, beside the needs "
    "they relate to.";
inline constexpr std::string_view kProvisionInTables =
    "The special educational provision is set out in section B, in the table for each area of "
    "need, beside the needs and outcomes it relates to.";

Layout LayOut(const Plan& plan);

// "D2 p.3" (no brackets); "D2" when the page is unknown.
std::string Citation(const Statement& s);
// True when section `s` is laid out in the area-of-need tables (B, E, F).
bool GroupsByArea(Section s);
// The heading of an area's table: the area's name, or kOtherArea for Area::kNone.
std::string_view AreaHeading(Area a);
// The note that stands under the E or F heading when its statements are in B's tables.
std::string_view InTablesNote(Section s);
// "Oliver James Pemberton (Ollie)", or just the name.
std::string ChildDisplayName(const ChildInfo& child);
// The flag spans of `flag` that fall in statement `id`, merged into one byte range clamped to
// `text` and to UTF-8 character boundaries. begin == end == 0 spans mean the whole text.
// Returns false when the flag has no span in that statement.
bool FlagRange(const Flag& flag, const std::string& id, std::string_view text, size_t& begin,
               size_t& end);
// "Must fix: Vague wording in provision (vague-wording, FL001)"
std::string FlagHeadline(const Flag& flag);
// Plain-text lines that describe a failed file in "Advice not read": "OT.pdf, page 2: reason".
std::string FailureText(const FailedFile& f);

}  // namespace ehcp::draft
