// Optical character recognition of page images with Tesseract 5 (LSTM, English) after a
// Leptonica deskew. Used for scanned PDF pages and for PNG, JPEG and TIFF files.
//
// Tesseract's own OpenMP threading must be off (OMP_THREAD_LIMIT=1 before the process starts);
// callers parallelise across pages instead.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace ehcp {

// An uncompressed page image.
struct Raster {
  int width = 0;
  int height = 0;
  int channels = 1;  // 1 = 8-bit grey, 3 = RGB, 4 = RGBA (or BGRA when bgra is set)
  bool bgra = false;
  int stride = 0;  // bytes per row
  int dpi = 300;
  std::vector<uint8_t> pixels;
};

// What recognition made of one page.
struct OcrPage {
  int page = 1;
  std::vector<Block> blocks;   // paragraphs (and list items) with bbox and confidence set
  double mean_confidence = 0;  // mean word confidence, 0-100
  int words = 0;
};

// Recognises one page image. `page` is the 1-based page number put into provenance.
// Errors name the page ("page 3 could not be recognised: …").
StatusOr<OcrPage> RecognizeRaster(const Raster& raster, int page, const ExtractOptions& options);

}  // namespace ehcp
