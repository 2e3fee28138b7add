// Writes small PDF 1.4 files by hand for tests: Helvetica and Helvetica-Bold text (WinAnsi) at
// chosen positions, several pages, a correct cross-reference table. No binary fixtures needed.
#pragma once

#include <string>
#include <vector>

namespace ehcp::testing {

// One run of text. `y` is the baseline in points from the TOP of the page. `text` is WinAnsi
// (Latin-1 plus "\x95" for a bullet); parentheses and backslashes are escaped by the writer.
struct PdfRun {
  double x = 60, y = 100;
  double size = 11;
  bool bold = false;
  std::string text;
  // Marked content around the run (MakeTaggedPdf): an MCID (>= 0), or /Artifact.
  int mcid = -1;
  bool artifact = false;
};

struct PdfFixturePage {
  std::vector<PdfRun> runs;
};

// A complete PDF; page size A4 (595 x 842 points). The catalogue and page tree are written
// last, so a file cut short loses them.
std::string MakePdf(const std::vector<PdfFixturePage>& pages);

// A tagged PDF: `pages` as MakePdf writes them, with each run's marked content, and a structure
// tree written as raw objects. struct_objects[0] is the StructTreeRoot dictionary; in any of the
// objects "{obj:N}" becomes a reference to struct_objects[N] and "{page:N}" one to page N
// (1-based), so a test can write any tree: cycles, missing pages, odd types.
std::string MakeTaggedPdf(const std::vector<PdfFixturePage>& pages,
                          const std::vector<std::string>& struct_objects);

// A one-page PDF whose standard security handler needs a user password that is not empty.
std::string MakeEncryptedPdf();

// Wraps `text` into lines no wider than `width` points at `size` (approximate Helvetica widths).
std::vector<std::string> WrapText(const std::string& text, double width, double size);

}  // namespace ehcp::testing
