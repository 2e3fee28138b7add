// Born-digital PDF: words with positions and fonts from the text layer (extractors/pdf/
// pdf_text_layer.h), laid out by extractors/pdf/pdf_layout.h; poppler-cpp opens the file and
// renders pages. Pages without a usable text layer are rendered and passed
// to RecognizeRaster (extractors/ocr/ocr.h) when ExtractOptions::ocr is set.
#pragma once

#include <vector>

#include "extractors/extractor.h"
#include "extractors/ocr/ocr.h"
#include "extractors/pdf/pdf_layout.h"
#include "pipeline/base/status.h"

namespace poppler {
class page;
}

namespace ehcp {

// The PDF extractor (format kPdf). A stateless singleton; safe to call from several threads
// on different documents.
//
// Errors: kLimitExceeded for files over ExtractOptions::max_file_bytes, kEncrypted for files
// that need a password, kCorrupt for files poppler cannot parse. Pages past
// ExtractOptions::max_pages are not read and a Diagnostic says so; info.pages is the file's
// page count. Repeated headers and footers never reach the blocks.
const Extractor& PdfExtractor();

// Renders one page at `dpi` into a Raster (8-bit grey when poppler can, else BGRA).
// REQUIRES: dpi > 0.
StatusOr<Raster> RenderPage(const poppler::page& page, int dpi);

}  // namespace ehcp
