// Helpers for the checks tests: a statement in a section, and flag lookup.
#pragma once

#include <string>
#include <vector>

#include "mappers/checks/check.h"

namespace ehcp::testing_checks {

inline Statement MakeStatement(std::string text, Section section, std::string id = "S0001",
                               std::string document = "D1") {
  Statement s;
  s.id = std::move(id);
  s.document = std::move(document);
  s.text = std::move(text);
  s.section = section;
  return s;
}

// Copies, so that the result may outlive a temporary `flags`.
inline std::vector<Flag> FlagsOf(const std::vector<Flag>& flags, FlagId rule) {
  std::vector<Flag> out;
  for (const Flag& f : flags)
    if (f.rule == rule) out.push_back(f);
  return out;
}

inline bool Raises(const std::string& text, Section section, FlagId rule) {
  return !FlagsOf(StatementFlags(MakeStatement(text, section)), rule).empty();
}

// The words a flag's first span covers.
inline std::string FlaggedWords(const Statement& s, const Flag& f) {
  if (f.spans.empty() || f.spans[0].end == 0) return s.text;
  return s.text.substr(f.spans[0].begin, f.spans[0].end - f.spans[0].begin);
}

}  // namespace ehcp::testing_checks
