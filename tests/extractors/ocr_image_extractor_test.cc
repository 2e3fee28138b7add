// The PNG, JPEG and TIFF extractor on images made at test time.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "extractors/ocr/image_extractor.h"
#include "tests/extractors/ocr_fixture.h"

namespace ehcp {
namespace {

using testing::EncodePng;
using testing::EncodeTiff;
using testing::MakeTextPdf;
using testing::RenderPdfPage;

std::string DocumentText(const Document& doc) {
  std::string text;
  for (const Block& b : doc.blocks) text += b.text + "\n";
  return text;
}

// CRC-32 as PNG chunks use it (ISO 3309, reflected, polynomial 0xEDB88320).
uint32_t Crc32(const std::string& bytes) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : bytes) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return crc ^ 0xFFFFFFFFu;
}

void AppendBigEndian(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((v >> shift) & 0xFF);
}

// A PNG signature and a valid IHDR chunk claiming width × height 8-bit grey pixels, with one
// tiny (incomplete) IDAT chunk and IEND.
std::string PngHeaderOnly(uint32_t width, uint32_t height) {
  std::string png = "\x89PNG\r\n\x1a\n";
  auto chunk = [&png](const std::string& type, const std::string& data) {
    AppendBigEndian(png, static_cast<uint32_t>(data.size()));
    png += type + data;
    AppendBigEndian(png, Crc32(type + data));
  };
  std::string ihdr;
  AppendBigEndian(ihdr, width);
  AppendBigEndian(ihdr, height);
  ihdr +=
      std::string("\x08\x00\x00\x00\x00", 5);  // depth 8, grey, deflate, no filter, no interlace
  chunk("IHDR", ihdr);
  chunk("IDAT", std::string("\x78\x9c\x03\x00", 4));
  chunk("IEND", "");
  return png;
}

// A strip of page with one line of 16 pt text.
Raster ShortPage(const std::string& line) { return RenderPdfPage(MakeTextPdf({line}, 16, 200)); }

TEST(OcrImageExtractor, ReadsAPngPage) {
  const std::string png = EncodePng(ShortPage("Noah likes to build towers with wooden blocks."));
  ASSERT_FALSE(png.empty());
  const Extractor& extractor = ImageExtractor(FileFormat::kPng);
  EXPECT_EQ(extractor.format(), FileFormat::kPng);
  StatusOr<Document> doc = extractor.Extract(png, "scan.png", ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->info.format, FileFormat::kPng);
  EXPECT_EQ(doc->info.pages, 1);
  EXPECT_EQ(doc->info.recognised_pages, std::vector<int>{1});
  EXPECT_TRUE(doc->info.diagnostics.empty());
  EXPECT_EQ(DocumentText(*doc), "Noah likes to build towers with wooden blocks.\n");
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(doc->blocks[0].prov.page, 1);
  ASSERT_TRUE(doc->blocks[0].prov.bbox.has_value());
  // The PNG carries 300 dpi, so the text sits at the PDF's 72 pt margin.
  EXPECT_NEAR(doc->blocks[0].prov.bbox->x0, 72, 4);
}

TEST(OcrImageExtractor, ReadsEveryPageOfAMultiPageTiff) {
  const std::string tiff = EncodeTiff({ShortPage("Page one is about breakfast club."),
                                       ShortPage("Page two is about the school trip.")});
  ASSERT_FALSE(tiff.empty());
  ExtractOptions options;
  options.ocr_threads = 2;
  StatusOr<Document> doc = ImageExtractor(FileFormat::kTiff).Extract(tiff, "scan.tif", options);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->info.format, FileFormat::kTiff);
  EXPECT_EQ(doc->info.pages, 2);
  EXPECT_EQ(doc->info.recognised_pages, (std::vector<int>{1, 2}));
  ASSERT_EQ(doc->blocks.size(), 2u) << DocumentText(*doc);
  EXPECT_EQ(doc->blocks[0].text, "Page one is about breakfast club.");
  EXPECT_EQ(doc->blocks[0].prov.page, 1);
  EXPECT_EQ(doc->blocks[1].text, "Page two is about the school trip.");
  EXPECT_EQ(doc->blocks[1].prov.page, 2);
}

TEST(OcrImageExtractor, KeepsToThePageLimitAndSaysSo) {
  const std::string tiff = EncodeTiff({ShortPage("One."), ShortPage("Two.")});
  ExtractOptions options;
  options.max_pages = 1;
  options.ocr = false;  // page counting and messages only
  StatusOr<Document> doc = ImageExtractor(FileFormat::kTiff).Extract(tiff, "scan.tif", options);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_EQ(doc->info.pages, 1);
  EXPECT_TRUE(doc->blocks.empty());
  EXPECT_TRUE(doc->info.recognised_pages.empty());
  ASSERT_EQ(doc->info.diagnostics.size(), 2u);
  EXPECT_EQ(doc->info.diagnostics[0].message,
            "the file has more than 1 pages; only the first 1 were read; split it to read the "
            "rest");
  EXPECT_EQ(doc->info.diagnostics[1].message,
            "the file is an image and OCR is turned off, so no text was read from it");
}

TEST(OcrImageExtractor, RefusesAnEnormousPngFromItsHeader) {
  const std::string png = PngHeaderOnly(100000, 100000);
  StatusOr<Document> doc =
      ImageExtractor(FileFormat::kPng).Extract(png, "huge.png", ExtractOptions{});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kLimitExceeded);
  EXPECT_EQ(doc.status().message(),
            "'huge.png': page 1 is an image of 100000×100000 pixels, larger than the limit of "
            "120000000 pixels; rescan at 300 dpi");
}

TEST(OcrImageExtractor, ReportsDamagedImagesAsCorrupt) {
  StatusOr<Document> garbage = ImageExtractor(FileFormat::kJpeg)
                                   .Extract("\xFF\xD8\xFF garbage", "photo.jpg", ExtractOptions{});
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(garbage.status().message().rfind("'photo.jpg' could not be read as a JPEG image", 0),
            0u)
      << garbage.status().message();

  // A good header with its image data cut off.
  std::string png = EncodePng(ShortPage("Cut short."));
  png.resize(png.size() / 2);
  StatusOr<Document> truncated =
      ImageExtractor(FileFormat::kPng).Extract(png, "cut.png", ExtractOptions{});
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(truncated.status().message().rfind("'cut.png': page 1 could not be decoded", 0), 0u)
      << truncated.status().message();
}

TEST(OcrImageExtractor, FlagsAPageRecognisedWithLowConfidence) {
  // 6 pt print scanned at 100 dpi: letters a few pixels high, read badly.
  const Raster poor = RenderPdfPage(MakeTextPdf({"Poor scans of small print are hard to read.",
                                                 "The text on this page is only six points."},
                                                6, 300),
                                    100);
  StatusOr<Document> doc =
      ImageExtractor(FileFormat::kPng).Extract(EncodePng(poor), "poor.png", ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_FALSE(doc->blocks.empty());
  ASSERT_EQ(doc->info.diagnostics.size(), 1u) << DocumentText(*doc);
  const Diagnostic& d = doc->info.diagnostics[0];
  std::printf("[ocr] poor page: %s\n", d.message.c_str());
  EXPECT_EQ(d.page, 1);
  // "page 1 was recognised with low confidence (NN%); check the text against the scan"
  const std::string before = "page 1 was recognised with low confidence (";
  const std::string after = "%); check the text against the scan";
  ASSERT_EQ(d.message.rfind(before, 0), 0u) << d.message;
  ASSERT_GT(d.message.size(), before.size() + after.size()) << d.message;
  EXPECT_EQ(d.message.substr(d.message.size() - after.size()), after) << d.message;
  const std::string percent =
      d.message.substr(before.size(), d.message.size() - before.size() - after.size());
  EXPECT_LT(std::stoi(percent), 70) << d.message;
  for (const Block& b : doc->blocks) EXPECT_LT(*b.prov.confidence, 70) << b.text;
}

TEST(OcrImageExtractor, SaysWhenAPageHasNoText) {
  Raster blank;
  blank.width = 1240, blank.height = 1754, blank.stride = 1240, blank.dpi = 150;
  blank.pixels.assign(static_cast<size_t>(blank.width) * blank.height, 255);
  StatusOr<Document> doc =
      ImageExtractor(FileFormat::kPng).Extract(EncodePng(blank), "blank.png", ExtractOptions{});
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  EXPECT_TRUE(doc->blocks.empty());
  ASSERT_EQ(doc->info.diagnostics.size(), 1u);
  EXPECT_EQ(doc->info.diagnostics[0].message, "page 1 has no readable text; check the scan");
}

TEST(OcrImageExtractor, AssumesAPlausibleResolution) {
  EXPECT_EQ(ImageDpi(300, 2480), 300);
  EXPECT_EQ(ImageDpi(200, 1654), 200);
  EXPECT_EQ(ImageDpi(72, 2480), 300);  // a JPEG's default 72 dpi on an A4 scan
  EXPECT_EQ(ImageDpi(0, 1240), 150);
  EXPECT_EQ(ImageDpi(0, 100), 70);
  EXPECT_EQ(ImageDpi(5000, 100000), 600);
  EXPECT_TRUE(IsImageFormat(FileFormat::kTiff));
  EXPECT_FALSE(IsImageFormat(FileFormat::kPdf));
  EXPECT_EQ(ImageExtractor(FileFormat::kJpeg).format(), FileFormat::kJpeg);
  EXPECT_EQ(ImageExtractor(FileFormat::kTiff).format(), FileFormat::kTiff);
}

}  // namespace
}  // namespace ehcp
