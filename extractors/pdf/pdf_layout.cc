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
constexpr double kColumnGap = 0.8;  // the least gap between a label and its row's text
constexpr double kIndent = 4;       // how far a cell's text may start right of its column edge
constexpr double kTableGap = 4;     // a wider baseline pitch ends a table

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

// "Social care advice | Page 1 of 1": a footer whose parts, split at '|', include a page
// number. Found on a document of one page, where nothing repeats.
bool HasPageNumberPart(std::string_view s) {
  std::vector<std::string> parts = Split(s, '|');
  return parts.size() >= 2 && std::any_of(parts.begin(), parts.end(),
                                          [](const std::string& p) { return IsPageFurniture(p); });
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

bool IsTwoColumn(const PdfLine& l, double page_width) {
  if (l.segments.size() != 2) return false;
  const PdfSegment& left = l.segments[0];
  return left.x1 - left.x0 < 0.45 * page_width && left.x0 < l.segments[1].x0;
}

bool Near(double a, double b) { return std::abs(a - b) <= kColumnTolerance; }

// Where the text column starts on line `b` of a table whose first line is `a`: a little
// further right than on `a` (a bulleted cell) or a little further left (an indented first
// line). A line whose one segment starts at the label holds its label and text together.
double TextEdge(const PdfLine& a, const PdfLine& b) {
  double lx = a.segments[0].x0, rx = a.segments[1].x0;
  double bx = b.segments.back().x0;
  return bx > lx + kColumnTolerance ? std::min(rx, bx) : rx;
}

// A row label as context: "Date of birth:" -> "Date of birth".
std::string LabelText(std::string_view text) {
  std::string label = CollapseSpaces(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

// Words that leave a label unfinished at the end of a line ("Communication and").
constexpr std::array<std::string_view, 13> kConnectors = {
    "and", "or", "of", "the", "to", "for", "with", "in", "on", "a", "an", "&", "and/or"};

bool EndsWithConnector(std::string_view text) {
  std::string t(Trim(text));
  if (t.empty()) return false;
  if (t.back() == ',' || t.back() == '/' || t.back() == '-') return true;
  size_t sp = t.find_last_of(" \n");
  std::string last = ToLowerAscii(sp == std::string::npos ? t : t.substr(sp + 1));
  return std::find(kConnectors.begin(), kConnectors.end(), last) != kConnectors.end();
}

// Ends like a finished sentence or a lead-in (". ! ? : ;"), perhaps before a closing quote or
// bracket.
bool EndsComplete(std::string_view text) {
  std::string_view t = Trim(text);
  for (;;) {
    if (!t.empty() && (t.back() == '"' || t.back() == '\'' || t.back() == ')' || t.back() == ']')) {
      t.remove_suffix(1);
    } else if (EndsWith(t, "\xE2\x80\x9D") || EndsWith(t, "\xE2\x80\x99")) {
      t.remove_suffix(3);  // a closing curly quote
    } else {
      break;
    }
  }
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

bool StartsLower(std::string_view text) {
  std::string_view t = Trim(text);
  return !t.empty() && t.front() >= 'a' && t.front() <= 'z';
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
    auto it = seen.find(FurnitureKey(text));
    int n = it == seen.end() ? 0 : it->second;
    return n >= 2 && n * 2 > text_pages;
  };
  auto furniture = [&](const std::string& text) {
    return repeated(text) || IsPageFurniture(text) || IsWebAddress(text) || HasPageNumberPart(text);
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

namespace {

// Counts for HasUsableTextLayer, word by word.
class TextLayerTally {
 public:
  void Add(std::string_view word) {
    // Most words are printable ASCII without spaces: one token, one byte per character.
    if (!word.empty() &&
        std::all_of(word.begin(), word.end(), [](char c) { return c > 0x20 && c < 0x7F; })) {
      AddToken(word, word.size());
      return;
    }
    for (const std::string& t : Split(CollapseSpaces(word), ' ')) {
      if (!t.empty()) AddToken(t, Utf8Length(t));
    }
  }
  bool Usable() const { return chars_ >= 20 && wordlike_ * 10 >= tokens_ * 6; }

 private:
  void AddToken(std::string_view token, size_t chars) {
    ++tokens_;
    chars_ += chars;
    if (IsWordLike(token)) ++wordlike_;
  }
  size_t chars_ = 0, tokens_ = 0, wordlike_ = 0;
};

}  // namespace

bool HasUsableTextLayer(const std::vector<PdfWord>& words) {
  TextLayerTally tally;
  for (const PdfWord& w : words) tally.Add(w.text);
  return tally.Usable();
}

bool HasUsableTextLayer(const PdfPageLines& page) {
  TextLayerTally tally;
  for (const PdfLine& l : page.lines) {
    for (const PdfSegment& s : l.segments) {
      for (const PdfWord& w : s.words) tally.Add(w.text);
    }
  }
  return tally.Usable();
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
  std::string label = JoinLines(t.label);
  bool header = t.header && t.row == 0;
  auto cell = [&](int col, std::string text, int page, const std::optional<BBox>& box) {
    Block b;
    b.kind = BlockKind::kTableCell;
    b.text = std::move(text);
    b.table = t.index;
    b.row = t.row;
    b.col = col;
    b.prov.page = page;
    b.prov.bbox = box;
    return b;
  };
  if (!label.empty()) blocks_.push_back(cell(0, label, t.label_page, t.label_box));
  for (CellPart& part : t.parts) {
    Block b = cell(1, JoinLines(part.text), part.page, part.box);
    if (!header) b.label = LabelText(label);
    b.list_label = part.list_label;
    if (!b.text.empty()) blocks_.push_back(std::move(b));
  }
  t.label.clear();
  t.label_box.reset();
  t.label_y_page = 0;
  t.parts.clear();
}

void PdfBlockBuilder::EndTable() {
  if (!table_.open) return;
  FlushRow();
  table_ = Table{};
}

std::optional<PdfBlockBuilder::TableLine> PdfBlockBuilder::SplitAtColumn(const PdfLine& line,
                                                                         double label_x,
                                                                         double right_x) {
  std::vector<PdfWord> left, right;
  for (const PdfSegment& s : line.segments) {
    for (const PdfWord& w : s.words) {
      (w.box.x0 >= right_x - kColumnTolerance ? right : left).push_back(w);
    }
  }
  double em = std::max(line.size, 1.0);
  TableLine out;
  if (!left.empty()) {
    // The label starts at the label column and ends clear of the text column.
    if (!Near(left.front().box.x0, label_x)) return std::nullopt;
    double x1 = 0;
    for (const PdfWord& w : left) x1 = std::max(x1, w.box.x1);
    if (x1 > right_x - kColumnTolerance) return std::nullopt;
    if (!right.empty() && right.front().box.x0 - x1 < kColumnGap * em) return std::nullopt;
    out.left = PdfSegment{left, left.front().box.x0, x1};
  }
  if (!right.empty()) {
    double x1 = 0;
    for (const PdfWord& w : right) x1 = std::max(x1, w.box.x1);
    out.right = PdfSegment{right, right.front().box.x0, x1};
  }
  if (!out.left && !out.right) return std::nullopt;
  return out;
}

bool PdfBlockBuilder::TableStartsAt(const std::vector<PdfLine>& lines, size_t i,
                                    double page_width) const {
  // Two consecutive lines with the same right-column edge, the first with a label.
  if (i + 1 >= lines.size() || !IsTwoColumn(lines[i], page_width)) return false;
  const PdfLine& a = lines[i];
  const PdfLine& b = lines[i + 1];
  double em = std::max(a.size, 1.0);
  if (Pitch(b, &a) > 2.5 * em || b.segments.size() > 2) return false;
  double lx = a.segments[0].x0;
  double rx = a.segments[1].x0;
  std::optional<TableLine> parts = SplitAtColumn(b, lx, TextEdge(a, b));
  if (!parts) return false;
  if (parts->right) {
    return parts->right->x0 >= rx - kColumnTolerance - em && parts->right->x0 <= rx + kIndent * em;
  }
  // A label wrapping onto its own line.
  return Pitch(b, &a) <= kParagraphPitch * em && parts->left->x1 < rx - kColumnTolerance;
}

bool PdfBlockBuilder::ContinuesTable(const PdfLine& line, const TableLine& parts,
                                     const PdfLine* prev) const {
  const Table& t = table_;
  double em = std::max(t.size, 1.0);
  if (std::abs(line.size - t.size) > 0.75) return false;
  if (parts.left && parts.right) return true;  // a row with its label
  if (parts.right) {
    // Text far below the table in the right half of the page is not a cell's next line.
    return prev == nullptr || Pitch(line, prev) <= kTableGap * em;
  }
  // A label on a line of its own: the label wrapping, close below its line above.
  if (page_start_) return ContinuesLabel(parts, 0);
  return prev != nullptr && Pitch(line, prev) <= kParagraphPitch * em && !t.label.empty() &&
         t.label_y_page != 0;
}

bool PdfBlockBuilder::ContinuesLabel(const TableLine& parts, int page) const {
  const Table& t = table_;
  if (t.row < 0 || (t.header && t.row == 0) || t.label.empty() || t.label_y_page == 0) {
    return false;
  }
  if (EndsWith(Trim(t.label), ":")) return false;  // "Name:" then "Date of birth:"
  if (page_start_) {
    // The row ran over the page break if its label or its text was left unfinished.
    if (EndsWithConnector(t.label)) return true;
    return parts.right && StartsLower(parts.right->Text()) && !t.parts.empty() &&
           !EndsComplete(t.parts.back().text);
  }
  double em = std::max(t.size, 1.0);
  double base = parts.left->words.front().box.y1;
  return page == t.label_y_page && base - t.label_y <= kParagraphPitch * em;
}

void PdfBlockBuilder::StartTable(const std::vector<PdfLine>& lines, size_t i) {
  Flush();
  const PdfLine& a = lines[i];
  Table& t = table_;
  t = Table{};
  t.open = true;
  t.index = tables_++;
  t.label_x = a.segments[0].x0;
  t.right_x = a.segments[1].x0;
  t.size = a.size;
  if (std::optional<TableLine> b =
          SplitAtColumn(lines[i + 1], t.label_x, TextEdge(a, lines[i + 1]))) {
    if (b->right) t.right_x = std::min(t.right_x, b->right->x0);
  }
  // A header row: bold all through, above a row whose text is not bold.
  auto bold = [](const PdfSegment& s) {
    return std::all_of(s.words.begin(), s.words.end(), [](const PdfWord& w) { return w.bold; });
  };
  std::optional<TableLine> next = SplitAtColumn(lines[i + 1], t.label_x, t.right_x);
  t.header =
      bold(a.segments[0]) && bold(a.segments[1]) && next && next->right && !bold(*next->right);
  t.first_row_key = FurnitureKey(a.Text());
}

void PdfBlockBuilder::AddCellText(const PdfSegment& s, int page) {
  Table& t = table_;
  std::string text = s.Text();
  std::string marker, rest;
  bool item = SplitListMarker(text, marker, rest);
  BBox box = SegmentBox(s);
  if (!item && !t.parts.empty()) {
    CellPart& last = t.parts.back();
    // A list item goes on on lines indented past its marker; plain text goes on under itself.
    bool goes_on = last.list_label.empty() || s.x0 > last.x0 + 2;
    if (goes_on) {
      last.text += '\n';
      last.text += text;
      if (last.page == page) last.box = Union(last.box, box);
      return;
    }
  }
  CellPart part;
  part.text = item ? rest : text;
  part.list_label = item ? marker : "";
  part.page = page;
  part.box = box;
  part.x0 = s.x0;
  t.parts.push_back(std::move(part));
}

void PdfBlockBuilder::AddTableLine(const TableLine& parts, int page) {
  Table& t = table_;
  if (parts.left && (t.row < 0 || !ContinuesLabel(parts, page))) {
    FlushRow();
    ++t.row;
  } else if (t.row < 0) {
    ++t.row;  // text before any label
  }
  if (parts.left) {
    const PdfSegment& l = *parts.left;
    if (t.label.empty()) t.label_page = page;
    if (!t.label.empty()) t.label += '\n';
    t.label += l.Text();
    if (page == t.label_page) Extend(t.label_box, SegmentBox(l));
    t.label_y = l.words.front().box.y1;
    t.label_y_page = page;
  }
  if (parts.right) AddCellText(*parts.right, page);
}

bool PdfBlockBuilder::ContinuesOverPage(const PdfLine& line) const {
  const PendingText& p = pending_;
  if (!p.open || p.block.kind == BlockKind::kHeading) return false;
  if (std::abs(line.size - p.size) > 0.75 || line.bold != p.bold) return false;
  std::string text = line.Text();
  if (!StartsLower(text) || EndsComplete(p.text)) return false;
  std::string marker, rest;
  if (SplitListMarker(text, marker, rest)) return false;
  double x0 = line.box.x0;
  if (p.block.kind == BlockKind::kListItem) return x0 > p.x0 + 2 && x0 < p.x0 + 40;
  // Under the paragraph's first line, or left of it when that line was indented.
  return x0 <= p.x0 + kColumnTolerance && x0 >= p.x0 - 3 * std::max(p.size, 1.0);
}

void PdfBlockBuilder::AddTextLine(const PdfLine& line, const PdfLine* prev, int page) {
  std::string text = line.Text();
  PendingText& p = pending_;
  if (page_start_ && ContinuesOverPage(line)) {
    // The paragraph runs on from the foot of the last page: same block, which keeps the
    // page and box where it starts.
    p.text += '\n';
    p.text += text;
    return;
  }
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
    if (p.block.prov.page == page) p.block.prov.bbox = Union(*p.block.prov.bbox, line.box);
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

std::optional<std::vector<std::vector<PdfWord>>> PdfBlockBuilder::SplitGridLine(
    const PdfLine& line, const std::vector<double>& edges) {
  std::vector<std::vector<PdfWord>> columns(edges.size());
  for (const PdfSegment& s : line.segments) {
    for (const PdfWord& w : s.words) {
      if (w.box.x0 < edges.front() - kColumnTolerance) return std::nullopt;
      size_t c = 0;
      while (c + 1 < edges.size() && w.box.x0 >= edges[c + 1] - kColumnTolerance) ++c;
      if (c + 1 < edges.size() && w.box.x1 > edges[c + 1] - kColumnTolerance) return std::nullopt;
      columns[c].push_back(w);
    }
  }
  return columns;
}

bool PdfBlockBuilder::GridStartsAt(const std::vector<PdfLine>& lines, size_t i,
                                   double page_width) const {
  // A header row of three or more segments, all on the page's left-to-right order, then a line
  // of the same size, close below, whose cells start at two or more of its edges.
  if (i + 1 >= lines.size() || lines[i].segments.size() < 3) return false;
  const PdfLine& a = lines[i];
  const PdfLine& b = lines[i + 1];
  double em = std::max(a.size, 1.0);
  if (Pitch(b, &a) > kTableGap * em || std::abs(b.size - a.size) > 0.75) return false;
  if (a.box.x1 - a.box.x0 < 0.3 * page_width) return false;
  std::vector<double> edges;
  for (const PdfSegment& seg : a.segments) edges.push_back(seg.x0);
  std::optional<std::vector<std::vector<PdfWord>>> cols = SplitGridLine(b, edges);
  if (!cols) return false;
  int together = 0;
  for (size_t c = 0; c < cols->size(); ++c) {
    if (!(*cols)[c].empty() && Near((*cols)[c].front().box.x0, edges[c])) ++together;
  }
  return together >= 2;
}

void PdfBlockBuilder::StartGrid(const PdfLine& header) {
  Flush();
  Grid& g = grid_;
  g = Grid{};
  g.open = true;
  g.index = tables_++;
  for (const PdfSegment& seg : header.segments) g.edges.push_back(seg.x0);
  g.size = header.size;
  g.header_key = FurnitureKey(header.Text());
  g.cells.assign(g.edges.size(), {});
  g.headers.assign(g.edges.size(), "");
}

bool PdfBlockBuilder::ContinuesGrid(const PdfLine& line, int page) const {
  const Grid& g = grid_;
  double em = std::max(g.size, 1.0);
  if (std::abs(line.size - g.size) > 0.75) return false;
  if (page == g.last_page && line.box.y1 - g.last_y > kTableGap * em) return false;
  return true;
}

void PdfBlockBuilder::FlushGridRow() {
  Grid& g = grid_;
  bool any = false;
  for (size_t c = 0; c < g.cells.size(); ++c) {
    Grid::Cell& cell = g.cells[c];
    if (cell.text.empty()) continue;
    any = true;
    Block b;
    b.kind = BlockKind::kTableCell;
    b.text = JoinLines(cell.text);
    b.table = g.index;
    b.row = g.row;
    b.col = static_cast<int>(c);
    b.prov.page = cell.page;
    b.prov.bbox = cell.box;
    if (g.row == 0) {
      b.header_cell = true;
      g.headers[c] = CollapseSpaces(b.text);
    } else {
      b.column_header = g.headers[c];
    }
    if (!b.text.empty()) blocks_.push_back(std::move(b));
    cell = Grid::Cell{};
  }
  if (any) ++g.row;
}

void PdfBlockBuilder::EndGrid() {
  if (!grid_.open) return;
  FlushGridRow();
  grid_ = Grid{};
}

void PdfBlockBuilder::AddGridLine(const PdfLine& line, std::vector<std::vector<PdfWord>> columns,
                                  int page) {
  Grid& g = grid_;
  double em = std::max(g.size, 1.0);
  // A row ends where cells start again below a gap, or at a page break.
  if (g.last_page != 0 && (page != g.last_page || line.box.y1 - g.last_y > kParagraphPitch * em)) {
    FlushGridRow();
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].empty()) continue;
    PdfSegment seg{columns[c], columns[c].front().box.x0, columns[c].back().box.x1};
    Grid::Cell& cell = g.cells[c];
    if (!cell.text.empty()) cell.text += '\n';
    cell.text += seg.Text();
    if (cell.page == 0) cell.page = page;
    if (cell.page == page) {
      BBox box = SegmentBox(seg);
      Extend(cell.box, box);
    }
  }
  g.last_y = line.box.y1;
  g.last_page = page;
}

void PdfBlockBuilder::AddPage(const PdfPageLines& page) {
  const std::vector<PdfLine>& lines = page.lines;
  const PdfLine* prev = nullptr;
  page_start_ = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    const PdfLine& line = lines[i];
    if (line.segments.size() >= 2) {
      // A table's header row repeated at the top of the page: not content.
      std::string key = FurnitureKey(line.Text());
      if (page_start_ && ((line.bold && header_keys_.count(key) > 0) ||
                          (table_.open && key == table_.first_row_key))) {
        continue;
      }
      if (line.bold) header_keys_.insert(key);
    }
    if (grid_.open) {
      // The grid's header row repeated at the top of a page is not content.
      if (page_start_ && FurnitureKey(line.Text()) == grid_.header_key) continue;
      std::optional<std::vector<std::vector<PdfWord>>> cols;
      if (ContinuesGrid(line, page.page)) cols = SplitGridLine(line, grid_.edges);
      if (cols) {
        AddGridLine(line, std::move(*cols), page.page);
        page_start_ = false;
        prev = &line;
        continue;
      }
      EndGrid();
    }
    if (!table_.open && GridStartsAt(lines, i, page.width)) {
      StartGrid(line);
      AddGridLine(line, *SplitGridLine(line, grid_.edges), page.page);
      page_start_ = false;
      prev = &line;
      continue;
    }
    std::optional<TableLine> parts;
    if (table_.open) {
      parts = SplitAtColumn(line, table_.label_x, table_.right_x);
      if (!parts || !ContinuesTable(line, *parts, prev)) EndTable();
    }
    if (!table_.open && TableStartsAt(lines, i, page.width)) {
      StartTable(lines, i);
      parts = SplitAtColumn(line, table_.label_x, table_.right_x);
    }
    if (table_.open && parts) {
      AddTableLine(*parts, page.page);
    } else {
      AddTextLine(line, prev, page.page);
    }
    page_start_ = false;
    prev = &line;
  }
}

void PdfBlockBuilder::AddBlocks(std::vector<Block> blocks) {
  Flush();
  EndTable();
  EndGrid();
  for (Block& b : blocks) blocks_.push_back(std::move(b));
}

std::vector<Block> PdfBlockBuilder::Take() {
  Flush();
  EndTable();
  EndGrid();
  std::vector<Block> out = std::move(blocks_);
  blocks_.clear();
  return out;
}

}  // namespace ehcp
