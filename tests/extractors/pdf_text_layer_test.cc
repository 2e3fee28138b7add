// The text layer read through Poppler's core (PdfTextLayer) gives exactly the words, boxes, font
// sizes and boldness that poppler-cpp's page::text_list(text_list_include_font) gives: the
// switch was made for speed, not to change what is read.
#include "extractors/pdf/pdf_text_layer.h"

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/base/text.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using testing::ReadFileOrDie;
using testing::SourceDir;

// What poppler-cpp reads, judged bold by font name as the extractor does.
std::vector<PdfWord> PopplerCppWords(const poppler::page& page) {
  std::vector<PdfWord> words;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    poppler::rectf r = box.bbox();
    poppler::byte_array utf8 = box.text().to_utf8();
    PdfWord w;
    w.text.assign(utf8.begin(), utf8.end());
    w.box = {r.left(), r.top(), r.right(), r.bottom()};
    w.size = box.get_font_size();
    std::string font = box.get_font_name();
    static constexpr std::array<const char*, 6> kBold = {"bold",     "black", "heavy",
                                                         "semibold", "demi",  "extrabold"};
    w.bold = std::any_of(kBold.begin(), kBold.end(),
                         [&](const char* m) { return ContainsIgnoreCase(font, m); });
    words.push_back(std::move(w));
  }
  return words;
}

std::vector<std::string> SamplePdfs() {
  std::vector<std::string> pdfs;
  for (const auto& e : std::filesystem::recursive_directory_iterator(SourceDir() + "/samples")) {
    if (e.path().extension() == ".pdf") pdfs.push_back(e.path().string());
  }
  std::sort(pdfs.begin(), pdfs.end());
  return pdfs;
}

TEST(PdfTextLayer, ReadsWhatPopplerCppReadsOnEverySamplePdf) {
  std::vector<std::string> pdfs = SamplePdfs();
  ASSERT_GE(pdfs.size(), 10u);
  size_t total = 0, bold = 0;
  for (const std::string& path : pdfs) {
    std::string bytes = ReadFileOrDie(path);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    ASSERT_NE(doc, nullptr) << path;
    std::unique_ptr<PdfTextLayer> layer = PdfTextLayer::Open(bytes);
    ASSERT_NE(layer, nullptr) << path;
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      ASSERT_NE(page, nullptr);
      std::vector<PdfWord> want = PopplerCppWords(*page);
      std::vector<PdfWord> got = layer->Words(i);
      ASSERT_EQ(got.size(), want.size()) << path << " page " << i + 1;
      for (size_t k = 0; k < want.size(); ++k) {
        SCOPED_TRACE(path + " page " + std::to_string(i + 1) + " word " + want[k].text);
        EXPECT_EQ(got[k].text, want[k].text);
        // poppler-cpp stores width and height and adds them back: the last bit may differ.
        EXPECT_NEAR(got[k].box.x0, want[k].box.x0, 1e-9);
        EXPECT_NEAR(got[k].box.y0, want[k].box.y0, 1e-9);
        EXPECT_NEAR(got[k].box.x1, want[k].box.x1, 1e-9);
        EXPECT_NEAR(got[k].box.y1, want[k].box.y1, 1e-9);
        EXPECT_EQ(got[k].size, want[k].size);
        EXPECT_EQ(got[k].bold, want[k].bold);
        bold += got[k].bold ? 1 : 0;
      }
      total += want.size();
    }
  }
  EXPECT_GT(total, 3000u);  // the born-digital samples have thousands of words
  EXPECT_GT(bold, 50u);     // and bold headings and labels
}

TEST(PdfTextLayer, RefusesWhatIsNotAPdfAndIgnoresPagesOutOfRange) {
  EXPECT_EQ(PdfTextLayer::Open("not a PDF at all"), nullptr);
  std::string bytes = ReadFileOrDie(SamplePdfs().front());
  std::unique_ptr<PdfTextLayer> layer = PdfTextLayer::Open(bytes);
  ASSERT_NE(layer, nullptr);
  EXPECT_TRUE(layer->Words(-1).empty());
  EXPECT_TRUE(layer->Words(100000).empty());
}

}  // namespace
}  // namespace ehcp
