// Builds a ZIP archive in memory with libzip, for OOXML packages. Deterministic: entries are
// written in the order added, deflated, each stamped with the same fixed DOS date.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "output/markup.h"
#include "pipeline/base/status.h"

namespace ehcp {

class ZipBuilder {
 public:
  // REQUIRES: names are unique; the first entry of an OOXML package is [Content_Types].xml.
  void Add(std::string name, std::string bytes) {
    entries_.emplace_back(std::move(name), std::move(bytes));
  }
  // The archive's bytes, every entry stamped with `date` at 00:00.
  StatusOr<std::string> Finish(const markup::FixedDate& date) const;

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace ehcp
