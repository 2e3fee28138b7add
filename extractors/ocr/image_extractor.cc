#include "extractors/ocr/image_extractor.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <string>
#include <vector>

#include "extractors/ocr/ocr.h"
#include "extractors/ocr/pix.h"

namespace ehcp {
namespace {

using ocr_internal::PixPtr;

constexpr double kA4WidthInches = 8.27;
constexpr double kWidestPageInches = 17;  // wider than A3 landscape: the header's dpi is wrong
constexpr int kMinDpi = 70, kMaxDpi = 1200, kMaxGuessedDpi = 600;

struct PageHeader {
  int width = 0;
  int height = 0;
  int xres = 0;
};

std::string_view FormatName(FileFormat format) {
  switch (format) {
    case FileFormat::kPng:
      return "PNG";
    case FileFormat::kJpeg:
      return "JPEG";
    default:
      return "TIFF";
  }
}

const l_uint8* Data(std::string_view bytes) {
  return reinterpret_cast<const l_uint8*>(bytes.data());
}

// Headers of the pages to read, at most max_pages + 1 of them (one more tells the file is over
// the limit). Empty when the first header cannot be read.
std::vector<PageHeader> ReadHeaders(std::string_view bytes, FileFormat format, int max_pages) {
  std::vector<PageHeader> headers;
  int w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, iff = 0;
  if (format == FileFormat::kPng && bytes.size() >= 24 && bytes.substr(12, 4) == "IHDR") {
    // The dimensions are in the IHDR chunk, which must come first: read them directly, so a
    // file with a header and nothing else is still measured against the size limit.
    auto be32 = [&](size_t at) {
      uint32_t v = 0;
      for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
      return v;
    };
    uint32_t pw = be32(16), ph = be32(20);
    if (pw > 0 && ph > 0 && pw <= 0x7FFFFFFF && ph <= 0x7FFFFFFF) {
      headers.push_back({static_cast<int>(pw), static_cast<int>(ph), 0});
      return headers;
    }
  }
  if (format != FileFormat::kTiff) {
    if (pixReadHeaderMem(Data(bytes), bytes.size(), &iff, &w, &h, &bps, &spp, &cmap) == 0) {
      headers.push_back({w, h, 0});
    }
    return headers;
  }
  for (int n = 0; n <= max_pages; ++n) {
    if (readHeaderMemTiff(Data(bytes), bytes.size(), n, &w, &h, &bps, &spp, &res, &cmap, &iff) !=
        0) {
      break;
    }
    headers.push_back({w, h, res});
  }
  return headers;
}

PixPtr DecodePage(std::string_view bytes, FileFormat format, int index) {
  if (format == FileFormat::kTiff) return PixPtr(pixReadMemTiff(Data(bytes), bytes.size(), index));
  return PixPtr(pixReadMem(Data(bytes), bytes.size()));
}

class ImageFileExtractor final : public Extractor {
 public:
  explicit ImageFileExtractor(FileFormat format) : format_(format) {}
  FileFormat format() const override { return format_; }

  StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                             const ExtractOptions& options) const override {
    ocr_internal::QuietLeptonica();
    const std::string quoted = "'" + name + "'";
    const int max_pages = std::max(options.max_pages, 1);
    std::vector<PageHeader> headers = ReadHeaders(bytes, format_, max_pages);
    if (headers.empty()) {
      return Corrupt(quoted + " could not be read as a " + std::string(FormatName(format_)) +
                     " image: the file is damaged or truncated; scan or export it again");
    }
    Document doc;
    doc.info.format = format_;
    if (static_cast<int>(headers.size()) > max_pages) {
      headers.resize(max_pages);
      doc.info.diagnostics.push_back({0, "the file has more than " + std::to_string(max_pages) +
                                             " pages; only the first " + std::to_string(max_pages) +
                                             " were read; split it to read the rest"});
    }
    doc.info.pages = static_cast<int>(headers.size());
    if (!options.ocr) {
      doc.info.diagnostics.push_back(
          {0, "the file is an image and OCR is turned off, so no text was read from it"});
      return doc;
    }
    auto source = [&](int i) -> StatusOr<Raster> { return LoadPage(bytes, headers, i, options); };
    std::vector<StatusOr<OcrPage>> pages = RecognizePages(doc.info.pages, 1, source, options);
    return Assemble(std::move(doc), pages, quoted, options);
  }

 private:
  StatusOr<Raster> LoadPage(std::string_view bytes, const std::vector<PageHeader>& headers,
                            int index, const ExtractOptions& options) const {
    const PageHeader& header = headers[index];
    const int page = index + 1;
    RETURN_IF_ERROR(CheckImageSize(header.width, header.height, page, options));
    PixPtr pix = DecodePage(bytes, format_, index);
    if (!pix) {
      return Corrupt("page " + std::to_string(page) +
                     " could not be decoded: the image data is damaged; scan or export it again");
    }
    const int xres = header.xres > 0 ? header.xres : pixGetXRes(pix.get());
    Raster raster =
        ocr_internal::GreyRasterFromPix(pix.get(), ImageDpi(xres, pixGetWidth(pix.get())));
    if (raster.pixels.empty()) {
      return Corrupt("page " + std::to_string(page) +
                     " could not be converted to grey: the image data is unusual; export it "
                     "again as an ordinary PNG or PDF");
    }
    return raster;
  }

  static StatusOr<Document> Assemble(Document doc, std::vector<StatusOr<OcrPage>>& pages,
                                     const std::string& quoted, const ExtractOptions& options) {
    const Status* first_error = nullptr;
    bool any_read = false;
    for (StatusOr<OcrPage>& page : pages) {
      if (!page.ok()) {
        if (first_error == nullptr) first_error = &page.status();
        continue;
      }
      any_read = true;
      doc.info.recognised_pages.push_back(page->page);
      if (auto problem = DiagnoseOcrPage(*page, options)) doc.info.diagnostics.push_back(*problem);
      for (Block& block : page->blocks) doc.blocks.push_back(std::move(block));
    }
    if (!any_read && first_error != nullptr) return first_error->WithContext(quoted);
    for (size_t i = 0; i < pages.size(); ++i) {
      if (!pages[i].ok()) {
        doc.info.diagnostics.push_back({static_cast<int>(i) + 1, pages[i].status().message()});
      }
    }
    std::stable_sort(doc.info.diagnostics.begin(), doc.info.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.page < b.page; });
    return doc;
  }

  FileFormat format_;
};

}  // namespace

bool IsImageFormat(FileFormat format) {
  return format == FileFormat::kPng || format == FileFormat::kJpeg || format == FileFormat::kTiff;
}

const Extractor& ImageExtractor(FileFormat format) {
  static const ImageFileExtractor png(FileFormat::kPng);
  static const ImageFileExtractor jpeg(FileFormat::kJpeg);
  static const ImageFileExtractor tiff(FileFormat::kTiff);
  assert(IsImageFormat(format));
  switch (format) {
    case FileFormat::kJpeg:
      return jpeg;
    case FileFormat::kTiff:
      return tiff;
    default:
      return png;
  }
}

int ImageDpi(int xres, int width) {
  if (xres >= kMinDpi && xres <= kMaxDpi && width <= xres * kWidestPageInches) return xres;
  const int guess = static_cast<int>(std::lround(width / kA4WidthInches));
  return std::clamp(guess, kMinDpi, kMaxGuessedDpi);
}

}  // namespace ehcp
