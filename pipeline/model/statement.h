// A Statement is one sentence or list item of a document, with an exact span back to its block.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/ids.h"

namespace ehcp {

// Byte range [begin, end) within Document::blocks[block].text.
struct Span {
  int block = 0;
  size_t begin = 0;
  size_t end = 0;
};

// Provision broken into slots (DOMAIN.md §4). Each slot keeps the advice's own words.
struct ProvisionSlots {
  std::string what;                      // "speech and language therapy"
  std::string who;                       // "qualified speech and language therapist"
  std::string amount;                    // "30 minutes"
  std::string frequency;                 // "twice weekly"
  std::string duration;                  // "for the first two terms"
  std::string group_size;                // "1:1", "small group of up to 4"
  std::string setting;                   // "in class", "withdrawal"
  std::string quantity_text;             // the exact words the quantity was read from
  std::optional<double> hours_per_year;  // normalised over a 39-week school year
  bool has_amount() const { return hours_per_year.has_value() || !amount.empty(); }
};

// An outcome broken into its SMART parts (DOMAIN.md §5).
struct OutcomeSlots {
  std::string time_anchor;  // "by July 2027", "by the end of Key Stage 2"
  std::string measure;      // "read 40 common exception words"
  bool subject_is_child = true;
};

struct Statement {
  std::string id;        // "S0001"…, stable for the same inputs
  std::string document;  // DocumentInfo::id
  int page = 1;
  Span span;
  std::string text;     // exactly the span's characters
  std::string context;  // the heading or table label it sat under ("Communication and interaction")
  BlockKind block_kind = BlockKind::kParagraph;
  BlockRole role = BlockRole::kUnknown;  // the block's role on its form (mappers/form)

  // Set by the classifier.
  Section section = Section::kNotPlan;
  Area area = Area::kNone;
  double confidence = 0;
  std::vector<std::string> reasons;  // plain English: "table label 'Provision'", "cue 'weekly'"

  std::optional<ProvisionSlots> provision;
  std::optional<OutcomeSlots> outcome;

  // Flag instance ids (Flag::id) that concern this statement, in plan order.
  std::vector<std::string> flags;

  // The caseworker's review, once applied: "accept", "edit", "move" or "reject" (empty while
  // undecided). A rejected statement stays in plan.json to record the decision but is not in
  // the draft. original_text / original_section keep what was drafted when a review changed it.
  std::string decision;
  std::string original_text;
  std::optional<Section> original_section;
  std::string reviewer_note;

  // True when the statement belongs in the draft plan.
  bool in_draft() const { return section != Section::kNotPlan && decision != "reject"; }
};

}  // namespace ehcp
