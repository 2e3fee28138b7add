// A tagged PDF read by its own structure: the structure tree (headings, paragraphs, lists,
// tables with header cells) joined to the words of the text layer through their marked-content
// ids (MCIDs). Word and LibreOffice write tagged PDFs; councils' advice forms arrive as such.
//
// The Poppler side (reading the tree, and the words of a page with the MCID each was drawn in,
// in one pass per page) is extractors/pdf/pdf_text_layer.h. This file holds the tree as plain
// data and turns it into blocks, so it can be tested without a PDF.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "extractors/pdf/pdf_layout.h"
#include "pipeline/model/document.h"

namespace ehcp {

// What a structure element is, reduced to what the block builder needs. Standard PDF types map
// as: Document, Part, Art, Sect, Div, NonStruct, Private, TOC, Index, Form -> kGroup; P,
// BlockQuote, Caption, Note, TOCI, Formula -> kParagraph; H, H1..H6 -> kHeading; Span, Quote,
// Link, Reference, Code and the other inline types -> kInline; L, LI, Lbl, LBody; Table; THead
// -> kTableHead; TBody, TFoot -> kTableBody; TR; TH; TD; Figure.
enum class PdfStructType : uint8_t {
  kGroup,
  kParagraph,
  kHeading,
  kInline,
  kList,
  kListItem,
  kListLabel,
  kListBody,
  kTable,
  kTableHead,
  kTableBody,
  kRow,
  kHeaderCell,
  kCell,
  kFigure,
};

// One child of an element, in document order: another element, or a marked-content sequence
// (text) on a page.
struct PdfStructKid {
  int element = -1;  // index into PdfStructTree::elements, or -1 for marked content
  int page = 0;      // 1-based page of the marked content
  int mcid = -1;
};

struct PdfStructElement {
  PdfStructType type = PdfStructType::kGroup;
  int heading_level = 0;  // 1..6 for headings (H counts as 1)
  int row_span = 1;       // table cells
  int col_span = 1;
  std::vector<PdfStructKid> kids;
};

struct PdfStructTree {
  std::vector<PdfStructElement> elements;
  std::vector<int> roots;  // top-level elements in order
};

// A marked-content id that is not an MCID: the word was drawn outside any marked content with an
// MCID, inside an /Artifact sequence (page furniture: running headers and footers, page numbers),
// or inside a form XObject's own marked content (which the tree would address by stream).
inline constexpr int kPdfNoMcid = -1;
inline constexpr int kPdfArtifact = -2;
inline constexpr int kPdfFormMcid = -3;

// One page with a text layer: its words with `mcid` and `order` set (PdfTextLayer::Words with
// marks).
struct PdfTaggedPage {
  int page = 1;  // 1-based
  double height = 0;
  std::vector<PdfWord> words;
};

// The tree covers too little text to be trusted below this share of the text characters that
// are not page furniture (artifacts, and text outside any marked content in the top and bottom
// 8% of the page). Word and LibreOffice tag every line of the body, so anything less means a
// tree that is partial or broken, and the layout reader does better.
inline constexpr double kPdfMinTagCoverage = 0.95;

// Blocks from the structure tree, in the tree's order, each with the page and box (union of its
// words on that page) where it starts:
// - H1..H6 give headings of that level; P and the like paragraphs; text outside any element in
//   a grouping element one paragraph per run.
// - LI gives a list item: list_label from Lbl (bullet symbols as "•"), or from a marker at the
//   start of its text; the text of LBody. A list or table nested in an item follows it.
// - Tables give table cells with table, row and col (column spans and row spans placed on a grid).
//   TH cells, rows under THead and leading rows of TH cells are header cells (header_cell; one
//   block each); without such rows the first row of a table of three or more columns is the
//   header row. Body cells under a header row carry its text in their column (column_header).
//   In a two-column table (no row of more than two cells) the second cell's blocks carry the
//   row's first-column text as `label` (without a trailing colon), except in header rows, the
//   convention of the layout reader and the DOCX extractor. The first column of a two-column
//   table and header cells give one block each; other cells one block per paragraph or list
//   item. Nothing in a table is a heading.
// - Words outside the tree (artifacts, untagged text) are dropped; marked content referred to
//   twice is read once; a cycle or a tree deeper than 200 levels is cut where it loops.
// Returns nullopt when the tree gives no blocks or covers less than kPdfMinTagCoverage of the
// text. `coverage`, when given, is set either way to the share of those characters the tree
// reached (0..1).
std::optional<std::vector<Block>> BuildTaggedBlocks(const PdfStructTree& tree,
                                                    const std::vector<PdfTaggedPage>& pages,
                                                    double* coverage = nullptr);

}  // namespace ehcp
