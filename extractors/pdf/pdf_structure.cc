#include "extractors/pdf/pdf_structure.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extractors/cleanup/cleanup.h"
#include "extractors/text/list_marker.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// The same thresholds as the layout reader, in multiples of the font size.
constexpr double kSameLine = 0.4;  // baselines closer than this share a line
constexpr double kWordGap = 0.12;  // a wider gap between two words on a line is a space
constexpr double kBand = 0.08;     // header and footer bands, fraction of page height
constexpr int kMaxDepth = 200;
constexpr int kMaxColumns = 1000;

using ContentKey = uint64_t;
ContentKey KeyOf(int page, int mcid) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(page)) << 32) | static_cast<uint32_t>(mcid);
}

BBox Union(const BBox& a, const BBox& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

// A row label as context: "Date of birth:" -> "Date of birth" (as the layout reader and the
// DOCX extractor write it).
std::string LabelText(std::string_view text) {
  std::string label = CollapseSpaces(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

bool IsAsciiAlnum(unsigned char c) { return std::isalnum(c) != 0; }

// A list item's label as the document draws it, made comparable: any bullet symbol ("•", "",
// "▪", "o") is "•"; a number or letter marker ("1.", "a)") stays as written.
std::string NormalizeListLabel(std::string_view label) {
  std::string l(Trim(label));
  if (l.empty()) return l;
  // The marker's views point into `probe`, which must outlive them.
  const std::string probe = l + " x";
  if (std::optional<ListMarker> m = ParseListMarker(probe)) {
    if (Trim(m->rest) == "x") return std::string(m->label);
  }
  // One character that is not a letter or digit, or a lone "o" (Word's second-level bullet).
  bool one_char = Utf8Length(l) == 1;
  if ((one_char && !IsAsciiAlnum(static_cast<unsigned char>(l[0]))) || l == "o") return "\u2022";
  return l;
}

// A marker at the start of a list item's text when the item has no Lbl: LibreOffice draws the
// bullet or number as the first run of the item's paragraph.
bool SplitItemMarker(const std::string& text, std::string& label, std::string& rest) {
  if (std::optional<ListMarker> m = ParseListMarker(text)) {
    label = m->label;
    rest = std::string(m->rest);
    return true;
  }
  size_t sp = text.find(' ');
  if (sp == std::string::npos || sp + 1 >= text.size()) return false;
  std::string first = text.substr(0, sp);
  if (Utf8Length(first) != 1 || IsAsciiAlnum(static_cast<unsigned char>(first[0]))) return false;
  // A symbol bullet that ParseListMarker does not know (Symbol or Wingdings glyphs).
  unsigned char c = static_cast<unsigned char>(first[0]);
  if (c < 0x80 && c != '>' && c != '*' && c != '-' && c != '~') return false;
  label = "\u2022";
  rest = std::string(Trim(std::string_view(text).substr(sp + 1)));
  return !rest.empty();
}

// Text gathered from marked content, word by word, with the page and box where it starts.
struct Gathered {
  std::string raw;  // lines joined by '\n'
  int page = 0;
  std::optional<BBox> box;
  const PdfWord* last = nullptr;
  int last_page = 0;

  bool empty() const { return last == nullptr; }

  void Add(const PdfWord& w, int on_page) {
    if (last != nullptr) {
      double em = std::max(w.size, 1.0);
      bool same_line = on_page == last_page && std::abs(w.box.y1 - last->box.y1) <= kSameLine * em;
      if (!same_line) {
        raw += '\n';
      } else if (w.box.x0 - last->box.x1 > kWordGap * em || w.box.x0 < last->box.x0) {
        raw += ' ';
      }
    }
    raw += w.text;
    if (page == 0) page = on_page;
    if (on_page == page) box = box ? Union(*box, w.box) : w.box;
    last = &w;
    last_page = on_page;
  }
};

class TaggedBuilder {
 public:
  TaggedBuilder(const PdfStructTree& tree, const std::vector<PdfTaggedPage>& pages)
      : tree_(tree), visiting_(tree.elements.size(), 0) {
    for (const PdfTaggedPage& p : pages) {
      for (const PdfWord& w : p.words) {
        if (w.mcid >= 0) content_[KeyOf(p.page, w.mcid)].push_back(&w);
      }
    }
    for (auto& [key, words] : content_) {
      std::stable_sort(words.begin(), words.end(),
                       [](const PdfWord* a, const PdfWord* b) { return a->order < b->order; });
    }
  }

  void Run() {
    for (int root : tree_.roots) Walk(root, 0);
  }

  std::vector<Block> TakeBlocks() { return std::move(blocks_); }
  bool Used(int page, int mcid) const { return used_.count(KeyOf(page, mcid)) > 0; }

 private:
  // What a cell gives each of its blocks.
  struct CellContext {
    int table = -1, row = -1, col = -1;
    bool header = false;
    std::string label;
    std::string column_header;
  };

  const PdfStructElement* Element(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= tree_.elements.size()) return nullptr;
    return &tree_.elements[static_cast<size_t>(index)];
  }

  // Guards against cycles and runaway depth: returns false when `index` may not be entered.
  bool Enter(int index, int depth) {
    if (depth > kMaxDepth || Element(index) == nullptr) return false;
    char& v = visiting_[static_cast<size_t>(index)];
    if (v) return false;
    v = 1;
    return true;
  }
  void Leave(int index) { visiting_[static_cast<size_t>(index)] = 0; }

  // Appends the words of one marked-content sequence, once per document.
  void AddContent(const PdfStructKid& k, Gathered& g) {
    ContentKey key = KeyOf(k.page, k.mcid);
    auto it = content_.find(key);
    if (it == content_.end() || !used_.insert(key).second) return;
    for (const PdfWord* w : it->second) g.Add(*w, k.page);
  }

  // All the text under `index`, in order.
  void Collect(int index, Gathered& g, int depth) {
    if (!Enter(index, depth)) return;
    for (const PdfStructKid& k : Element(index)->kids) {
      if (k.element >= 0) {
        Collect(k.element, g, depth + 1);
      } else {
        AddContent(k, g);
      }
    }
    Leave(index);
  }

  void Emit(BlockKind kind, const Gathered& g, int level = 0, std::string list_label = "",
            std::string prefix = "") {
    if (g.empty()) return;
    std::string text = JoinLines(g.raw);
    if (!prefix.empty()) text = prefix + " " + text;
    if (Trim(text).empty()) return;
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    b.heading_level = kind == BlockKind::kHeading ? std::clamp(level, 1, 9) : 0;
    b.list_label = std::move(list_label);
    b.prov.page = g.page;
    b.prov.bbox = g.box;
    if (cell_ != nullptr) {
      b.kind = BlockKind::kTableCell;
      b.heading_level = 0;
      b.table = cell_->table;
      b.row = cell_->row;
      b.col = cell_->col;
      b.header_cell = cell_->header;
      b.label = cell_->label;
      b.column_header = cell_->column_header;
    }
    blocks_.push_back(std::move(b));
  }

  void Walk(int index, int depth) {
    if (!Enter(index, depth)) return;
    const PdfStructElement& e = *Element(index);
    switch (e.type) {
      case PdfStructType::kHeading: {
        Gathered g;
        CollectKids(e, g, depth);
        Emit(BlockKind::kHeading, g, e.heading_level);
        break;
      }
      case PdfStructType::kParagraph:
      case PdfStructType::kInline:
      case PdfStructType::kListLabel: {
        Gathered g;
        CollectKids(e, g, depth);
        Emit(BlockKind::kParagraph, g);
        break;
      }
      case PdfStructType::kListItem:
        ListItem(e, depth);
        break;
      case PdfStructType::kTable:
        Table(e, depth);
        break;
      default:
        WalkKids(e, depth);
        break;
    }
    Leave(index);
  }

  void CollectKids(const PdfStructElement& e, Gathered& g, int depth) {
    for (const PdfStructKid& k : e.kids) {
      if (k.element >= 0) {
        Collect(k.element, g, depth + 1);
      } else {
        AddContent(k, g);
      }
    }
  }

  // The children of a grouping element: block elements in turn; a run of text or inline
  // elements between them is one paragraph.
  void WalkKids(const PdfStructElement& e, int depth) {
    Gathered loose;
    auto flush = [&] {
      Emit(BlockKind::kParagraph, loose);
      loose = Gathered{};
    };
    for (const PdfStructKid& k : e.kids) {
      if (k.element < 0) {
        AddContent(k, loose);
        continue;
      }
      const PdfStructElement* kid = Element(k.element);
      if (kid != nullptr && kid->type == PdfStructType::kInline) {
        Collect(k.element, loose, depth + 1);
        continue;
      }
      flush();
      Walk(k.element, depth + 1);
    }
    flush();
  }

  // LI: Lbl gives the label, LBody (or whatever else the item holds) the text; lists and tables
  // inside the item follow it. An item whose body is a heading (a numbered heading) is a heading.
  void ListItem(const PdfStructElement& e, int depth) {
    Gathered label, body;
    std::vector<int> nested;
    int heading = 0;
    // Sorts one child of the item or of its body.
    auto take = [&](const PdfStructKid& k, int d, auto& self) -> void {
      if (k.element < 0) {
        AddContent(k, body);
        return;
      }
      const PdfStructElement* kid = Element(k.element);
      if (kid == nullptr) return;
      switch (kid->type) {
        case PdfStructType::kListLabel:
          Collect(k.element, label, d + 1);
          break;
        case PdfStructType::kList:
        case PdfStructType::kTable:
          nested.push_back(k.element);
          break;
        case PdfStructType::kListBody:
        case PdfStructType::kGroup:
          if (!Enter(k.element, d + 1)) break;
          for (const PdfStructKid& kk : kid->kids) self(kk, d + 1, self);
          Leave(k.element);
          break;
        case PdfStructType::kHeading:
          if (heading == 0) heading = kid->heading_level;
          Collect(k.element, body, d + 1);
          break;
        default:
          Collect(k.element, body, d + 1);
          break;
      }
    };
    for (const PdfStructKid& k : e.kids) take(k, depth, take);
    std::string list_label = label.empty() ? "" : NormalizeListLabel(JoinLines(label.raw));
    if (!body.empty()) {
      if (heading > 0 && cell_ == nullptr) {
        Emit(BlockKind::kHeading, body, heading, "", list_label);
      } else if (!list_label.empty()) {
        Emit(BlockKind::kListItem, body, 0, list_label);
      } else {
        // No Lbl: the marker is the start of the text, or there is none.
        std::string text = JoinLines(body.raw), marker, rest;
        if (SplitItemMarker(text, marker, rest)) {
          Gathered g = body;
          g.raw = rest;
          Emit(BlockKind::kListItem, g, 0, marker);
        } else {
          Emit(BlockKind::kListItem, body);
        }
      }
    } else if (!label.empty()) {
      Emit(BlockKind::kParagraph, label);  // a label with no body: keep its text
    }
    for (int n : nested) Walk(n, depth + 1);
  }

  // ---- tables ----------------------------------------------------------------------------

  struct Cell {
    int element = -1;
    bool th = false;
    int row = 0, col = 0, row_span = 1, col_span = 1;
  };

  void Table(const PdfStructElement& e, int depth) {
    // Rows, from the table itself or its THead / TBody / TFoot; a caption is read before.
    std::vector<int> rows;
    std::vector<bool> in_head;
    for (const PdfStructKid& k : e.kids) {
      const PdfStructElement* kid = Element(k.element);
      if (kid == nullptr) continue;
      if (kid->type == PdfStructType::kRow) {
        rows.push_back(k.element);
        in_head.push_back(false);
      } else if (kid->type == PdfStructType::kTableHead || kid->type == PdfStructType::kTableBody) {
        for (const PdfStructKid& kk : kid->kids) {
          const PdfStructElement* row = Element(kk.element);
          if (row != nullptr && row->type == PdfStructType::kRow) {
            rows.push_back(kk.element);
            in_head.push_back(kid->type == PdfStructType::kTableHead);
          }
        }
      } else {
        Walk(k.element, depth + 1);
      }
    }
    if (rows.empty()) return;

    // Cells placed on a grid, with their spans.
    const int nrows = static_cast<int>(rows.size());
    std::vector<std::vector<Cell>> grid(rows.size());
    std::vector<std::vector<bool>> taken(rows.size());
    int ncols = 0;
    for (int r = 0; r < nrows; ++r) {
      int c = 0;
      for (const PdfStructKid& k : Element(rows[static_cast<size_t>(r)])->kids) {
        const PdfStructElement* cell = Element(k.element);
        if (cell == nullptr) continue;
        auto& row_taken = taken[static_cast<size_t>(r)];
        while (c < static_cast<int>(row_taken.size()) && row_taken[static_cast<size_t>(c)]) ++c;
        Cell placed;
        placed.element = k.element;
        placed.th = cell->type == PdfStructType::kHeaderCell;
        placed.row = r;
        placed.col = std::min(c, kMaxColumns);
        placed.col_span = std::clamp(cell->col_span, 1, kMaxColumns - placed.col + 1);
        placed.row_span = std::clamp(cell->row_span, 1, nrows - r);
        for (int rr = r; rr < r + placed.row_span; ++rr) {
          auto& t = taken[static_cast<size_t>(rr)];
          size_t end = static_cast<size_t>(placed.col + placed.col_span);
          if (t.size() < end) t.resize(end, false);
          for (size_t cc = static_cast<size_t>(placed.col); cc < end; ++cc) t[cc] = true;
        }
        c = placed.col + placed.col_span;
        ncols = std::max(ncols, c);
        grid[static_cast<size_t>(r)].push_back(placed);
      }
    }

    // Two columns: no row of more than two cells, and some row of two (the DOCX rule).
    bool two_col = false, wider = false;
    for (const auto& row : grid) {
      two_col = two_col || row.size() == 2;
      wider = wider || row.size() > 2;
    }
    two_col = two_col && !wider;

    // Header rows: rows under THead and leading rows of TH cells, unless every row is one; else
    // the first row of a grid of three or more columns.
    auto all_th = [&](int r) {
      const auto& row = grid[static_cast<size_t>(r)];
      return !row.empty() &&
             std::all_of(row.begin(), row.end(), [](const Cell& c) { return c.th; });
    };
    int header_rows = 0;
    while (header_rows < nrows &&
           (in_head[static_cast<size_t>(header_rows)] || all_th(header_rows))) {
      ++header_rows;
    }
    if (header_rows == nrows) header_rows = 0;
    if (header_rows == 0 && ncols >= 3 && nrows >= 2) header_rows = 1;

    const int table = tables_++;
    CellContext* outer = cell_;
    // Text of the header cells by column, and of the cell holding column 0 in each row.
    std::vector<std::string> column_text(static_cast<size_t>(std::max(ncols, 0)));
    std::string first_col_text;  // of the cell holding column 0, up to its last row
    int first_col_last = -1;
    for (int r = 0; r < nrows; ++r) {
      const auto& row = grid[static_cast<size_t>(r)];
      const bool header_row = r < header_rows;
      if (r > first_col_last) first_col_text.clear();
      for (size_t i = 0; i < row.size(); ++i) {
        const Cell& cell = row[i];
        CellContext ctx;
        ctx.table = table;
        ctx.row = r;
        ctx.col = cell.col;
        ctx.header = cell.th || header_row;
        if (two_col && cell.col == 1 && !header_row) ctx.label = first_col_text;
        if (!ctx.header && header_rows > 0 && cell.col < ncols) {
          ctx.column_header = column_text[static_cast<size_t>(cell.col)];
        }
        const bool whole = ctx.header || (two_col && cell.col == 0);
        cell_ = &ctx;
        if (whole) {
          Gathered g;
          Collect(cell.element, g, depth + 2);
          std::string text = g.empty() ? "" : CollapseSpaces(JoinLines(g.raw));
          if (header_row) {
            for (int c = cell.col; c < cell.col + cell.col_span && c < ncols; ++c) {
              if (!text.empty()) column_text[static_cast<size_t>(c)] = text;
            }
          }
          if (cell.col == 0) {
            first_col_text = LabelText(text);
            first_col_last = r + cell.row_span - 1;
          }
          Emit(BlockKind::kParagraph, g);
        } else {
          if (Enter(cell.element, depth + 2)) {
            WalkKids(*Element(cell.element), depth + 2);
            Leave(cell.element);
          }
        }
        cell_ = outer;
      }
    }
  }

  const PdfStructTree& tree_;
  std::vector<char> visiting_;
  std::unordered_map<ContentKey, std::vector<const PdfWord*>> content_;
  std::unordered_set<ContentKey> used_;
  std::vector<Block> blocks_;
  CellContext* cell_ = nullptr;
  int tables_ = 0;
};

}  // namespace

std::optional<std::vector<Block>> BuildTaggedBlocks(const PdfStructTree& tree,
                                                    const std::vector<PdfTaggedPage>& pages,
                                                    double* coverage) {
  TaggedBuilder builder(tree, pages);
  builder.Run();
  // How much of the text the tree reached: characters of words in marked content it used, out
  // of all characters that are not furniture.
  size_t total = 0, reached = 0;
  for (const PdfTaggedPage& p : pages) {
    for (const PdfWord& w : p.words) {
      if (w.mcid == kPdfArtifact) continue;
      if (w.mcid < 0 && (w.box.y1 <= kBand * p.height || w.box.y0 >= (1 - kBand) * p.height)) {
        continue;  // untagged text in the header or footer band
      }
      total += w.text.size();
      if (w.mcid >= 0 && builder.Used(p.page, w.mcid)) reached += w.text.size();
    }
  }
  double share = total == 0 ? 0 : static_cast<double>(reached) / static_cast<double>(total);
  if (coverage != nullptr) *coverage = share;
  std::vector<Block> blocks = builder.TakeBlocks();
  if (blocks.empty() || share < kPdfMinTagCoverage) return std::nullopt;
  return blocks;
}

}  // namespace ehcp
