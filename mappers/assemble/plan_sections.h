// An existing plan's own section titles ("Section F: Special educational provision",
// "F. Special educational provision"): when a plan is read back for audit, they decide which
// section each of its statements is in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/ids.h"

namespace ehcp {

// Where one block of a plan sits.
struct BlockSection {
  Section section = Section::kNotPlan;
  std::string title;  // the section title above it (empty for the cover before section A)
};

// The section a title names, or nullopt. "Section B", "SECTION H2 - Other social care",
// "Section F: Provision" are titles in any block; "F. Special educational provision" and
// "B: Needs" only in a heading (`is_heading`). "Section H" is H1. A title is at most 150 bytes;
// "Section E of the plan says…" (no separator after the letter) is not a title.
std::optional<Section> SectionTitled(std::string_view text, bool is_heading);

// Per block of `doc` (same indices): the section named by the last title above it. A title
// block itself, and the cover before the first title, are kNotPlan. Returns an empty vector
// when the document has fewer than two titles: it is not laid out as a plan, and the classifier
// decides. In a table whose first row names a section in two or more columns ("Need (B)",
// "Outcome (E)", "Provision (F)", as ehcp's drafts set B, E and F side by side), the header row
// is kNotPlan and each cell below is in its column's section. Pure.
std::vector<BlockSection> PlanSectionsOf(const Document& doc);

// Removes the citation marks that `ehcp draft` puts after each statement ("[D2 p.3]", "[D1]")
// from the end of every block: in a draft that was edited and finalised in Word they are
// references, not plan content. Only the end of a block changes, so the start of every
// remaining character is where it was. Returns the number of marks removed.
int StripCitationMarks(Document& doc);

}  // namespace ehcp
