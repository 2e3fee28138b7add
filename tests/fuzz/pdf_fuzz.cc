// libFuzzer target: the PDF extractor (Poppler's parser, the text layer, tags, tables) on any
// bytes. Recognition is off: each run must stay fast, and scans are Tesseract's to fuzz.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extractors/cleanup/cleanup.h"
#include "extractors/pdf/pdf_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ehcp::ExtractOptions options;
  options.ocr = false;
  options.max_pages = 20;  // keep each run small
  options.max_image_pixels = 4'000'000;
  auto doc = ehcp::PdfExtractor().Extract(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.pdf", options);
  if (doc.ok()) ehcp::CleanupDocument(*doc);
  return 0;
}
