// One extractor per file format behind one interface. An extractor turns a file's bytes into a
// Document; it knows nothing about sections or plans.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace ehcp {

class OcrEngines;  // extractors/ocr/ocr.h

// Safety limits and switches; every one can be overridden from the command line.
struct ExtractOptions {
  int max_pages = 300;                          // pages read per document
  uint64_t max_file_bytes = 200ull << 20;       // larger files are refused
  uint64_t max_zip_total_bytes = 256ull << 20;  // decompressed size of a DOCX/XLSX container
  int max_zip_entries = 5000;
  uint64_t max_xml_bytes = 64ull << 20;  // one XML part
  int max_xml_depth = 256;
  uint64_t max_image_pixels = 120'000'000;  // an image or rendered page
  double ocr_seconds_per_page = 60;         // time per recognised page
  bool ocr = true;                          // recognise scanned pages and images
  int ocr_dpi = 300;
  double low_ocr_confidence = 70;  // mean word confidence below this raises low-ocr-confidence
  int ocr_threads = 1;             // pages recognised in parallel within one document
  // When set, pages are recognised with these shared engines (at most as many pages at once as
  // it has engines, however documents and pages are nested in parallel); when null, each
  // thread loads its own engine. Not owned.
  OcrEngines* ocr_engines = nullptr;
  // Isolation (pipeline/runner/isolate.h): when worker_program is set, each document is read
  // by that program's `_extract-worker` in a separate process limited to max_worker_bytes of
  // address space, so that whatever a file does costs that file only. Empty: read in this
  // process (unit tests, fuzzers, the worker itself).
  std::string worker_program;
  uint64_t max_worker_bytes = 2048ull << 20;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // The format this extractor reads.
  virtual FileFormat format() const = 0;
  // Reads `bytes` (the whole file) into a Document with blocks and provenance. `name` is the
  // file name, used only in messages. The returned Document has info.format, info.pages and
  // blocks set; the caller sets id, file, hash and kind and runs cleanup.
  // Errors name the file and page and say what to do, e.g.
  // "'OT report.pdf' is protected by a password: save an unprotected copy and add it again".
  virtual StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                                     const ExtractOptions& options) const = 0;
};

}  // namespace ehcp
