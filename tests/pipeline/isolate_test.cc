#include "pipeline/runner/isolate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extractors/registry.h"
#include "pipeline/base/interrupt.h"

namespace ehcp {
namespace {

std::string ReadSample(const std::string& rel) {
  std::ifstream in(std::string(EHCP_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ExtractOptions Isolated() {
  ExtractOptions o;
  o.worker_program = EHCP_BINARY;
  o.ocr = false;
  return o;
}

// Every field the extractors fill survives the trip through the binary form.
TEST(Isolate, EncodeDecodeKeepsEveryField) {
  Document doc;
  doc.info.id = "D3";
  doc.info.file = "ot report.pdf";
  doc.info.content_hash = "abc123";
  doc.info.format = FileFormat::kTiff;
  doc.info.kind = DocKind::kOccupationalTherapy;
  doc.info.pages = 7;
  doc.info.title = "Occupational therapy advice";
  doc.info.author = "Priya Oakhurst, OT";
  doc.info.date = "3 March 2026";
  doc.info.recognised_pages = {2, 5};
  doc.info.tagged = true;
  doc.info.diagnostics = {{4, "page 4 has no readable text"}};
  Block b;
  b.kind = BlockKind::kTableCell;
  b.text = "Mia needs a writing slope.";
  b.heading_level = 0;
  b.table = 2;
  b.row = 3;
  b.col = 1;
  b.label = "Fine motor";
  b.list_label = "a)";
  b.header_cell = true;
  b.column_header = "Sometimes";
  b.role = BlockRole::kAnswer;
  b.origin = BlockOrigin::kTextBox;
  b.prov.page = 5;
  b.prov.block = 9;
  b.prov.begin = 120;
  b.prov.end = 146;
  b.prov.bbox = BBox{1.5, 2.5, 300.25, 40};
  b.prov.confidence = 87.5;
  doc.blocks = {b, Block{}};
  StatusOr<Document> back = DecodeDocument(EncodeDocument(doc));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->info.id, "D3");
  EXPECT_EQ(back->info.file, "ot report.pdf");
  EXPECT_EQ(back->info.format, FileFormat::kTiff);
  EXPECT_EQ(back->info.kind, DocKind::kOccupationalTherapy);
  EXPECT_EQ(back->info.pages, 7);
  EXPECT_EQ(back->info.author, "Priya Oakhurst, OT");
  EXPECT_EQ(back->info.date, "3 March 2026");
  EXPECT_EQ(back->info.recognised_pages, (std::vector<int>{2, 5}));
  EXPECT_TRUE(back->info.tagged);
  ASSERT_EQ(back->info.diagnostics.size(), 1u);
  EXPECT_EQ(back->info.diagnostics[0].message, "page 4 has no readable text");
  ASSERT_EQ(back->blocks.size(), 2u);
  const Block& c = back->blocks[0];
  EXPECT_EQ(c.kind, BlockKind::kTableCell);
  EXPECT_EQ(c.text, "Mia needs a writing slope.");
  EXPECT_EQ(c.table, 2);
  EXPECT_EQ(c.row, 3);
  EXPECT_EQ(c.col, 1);
  EXPECT_EQ(c.label, "Fine motor");
  EXPECT_EQ(c.list_label, "a)");
  EXPECT_TRUE(c.header_cell);
  EXPECT_EQ(c.column_header, "Sometimes");
  EXPECT_EQ(c.role, BlockRole::kAnswer);
  EXPECT_EQ(c.origin, BlockOrigin::kTextBox);
  EXPECT_EQ(c.prov.page, 5);
  EXPECT_EQ(c.prov.block, 9);
  EXPECT_EQ(c.prov.begin, 120u);
  EXPECT_EQ(c.prov.end, 146u);
  ASSERT_TRUE(c.prov.bbox.has_value());
  EXPECT_DOUBLE_EQ(c.prov.bbox->x1, 300.25);
  ASSERT_TRUE(c.prov.confidence.has_value());
  EXPECT_DOUBLE_EQ(*c.prov.confidence, 87.5);
  EXPECT_FALSE(back->blocks[1].prov.bbox.has_value());
  EXPECT_FALSE(back->blocks[1].prov.confidence.has_value());
}

// Bytes that are not a whole, valid encoding are refused, whatever the damage.
TEST(Isolate, DecodeRefusesDamage) {
  Document doc;
  doc.info.file = "a.txt";
  Block b;
  b.text = "Some text";
  doc.blocks = {b};
  std::string good = EncodeDocument(doc);
  for (size_t cut = 0; cut < good.size(); ++cut) {
    EXPECT_FALSE(DecodeDocument(good.substr(0, cut)).ok()) << "cut at " << cut;
  }
  EXPECT_FALSE(DecodeDocument(good + "x").ok());
  std::string huge_count = good;
  // The block count sits just before the first block: claim a billion blocks.
  std::string bad_enum = good;
  bad_enum[bad_enum.size() - (good.size() - good.find("Some text")) - 12] = 9;
  EXPECT_FALSE(DecodeDocument(bad_enum).ok());
}

// A sample read in a worker is the same document as one read in this process.
TEST(Isolate, WorkerReadsAsThisProcessDoes) {
  for (const char* rel :
       {"samples/amelia-hartley/educational-psychology-advice.pdf",
        "samples/tobias-wren/paediatric-advice.docx", "samples/jayden-pryce/child-views.md"}) {
    std::string bytes = ReadSample(rel);
    ASSERT_FALSE(bytes.empty()) << rel;
    ExtractOptions local;
    local.ocr = false;
    StatusOr<Document> here = ExtractBytes(bytes, "f", local);
    ExtractWorkers workers(Isolated());
    StatusOr<Document> there = workers.Extract(bytes, "f", Isolated());
    ASSERT_TRUE(here.ok()) << here.status().message();
    ASSERT_TRUE(there.ok()) << rel << ": " << there.status().message();
    EXPECT_EQ(EncodeDocument(*here), EncodeDocument(*there)) << rel;
    EXPECT_EQ(there->info.content_hash, here->info.content_hash);
    EXPECT_GT(there->blocks.size(), 3u) << rel;
  }
}
}  // namespace
}  // namespace ehcp
