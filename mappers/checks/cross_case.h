// Copy-paste across the caseload (DOMAIN.md §6): a plan's passages for the corpus index, and
// the index's findings turned into flags. The index itself (pipeline/corpus) does the I/O.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/corpus/passage_index.h"
#include "pipeline/model/plan.h"

namespace ehcp {

// Where each statement sits in the passage made from its paragraph.
struct PassagePiece {
  std::string statement;
  size_t begin = 0;  // byte offset of the statement's text in the passage
  size_t end = 0;
};
using PassageMap = std::map<std::string, std::vector<PassagePiece>>;  // passage id -> pieces

// The plan as the corpus sees it: one passage per paragraph (the statements of one block,
// joined by a space), so that a copied passage of several sentences is one region. The child's
// name, preferred name and first name are given for masking. Statements that are not plan
// content are left out. Pure.
corpus::CaseText CaseTextOf(const Plan& plan, PassageMap& map);

// Raises copy-paste (shared with another case), boilerplate (stock text or form guidance) and
// foreign-name (another case's child named as the subject of a statement) flags on the plan,
// naming the other case's id, never its text. Flags get ids after the plan's last one and are
// linked to their statements. Pure.
void AddCrossCaseFlags(Plan& plan, const PassageMap& map, const std::vector<corpus::Match>& matches,
                       const std::vector<corpus::ForeignName>& names);

}  // namespace ehcp
