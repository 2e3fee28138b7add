// Optical character recognition of page images with Tesseract 5 (LSTM, English) after a
// Leptonica deskew. Used for scanned PDF pages and for PNG, JPEG and TIFF files.
//
// Tesseract's own OpenMP threading must be off (OMP_THREAD_LIMIT=1 before the process starts);
// callers parallelise across pages instead.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace tesseract {
class TessBaseAPI;
}

namespace ehcp {

// Tesseract engines shared by the threads of a run. A page's recognition borrows an engine and
// gives it back, so at most `capacity` pages are recognised at once however the work nests
// (cases, then documents, then pages, each in parallel), and each engine's model is loaded once
// (about 0.3 s) rather than once per thread. Engines are loaded when first needed.
class OcrEngines {
 public:
  explicit OcrEngines(int capacity);
  ~OcrEngines();
  OcrEngines(const OcrEngines&) = delete;
  OcrEngines& operator=(const OcrEngines&) = delete;

  // How many engines have been loaded so far (never more than the capacity).
  int loaded() const;

  // An engine on loan; it goes back to the pool when the lease ends.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    tesseract::TessBaseAPI& engine() const { return *engine_; }

   private:
    friend class OcrEngines;
    Lease(OcrEngines* pool, std::unique_ptr<tesseract::TessBaseAPI> engine);
    OcrEngines* pool_;
    std::unique_ptr<tesseract::TessBaseAPI> engine_;
  };

  // Waits for a free engine (loading a new one while fewer than `capacity` exist). kInternal
  // when the English model cannot be loaded.
  StatusOr<Lease> Borrow();

 private:
  void GiveBack(std::unique_ptr<tesseract::TessBaseAPI> engine);

  const int capacity_;
  mutable std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<tesseract::TessBaseAPI>> idle_;
  int loaded_ = 0;  // engines in existence or being loaded
};

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

// kLimitExceeded ("page 2 is an image of 40000×30000 pixels, larger than the limit of 120000000
// pixels; rescan at 300 dpi") when a width × height image exceeds options.max_image_pixels;
// OK otherwise. Call it with header dimensions before decoding or rendering a page.
Status CheckImageSize(int width, int height, int page, const ExtractOptions& options);

// Recognises one page image. `page` is the 1-based page number put into provenance.
// Errors name the page ("page 3 could not be recognised: …"):
//  - kLimitExceeded when the image has more than options.max_image_pixels pixels, or when
//    recognition takes longer than options.ocr_seconds_per_page;
//  - kInvalidArgument when the raster's buffer is smaller than stride * height;
//  - kInternal when the English model cannot be loaded.
// The image is reduced to 8-bit grey and deskewed (Leptonica) before Tesseract 5 (LSTM, English,
// automatic page segmentation) reads it. Blocks are paragraphs and list items with prov.page,
// prov.bbox in points (pixels * 72 / raster.dpi) and prov.confidence (mean word confidence).
// Thread-safe. The engine comes from options.ocr_engines when set; otherwise each thread keeps
// its own Tesseract engine, loaded on first use (slow, ~0.3 s) and reused for every later page
// on that thread.
StatusOr<OcrPage> RecognizeRaster(const Raster& raster, int page, const ExtractOptions& options);

// Produces the image of page index `i` (0-based) for RecognizePages.
using RasterSource = std::function<StatusOr<Raster>(int index)>;

// How RecognizePages may call its RasterSource.
enum class SourceCalls {
  kOneAtATime,  // serialised: the source may render from a shared, non thread-safe document
  kConcurrent,  // from several threads at once: the source is thread-safe
};

// Recognises `count` pages on options.ocr_threads threads (the calling thread is one of them),
// returning one result per page in page order; page numbers are first_page + index. A page that
// fails, or whose source fails, gives an error for that page only. `source` is called one call at
// a time unless `calls` is kConcurrent; only one decoded image per thread is alive at a time.
std::vector<StatusOr<OcrPage>> RecognizePages(int count, int first_page, const RasterSource& source,
                                              const ExtractOptions& options,
                                              SourceCalls calls = SourceCalls::kOneAtATime);

// What a caseworker should be told about a recognised page, if anything: "page 3 has no readable
// text; check the scan" when no words were found, "page 3 was recognised with low confidence
// (54%); check the text against the scan" when the mean word confidence is below
// options.low_ocr_confidence. Shared by every extractor that recognises pages.
std::optional<Diagnostic> DiagnoseOcrPage(const OcrPage& page, const ExtractOptions& options);

// The same for images already in memory.
std::vector<StatusOr<OcrPage>> RecognizeRasters(const std::vector<Raster>& rasters, int first_page,
                                                const ExtractOptions& options);

}  // namespace ehcp
