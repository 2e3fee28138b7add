#include "extractors/text/text_extractor.h"

#include <gtest/gtest.h>

#include <string>

namespace ehcp {
namespace {

using namespace std::string_literals;

Document Extract(const std::string& bytes) {
  StatusOr<Document> doc = TextExtractor().Extract(bytes, "views.md", ExtractOptions{});
  EXPECT_TRUE(doc.ok()) << doc.status().message();
  return doc.ok() ? std::move(doc).value() : Document{};
}

TEST(TextExtractor, ParagraphsHeadingsAndLists) {
  Document doc = Extract(
      "# Parent views\n"
      "\n"
      "Sam loves trains and\n"
      "building with **Lego**.\n"
      "\n"
      "## What helps\n"
      "- a quiet space\n"
      "* visual timetable\n"
      "  used every day\n"
      "1. Now and next board\n"
      "\n"
      "Summary\n"
      "=======\n"
      "See [the local offer](https://example.org).\n");
  ASSERT_EQ(doc.blocks.size(), 8u);
  EXPECT_EQ(doc.info.format, FileFormat::kText);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[0].heading_level, 1);
  EXPECT_EQ(doc.blocks[0].text, "Parent views");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(doc.blocks[1].text, "Sam loves trains and building with Lego.");
  EXPECT_EQ(doc.blocks[2].heading_level, 2);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(doc.blocks[3].list_label, "\u2022");
  EXPECT_EQ(doc.blocks[3].text, "a quiet space");
  EXPECT_EQ(doc.blocks[4].text, "visual timetable used every day");
  EXPECT_EQ(doc.blocks[5].list_label, "1.");
  EXPECT_EQ(doc.blocks[5].text, "Now and next board");
  EXPECT_EQ(doc.blocks[6].kind, BlockKind::kHeading);
  EXPECT_EQ(doc.blocks[6].text, "Summary");
  EXPECT_EQ(doc.blocks[7].text, "See the local offer.");
}

TEST(TextExtractor, HyphenatedLineEndsJoined) {
  Document doc = Extract("The assess-\nment was completed.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "The assessment was completed.");
}

TEST(TextExtractor, MarkdownTablesWithLabels) {
  Document doc = Extract(
      "| Area of need | Details |\n"
      "|---|---|\n"
      "| Communication and interaction | Uses short phrases. |\n"
      "| Sensory: | Covers ears in the hall. |\n"
      "\n"
      "| Provision | Who | How often |\n"
      "| Speech therapy | SaLT | Weekly |\n");
  ASSERT_EQ(doc.blocks.size(), 12u);
  EXPECT_EQ(doc.blocks[1].text, "Details");
  EXPECT_EQ(doc.blocks[1].label, "");
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::kTableCell);
  EXPECT_EQ(doc.blocks[3].text, "Uses short phrases.");
  EXPECT_EQ(doc.blocks[3].table, 0);
  EXPECT_EQ(doc.blocks[3].row, 1);
  EXPECT_EQ(doc.blocks[3].col, 1);
  EXPECT_EQ(doc.blocks[3].label, "Communication and interaction");
  EXPECT_EQ(doc.blocks[5].label, "Sensory");
  EXPECT_EQ(doc.blocks[11].text, "Weekly");
  EXPECT_EQ(doc.blocks[11].table, 1);
  EXPECT_EQ(doc.blocks[11].col, 2);
  EXPECT_EQ(doc.blocks[11].label, "");
}

TEST(TextExtractor, FormFeedsCountPages) {
  Document doc = Extract("Page one.\n\fPage two.\fPage three.\r\nStill three.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].prov.page, 1);
  EXPECT_EQ(doc.blocks[1].prov.page, 2);
  EXPECT_EQ(doc.blocks[2].prov.page, 3);
  EXPECT_EQ(doc.blocks[2].text, "Page three. Still three.");
  EXPECT_EQ(doc.info.pages, 3);
}

TEST(TextExtractor, Utf16WithBomDecoded) {
  std::string le = "\xff\xfe"s;
  for (char c : std::string("Caf\xe9 notes\r\n")) {
    le += c;
    le += '\0';
  }
  Document doc = Extract(le);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Caf\xc3\xa9 notes");
  std::string be = "\xfe\xff\0H\0i"s;
  doc = Extract(be);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Hi");
}

TEST(TextExtractor, Windows1252IsDecodedNotRepaired) {
  Document doc = Extract("caf\xe9 ok\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "caf\xc3\xa9 ok");
  EXPECT_TRUE(doc.info.diagnostics.empty());
}

TEST(TextExtractor, EmptyFileHasNoBlocks) {
  Document doc = Extract("");
  EXPECT_TRUE(doc.blocks.empty());
  EXPECT_EQ(doc.info.pages, 1);
}

}  // namespace
}  // namespace ehcp
