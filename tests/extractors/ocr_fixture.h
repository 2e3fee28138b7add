// Test fixtures for OCR: page images of known text, made at test time. A tiny PDF with
// Helvetica text is rendered by poppler (no external tools needed), then optionally rotated or
// saved as PNG or multi-page TIFF with Leptonica.
#pragma once

#include <string>
#include <vector>

#include "extractors/ocr/ocr.h"

namespace ehcp::testing {

// A one-page PDF 1.4, A4 wide and `page_height` points tall (A4 by default), showing `lines` in
// Helvetica at `font_size` points from 72 pt in from the top-left corner down; an empty line
// leaves a gap (a paragraph break). Text must be printable ASCII. Short pages keep tests fast.
std::string MakeTextPdf(const std::vector<std::string>& lines, double font_size = 12,
                        int page_height = 842);

// Page 1 of a PDF rendered at `dpi` as a 4-channel BGRA raster. Empty raster on failure.
Raster RenderPdfPage(const std::string& pdf, int dpi = 300);

// The raster turned by `degrees` (clockwise positive) about its centre, white brought in;
// returned as 8-bit grey.
Raster RotateRaster(const Raster& raster, double degrees);

// The raster with Gaussian noise of standard deviation `stdev` grey levels added, as 8-bit grey.
Raster AddNoise(const Raster& raster, double stdev);

// The raster encoded as an 8-bit grey PNG / a multi-page TIFF with one page per raster.
std::string EncodePng(const Raster& raster);
std::string EncodeTiff(const std::vector<Raster>& rasters);

// Word-level accuracy of `recognised` against `reference`: 1 - (word edit distance / number of
// reference words), floored at 0. Words are whitespace-separated and compared exactly.
double WordAccuracy(const std::string& reference, const std::string& recognised);

}  // namespace ehcp::testing
