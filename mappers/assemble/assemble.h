// Statements + findings -> Plan. The one place where the mapping stages are put in order:
// describe documents, segment, classify, parse slots, run checks, number everything.
#pragma once

#include <string>
#include <vector>

#include "mappers/assemble/plan_sections.h"
#include "mappers/classify/classifier.h"
#include "mappers/form/form_reader.h"
#include "pipeline/model/plan.h"

namespace ehcp {

struct PlanInputs {
  std::string case_id;
  std::string generated_on;  // ISO date written into the plan and the files' metadata
  std::string tool_version;
  ChildInfo child;                   // from case.json where given; the rest is inferred
  std::vector<Document> documents;   // extracted and cleaned, in case order
  std::vector<FailedFile> failures;  // files that could not be read
  // Optional, for an existing plan read back for audit: per document (same order; an empty
  // entry or a missing one = none), per block, the section the plan's own titles put it in
  // (PlanSectionsOf). It overrides the classifier's section; the classifier still gives the
  // area, and the reasons say which title decided.
  std::vector<std::vector<BlockSection>> block_sections;
  // The council's known forms (registered or learned); may be null.
  const FormLibrary* forms = nullptr;
};

// Builds the plan. Pure: the same inputs give the same plan. Documents get ids D1, D2… in the
// given order and their kind, title, author and date; statements get ids S0001… in document
// order; flags get ids FL001… in statement order.
Plan BuildPlan(PlanInputs inputs, const Classifier& classifier);

}  // namespace ehcp
