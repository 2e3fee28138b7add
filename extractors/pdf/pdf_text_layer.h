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
// A tagged PDF's structure tree is read here too (StructureTree), and MarkedWords gives each word
// the marked-content id it was drawn in, in the same single pass over the page that reads the
// words: extractors/pdf/pdf_structure.h joins the two. (Poppler's StructElement::getText would
// draw the page again for every element.)
//
// Poppler's core headers come from Debian's libpoppler-private-dev; this file and its .cc are
// the only place that uses them.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "extractors/pdf/pdf_layout.h"
#include "extractors/pdf/pdf_structure.h"

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

  // The same words with PdfWord::mcid and PdfWord::order set: the innermost MCID of the marked
  // content each word starts in (kPdfArtifact inside /Artifact, kPdfNoMcid outside any MCID,
  // kPdfFormMcid for an MCID of a form XObject's own stream) and where it starts in the page's
  // content. Limit: a BDC whose properties are a named resource (not an inline dictionary) is
  // not reported by Poppler, so its EMC may close an enclosing MCID early; Word and LibreOffice
  // write inline dictionaries.
  virtual std::vector<PdfWord> MarkedWords(int index) const = 0;

  // The document's structure tree, when it has one with at least one element, read from its
  // objects (each fetched once: a cycle or an element listed twice is read once). Types that are
  // not standard go through the RoleMap; one that maps to nothing standard is read as a grouping
  // element, its content kept. Artifact elements and object references (links, annotations)
  // are left out, and so is marked content of a form XObject's own stream (/Stm). Nesting deeper
  // than 200 levels is cut there.
  virtual std::optional<PdfStructTree> StructureTree() const = 0;
};

}  // namespace ehcp
