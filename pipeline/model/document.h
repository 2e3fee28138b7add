// A Document is what an extractor makes of one file: ordered blocks with provenance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/ids.h"

namespace ehcp {

// A rectangle on a page, in PDF points from the top-left corner.
struct BBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Where a block came from.
struct Provenance {
  int page = 1;      // 1-based page; DOCX and text files have page 1 unless page breaks say more
  int block = 0;     // index of the block in Document::blocks
  size_t begin = 0;  // byte range of the block in Document::PlainText()
  size_t end = 0;
  std::optional<BBox> bbox;          // where known (PDF, OCR)
  std::optional<double> confidence;  // OCR word confidence 0-100, only for recognised text
};

// Where a block sits in the document apart from the main body.
enum class BlockOrigin { kBody, kFootnote, kEndnote, kTextBox };

// What a block is on a form, decided by the form reader (mappers/form) after extraction.
// kUnknown until then; an extractor may set kFurniture for text the document itself marks as
// page furniture. Only kContent (and kUnknown, for documents read as before) can become plan
// statements.
enum class BlockRole {
  kUnknown,
  kContent,    // written about the child: a candidate for the plan
  kPrompt,     // a form's question or label; context for the answer(s) under it
  kAnswer,     // a short form answer (Yes / No / N/A, a ticked option): a fact with its prompt
  kGuidance,   // instructions to the author, with their examples
  kPersonal,   // personal details and contact data (names, addresses, phones, e-mail)
  kLeaflet,    // an attached leaflet or notice that is not advice about the child
  kFurniture,  // running headers and footers, copyright lines, page numbers, signatures
};

// Stable text id of a role ("content", "prompt", "guidance"…), as plan.json and `ehcp extract
// --json` write it.
constexpr std::string_view RoleId(BlockRole r) {
  switch (r) {
    case BlockRole::kUnknown: return "unknown";
    case BlockRole::kContent: return "content";
    case BlockRole::kPrompt: return "prompt";
    case BlockRole::kAnswer: return "answer";
    case BlockRole::kGuidance: return "guidance";
    case BlockRole::kPersonal: return "personal";
    case BlockRole::kLeaflet: return "leaflet";
    case BlockRole::kFurniture: return "furniture";
  }
  return "unknown";
}

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;       // cleaned UTF-8; never contains page furniture
  int heading_level = 0;  // 1..9 for headings
  int table = -1;         // table number within the document, for table cells
  int row = -1;           // 0-based row and column for table cells
  int col = -1;
  std::string label;       // context the document gives this block: the row's first-column
                           // label in a two-column form table, or the form field's name
  std::string list_label;  // "1.", "a)", "•" for list items
  // For table cells: true for a header cell (a tagged TH, or the first row of a grid of three
  // or more columns); for a body cell under such a header, the text of its column's header
  // ("Sometimes"), so a rating grid's items are read with their column.
  bool header_cell = false;
  std::string column_header;
  BlockRole role = BlockRole::kUnknown;
  // Set by the form reader when the block answers a registered form's prompt that a council
  // mapped to a section (and area): it decides over the wording.
  std::optional<Section> prompt_section;
  Area prompt_area = Area::kNone;
  BlockOrigin origin = BlockOrigin::kBody;
  Provenance prov;
};

// A problem in a document that did not stop it being read ("page 3 has no readable text").
struct Diagnostic {
  int page = 0;  // 0 when it concerns the whole file
  std::string message;
};

// What the plan and section K need to know about a document, without its blocks.
struct DocumentInfo {
  std::string id;            // "D1", "D2"… in case order
  std::string file;          // file name as given in the case folder
  std::string content_hash;  // of the file's bytes
  FileFormat format = FileFormat::kUnknown;
  DocKind kind = DocKind::kOther;
  int pages = 0;
  std::string title;                  // the document's own title where found
  std::string author;                 // author name and/or role where found
  std::string date;                   // date of the advice as written, where found
  std::vector<int> recognised_pages;  // pages whose text came from OCR
  bool tagged = false;                // a tagged PDF whose structure tree was read
  // The form reader's count of the document's prompts and of those with an answer under them.
  int form_prompts = 0;
  int form_answered = 0;
  std::vector<Diagnostic> diagnostics;
};

struct Document {
  DocumentInfo info;
  std::vector<Block> blocks;

  // Sets each block's prov.block and prov.begin/end so that they index PlainText().
  // REQUIRES: called once after the blocks are final.
  void Finalize();
  // Blocks joined by "\n"; the coordinate system of Provenance::begin/end.
  std::string PlainText() const;
};

}  // namespace ehcp
