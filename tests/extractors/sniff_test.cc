#include "extractors/sniff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "tests/extractors/docx_fixture.h"

namespace ehcp {
namespace {

using namespace std::string_literals;

TEST(SniffFormat, EmptyAndRandomBytesAreUnknown) {
  EXPECT_EQ(SniffFormat(""), FileFormat::kUnknown);
  std::mt19937 rng(42);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xff);
  noise[0] = 0x13;  // no accidental magic
  EXPECT_EQ(SniffFormat(noise), FileFormat::kUnknown);
}

TEST(SniffFormat, MagicBytes) {
  EXPECT_EQ(SniffFormat("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), FileFormat::kPdf);
  EXPECT_EQ(SniffFormat(std::string(100, ' ') + "%PDF-1.4 junk first"), FileFormat::kPdf);
  EXPECT_EQ(SniffFormat(std::string(2000, 'x') + "%PDF-1.4"), FileFormat::kText);
  EXPECT_EQ(SniffFormat("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s), FileFormat::kPng);
  EXPECT_EQ(SniffFormat("\xff\xd8\xff\xe0\0\x10JFIF"s), FileFormat::kJpeg);
  EXPECT_EQ(SniffFormat("II*\0\x08\0\0\0"s), FileFormat::kTiff);
  EXPECT_EQ(SniffFormat("MM\0*\0\0\0\x08"s), FileFormat::kTiff);
}

TEST(SniffFormat, DocxByDirectoryNotName) {
  std::string docx = testing::MakeDocx({{"word/document.xml", testing::DocumentXml("")}});
  EXPECT_EQ(SniffFormat(docx), FileFormat::kDocx);  // whatever the file is called
  std::string xlsx = testing::MakeZip({{"xl/workbook.xml", "<workbook/>"}});
  EXPECT_EQ(SniffFormat(xlsx), FileFormat::kUnknown);
  EXPECT_EQ(SniffFormat("PK\x03\x04 truncated"), FileFormat::kUnknown);
}

TEST(SniffFormat, Text) {
  EXPECT_EQ(SniffFormat("Sam enjoys Lego.\nHe likes trains.\f"), FileFormat::kText);
  EXPECT_EQ(SniffFormat("\xef\xbb\xbf# Parent views\r\nCaf\xc3\xa9 \xe2\x80\x9cquote\xe2\x80\x9d"),
            FileFormat::kText);
  EXPECT_EQ(SniffFormat("\xff\xfeH\0i\0\n\0"s), FileFormat::kText);  // UTF-16LE with BOM
  EXPECT_EQ(SniffFormat("\xfe\xff\0H\0i"s), FileFormat::kText);      // UTF-16BE with BOM
  EXPECT_EQ(SniffFormat("H\0i\0"s), FileFormat::kUnknown);           // NUL bytes, no BOM
  // Not UTF-8, but Windows-1252 text (ICU detects it): read, not refused.
  EXPECT_EQ(SniffFormat("caf\xe9 latin-1, Robin\x92s notes"), FileFormat::kText);
  // RTF is refused, though it is ASCII.
  EXPECT_EQ(SniffFormat("{\\rtf1\\ansi Robin.\\par}"), FileFormat::kUnknown);
  EXPECT_EQ(SniffFormat("\x01\x02\x03\x04\x05 mostly control\x06\x07\x08\x0e\x0f"),
            FileFormat::kUnknown);
}

TEST(SniffFormat, OleCompoundFilesAreUnknownButRecognised) {
  std::string ole = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"s + std::string(504, '\0');
  EXPECT_EQ(SniffFormat(ole), FileFormat::kUnknown);
  EXPECT_TRUE(IsOleCompoundFile(ole));
  EXPECT_FALSE(IsOleCompoundFile("%PDF-1.7"));
}

}  // namespace
}  // namespace ehcp
