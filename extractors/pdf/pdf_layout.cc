#include "extractors/pdf/pdf_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "extractors/cleanup/cleanup.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Layout thresholds, in multiples of the font size.
constexpr double kSameLine = 0.4;         // baselines closer than this share a line
constexpr double kSegmentGap = 2.0;       // a wider horizontal gap splits a line into segments
constexpr double kWordGap = 0.12;         // a narrower gap joins two boxes into one word
constexpr double kParagraphPitch = 1.55;  // a wider baseline pitch starts a new paragraph
constexpr double kBand = 0.08;            // header and footer bands, fraction of page height
constexpr double kHeadingRatio = 1.15;    // a heading's font is at least this much larger
constexpr double kColumnTolerance = 4;    // points: the same column edge on two lines
constexpr int kMaxHeadingWords = 16;

double Baseline(const PdfWord& w) { return w.box.y1; }

BBox Union(const BBox& a, const BBox& b) {
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

void Extend(std::optional<BBox>& box, const BBox& b) { box = box ? Union(*box, b) : b; }

BBox SegmentBox(const PdfSegment& s) {
  BBox b = s.words.front().box;
  for (const PdfWord& w : s.words) b = Union(b, w.box);
  return b;
}

// The size and boldness of most of the characters.
void SetLineStyle(PdfLine& line) {
  std::map<double, size_t> by_size;
  size_t bold = 0, total = 0;
  for (const PdfSegment& s : line.segments) {
    for (const PdfWord& w : s.words) {
      by_size[std::round(w.size * 2) / 2] += w.text.size();
      total += w.text.size();
      if (w.bold) bold += w.text.size();
    }
  }
  size_t best = 0;
  for (const auto& [size, n] : by_size) {
    if (n > best) best = n, line.size = size;
  }
  line.bold = total > 0 && bold * 2 > total;
}

PdfLine MakeLine(std::vector<PdfWord> words) {
  std::sort(words.begin(), words.end(),
            [](const PdfWord& a, const PdfWord& b) { return a.box.x0 < b.box.x0; });
  PdfLine line;
  line.box = words.front().box;
  for (PdfWord& w : words) {
    line.box = Union(line.box, w.box);
    double em = std::max(w.size, 1.0);
    if (line.segments.empty() || w.box.x0 - line.segments.back().x1 > kSegmentGap * em) {
      line.segments.push_back({{}, w.box.x0, w.box.x1});
    }
    PdfSegment& seg = line.segments.back();
    seg.x1 = std::max(seg.x1, w.box.x1);
    seg.words.push_back(std::move(w));
  }
  SetLineStyle(line);
  return line;
}

// Every rule that makes a band line page furniture on its own.
// Parts of a token that make it a web address.
constexpr std::array<std::string_view, 10> kWebMarks = {"http://", "https://", "www.",    ".gov.uk",
                                                        ".org.uk", ".co.uk",   ".nhs.uk", ".sch.uk",
                                                        ".ac.uk",  ".net.uk"};

bool IsWebAddress(std::string_view s) {
  std::vector<std::string> tokens = Split(CollapseSpaces(s), ' ');
  if (tokens.size() > 8) return false;
  return std::any_of(tokens.begin(), tokens.end(), [](const std::string& t) {
    return std::any_of(kWebMarks.begin(), kWebMarks.end(),
                       [&](std::string_view m) { return ContainsIgnoreCase(t, m); });
  });
}

bool InBand(const PdfLine& line, double height) {
  return line.box.y1 <= kBand * height || line.box.y0 >= (1 - kBand) * height;
}

bool IsWordLike(std::string_view token) {
  size_t alnum = 0, letters = 0, other = 0;
  for (unsigned char c : token) {
    if (std::isalpha(c))
      ++alnum, ++letters;
    else if (std::isdigit(c))
      ++alnum;
    else if (c >= 0x80)
      ++letters;  // non-ASCII letters count, bytes of U+FFFD too (rare)
    else
      ++other;
  }
  if (token.find("\xEF\xBF\xBD") != std::string_view::npos) return false;
  return alnum + letters > 0 && other * 2 <= token.size();
}

// List markers that are removed from the item's text.
constexpr std::array<std::string_view, 12> kBullets = {"\xE2\x80\xA2", "-",
                                                       "\xE2\x80\x93", "o",
                                                       "\xE2\x96\xAA", "\xE2\x97\x8F",
                                                       "\xE2\x97\xA6", "*",
                                                       "\xEF\x82\xB7", "\xEF\x82\xA7",
                                                       "\xE2\x96\xA0", "\xE2\x9E\xA2"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "1.", "12)", "a)", "(b)", "iv.", "(ii)": a numbered list marker.
bool IsNumberMarker(std::string_view m) {
  if (m.size() < 2) return false;
  char close = m.back();
  if (close != '.' && close != ')') return false;
  std::string_view core = m.substr(0, m.size() - 1);
  if (!core.empty() && core.front() == '(') core.remove_prefix(1);
  if (core.empty()) return false;
  auto all = [&](auto pred) { return std::all_of(core.begin(), core.end(), pred); };
  if (core.size() <= 2 && all(IsDigit)) return true;
  if (core.size() == 1 && core[0] >= 'a' && core[0] <= 'z') return true;
  return core.size() <= 4 && all([](char c) { return c == 'i' || c == 'v' || c == 'x'; });
}

// Splits a leading list marker off `text`: "• Use a timetable" -> ("•", "Use a timetable").
bool SplitListMarker(const std::string& text, std::string& marker, std::string& rest) {
  size_t sp = text.find(' ');
  if (sp == std::string::npos) return false;
  std::string first = text.substr(0, sp);
  bool bullet = std::find(kBullets.begin(), kBullets.end(), first) != kBullets.end();
  if (!bullet && !IsNumberMarker(first)) return false;
  marker = first;
  rest = std::string(Trim(std::string_view(text).substr(sp + 1)));
  return !rest.empty();
}

// "3.2 Communication" -> 2, "1. Background" -> 1, otherwise 0. Up to four levels of one- or
// two-digit numbers.
int NumberingDepth(const std::string& text) {
  size_t sp = text.find(' ');
  if (sp == std::string::npos || sp + 1 >= text.size() || text[sp + 1] == ' ') return 0;
  std::string_view num(text.data(), sp);
  if (!num.empty() && num.back() == '.') num.remove_suffix(1);
  int depth = 0;
  for (const std::string& part : Split(num, '.')) {
    if (part.empty() || part.size() > 2 || !std::all_of(part.begin(), part.end(), IsDigit)) {
      return 0;
    }
    ++depth;
  }
  return depth <= 4 ? depth : 0;
}

bool EndsSentence(const std::string& text) {
  return !text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ',');
}

size_t WordCount(const std::string& text) { return Split(CollapseSpaces(text), ' ').size(); }

double Pitch(const PdfLine& line, const PdfLine* prev) {
  return prev ? line.box.y1 - prev->box.y1 : 1e9;
}

}  // namespace

std::string PdfSegment::Text() const {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i].box.x0 - words[i - 1].box.x1 > kWordGap * words[i].size) out += ' ';
    out += words[i].text;
  }
  return out;
}

std::string PdfLine::Text() const {
  std::string out;
  for (const PdfSegment& s : segments) {
    if (!out.empty()) out += ' ';
    out += s.Text();
  }
  return out;
}

std::vector<PdfWord> PdfPageLines::Words() const {
  std::vector<PdfWord> out;
  for (const PdfLine& l : lines) {
    for (const PdfSegment& s : l.segments) out.insert(out.end(), s.words.begin(), s.words.end());
  }
  return out;
}

PdfPageLines LayoutPage(int page, double width, double height, std::vector<PdfWord> words) {
  PdfPageLines out{page, width, height, {}};
  std::erase_if(words, [](const PdfWord& w) { return Trim(w.text).empty(); });
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return Baseline(a) < Baseline(b); });
  std::vector<PdfWord> current;
  double base = 0;
  for (PdfWord& w : words) {
    double tol = kSameLine * std::max(w.size, 1.0);
    if (!current.empty() && std::abs(Baseline(w) - base) > tol) {
      out.lines.push_back(MakeLine(std::move(current)));
      current.clear();
    }
    if (current.empty()) base = Baseline(w);
    current.push_back(std::move(w));
  }
  if (!current.empty()) out.lines.push_back(MakeLine(std::move(current)));
  return out;
}

void RemoveRepeatedFurniture(std::vector<PdfPageLines>& pages) {
  // On how many pages each band line (and each band segment) occurs.
  std::map<std::string, int> seen;
  int text_pages = 0;
  for (const PdfPageLines& p : pages) {
    if (!p.lines.empty()) ++text_pages;
    std::set<std::string> keys;
    for (const PdfLine& l : p.lines) {
      if (!InBand(l, p.height)) continue;
      keys.insert(FurnitureKey(l.Text()));
      for (const PdfSegment& s : l.segments) keys.insert(FurnitureKey(s.Text()));
    }
    for (const std::string& k : keys) ++seen[k];
  }
  auto repeated = [&](const std::string& text) {
    int n = seen[FurnitureKey(text)];
    return n >= 2 && n * 2 > text_pages;
  };
  auto furniture = [&](const std::string& text) {
    return repeated(text) || IsPageFurniture(text) || IsWebAddress(text);
  };
  for (PdfPageLines& p : pages) {
    std::erase_if(p.lines, [&](const PdfLine& l) {
      if (!InBand(l, p.height)) return false;
      if (furniture(l.Text())) return true;
      return std::all_of(l.segments.begin(), l.segments.end(),
                         [&](const PdfSegment& s) { return furniture(s.Text()); });
    });
  }
}

bool HasUsableTextLayer(const std::vector<PdfWord>& words) {
  size_t chars = 0, tokens = 0, wordlike = 0;
  for (const PdfWord& w : words) {
    for (const std::string& t : Split(CollapseSpaces(w.text), ' ')) {
      if (t.empty()) continue;
      ++tokens;
      chars += Utf8Length(t);
      if (IsWordLike(t)) ++wordlike;
    }
  }
  return chars >= 20 && wordlike * 10 >= tokens * 6;
}

// ---------------------------------------------------------------------------------------------

PdfBlockBuilder::PdfBlockBuilder(const std::vector<PdfPageLines>& pages) {
  std::map<double, size_t> chars_by_size;
  for (const PdfPageLines& p : pages) {
    for (const PdfLine& l : p.lines) chars_by_size[l.size] += l.Text().size();
  }
  size_t best = 0;
  for (const auto& [size, n] : chars_by_size) {
    if (n > best) best = n, body_size_ = size;
  }
  for (const auto& [size, n] : chars_by_size) {
    if (size >= body_size_ * kHeadingRatio) heading_sizes_.push_back(size);
  }
  std::sort(heading_sizes_.rbegin(), heading_sizes_.rend());
}

int PdfBlockBuilder::HeadingLevel(const PdfLine& line, const std::string& text) const {
  if (WordCount(text) > kMaxHeadingWords || (text.size() > 1 && text.back() == '.')) return 0;
  bool larger = line.size >= body_size_ * kHeadingRatio;
  int depth = NumberingDepth(text);
  if (!larger && !line.bold) {
    // Body-font headings only when numbered at two levels ("3.2 Communication").
    bool multi = depth >= 2 && !EndsSentence(text) && WordCount(text) <= 8;
    return multi ? depth : 0;
  }
  if (depth > 0) return std::min(depth, 9);
  if (larger) {
    auto it = std::find(heading_sizes_.begin(), heading_sizes_.end(), line.size);
    return std::min(static_cast<int>(it - heading_sizes_.begin()) + 1, 9);
  }
  return std::min(static_cast<int>(heading_sizes_.size()) + 1, 9);
}

void PdfBlockBuilder::Flush() {
  if (!pending_.open) return;
  pending_.open = false;
  pending_.block.text = JoinLines(pending_.text);
  if (!pending_.block.text.empty()) blocks_.push_back(std::move(pending_.block));
  pending_ = PendingText{};
}

void PdfBlockBuilder::FlushRow() {
  Table& t = table_;
  if (t.row < 0) return;
  std::string label = JoinLines(t.left_text);
  if (!label.empty()) t.label = label;
  auto cell = [&](int col, std::string text, const std::optional<BBox>& box) {
    Block b;
    b.kind = BlockKind::kTableCell;
    b.text = std::move(text);
    b.table = t.index;
    b.row = t.row;
    b.col = col;
    b.prov.page = t.page;
    b.prov.bbox = box;
    if (col == 1) b.label = t.label;
    if (!b.text.empty()) blocks_.push_back(std::move(b));
  };
  if (!label.empty() && !t.row_has_label_block) {
    cell(0, label, t.left_box);
    t.row_has_label_block = true;
  }
  cell(1, JoinLines(t.right_text), t.right_box);
  t.left_text.clear();
  t.right_text.clear();
  t.left_box.reset();
  t.right_box.reset();
}

void PdfBlockBuilder::EndTable() {
  if (!table_.open) return;
  FlushRow();
  table_ = Table{};
}

namespace {

bool IsTwoColumn(const PdfLine& l, double page_width) {
  if (l.segments.size() != 2) return false;
  const PdfSegment& left = l.segments[0];
  return left.x1 - left.x0 < 0.45 * page_width && left.x0 < l.segments[1].x0;
}

bool Near(double a, double b) { return std::abs(a - b) <= kColumnTolerance; }

}  // namespace

bool PdfBlockBuilder::TableStartsAt(const std::vector<PdfLine>& lines, size_t i) const {
  // Two consecutive lines with the same right-column edge, the first with a label.
  if (i + 1 >= lines.size() || !IsTwoColumn(lines[i], 1e9)) return false;
  const PdfLine& a = lines[i];
  const PdfLine& b = lines[i + 1];
  double rx = a.segments[1].x0;
  if (Pitch(b, &a) > 2.5 * std::max(a.size, 1.0)) return false;
  double bx = b.segments.size() == 2 ? b.segments[1].x0 : b.segments[0].x0;
  return b.segments.size() <= 2 && Near(bx, rx) &&
         (b.segments.size() == 2 || b.segments[0].x0 > a.segments[0].x1);
}

bool PdfBlockBuilder::ContinuesTable(const PdfLine& line, const PdfLine* prev) const {
  const Table& t = table_;
  if (line.segments.size() == 2) {
    return Near(line.segments[1].x0, t.right_x) && Near(line.segments[0].x0, t.label_x);
  }
  if (line.segments.size() != 1) return false;
  const PdfSegment& s = line.segments[0];
  if (Near(s.x0, t.right_x)) return true;  // the right column goes on
  // A label wrapping onto a line of its own, close below the previous line.
  return prev != nullptr && Near(s.x0, t.label_x) && s.x1 < t.right_x - kColumnTolerance &&
         Pitch(line, prev) <= kParagraphPitch * std::max(line.size, 1.0) && !line.bold;
}

void PdfBlockBuilder::AddTableLine(const PdfLine& line, const PdfLine* prev, int page) {
  Table& t = table_;
  bool two = line.segments.size() == 2;
  bool new_row =
      t.row < 0 ||
      (two && (!t.prev_two_col || Pitch(line, prev) > kParagraphPitch * std::max(t.size, 1.0)));
  if (new_row) {
    FlushRow();
    ++t.row;
    t.label.clear();
    t.row_has_label_block = false;
  } else if (page != t.page) {
    FlushRow();  // the row goes on over a page break: same row and label, new block
  }
  t.page = page;
  auto add = [](std::string& text, std::optional<BBox>& box, const PdfSegment& s) {
    if (!text.empty()) text += '\n';
    text += s.Text();
    Extend(box, SegmentBox(s));
  };
  if (two) {
    add(t.left_text, t.left_box, line.segments[0]);
    add(t.right_text, t.right_box, line.segments[1]);
  } else if (Near(line.segments[0].x0, t.right_x)) {
    add(t.right_text, t.right_box, line.segments[0]);
  } else {
    add(t.left_text, t.left_box, line.segments[0]);
  }
  t.prev_two_col = two;
}

void PdfBlockBuilder::AddTextLine(const PdfLine& line, const PdfLine* prev, int page) {
  std::string text = line.Text();
  PendingText& p = pending_;
  double em = std::max(line.size, 1.0);
  bool far = Pitch(line, prev) > kParagraphPitch * std::max(em, p.size);
  bool style_change = p.open && (std::abs(line.size - p.size) > 0.75 || line.bold != p.bold);
  int level = HeadingLevel(line, text);
  std::string marker, rest;
  bool item = level == 0 && SplitListMarker(text, marker, rest);
  double x0 = line.box.x0;

  bool continues = p.open && !far && !style_change && !item;
  if (continues && p.block.kind == BlockKind::kHeading) continues = level > 0;
  if (continues && p.block.kind == BlockKind::kListItem) continues = x0 > p.x0 + 2;
  if (continues && p.block.kind == BlockKind::kParagraph) {
    continues = level == 0 && x0 < p.x0 + 8;  // an indented first line starts a paragraph
  }
  if (continues) {
    p.text += '\n';
    p.text += text;
    p.block.prov.bbox = Union(*p.block.prov.bbox, line.box);
    return;
  }
  Flush();
  p.open = true;
  p.block = Block{};
  p.block.prov.page = page;
  p.block.prov.bbox = line.box;
  p.x0 = x0;
  p.size = line.size;
  p.bold = line.bold;
  if (level > 0) {
    p.block.kind = BlockKind::kHeading;
    p.block.heading_level = level;
    p.text = text;
  } else if (item) {
    p.block.kind = BlockKind::kListItem;
    p.block.list_label = marker;
    p.text = rest;
  } else {
    p.text = text;
  }
}

void PdfBlockBuilder::AddPage(const PdfPageLines& page) {
  Flush();  // paragraphs do not run on over a page break: each block has one page
  const std::vector<PdfLine>& lines = page.lines;
  const PdfLine* prev = nullptr;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& line = lines[i];
    if (table_.open && !ContinuesTable(line, prev)) EndTable();
    if (!table_.open && TableStartsAt(lines, i) && IsTwoColumn(line, page.width)) {
      Flush();
      table_.open = true;
      table_.index = tables_++;
      table_.label_x = line.segments[0].x0;
      table_.right_x = line.segments[1].x0;
      table_.size = line.size;
    }
    if (table_.open) {
      AddTableLine(line, prev, page.page);
    } else {
      AddTextLine(line, prev, page.page);
    }
    prev = &line;
  }
  Flush();
}

void PdfBlockBuilder::AddBlocks(std::vector<Block> blocks) {
  Flush();
  EndTable();
  for (Block& b : blocks) blocks_.push_back(std::move(b));
}

std::vector<Block> PdfBlockBuilder::Take() {
  Flush();
  EndTable();
  std::vector<Block> out = std::move(blocks_);
  blocks_.clear();
  return out;
}

}  // namespace ehcp
