// Features of a statement for the learned part of the classifier (model.h): hashed word unigrams
// and bigrams, character 4-grams, the first words, the heading's words, and the rules' own
// evidence (their score for each section, whether a quantity, a year or a list of advice shows).
// The same code makes the features when training (tools/train_classifier.cc) and classifying,
// so the two cannot drift apart.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ehcp::features {

inline constexpr size_t kSectionCount = 13;  // AllSections()
inline constexpr uint32_t kDimensions = 1u << 20;

// What the rules found, for use as features (filled in by classifier.cc).
struct RuleEvidence {
  std::array<double, kSectionCount> score{};  // the rules' score for each section
  std::array<double, 6> area{};               // the rules' area cues' score for each area
  bool quantity = false;                      // a number of minutes, sessions, times …
  bool advice_entry = false;                  // looks like an entry in a list of advice
  bool furniture = false;                     // form or letter furniture
  bool heading_names_section = false;         // the heading names one plan section
  bool verb = false;                          // a common verb ("is", "will", "has" …)
  bool date = false;                          // a year, a month's name or a date like 3/12/24
};

enum class Kind : uint8_t { kWord, kBigram, kChars, kFirst, kHeading, kRule };

struct Feature {
  uint32_t index;  // 1 … kDimensions
  float value;     // 1, or the rule's share of the score
  Kind kind;
  std::string_view words;  // for words, bigrams, first words and heading words: the words (a
                           // view into Tokens::text)
};

// The statement's text normalised for features: lower-case letters, digits and apostrophes, one
// space between words, and a space at each end.
struct Tokens {
  std::string text;
  std::string heading;
};

// Appends the features of `text` (and `heading`, "" when none) to `out` (cleared first).
// `tokens` holds the normalised strings the features' `words` point into.
void Extract(std::string_view text, std::string_view heading, const RuleEvidence& rules,
             Tokens& tokens, std::vector<Feature>& out);

}  // namespace ehcp::features
