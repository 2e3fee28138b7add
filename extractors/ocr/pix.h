// Internal to extractors/ocr: ownership of Leptonica images and conversions between Raster and
// PIX. Keeps Leptonica out of the public OCR header.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>

#include "extractors/ocr/ocr.h"

namespace ehcp::ocr_internal {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
// Owns one PIX; pixDestroy on release.
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Silences Leptonica's messages on stderr (corrupt files are reported as Status instead). Safe
// to call from any thread, any number of times.
void QuietLeptonica();

// An 8-bit grey PIX of the raster. Colour is reduced to luminance; alpha is composited over
// white. REQUIRES: the raster's buffer holds stride * height bytes (checked by the caller).
PixPtr GreyPixFromRaster(const Raster& raster);

// A 1-channel Raster of any PIX (converted to 8-bit grey first, alpha over white), with
// `dpi` as its resolution. nullptr PIX or a failed conversion gives an empty raster.
Raster GreyRasterFromPix(PIX* pix, int dpi);

}  // namespace ehcp::ocr_internal
