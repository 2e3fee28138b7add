// What the review page shows beside a statement: its source page as an image with the
// statement's words marked, or, for sources without pages (Word, text), the text around it.
//
// Where the words are on the page is found when the page is shown, from Poppler's text layer of
// the page (the same words `pdftotext -bbox` gives), by matching the statement's words in
// order. This keeps the extractors and plan.json as they are, and works for plans drafted
// before the desk existed. Scanned pages have no text layer: the page is recognised again and
// the paragraph holding the statement is marked (recognition gives paragraph boxes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/model/document.h"

namespace ehcp::serve {

struct PageWords {
  double width = 0, height = 0;  // page size in points
  std::vector<std::string> words;
  std::vector<BBox> boxes;  // one per word, points from the top-left corner
};

// The words of one page of a PDF (1-based page). Errors name the file and page.
StatusOr<PageWords> ReadPageWords(const std::string& pdf_path, int page);

// The recognised paragraphs of a scanned PDF page (drawn at 200 dpi and read by the same
// recognition `ehcp draft` uses): `words` holds each paragraph's text, `boxes` its rectangle.
StatusOr<PageWords> RecognisePage(const std::string& pdf_path, int page);

// The recognised paragraph that holds most of the statement's words (at least half), or
// nothing.
std::vector<BBox> LocateParagraph(const PageWords& paragraphs, std::string_view statement_text);

// Renders one page of a PDF to PNG at `dpi` into `png_path` (written once: an existing file is
// kept). Errors name the file and page.
Status RenderPagePng(const std::string& pdf_path, int page, double dpi,
                     const std::string& png_path);

// Lowercase letters and digits of a word, for matching ("Biscuit," -> "biscuit").
std::string MatchKey(std::string_view word);

// Rectangles (one per line) covering the statement's words on the page: the run of page words
// that matches most of the statement's words in order. Empty when fewer than half match.
std::vector<BBox> LocateStatement(const PageWords& page, std::string_view statement_text);

}  // namespace ehcp::serve
