#include "tests/extractors/ocr_fixture.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sstream>

#include "extractors/ocr/pix.h"

namespace ehcp::testing {
namespace {

using ocr_internal::PixPtr;

std::string EscapePdfString(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string ContentStream(const std::vector<std::string>& lines, double font_size,
                          int page_height) {
  std::ostringstream s;
  s << "BT /F1 " << font_size << " Tf " << font_size * 1.4 << " TL 72 " << page_height - 72
    << " Td\n";
  for (const std::string& line : lines) {
    if (!line.empty()) s << "(" << EscapePdfString(line) << ") Tj ";
    s << "T*\n";
  }
  s << "ET\n";
  return s.str();
}

Raster FromPix(PIX* pix, int dpi) { return ocr_internal::GreyRasterFromPix(pix, dpi); }

std::string TakeBytes(l_uint8* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  lept_free(data);
  return bytes;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

}  // namespace

std::string MakeTextPdf(const std::vector<std::string>& lines, double font_size, int page_height) {
  const std::string content = ContentStream(lines, font_size, page_height);
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 " + std::to_string(page_height) +
          "] "
          "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
  };
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\n";
  pdf += "startxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

Raster RenderPdfPage(const std::string& pdf, int dpi) {
  Raster raster;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc || doc->pages() < 1) return raster;
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  if (!page) return raster;
  poppler::page_renderer renderer;
  renderer.set_render_hints(poppler::page_renderer::antialiasing |
                            poppler::page_renderer::text_antialiasing);
  renderer.set_image_format(poppler::image::format_argb32);
  poppler::image image = renderer.render_page(page.get(), dpi, dpi);
  if (!image.is_valid()) return raster;
  raster.width = image.width();
  raster.height = image.height();
  raster.channels = 4;
  raster.bgra = true;  // ARGB32 words are stored B, G, R, A on little-endian machines
  raster.stride = image.bytes_per_row();
  raster.dpi = dpi;
  const char* data = image.const_data();
  raster.pixels.assign(data, data + static_cast<size_t>(raster.stride) * raster.height);
  return raster;
}

Raster RotateRaster(const Raster& raster, double degrees) {
  PixPtr grey = ocr_internal::GreyPixFromRaster(raster);
  const float radians = static_cast<float>(degrees * 3.14159265358979 / 180.0);
  PixPtr rotated(pixRotate(grey.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  return FromPix(rotated.get(), raster.dpi);
}

Raster AddNoise(const Raster& raster, double stdev) {
  PixPtr grey = ocr_internal::GreyPixFromRaster(raster);
  PixPtr noisy(pixAddGaussianNoise(grey.get(), static_cast<float>(stdev)));
  return FromPix(noisy.get(), raster.dpi);
}

std::string EncodePng(const Raster& raster) {
  PixPtr grey = ocr_internal::GreyPixFromRaster(raster);
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemPng(&data, &size, grey.get(), 0) != 0) return {};
  return TakeBytes(data, size);
}

std::string EncodeTiff(const std::vector<Raster>& rasters) {
  PIXA* pixa = pixaCreate(static_cast<int>(rasters.size()));
  for (const Raster& r : rasters) {
    pixaAddPix(pixa, ocr_internal::GreyPixFromRaster(r).release(), L_INSERT);
  }
  l_uint8* data = nullptr;
  size_t size = 0;
  const bool ok = pixaWriteMemMultipageTiff(&data, &size, pixa) == 0;
  pixaDestroy(&pixa);
  return ok ? TakeBytes(data, size) : std::string();
}

double WordAccuracy(const std::string& reference, const std::string& recognised) {
  const std::vector<std::string> ref = Words(reference), got = Words(recognised);
  if (ref.empty()) return got.empty() ? 1.0 : 0.0;
  std::vector<size_t> prev(got.size() + 1), cur(got.size() + 1);
  for (size_t j = 0; j <= got.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= ref.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= got.size(); ++j) {
      const size_t substitute = prev[j - 1] + (ref[i - 1] == got[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
    }
    std::swap(prev, cur);
  }
  const double errors = static_cast<double>(prev[got.size()]);
  return std::max(0.0, 1.0 - errors / static_cast<double>(ref.size()));
}

}  // namespace ehcp::testing
