// The words of a born-digital PDF's text layer, read with Poppler's own text engine
// (TextOutputDev: the engine behind pdftotext and behind poppler-cpp's page::text_list()).
//
// Why not poppler-cpp's text_list(text_list_include_font)? It gives the same words, boxes and
// fonts, but it converts every word to UTF-16 and back through iconv, scans the page's fonts
// again and copies the page's font list into every word. On the benchmark's text PDF that made
// reading the words alone cost about 1.5 times what pdftotext takes for the whole job; this
// reader costs about what pdftotext does (scripts/bench.sh, benchmark 1). Everything else in the
// PDF extractor (opening, passwords, page sizes, rendering scanned pages) stays on poppler-cpp.
//
// Poppler's core headers come from Debian's libpoppler-private-dev; this file and its .cc are
// the only place that uses them.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "extractors/pdf/pdf_layout.h"

namespace ehcp {

class PdfTextLayer {
 public:
  // Reads the PDF in `bytes`, which must outlive the returned object. Returns null when Poppler
  // cannot parse it. Not safe to share between threads; open one per thread.
  static std::unique_ptr<PdfTextLayer> Open(std::string_view bytes);

  virtual ~PdfTextLayer() = default;

  // The words of page `index` (0-based) in Poppler's reading order, with their boxes (points
  // from the page's top-left corner, the page laid out unrotated), font sizes and boldness. An
  // index out of range or a damaged page gives no words.
  virtual std::vector<PdfWord> Words(int index) const = 0;
};

}  // namespace ehcp
