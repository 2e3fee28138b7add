// Test helper: the entries of a ZIP archive held in memory, read with libzip.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace ehcp::testing {

// Entry name -> bytes. Empty map when the bytes are not a readable ZIP archive.
std::map<std::string, std::string> Unzip(const std::string& bytes);
// Entry names in archive order.
std::vector<std::string> ZipNames(const std::string& bytes);

}  // namespace ehcp::testing
