#include "extractors/ocr/ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "extractors/ocr/ocr_layout.h"
#include "extractors/ocr/pix.h"

namespace ehcp {
namespace {

using ocr_internal::OcrLine;
using ocr_internal::OcrWord;
using ocr_internal::PixPtr;

std::string PageName(int page) { return "page " + std::to_string(page); }

// "60" or "2.5": seconds as a person would write them.
std::string FormatSeconds(double seconds) {
  char buf[32];
  if (seconds == std::floor(seconds)) {
    std::snprintf(buf, sizeof buf, "%.0f", seconds);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", seconds);
  }
  return buf;
}

Status CheckRaster(const Raster& r, int page, const ExtractOptions& options) {
  if (r.width <= 0 || r.height <= 0) {
    return InvalidArgument(PageName(page) + " could not be recognised: the image is empty");
  }
  RETURN_IF_ERROR(CheckImageSize(r.width, r.height, page, options));
  const bool channels_ok = r.channels == 1 || r.channels == 3 || r.channels == 4;
  const bool stride_ok = r.stride >= r.width * r.channels;
  const bool size_ok = r.pixels.size() >= static_cast<uint64_t>(r.stride) * r.height;
  if (!channels_ok || !stride_ok || !size_ok) {
    return InvalidArgument(PageName(page) +
                           " could not be recognised: the image buffer does not match its "
                           "size (a bug in the program; please report it)");
  }
  return Status::Ok();
}

// A Tesseract engine with the English LSTM model. Loading touches Tesseract's process-wide
// parameters, so loads are serialised.
StatusOr<std::unique_ptr<tesseract::TessBaseAPI>> LoadEngine() {
  static std::mutex init_mutex;
  std::lock_guard<std::mutex> lock(init_mutex);
  auto api = std::make_unique<tesseract::TessBaseAPI>();
  // Tesseract's chatter ("Estimating resolution as …", "Empty page!!") goes to debug_file.
  api->SetVariable("debug_file", "/dev/null");
  if (api->Init(nullptr, "eng", tesseract::OEM_LSTM_ONLY) != 0) {
    return Internal(
        "the English OCR model could not be loaded: install the tesseract-ocr-eng package");
  }
  api->SetVariable("debug_file", "/dev/null");
  return api;
}

// The calling thread's Tesseract engine, loaded on first use.
StatusOr<tesseract::TessBaseAPI*> ThreadEngine() {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> engine;
  if (engine) return engine.get();
  ASSIGN_OR_RETURN(engine, LoadEngine());
  return engine.get();
}

// Grey, deskewed copy of the raster with its resolution set.
PixPtr PreparePix(const Raster& raster) {
  PixPtr grey = ocr_internal::GreyPixFromRaster(raster);
  if (!grey) return nullptr;
  l_float32 angle = 0, confidence = 0;
  PixPtr deskewed(pixFindSkewAndDeskew(grey.get(), 0, &angle, &confidence));
  PixPtr pix = deskewed ? std::move(deskewed) : std::move(grey);
  pixSetResolution(pix.get(), raster.dpi, raster.dpi);
  return pix;
}

std::string TakeText(char* text) {
  std::unique_ptr<char[]> owned(text);
  return owned ? std::string(owned.get()) : std::string();
}

// Lines and words in reading order, as Tesseract segmented them.
std::vector<OcrLine> ReadLines(tesseract::TessBaseAPI& api) {
  std::vector<OcrLine> lines;
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return lines;
  it->Begin();
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || lines.empty()) {
      OcrLine line;
      line.starts_paragraph = it->IsAtBeginningOf(tesseract::RIL_PARA);
      it->BoundingBox(tesseract::RIL_TEXTLINE, &line.x0, &line.y0, &line.x1, &line.y1);
      lines.push_back(std::move(line));
    }
    if (it->Empty(tesseract::RIL_WORD)) continue;
    std::string text = TakeText(it->GetUTF8Text(tesseract::RIL_WORD));
    if (text.empty()) continue;
    lines.back().words.push_back(OcrWord{std::move(text), it->Confidence(tesseract::RIL_WORD)});
  } while (it->Next(tesseract::RIL_WORD));
  return lines;
}

OcrPage MakePage(const std::vector<OcrLine>& lines, int page, int dpi) {
  OcrPage result;
  result.page = page;
  result.blocks = ocr_internal::BuildOcrBlocks(lines, page, dpi);
  double sum = 0;
  for (const OcrLine& line : lines) {
    for (const OcrWord& word : line.words) sum += word.confidence, ++result.words;
  }
  result.mean_confidence = result.words > 0 ? sum / result.words : 0.0;
  return result;
}

int DeadlineMsecs(double seconds) {
  if (seconds <= 0) return 0;  // no deadline
  return static_cast<int>(std::min(seconds * 1000.0, 2.0e9));
}

}  // namespace

Status CheckImageSize(int width, int height, int page, const ExtractOptions& options) {
  const uint64_t pixels =
      static_cast<uint64_t>(std::max(width, 0)) * static_cast<uint64_t>(std::max(height, 0));
  if (pixels <= options.max_image_pixels) return Status::Ok();
  return LimitExceeded(PageName(page) + " is an image of " + std::to_string(width) + "×" +
                       std::to_string(height) + " pixels, larger than the limit of " +
                       std::to_string(options.max_image_pixels) + " pixels; rescan at 300 dpi");
}

namespace {

StatusOr<OcrPage> RecognizeWith(tesseract::TessBaseAPI* api, const Raster& raster, int page,
                                const ExtractOptions& options) {
  PixPtr pix = PreparePix(raster);
  if (!pix) {
    return Internal(PageName(page) + " could not be recognised: out of memory for its image");
  }
  const int dpi = raster.dpi > 0 ? raster.dpi : 300;
  api->SetPageSegMode(tesseract::PSM_AUTO);
  api->SetImage(pix.get());
  api->SetSourceResolution(dpi);
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(DeadlineMsecs(options.ocr_seconds_per_page));
  const int rc = api->Recognize(&monitor);
  if (monitor.deadline_exceeded()) {
    api->Clear();
    return LimitExceeded(PageName(page) + " took longer than " +
                         FormatSeconds(options.ocr_seconds_per_page) +
                         " seconds to recognise; check the scan is a page of text, or allow "
                         "more time per page");
  }
  if (rc != 0) {
    api->Clear();
    return Internal(PageName(page) + " could not be recognised: the OCR engine failed");
  }
  OcrPage result = MakePage(ReadLines(*api), page, dpi);
  api->Clear();
  return result;
}

// RecognizeRaster with `engine` when it is given (already borrowed from options.ocr_engines);
// otherwise with one borrowed from options.ocr_engines or this thread's own. The raster is checked
// before any engine is borrowed or loaded.
StatusOr<OcrPage> RecognizeRasterOn(tesseract::TessBaseAPI* engine, const Raster& raster, int page,
                                    const ExtractOptions& options) {
  RETURN_IF_ERROR(CheckRaster(raster, page, options));
  ocr_internal::QuietLeptonica();
  if (engine != nullptr) return RecognizeWith(engine, raster, page, options);
  if (options.ocr_engines != nullptr) {
    StatusOr<OcrEngines::Lease> lease = options.ocr_engines->Borrow();
    if (!lease.ok()) return lease.status();
    return RecognizeWith(&lease->engine(), raster, page, options);
  }
  ASSIGN_OR_RETURN(tesseract::TessBaseAPI * api, ThreadEngine());
  return RecognizeWith(api, raster, page, options);
}

}  // namespace

StatusOr<OcrPage> RecognizeRaster(const Raster& raster, int page, const ExtractOptions& options) {
  return RecognizeRasterOn(nullptr, raster, page, options);
}

// ---- OcrEngines --------------------------------------------------------------------------------

OcrEngines::OcrEngines(int capacity) : capacity_(std::max(capacity, 1)) {}

OcrEngines::~OcrEngines() = default;

int OcrEngines::loaded() const {
  std::lock_guard<std::mutex> lock(mu_);
  return loaded_;
}

StatusOr<OcrEngines::Lease> OcrEngines::Borrow() {
  {
    std::unique_lock<std::mutex> lock(mu_);
    returned_.wait(lock, [&] { return !idle_.empty() || loaded_ < capacity_; });
    if (!idle_.empty()) {
      std::unique_ptr<tesseract::TessBaseAPI> engine = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(engine));
    }
    ++loaded_;  // this thread loads the next engine, outside the lock
  }
  // If loading fails (or throws), the place is given up so another thread can try.
  auto give_up = [this] {
    std::lock_guard<std::mutex> lock(mu_);
    --loaded_;
    returned_.notify_one();
  };
  StatusOr<std::unique_ptr<tesseract::TessBaseAPI>> engine = Internal("no engine");
  try {
    engine = LoadEngine();
  } catch (...) {
    give_up();
    throw;
  }
  if (!engine.ok()) {
    give_up();
    return engine.status();
  }
  return Lease(this, std::move(engine).value());
}

void OcrEngines::GiveBack(std::unique_ptr<tesseract::TessBaseAPI> engine) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    idle_.push_back(std::move(engine));
  }
  returned_.notify_one();
}

OcrEngines::Lease::Lease(OcrEngines* pool, std::unique_ptr<tesseract::TessBaseAPI> engine)
    : pool_(pool), engine_(std::move(engine)) {}

OcrEngines::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), engine_(std::move(other.engine_)) {}

OcrEngines::Lease::~Lease() {
  if (engine_) pool_->GiveBack(std::move(engine_));
}

std::vector<StatusOr<OcrPage>> RecognizePages(int count, int first_page, const RasterSource& source,
                                              const ExtractOptions& options, SourceCalls calls) {
  if (count <= 0) return {};
  std::vector<std::optional<StatusOr<OcrPage>>> slots(static_cast<size_t>(count));
  std::atomic<int> next{0};
  std::mutex source_mutex;
  auto work = [&] {
    for (int i = next++; i < count; i = next++) {
      const int page = first_page + i;
      // With shared engines, the engine is borrowed before the page is rendered: a thread
      // waiting for an engine holds no page image, so memory stays bounded by the engines.
      std::optional<StatusOr<OcrEngines::Lease>> lease;
      if (options.ocr_engines != nullptr) {
        lease.emplace(options.ocr_engines->Borrow());
        if (!lease->ok()) {
          slots[i].emplace(lease->status());
          continue;
        }
      }
      std::optional<StatusOr<Raster>> raster;
      if (calls == SourceCalls::kConcurrent) {
        raster.emplace(source(i));
      } else {
        std::lock_guard<std::mutex> lock(source_mutex);
        raster.emplace(source(i));
      }
      if (!raster->ok()) {
        slots[i].emplace(raster->status());
        continue;
      }
      tesseract::TessBaseAPI* engine = lease ? &(*lease)->engine() : nullptr;
      slots[i].emplace(RecognizeRasterOn(engine, raster->value(), page, options));
    }
  };
  const int threads = std::clamp(options.ocr_threads, 1, count);
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& t : helpers) t.join();

  std::vector<StatusOr<OcrPage>> results;
  results.reserve(slots.size());
  for (auto& slot : slots) results.push_back(std::move(*slot));
  return results;
}

std::optional<Diagnostic> DiagnoseOcrPage(const OcrPage& page, const ExtractOptions& options) {
  const std::string name = PageName(page.page);
  if (page.words == 0) return Diagnostic{page.page, name + " has no readable text; check the scan"};
  if (page.mean_confidence >= options.low_ocr_confidence) return std::nullopt;
  const long percent = std::lround(page.mean_confidence);
  return Diagnostic{page.page, name + " was recognised with low confidence (" +
                                   std::to_string(percent) + "%); check the text against the scan"};
}

std::vector<StatusOr<OcrPage>> RecognizeRasters(const std::vector<Raster>& rasters, int first_page,
                                                const ExtractOptions& options) {
  auto source = [&rasters](int i) -> StatusOr<Raster> { return rasters[i]; };
  return RecognizePages(static_cast<int>(rasters.size()), first_page, source, options);
}

}  // namespace ehcp
