// libFuzzer target: reading a caseworker's review workbook (zip, shared strings, sheets).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pipeline/runner/review_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ehcp::ExtractOptions limits;
  limits.max_zip_total_bytes = 32u << 20;
  limits.max_xml_bytes = 8u << 20;
  auto decisions = ehcp::ReadReviewDecisions(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xlsx", limits);
  (void)decisions;
  return 0;
}
