// Opens the DOCX in LibreOffice (when installed) and checks that the text survives conversion
// to PDF: proof that the package is one a real word processor reads.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>

#include "output/writer.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/text.h"
#include "tests/output/plan_fixture.h"

namespace ehcp {
namespace {

bool OnPath(const char* tool) {
  std::string cmd = std::string("command -v ") + tool + " >/dev/null 2>&1";
  return std::system(cmd.c_str()) == 0;
}

std::string RunCommand(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

TEST(DocxLibreOffice, ConvertsToPdfWithHeadingsStatementsAndCitations) {
  if (!OnPath("soffice") || !OnPath("pdftotext")) GTEST_SKIP() << "soffice or pdftotext missing";
  char tmpl[] = "/tmp/ehcp-docx-lo-XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  StringSink sink;
  ASSERT_TRUE(WriteDraftDocx(testing::MakeFixturePlan(), sink).ok());
  ASSERT_TRUE(RealFileSystem().WriteFileAtomic(dir + "/draft.docx", sink.data()).ok());
  // A private profile folder, so a running LibreOffice or another test does not interfere.
  RunCommand("cd '" + dir + "' && HOME='" + dir + "' soffice -env:UserInstallation=file://" + dir +
             "/profile --headless --convert-to pdf --outdir '" + dir + "' draft.docx 2>&1");
  // -raw: text in the order it was drawn, which for a table is cell by cell; wrapped lines of
  // a narrow cell are joined again by flattening the whitespace.
  std::string raw = RunCommand("pdftotext -raw '" + dir + "/draft.pdf' - 2>/dev/null");
  std::string text = std::regex_replace(raw, std::regex(R"(\s+)"), " ");
  std::string pages =
      RunCommand("pdfinfo '" + dir + "/draft.pdf' 2>/dev/null | sed -n 's/^Pages: *//p'");
  RunCommand("rm -rf '" + dir + "'");
  ASSERT_FALSE(text.empty()) << "LibreOffice did not produce a PDF";
  for (Section s : AllSections()) {
    if (s == Section::kNotPlan) continue;
    EXPECT_NE(text.find(std::string(Label(s))), std::string::npos) << Label(s);
  }
  EXPECT_NE(text.find("Ollie becomes anxious when routines change without warning. [D2 p.4]"),
            std::string::npos);
  EXPECT_NE(text.find("None identified."), std::string::npos);
  EXPECT_NE(text.find("DRAFT"), std::string::npos);
  // The NUMPAGES field is updated: the footer counts the real pages.
  ASSERT_FALSE(Trim(pages).empty());
  EXPECT_NE(text.find("Page 1 of " + std::string(Trim(pages)) + " "), std::string::npos);
  EXPECT_EQ(text.find("Brookfield"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
