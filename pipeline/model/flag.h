// A Flag is a problem found in the plan or the advice, with where it is and what to do.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/ids.h"

namespace ehcp {

// The flagged words: byte range [begin, end) within a statement's text. begin == end == 0
// means the whole statement.
struct FlagSpan {
  std::string statement;
  size_t begin = 0;
  size_t end = 0;
};

struct Flag {
  std::string id;  // instance id "FL001"…, stable for the same inputs
  FlagId rule = FlagId::kVagueWording;
  Severity severity = Severity::kWarn;
  std::string message;  // plain English: what is wrong and what to do
  std::string basis;    // "SEND Code of Practice 9.69"
  std::vector<FlagSpan> spans;
  std::string resolution;  // set from the caseworker's review; empty while open
  std::string resolution_note;

  // Open until the caseworker resolves it. "ask the author" keeps it open: the answer is awaited.
  bool open() const { return resolution.empty() || resolution == "ask the author"; }
};

}  // namespace ehcp
