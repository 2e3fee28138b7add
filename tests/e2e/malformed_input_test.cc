// Bad files are reported in plain English, skipped, and never crash or stop the batch.
#include <gtest/gtest.h>
#include <zip.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using testing::Quote;
using testing::ReadFileOrDie;
using testing::RunEhcp;
using testing::TempDir;
using testing::WriteFileOrDie;

// Builds a zip in memory from (name, bytes) entries.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_source_keep(src);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* s = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
    zip_file_add(za, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(za);
  std::string out;
  zip_source_open(src);
  zip_source_seek(src, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  out.resize(static_cast<size_t>(size));
  zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

std::string GoodDocx() {
  return MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
        R"(<w:p><w:r><w:t>Name: Robin Example</w:t></w:r></w:p>)"
        R"(<w:p><w:r><w:t>Robin finds it hard to follow spoken instructions in class.</w:t></w:r></w:p>)"
        R"(</w:body></w:document>)"}});
}

std::string MinimalPdf() {
  // A one-page PDF with one line of text and a correct cross-reference table.
  std::string body = "BT /F1 12 Tf 72 720 Td (Robin enjoys drawing and football.) Tj ET";
  std::vector<std::string> objs = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R "
      ">> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(body.size()) + " >>\nstream\n" + body + "\nendstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

std::string HugePng() {
  // PNG signature and an IHDR chunk claiming 100000 x 100000 pixels, and nothing else.
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr("IHDR", 4);
  auto be32 = [](uint32_t v) {
    std::string s(4, '\0');
    s[0] = static_cast<char>(v >> 24);
    s[1] = static_cast<char>(v >> 16);
    s[2] = static_cast<char>(v >> 8);
    s[3] = static_cast<char>(v);
    return s;
  };
  ihdr += be32(100000) + be32(100000) + std::string("\x08\x02\x00\x00\x00", 5);
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : ihdr) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  png += be32(13) + ihdr + be32(crc ^ 0xFFFFFFFFu);
  return png;
}

class MalformedInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tmp_.path() + "/case-robin";
    std::filesystem::create_directories(dir_);
    Write("good.docx", GoodDocx());
    Write("good.pdf", MinimalPdf());
  }
  void Write(const std::string& name, const std::string& bytes) {
    WriteFileOrDie(dir_ + "/" + name, bytes);
  }
  // Drafts the case; returns plan.json and checks that the good files were still read.
  nlohmann::json DraftExpectingFailure(const std::string& bad_file,
                                       const std::string& expected_reason) {
    auto r = RunEhcp("draft " + Quote(dir_) + " --out " + Quote(tmp_.path() + "/out") +
                     " --force --jobs 1");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(bad_file), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(expected_reason), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("Robin finds it hard"), std::string::npos)
        << "report text must not appear in log lines";
    std::string plan = ReadFileOrDie(tmp_.path() + "/out/case-robin/plan.json");
    nlohmann::json j = nlohmann::json::parse(plan);
    EXPECT_EQ(j["documents"].size(), 2u) << "the good files are still read";
    bool listed = false;
    for (const auto& f : j["failures"]) listed |= f["file"] == bad_file;
    EXPECT_TRUE(listed) << bad_file << " is listed as not read";
    auto x = RunEhcp("extract " + Quote(dir_ + "/" + bad_file));
    EXPECT_EQ(x.exit_code, 1);
    EXPECT_NE(x.err.find(bad_file), std::string::npos) << x.err;
    return j;
  }

  TempDir tmp_;
  std::string dir_;
};

TEST_F(MalformedInput, EmptyFile) {
  Write("empty.pdf", "");
  DraftExpectingFailure("empty.pdf", "empty");
}

TEST_F(MalformedInput, RandomBytesNamedPdf) {
  std::mt19937 rng(42);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
  bytes[0] = '\x01';
  Write("random.pdf", bytes);
  DraftExpectingFailure("random.pdf", "is not a PDF, Word");
}

TEST_F(MalformedInput, TruncatedPdf) {
  std::string pdf = MinimalPdf();
  Write("truncated.pdf", pdf.substr(0, pdf.size() / 3));
  DraftExpectingFailure("truncated.pdf", "truncated.pdf");
}

TEST_F(MalformedInput, PdfWithBrokenCrossReferenceTableIsReadOrReported) {
  std::string pdf = MinimalPdf();
  auto pos = pdf.find("xref\n");
  pdf.replace(pos + 5, 20, "9 9 garbage garbage ");
  Write("broken-xref.pdf", pdf);
  // Poppler may reconstruct the table; either the text is read or the file is reported.
  auto r = RunEhcp("extract " + Quote(dir_ + "/broken-xref.pdf"));
  if (r.exit_code == 0) {
    EXPECT_NE(r.out.find("Robin enjoys drawing"), std::string::npos) << r.out;
  } else {
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("broken-xref.pdf"), std::string::npos) << r.err;
  }
}

TEST_F(MalformedInput, DocxZipBomb) {
  std::string zeros(300u << 20, '\0');  // 300 MB of zeros: a few hundred KB compressed
  std::string bomb =
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", zeros}});
  zeros.clear();
  zeros.shrink_to_fit();
  Write("bomb.docx", bomb);
  DraftExpectingFailure("bomb.docx", "limit");
}

TEST_F(MalformedInput, DocxDeclaringEntities) {
  std::string xml =
      R"(<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
      R"(<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>)";
  Write("entities.docx",
        MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", xml}}));
  DraftExpectingFailure("entities.docx", "entities");
}

TEST_F(MalformedInput, DocxWithoutItsDocumentPart) {
  Write("hollow.docx",
        MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/styles.xml", "<w:styles/>"}}));
  DraftExpectingFailure("hollow.docx", "hollow.docx");
}

TEST_F(MalformedInput, PngClaimingEnormousDimensions) {
  Write("huge.png", HugePng());
  DraftExpectingFailure("huge.png", "limit");
}

TEST_F(MalformedInput, EncryptedPdf) {
  if (std::system("command -v qpdf >/dev/null 2>&1") != 0) GTEST_SKIP() << "qpdf not installed";
  Write("plain.tmp", MinimalPdf());
  std::string cmd = "qpdf --encrypt secret secret 256 -- " + Quote(dir_ + "/plain.tmp") + " " +
                    Quote(dir_ + "/locked.pdf");
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::filesystem::remove(dir_ + "/plain.tmp");
  DraftExpectingFailure("locked.pdf", "password");
}

TEST_F(MalformedInput, WorkbookWithMissingSharedStrings) {
  // A review workbook whose cells point at shared strings that do not exist.
  std::string workbook =
      R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Statements" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  std::string rels =
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
  std::string sheet =
      R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>)";
  std::string xlsx = MakeZip({{"xl/workbook.xml", workbook},
                              {"xl/_rels/workbook.xml.rels", rels},
                              {"xl/worksheets/sheet1.xml", sheet}});
  auto draft = RunEhcp("draft " + Quote(dir_) + " --out " + Quote(tmp_.path() + "/out"));
  ASSERT_EQ(draft.exit_code, 0) << draft.err;
  std::string out_dir = tmp_.path() + "/out/case-robin";
  std::string before = ReadFileOrDie(out_dir + "/plan.json");
  WriteFileOrDie(tmp_.path() + "/bad-review.xlsx", xlsx);
  auto r =
      RunEhcp("apply " + Quote(out_dir) + " --review " + Quote(tmp_.path() + "/bad-review.xlsx"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad-review.xlsx"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("shared string"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Nothing was changed"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFileOrDie(out_dir + "/plan.json"), before);
}

}  // namespace
}  // namespace ehcp
