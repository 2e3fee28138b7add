#include "extractors/pdf/pdf_extractor.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

#include "extractors/pdf/pdf_structure.h"
#include "extractors/pdf/pdf_text_layer.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Poppler prints parse warnings to stderr by default; the extractor reports problems itself.
// Poppler holds this in process state, so it is set once.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

std::string Quoted(const std::string& name) { return "'" + name + "'"; }

class PdfExtractorImpl final : public Extractor {
 public:
  FileFormat format() const override { return FileFormat::kPdf; }

  StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                             const ExtractOptions& options) const override;

 private:
  // Recognises the scanned pages (those without a usable text layer) in parallel, on
  // options.ocr_threads threads. Returns one result per entry of `scanned` (0-based indexes);
  // pages that cannot be recognised get a diagnostic and an empty result.
  std::vector<std::optional<OcrPage>> RecognizeScannedPages(
      std::string_view bytes, const std::vector<std::unique_ptr<poppler::page>>& pages,
      const std::vector<int>& scanned, const std::string& name, const ExtractOptions& options,
      Document& doc) const;

  // Reads a tagged PDF by its structure tree (extractors/pdf/pdf_structure.h), recognising its
  // scanned pages as the layout path does. Returns false, leaving `doc` as it was, when the tree
  // gives no blocks or covers too little of the text: the caller then lays the pages out.
  bool ReadTagged(const PdfStructTree& tree, std::string_view bytes,
                  const std::vector<std::unique_ptr<poppler::page>>& pages,
                  const std::vector<std::vector<PdfWord>>& words,
                  const std::vector<poppler::rectf>& rects, const std::string& name,
                  const ExtractOptions& options, Document& doc) const;
};

bool PdfExtractorImpl::ReadTagged(const PdfStructTree& tree, std::string_view bytes,
                                  const std::vector<std::unique_ptr<poppler::page>>& pages,
                                  const std::vector<std::vector<PdfWord>>& words,
                                  const std::vector<poppler::rectf>& rects, const std::string& name,
                                  const ExtractOptions& options, Document& doc) const {
  // A page is scanned when the words that are not page furniture are no usable text layer.
  std::vector<PdfTaggedPage> text_pages;
  std::vector<int> scanned;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (!pages[i]) continue;
    PdfTaggedPage page{static_cast<int>(i) + 1, rects[i].height(), {}};
    for (const PdfWord& w : words[i]) {
      if (w.mcid != kPdfArtifact) page.words.push_back(w);
    }
    if (HasUsableTextLayer(page.words)) {
      text_pages.push_back(std::move(page));
    } else {
      scanned.push_back(static_cast<int>(i));
    }
  }
  std::optional<std::vector<Block>> blocks = BuildTaggedBlocks(tree, text_pages);
  if (!blocks) return false;
  std::vector<std::optional<OcrPage>> recognised =
      RecognizeScannedPages(bytes, pages, scanned, name, options, doc);
  // A scanned page's recognised text goes before the first block of a later page.
  size_t next = 0;
  auto add_scans_before = [&](int page) {
    for (; next < scanned.size() && scanned[next] + 1 < page; ++next) {
      std::optional<OcrPage>& ocr = recognised[next];
      if (!ocr) continue;
      for (Block& b : ocr->blocks) {
        b.prov.page = scanned[next] + 1;
        doc.blocks.push_back(std::move(b));
      }
      doc.info.recognised_pages.push_back(scanned[next] + 1);
    }
  };
  for (Block& b : *blocks) {
    add_scans_before(b.prov.page);
    doc.blocks.push_back(std::move(b));
  }
  add_scans_before(INT_MAX);
  doc.info.tagged = true;
  return true;
}

StatusOr<Document> PdfExtractorImpl::Extract(std::string_view bytes, const std::string& name,
                                             const ExtractOptions& options) const {
  if (bytes.size() > options.max_file_bytes || bytes.size() > static_cast<size_t>(INT_MAX)) {
    return LimitExceeded(Quoted(name) + " is " + std::to_string(bytes.size() >> 20) +
                         " MB, larger than the limit of " +
                         std::to_string(options.max_file_bytes >> 20) +
                         " MB: split it into smaller files or raise the size limit");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  auto damaged = [&] {
    return Corrupt(Quoted(name) +
                   " could not be read as a PDF: the file is damaged or truncated. Open it in a "
                   "PDF reader, save a new copy and add it again");
  };
  if (!pdf) return damaged();
  if (pdf->is_locked()) {
    return Encrypted(Quoted(name) +
                     " is protected by a password: save an unprotected copy and add it again");
  }
  int total = pdf->pages();
  if (total <= 0) {
    return Corrupt(Quoted(name) +
                   " has no readable pages: the file is damaged. Save a new copy and add it again");
  }
  std::unique_ptr<PdfTextLayer> text = PdfTextLayer::Open(bytes);
  if (!text) return damaged();
  Document doc;
  doc.info.format = FileFormat::kPdf;
  doc.info.pages = total;
  int count = std::min(total, std::max(options.max_pages, 0));
  if (count < total) {
    doc.info.diagnostics.push_back(
        {0, "only the first " + std::to_string(count) + " of " + std::to_string(total) +
                " pages of " + Quoted(name) +
                " were read (the page limit); split the file or raise the page limit to read the "
                "rest"});
  }

  // Read every page's words first: furniture and font sizes are judged across pages. A tagged
  // PDF's words are read with their marked-content ids, in the same pass.
  std::optional<PdfStructTree> tree = text->StructureTree();
  std::vector<std::unique_ptr<poppler::page>> pages;
  std::vector<std::vector<PdfWord>> words(static_cast<size_t>(count));
  std::vector<poppler::rectf> rects(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    pages.emplace_back(pdf->create_page(i));
    if (!pages.back()) {
      doc.info.diagnostics.push_back({i + 1, "page " + std::to_string(i + 1) + " of " +
                                                 Quoted(name) +
                                                 " could not be read: the page is damaged"});
      continue;
    }
    rects[static_cast<size_t>(i)] = pages.back()->page_rect(poppler::crop_box);
    words[static_cast<size_t>(i)] = tree ? text->MarkedWords(i) : text->Words(i);
  }
  if (tree && ReadTagged(*tree, bytes, pages, words, rects, name, options, doc)) return doc;

  std::vector<PdfPageLines> laid_out;
  for (int i = 0; i < count; ++i) {
    const poppler::rectf& rect = rects[static_cast<size_t>(i)];
    if (!pages[static_cast<size_t>(i)]) {
      laid_out.push_back(PdfPageLines{i + 1, 0, 0, {}});
      continue;
    }
    laid_out.push_back(
        LayoutPage(i + 1, rect.width(), rect.height(), std::move(words[static_cast<size_t>(i)])));
  }
  RemoveRepeatedFurniture(laid_out);

  std::vector<int> scanned;
  for (int i = 0; i < count; ++i) {
    if (pages[i] && !HasUsableTextLayer(laid_out[i])) scanned.push_back(i);
  }
  std::vector<std::optional<OcrPage>> recognised =
      RecognizeScannedPages(bytes, pages, scanned, name, options, doc);

  PdfBlockBuilder builder(laid_out);
  size_t next_scan = 0;
  for (int i = 0; i < count; ++i) {
    if (!pages[i]) continue;
    if (next_scan < scanned.size() && scanned[next_scan] == i) {
      std::optional<OcrPage>& ocr = recognised[next_scan++];
      if (!ocr) continue;
      for (Block& b : ocr->blocks) b.prov.page = i + 1;
      builder.AddBlocks(std::move(ocr->blocks));
      doc.info.recognised_pages.push_back(i + 1);
    } else {
      builder.AddPage(laid_out[i]);
    }
  }
  doc.blocks = builder.Take();
  return doc;
}

std::vector<std::optional<OcrPage>> PdfExtractorImpl::RecognizeScannedPages(
    std::string_view bytes, const std::vector<std::unique_ptr<poppler::page>>& pages,
    const std::vector<int>& scanned, const std::string& name, const ExtractOptions& options,
    Document& doc) const {
  std::vector<std::optional<OcrPage>> out(scanned.size());
  auto where = [&](int number) { return "page " + std::to_string(number) + " of " + Quoted(name); };
  if (scanned.empty()) return out;
  if (!options.ocr) {
    for (int i : scanned) {
      doc.info.diagnostics.push_back(
          {i + 1,
           where(i + 1) + " has no text layer; it looks scanned, and text recognition is off"});
    }
    return out;
  }
  // Each page is rendered on the thread that recognises it, so rendering runs in parallel too.
  // A poppler document must not be used by two threads at once: the calling thread renders from
  // the document already open, and every other thread opens its own copy of the file, once.
  const std::thread::id caller = std::this_thread::get_id();
  std::mutex copies_mutex;
  std::map<std::thread::id, std::unique_ptr<poppler::document>> copies;
  auto thread_document = [&]() -> poppler::document* {
    std::lock_guard<std::mutex> lock(copies_mutex);
    std::unique_ptr<poppler::document>& copy = copies[std::this_thread::get_id()];
    if (!copy) {
      copy.reset(
          poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    }
    return copy.get();
  };
  RasterSource source = [&](int k) -> StatusOr<Raster> {
    const int index = scanned[static_cast<size_t>(k)];
    std::unique_ptr<poppler::page> own;
    const poppler::page* from = pages[static_cast<size_t>(index)].get();
    if (std::this_thread::get_id() != caller) {
      poppler::document* copy = thread_document();
      if (copy != nullptr) own.reset(copy->create_page(index));
      if (!own) return Corrupt("the page could not be read again for recognition");
      from = own.get();
    }
    const poppler::page& page = *from;
    poppler::rectf rect = page.page_rect(poppler::crop_box);
    double scale = options.ocr_dpi / 72.0;
    double pixels = rect.width() * scale * rect.height() * scale;
    if (options.ocr_dpi <= 0 || pixels > static_cast<double>(options.max_image_pixels)) {
      return LimitExceeded("it is too large to recognise at " + std::to_string(options.ocr_dpi) +
                           " dpi: lower the OCR resolution or raise the image size limit");
    }
    return RenderPage(page, options.ocr_dpi);
  };
  // RecognizePages numbers pages first_page + k; scanned pages need not be consecutive, so the
  // page numbers are fixed up from `scanned` below.
  std::vector<StatusOr<OcrPage>> results = RecognizePages(
      static_cast<int>(scanned.size()), 1, source, options, SourceCalls::kConcurrent);
  for (size_t k = 0; k < scanned.size(); ++k) {
    int number = scanned[k] + 1;
    if (!results[k].ok()) {
      doc.info.diagnostics.push_back(
          {number, where(number) +
                       " has no text layer; it looks scanned, and it could not be "
                       "recognised: " +
                       results[k].status().message()});
      continue;
    }
    OcrPage page = std::move(results[k]).value();
    page.page = number;
    if (std::optional<Diagnostic> d = DiagnoseOcrPage(page, options)) {
      std::string message = d->message;
      // DiagnoseOcrPage names the page by its position in this run: name it properly.
      auto pos = message.find(" has ");
      if (pos == std::string::npos) pos = message.find(" was ");
      if (pos != std::string::npos) message = where(number) + message.substr(pos);
      doc.info.diagnostics.push_back({number, message});
    }
    out[k] = std::move(page);
  }
  return out;
}

}  // namespace

StatusOr<Raster> RenderPage(const poppler::page& page, int dpi) {
  poppler::page_renderer renderer;
  if (!poppler::page_renderer::can_render()) {
    return Unsupported("pages cannot be rendered: this poppler has no rendering backend");
  }
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  poppler::image img = renderer.render_page(&page, dpi, dpi);
  if (!img.is_valid() || img.width() <= 0 || img.height() <= 0) {
    return Internal("the page could not be rendered");
  }
  Raster r;
  r.width = img.width();
  r.height = img.height();
  r.dpi = dpi;
  r.stride = img.bytes_per_row();
  switch (img.format()) {
    case poppler::image::format_gray8:
      r.channels = 1;
      break;
    case poppler::image::format_argb32:
      r.channels = 4;
      r.bgra = true;  // poppler's ARGB32 is B, G, R, A in memory on little-endian machines
      break;
    case poppler::image::format_rgb24:
      r.channels = 3;
      break;
    default:
      return Unsupported("the page was rendered in an image format that cannot be recognised");
  }
  const char* data = img.const_data();
  r.pixels.assign(reinterpret_cast<const uint8_t*>(data),
                  reinterpret_cast<const uint8_t*>(data) +
                      static_cast<size_t>(r.stride) * static_cast<size_t>(r.height));
  return r;
}

const Extractor& PdfExtractor() {
  static const PdfExtractorImpl kExtractor;
  return kExtractor;
}

}  // namespace ehcp
