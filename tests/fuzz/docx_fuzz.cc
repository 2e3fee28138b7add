// libFuzzer target: the DOCX extractor (zip container, XML parts, numbering, tables) on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/cleanup/cleanup.h"
#include "extractors/docx/docx_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ehcp::ExtractOptions options;
  options.max_zip_total_bytes = 32u << 20;  // keep each run small
  options.max_xml_bytes = 8u << 20;
  auto doc = ehcp::DocxExtractor().Extract(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.docx", options);
  if (doc.ok()) ehcp::CleanupDocument(*doc);
  return 0;
}
