#include "extractors/zip/zip_reader.h"

#include <gtest/gtest.h>

#include <cstring>
#include <pugixml.hpp>

#include "tests/extractors/docx_fixture.h"

namespace ehcp {
namespace {

using testing::MakeZip;

TEST(ZipReader, ListsAndReadsEntries) {
  std::string zip = MakeZip({{"a.xml", "<a/>"}, {"dir/b.txt", "hello"}});
  auto reader = ZipReader::Open(zip, "book.xlsx", ZipLimits{});
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  ASSERT_EQ((*reader)->entries().size(), 2u);
  EXPECT_EQ((*reader)->entries()[1].name, "dir/b.txt");
  EXPECT_EQ((*reader)->entries()[1].size, 5u);
  EXPECT_TRUE((*reader)->Has("DIR/B.TXT"));
  StatusOr<std::string> b = (*reader)->Read("dir/b.txt");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*b, "hello");
  StatusOr<std::string> missing = (*reader)->Read("nope.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("'book.xlsx'"), std::string::npos);
}

TEST(ZipReader, NotAZipIsCorruptAndNamesTheFile) {
  auto reader = ZipReader::Open("PK\x03\x04 but nothing else", "book.xlsx", ZipLimits{});
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(reader.status().message().find("'book.xlsx'"), std::string::npos);
}

TEST(ZipReader, TooManyEntriesRefused) {
  std::map<std::string, std::string> parts;
  for (int i = 0; i < 20; ++i) parts["p" + std::to_string(i)] = "x";
  ZipLimits limits;
  limits.max_entries = 10;
  auto reader = ZipReader::Open(MakeZip(parts), "book.xlsx", limits);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kLimitExceeded);
}

TEST(ZipReader, DeclaredTotalOverLimitRefused) {
  std::string zip = MakeZip({{"zeros.bin", std::string(5u << 20, '\0')}});
  EXPECT_LT(zip.size(), 100'000u);  // a small file that unpacks to 5 MB
  ZipLimits limits;
  limits.max_total_bytes = 1 << 20;
  auto reader = ZipReader::Open(zip, "advice.docx", limits);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(reader.status().message().find("zip bomb"), std::string::npos);
}

TEST(ZipReader, EntryOverPerEntryLimitRefused) {
  std::string zip = MakeZip({{"big.xml", std::string(2u << 20, ' ')}, {"small.xml", "<a/>"}});
  ZipLimits limits;
  limits.max_entry_bytes = 1 << 20;
  auto reader = ZipReader::Open(zip, "advice.docx", limits);
  ASSERT_TRUE(reader.ok());
  StatusOr<std::string> big = (*reader)->Read("big.xml");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(big.status().message().find("big.xml"), std::string::npos);
  EXPECT_TRUE((*reader)->Read("small.xml").ok());
}

// Rewrites the declared uncompressed size of the only entry in both headers.
void LieAboutSize(std::string& zip, uint32_t size) {
  ASSERT_EQ(zip.compare(0, 4, "PK\x03\x04"), 0);
  std::memcpy(&zip[22], &size, 4);  // local header (little-endian host assumed)
  size_t central = zip.find("PK\x01\x02");
  ASSERT_NE(central, std::string::npos);
  std::memcpy(&zip[central + 24], &size, 4);
}

TEST(ZipReader, ActualBytesBeyondTheLimitStopReadingEvenWhenSizesLie) {
  std::string zip = MakeZip({{"bomb.xml", std::string(4u << 20, 'a')}});
  LieAboutSize(zip, 100);
  ZipLimits limits;
  limits.max_entry_bytes = 1 << 20;
  auto reader = ZipReader::Open(zip, "advice.docx", limits);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ((*reader)->entries()[0].size, 100u);
  StatusOr<std::string> read = (*reader)->Read("bomb.xml");
  // Declared sizes can lie: the bytes actually unpacked are counted and stop the read.
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), StatusCode::kLimitExceeded) << read.status().message();
  EXPECT_NE(read.status().message().find("'advice.docx'"), std::string::npos);
}

TEST(ParseXml, ReadsAndKeepsSpaceOnlyText) {
  pugi::xml_document doc;
  Status st = ParseXml("<r><t xml:space=\"preserve\"> </t><t>a &amp; b</t></r>", "'x' (p)",
                       XmlLimits{}, doc);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_STREQ(doc.first_child().first_child().child_value(), " ");
  EXPECT_STREQ(doc.first_child().last_child().child_value(), "a & b");
}

TEST(ParseXml, RefusesDoctypeAndEntities) {
  pugi::xml_document doc;
  Status st = ParseXml("<!DOCTYPE r [<!ENTITY a \"aaaa\">]><r>&a;</r>", "'x.docx' (part)",
                       XmlLimits{}, doc);
  EXPECT_EQ(st.code(), StatusCode::kCorrupt);
  EXPECT_NE(st.message().find("declares entities, which are not allowed"), std::string::npos);
  EXPECT_NE(st.message().find("'x.docx'"), std::string::npos);
  st = ParseXml("<r><!ENTITY a \"b\"></r>", "'x.docx' (part)", XmlLimits{}, doc);
  EXPECT_EQ(st.code(), StatusCode::kCorrupt);
}

TEST(ParseXml, DepthAndSizeLimits) {
  pugi::xml_document doc;
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<a>";
  for (int i = 0; i < 40; ++i) deep += "</a>";
  XmlLimits limits;
  limits.max_depth = 30;
  EXPECT_EQ(ParseXml(deep, "'x' (p)", limits, doc).code(), StatusCode::kLimitExceeded);
  limits.max_depth = 40;
  EXPECT_TRUE(ParseXml(deep, "'x' (p)", limits, doc).ok());
  limits.max_bytes = 10;
  EXPECT_EQ(ParseXml(deep, "'x' (p)", limits, doc).code(), StatusCode::kLimitExceeded);
}

TEST(ParseXml, MalformedIsCorrupt) {
  pugi::xml_document doc;
  Status st = ParseXml("<a><b></a>", "'x.docx' (word/document.xml)", XmlLimits{}, doc);
  EXPECT_EQ(st.code(), StatusCode::kCorrupt);
  EXPECT_NE(st.message().find("word/document.xml"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
