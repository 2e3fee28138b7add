#include "extractors/text/text_extractor.h"

#include <unicode/unistr.h>

#include <optional>
#include <vector>

#include "extractors/cleanup/cleanup.h"
#include "extractors/sniff.h"
#include "extractors/text/list_marker.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// A Markdown heading "## Title ##" -> level 2, "Title"; nullopt when the line is not one.
std::optional<std::pair<int, std::string_view>> AtxHeading(std::string_view line) {
  size_t indent = 0;
  while (indent < line.size() && indent < 3 && line[indent] == ' ') ++indent;
  std::string_view s = line.substr(indent);
  size_t level = 0;
  while (level < s.size() && s[level] == '#') ++level;
  if (level == 0 || level > 6) return std::nullopt;
  if (level < s.size() && s[level] != ' ' && s[level] != '\t') return std::nullopt;
  std::string_view text = Trim(s.substr(level));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  return std::make_pair(static_cast<int>(level), text);
}

// A line made only of `c` (at least three) and spaces: "===", "- - -".
bool IsRuleOf(std::string_view line, char c) {
  std::string_view s = Trim(line);
  size_t count = 0;
  for (char ch : s) {
    if (ch == c) {
      ++count;
    } else if (ch != ' ') {
      return false;
    }
  }
  return count >= 3;
}

bool IsTableLine(std::string_view line) { return StartsWith(Trim(line), "|"); }

// "|---|:--:|" separates a Markdown table's header from its body.
bool IsTableSeparator(std::string_view line) {
  std::string_view s = Trim(line);
  bool dash = false;
  for (char c : s) {
    if (c == '-') {
      dash = true;
    } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return dash;
}

std::vector<std::string> TableCells(std::string_view line) {
  std::string_view s = Trim(line);
  if (StartsWith(s, "|")) s.remove_prefix(1);
  if (EndsWith(s, "|") && !EndsWith(s, "\\|")) s.remove_suffix(1);
  std::vector<std::string> cells(1);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '|') {
      cells.back() += '|';
      ++i;
    } else if (s[i] == '|') {
      cells.emplace_back();
    } else {
      cells.back() += s[i];
    }
  }
  for (std::string& c : cells) c = std::string(Trim(c));
  return cells;
}

// Drops the commonest inline Markdown: links keep their text, emphasis and code marks go.
std::string StripInline(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') {
      size_t close = s.find(']', i);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        size_t paren = s.find(')', close);
        if (paren != std::string_view::npos) {
          out.append(s.substr(i + 1, close - i - 1));
          i = paren;
          continue;
        }
      }
    }
    if ((s.substr(i, 2) == "**" || s.substr(i, 2) == "__")) {
      ++i;
      continue;
    }
    if (s[i] == '`') continue;
    out += s[i];
  }
  return out;
}

std::string LabelText(std::string_view text) {
  std::string label = CollapseSpaces(text);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  return label;
}

// Builds the blocks while lines are read. One per extraction.
class TextBuilder {
 public:
  TextBuilder(const ExtractOptions& options) : options_(options) {}

  void Line(std::string_view line) {
    if (Trim(line).empty()) return Flush();
    if (StartsWith(Trim(line), "```") || StartsWith(Trim(line), "~~~")) return Flush();
    if (IsTableLine(line)) return TableLine(line);
    if (!rows_.empty()) Flush();
    if (auto h = AtxHeading(line)) {
      Flush();
      return Emit(BlockKind::kHeading, std::string(h->second), h->first, "", page_);
    }
    if (kind_ == Pending::kParagraph && (IsRuleOf(line, '=') || IsRuleOf(line, '-'))) {
      int level = IsRuleOf(line, '=') ? 1 : 2;
      std::string text = JoinLines(Joined());
      lines_.clear();
      kind_ = Pending::kNone;
      return Emit(BlockKind::kHeading, text, level, "", start_page_);
    }
    if (IsRuleOf(line, '-') || IsRuleOf(line, '*') || IsRuleOf(line, '_')) return Flush();
    if (auto marker = ParseListMarker(line)) {
      Flush();
      Start(Pending::kItem);
      label_ = marker->label;
      lines_.emplace_back(marker->rest);
      return;
    }
    if (kind_ == Pending::kNone) Start(Pending::kParagraph);
    lines_.emplace_back(Trim(line));
  }

  void PageBreak() {
    Flush();
    ++page_;
  }

  void Finish(Document& doc) {
    Flush();
    doc.info.pages = page_;
    if (past_max_pages_) {
      doc.info.diagnostics.push_back(
          {options_.max_pages + 1, "only the first " + std::to_string(options_.max_pages) +
                                       " pages were read (the page limit)"});
    }
    doc.blocks = std::move(blocks_);
  }

 private:
  enum class Pending { kNone, kParagraph, kItem };

  void Start(Pending kind) {
    kind_ = kind;
    start_page_ = page_;
  }

  std::string Joined() const {
    std::string text;
    for (const std::string& l : lines_) {
      if (!text.empty()) text += '\n';
      text += l;
    }
    return text;
  }

  void TableLine(std::string_view line) {
    if (rows_.empty()) {
      Flush();
      start_page_ = page_;
    }
    if (IsTableSeparator(line)) {
      if (rows_.size() == 1) header_ = true;
      return;
    }
    rows_.push_back(TableCells(line));
  }

  void Flush() {
    if (kind_ != Pending::kNone) {
      BlockKind kind = kind_ == Pending::kItem ? BlockKind::kListItem : BlockKind::kParagraph;
      Emit(kind, JoinLines(Joined()), 0, kind_ == Pending::kItem ? label_ : "", start_page_);
    }
    kind_ = Pending::kNone;
    lines_.clear();
    label_.clear();
    FlushTable();
  }

  void FlushTable() {
    if (rows_.empty()) return;
    bool two_col = true;
    for (const auto& row : rows_) two_col = two_col && row.size() == 2;
    for (size_t r = 0; r < rows_.size(); ++r) {
      for (size_t c = 0; c < rows_[r].size(); ++c) {
        if (rows_[r][c].empty()) continue;
        Block b;
        b.kind = BlockKind::kTableCell;
        b.text = StripInline(rows_[r][c]);
        b.table = table_;
        b.row = static_cast<int>(r);
        b.col = static_cast<int>(c);
        b.prov.page = start_page_;
        if (two_col && c == 1 && !(header_ && r == 0)) {
          b.label = LabelText(StripInline(rows_[r][0]));
        }
        Push(std::move(b));
      }
    }
    ++table_;
    rows_.clear();
    header_ = false;
  }

  void Emit(BlockKind kind, const std::string& text, int level, const std::string& label,
            int page) {
    Block b;
    b.kind = kind;
    b.text = StripInline(text);
    b.heading_level = level;
    b.list_label = label;
    b.prov.page = page;
    Push(std::move(b));
  }

  void Push(Block b) {
    if (b.prov.page > options_.max_pages) {
      past_max_pages_ = true;
      return;
    }
    blocks_.push_back(std::move(b));
  }

  const ExtractOptions& options_;
  std::vector<Block> blocks_;
  int page_ = 1;
  int start_page_ = 1;
  Pending kind_ = Pending::kNone;
  std::vector<std::string> lines_;
  std::string label_;
  std::vector<std::vector<std::string>> rows_;
  bool header_ = false;
  int table_ = 0;
  bool past_max_pages_ = false;
};

class TextExtractorImpl final : public Extractor {
 public:
  FileFormat format() const override { return FileFormat::kText; }

  StatusOr<Document> Extract(std::string_view bytes, const std::string& name,
                             const ExtractOptions& options) const override {
    (void)name;
    Document doc;
    doc.info.format = FileFormat::kText;
    bool repaired = false;
    std::string text = DecodeText(bytes, &repaired);
    if (repaired) {
      doc.info.diagnostics.push_back(
          {0,
           "some characters are not valid UTF-8 and were replaced; save the file as UTF-8 "
           "to keep them"});
    }
    TextBuilder builder(options);
    for (const std::string& page_or_line : Split(text, '\n')) {
      std::vector<std::string> parts = Split(page_or_line, '\f');
      for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) builder.PageBreak();
        builder.Line(parts[i]);
      }
    }
    builder.Finish(doc);
    return doc;
  }
};

}  // namespace

std::string DecodeText(std::string_view bytes, bool* repaired) {
  *repaired = false;
  std::string utf8;
  if (StartsWith(bytes, "\xff\xfe") || StartsWith(bytes, "\xfe\xff")) {
    const char* codepage = bytes[0] == '\xff' ? "UTF-16LE" : "UTF-16BE";
    bytes.remove_prefix(2);
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), codepage);
    u.toUTF8String(utf8);
  } else {
    if (StartsWith(bytes, "\xef\xbb\xbf")) bytes.remove_prefix(3);
    std::string charset;
    if (IsValidUtf8(bytes)) {
      utf8 = std::string(bytes);
    } else if (std::optional<std::string> legacy = DecodeLegacyText(bytes, &charset)) {
      utf8 = std::move(*legacy);  // Windows-1252 and other 8-bit encodings, found by ICU
    } else {
      utf8 = FixUtf8(bytes);
      *repaired = true;
    }
  }
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r') {
      out += '\n';
      if (i + 1 < utf8.size() && utf8[i + 1] == '\n') ++i;
    } else {
      out += utf8[i];
    }
  }
  return out;
}

const Extractor& TextExtractor() {
  static const TextExtractorImpl kExtractor;
  return kExtractor;
}

}  // namespace ehcp
