#include "extractors/pdf/pdf_text_layer.h"

// Poppler's core headers (libpoppler-private-dev).
#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>

#include <algorithm>
#include <array>
#include <climits>
#include <mutex>
#include <string>
#include <utility>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Parts of a font name that mean a bold face ("Arial-BoldMT", "ABCDEF+Calibri,Bold").
constexpr std::array<std::string_view, 6> kBoldMarks = {"bold",     "black", "heavy",
                                                        "semibold", "demi",  "extrabold"};

bool IsBoldFont(const TextFontInfo* font) {
  if (font == nullptr) return false;
  // By name only, as poppler-cpp gave it: the descriptor's ForceBold flag is set on fonts that
  // are not bold to look at, and would turn body text into headings.
  const GooString* name = font->getFontName();
  if (name == nullptr) return false;
  std::string_view n(name->c_str(), static_cast<size_t>(name->getLength()));
  return std::any_of(kBoldMarks.begin(), kBoldMarks.end(),
                     [&](std::string_view m) { return ContainsIgnoreCase(n, m); });
}

// TextWord::getText() hands over a GooString the caller owns (Poppler 22); later Poppler
// versions return it in a unique_ptr. Both become a std::string here.
[[maybe_unused]] std::string TakeText(GooString* text) {
  std::unique_ptr<GooString> owned(text);
  return owned ? owned->toStr() : std::string();
}
[[maybe_unused]] std::string TakeText(std::unique_ptr<GooString> text) {
  return text ? text->toStr() : "";
}

// The extractor reports problems itself (as diagnostics naming the file and page).
void IgnorePopplerError(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*message*/) {}

// Poppler 22 creates a process-wide sRGB colour profile (GfxState::sRGBProfile) the first time
// any graphics state is made, reading text or rendering, without a lock: two documents starting
// on two threads would race on it (ThreadSanitizer shows it). The first state is made here, once,
// before any page is read; call_once makes every other thread wait until it exists.
void MakeFirstGraphicsStateOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    GlobalParamsIniter params(IgnorePopplerError);
    PDFRectangle box(0, 0, 1, 1);
    GfxState state(72, 72, &box, 0, true);
  });
}

class PopplerTextLayer final : public PdfTextLayer {
 public:
  explicit PopplerTextLayer(std::string_view bytes)
      // MemStream reads the caller's bytes in place: it does not copy or free them.
      : doc_(new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull))) {}

  bool ok() const { return doc_.isOk(); }

  std::vector<PdfWord> Words(int index) const override {
    std::vector<PdfWord> words;
    if (index < 0 || index >= doc_.getNumPages()) return words;
    // The same settings as poppler-cpp's page::text_list(): 72 dpi (so units are points), no
    // rotation, the crop box, reading order rather than physical layout.
    TextOutputDev dev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                      /*append=*/false);
    if (!dev.isOk()) return words;
    doc_.displayPageSlice(&dev, index + 1, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false,
                          /*printing=*/false, -1, -1, -1, -1);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    if (!list) return words;
    int n = list->getLength();
    words.reserve(static_cast<size_t>(std::max(n, 0)));
    // A page uses a handful of fonts: judge each once.
    std::vector<std::pair<const TextFontInfo*, bool>> bold;
    auto is_bold = [&](const TextFontInfo* font) {
      for (const auto& [f, b] : bold) {
        if (f == font) return b;
      }
      bold.emplace_back(font, IsBoldFont(font));
      return bold.back().second;
    };
    for (int i = 0; i < n; ++i) {
      const TextWord* word = list->get(i);
      if (word == nullptr || word->getLength() <= 0) continue;
      PdfWord w;
      w.text = TakeText(word->getText());
      double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
      word->getBBox(&x0, &y0, &x1, &y1);
      w.box = {x0, y0, x1, y1};
      w.size = word->getFontSize();
      w.bold = is_bold(word->getFontInfo(0));
      words.push_back(std::move(w));
    }
    return words;
  }

 private:
  // Poppler's process-wide settings live while any document is open; poppler-cpp counts its
  // own documents the same way, so the two share them. The first holder sets the error callback.
  GlobalParamsIniter params_{IgnorePopplerError};
  // displayPageSlice is not const in Poppler, though reading a page changes no visible state.
  mutable PDFDoc doc_;
};

}  // namespace

std::unique_ptr<PdfTextLayer> PdfTextLayer::Open(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  MakeFirstGraphicsStateOnce();
  auto layer = std::make_unique<PopplerTextLayer>(bytes);
  if (!layer->ok()) return nullptr;
  return layer;
}

}  // namespace ehcp
