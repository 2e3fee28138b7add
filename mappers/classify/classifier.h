// Statement classification: section, area of need, confidence and the reasons that decided it.
// One interface; the implementation can be improved without touching callers.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/ids.h"

namespace ehcp {

struct ClassifyInput {
  std::string_view text;
  std::string_view context;  // heading or table label the statement sat under ("" if none)
  BlockKind block_kind = BlockKind::kParagraph;
  DocKind doc_kind = DocKind::kOther;
};

struct Classification {
  Section section = Section::kNotPlan;
  Area area = Area::kNone;
  double confidence = 0;             // 0-1
  std::vector<std::string> reasons;  // plain English, most decisive first
};

class Classifier {
 public:
  virtual ~Classifier() = default;
  // Pure and thread-safe.
  virtual Classification Classify(const ClassifyInput& input) const = 0;
};

// The default classifier: document structure first, then document kind, then wording.
std::unique_ptr<Classifier> MakeDefaultClassifier();

}  // namespace ehcp
