// Extractors for page images: PNG, JPEG and TIFF (every page of a multi-page TIFF), each page
// recognised with OCR.
#pragma once

#include "extractors/extractor.h"

namespace ehcp {

// True for kPng, kJpeg and kTiff.
bool IsImageFormat(FileFormat format);

// The extractor for an image format; a const object that lives for the whole program.
// REQUIRES: IsImageFormat(format).
//
// Extract() gives a Document with info.format, info.pages (images in the file) and one block
// per recognised paragraph or list item, each with page, bbox in points and confidence; pages
// are recognised on options.ocr_threads threads. info.recognised_pages lists the pages read.
// Image dimensions are checked from the header before anything is decoded.
// Problems with one page become Diagnostics: no readable text, mean confidence below
// options.low_ocr_confidence ("page 2 was recognised with low confidence (54%); check the text
// against the scan"), a page that could not be decoded or recognised. When no page could be
// read the first page's error is returned, naming the file: kCorrupt for a damaged image,
// kLimitExceeded for one too large. With options.ocr off the Document has pages but no blocks.
const Extractor& ImageExtractor(FileFormat format);

// The resolution to assume for an image whose header says `xres` dots per inch (0 when it says
// nothing) and that is `width` pixels wide: xres when plausible for a scanned page, otherwise
// the resolution at which the image would be as wide as an A4 page, within 70..600 dpi.
int ImageDpi(int xres, int width);

}  // namespace ehcp
