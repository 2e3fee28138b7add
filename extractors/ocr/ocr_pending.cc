// TEMPORARY stand-in for extractors/ocr/ocr.cc, which is written in another branch. It lets the
// PDF extractor link and report scanned pages honestly until the real recogniser is merged.
// DELETE THIS FILE when merging the real ocr.cc (both define RecognizeRaster).
#include "extractors/ocr/ocr.h"

namespace ehcp {

StatusOr<OcrPage> RecognizeRaster(const Raster& /*raster*/, int page,
                                  const ExtractOptions& /*options*/) {
  return Unsupported("page " + std::to_string(page) +
                     " could not be recognised: text recognition is not available in this build");
}

}  // namespace ehcp
