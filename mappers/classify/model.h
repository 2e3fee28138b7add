// The learned part of the classifier: two logistic regressions (LIBLINEAR, one against the rest)
// over features.h's features, one for the plan section and one for the area of need, trained by
// tools/train_classifier.cc from tests/data/classify/{dev,corpus}.tsv at build time and compiled
// in (the generated classifier_model.cc). The confidence is calibrated (Platt scaling fitted on
// predictions for statements the model was not trained on).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "mappers/classify/features.h"

namespace ehcp::model {

inline constexpr size_t kSections = features::kSectionCount;
inline constexpr size_t kAreas = 6;
inline constexpr size_t kClasses = kSections + kAreas;  // sections first, then areas

// The weights as the generated file lays them out: for feature k (kIndex[k] ascending), the
// nonzero weights kClass[j], kWeight[j] for j in [kOffset[k], kOffset[k + 1]).
struct Weights {
  const uint32_t* index = nullptr;
  const uint32_t* offset = nullptr;
  const uint8_t* cls = nullptr;
  const float* weight = nullptr;
  size_t count = 0;  // features
  std::array<float, kClasses> bias{};
  double platt_a = 1, platt_b = 0;  // calibrated = 1 / (1 + exp(-(a * logit(p) + b)))
  double rules_certain = 0.95;      // how often the rules are right when they are certain
};

// The compiled-in model (empty when building the trainer itself).
const Weights& Embedded();

struct Prediction {
  std::array<double, kSections> section{};  // probabilities, summing to 1
  std::array<double, kAreas> area{};
  size_t best_section = 0, best_area = 0;
  double confidence = 0;  // calibrated probability that best_section is right
  // The features that pushed hardest towards best_section, strongest first (at most 2), in
  // words: "'budgets'", "starts 'pupil'", "heading word 'outcomes'".
  std::vector<std::string> strongest;
};

class Model {
 public:
  explicit Model(const Weights& w);
  bool empty() const { return w_.count == 0; }
  double rules_certain() const { return w_.rules_certain; }
  Prediction Predict(const std::vector<features::Feature>& x) const;
  // The calibrated probability of the top class with probability p.
  double Calibrate(double p) const;

 private:
  // One cache line's worth of lookup per feature: open addressing on the hashed index, each slot
  // holding the feature's range of (class, weight) entries.
  struct Slot {
    uint32_t index = 0;  // 0 for an empty slot (feature indices start at 1)
    uint32_t range = 0;  // first entry << 5 | number of entries (at most kClasses)
  };
  // A weight in units of 1/kScale (the model's weights are well inside ±8) and its class: four
  // bytes, so that the whole model stays in the processor's cache.
  struct Entry {
    int16_t weight;
    uint16_t cls;
  };
  static constexpr double kScale = 4096;
  const Weights& w_;
  std::vector<Slot> table_;
  std::vector<Entry> entries_;
  uint32_t mask_ = 0;
  const Slot* Find(uint32_t index) const;
};

// Probabilities from one-against-the-rest decision values, as LIBLINEAR's predict_probability
// makes them: a logistic of each value, normalised to sum to 1.
template <size_t N>
std::array<double, N> Probabilities(const std::array<double, N>& dec);

}  // namespace ehcp::model

#include "mappers/classify/classifier.h"

namespace ehcp {
// What the rules find in a statement, as features for the model (used by the trainer too).
features::RuleEvidence RuleEvidenceFor(const ClassifyInput& input);
// The rules alone, without the model (for comparison in the evaluation).
Classification ClassifyByRulesOnly(const ClassifyInput& input);
}  // namespace ehcp
