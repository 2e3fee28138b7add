#include "extractors/ocr/pix.h"

#include <mutex>

namespace ehcp::ocr_internal {
namespace {

// ITU-R BT.601 luma weights in 1/256ths, the same weighting Leptonica uses.
constexpr int kRedWeight = 77, kGreenWeight = 150, kBlueWeight = 29;

uint8_t Luma(int r, int g, int b) {
  return static_cast<uint8_t>((kRedWeight * r + kGreenWeight * g + kBlueWeight * b) >> 8);
}

// Composites a grey value with the given alpha over a white page.
uint8_t OverWhite(int grey, int alpha) {
  return static_cast<uint8_t>((grey * alpha + 255 * (255 - alpha) + 127) / 255);
}

uint8_t GreyAt(const Raster& raster, const uint8_t* px) {
  switch (raster.channels) {
    case 1:
      return px[0];
    case 3:
      return Luma(px[0], px[1], px[2]);
    default:
      return raster.bgra ? OverWhite(Luma(px[2], px[1], px[0]), px[3])
                         : OverWhite(Luma(px[0], px[1], px[2]), px[3]);
  }
}

}  // namespace

void QuietLeptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

PixPtr GreyPixFromRaster(const Raster& raster) {
  PixPtr pix(pixCreate(raster.width, raster.height, 8));
  if (!pix) return nullptr;
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  const size_t step = static_cast<size_t>(raster.channels);
  for (int y = 0; y < raster.height; ++y) {
    const uint8_t* row = raster.pixels.data() + static_cast<size_t>(y) * raster.stride;
    l_uint32* line = data + static_cast<size_t>(y) * wpl;
    for (int x = 0; x < raster.width; ++x) {
      SET_DATA_BYTE(line, x, GreyAt(raster, row + x * step));
    }
  }
  pixSetResolution(pix.get(), raster.dpi, raster.dpi);
  return pix;
}

Raster GreyRasterFromPix(PIX* pix, int dpi) {
  Raster raster;
  if (pix == nullptr) return raster;
  PixPtr opaque(pixGetSpp(pix) == 4 ? pixAlphaBlendUniform(pix, 0xffffff00) : pixClone(pix));
  if (!opaque) return raster;
  PixPtr grey(pixConvertTo8(opaque.get(), 0));
  if (!grey) return raster;
  raster.width = pixGetWidth(grey.get());
  raster.height = pixGetHeight(grey.get());
  raster.channels = 1;
  raster.stride = raster.width;
  raster.dpi = dpi;
  raster.pixels.resize(static_cast<size_t>(raster.width) * raster.height);
  const l_uint32* data = pixGetData(grey.get());
  const int wpl = pixGetWpl(grey.get());
  for (int y = 0; y < raster.height; ++y) {
    const l_uint32* line = data + static_cast<size_t>(y) * wpl;
    uint8_t* row = raster.pixels.data() + static_cast<size_t>(y) * raster.stride;
    for (int x = 0; x < raster.width; ++x) row[x] = static_cast<uint8_t>(GET_DATA_BYTE(line, x));
  }
  return raster;
}

}  // namespace ehcp::ocr_internal
