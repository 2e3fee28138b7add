#include "extractors/ocr/ocr_layout.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "pipeline/base/text.h"

namespace ehcp::ocr_internal {
namespace {

// How recognisers read list bullets. "o" and "e"-like misreads are ambiguous; only "o" (a
// common bullet in Word documents' second level) is accepted.
constexpr std::array<std::string_view, 12> kBulletGlyphs = {
    "•", "·", "●", "▪", "■", "◦", "»", "-", "–", "—", "*", "o",
};

// Words that keep their hyphen when split at a line end ("self-" + "esteem").
constexpr std::array<std::string_view, 24> kCompoundPrefixes = {
    "self",  "well",  "non",  "co",    "ex",   "semi", "multi", "cross",
    "short", "long",  "full", "part",  "one",  "two",  "high",  "low",
    "age",   "small", "fine", "gross", "year", "term", "key",   "sub",
};

bool IsAsciiLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAsciiLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The last word of `text` before its final hyphen ("the self-" -> "self").
std::string_view WordBeforeHyphen(std::string_view text) {
  std::string_view body = text.substr(0, text.size() - 1);
  size_t start = body.find_last_of(" -");
  return start == std::string_view::npos ? body : body.substr(start + 1);
}

bool IsCompoundPrefix(std::string_view word) {
  const std::string lower = LowerAscii(word);
  return std::find(kCompoundPrefixes.begin(), kCompoundPrefixes.end(), lower) !=
         kCompoundPrefixes.end();
}

// Appends `next` to `joined`, deciding what the line break between them becomes.
void AppendLine(std::string& joined, std::string_view next) {
  if (next.empty()) return;
  if (joined.empty()) {
    joined = next;
    return;
  }
  const size_t n = joined.size();
  const bool hyphen_end = n >= 2 && joined[n - 1] == '-';
  const bool after_letter = hyphen_end && IsAsciiLetter(joined[n - 2]);
  if (after_letter && IsAsciiLower(next[0]) && !IsCompoundPrefix(WordBeforeHyphen(joined))) {
    joined.pop_back();  // "assess-" + "ment"
    joined += next;
  } else if (after_letter || (hyphen_end && IsAsciiDigit(joined[n - 2]))) {
    joined += next;  // "self-" + "esteem", "North-" + "East", "6-" + "week"
  } else {
    joined += ' ';
    joined += next;
  }
}

// Tesseract often reads the pronoun "I" as a vertical bar or a lone "l" ("| like trains").
// A word that is only such a glyph, followed by a word starting with a lower-case letter or an
// apostrophe ("|'m"), is the pronoun.
std::string FixedWord(const OcrLine& line, size_t i) {
  const std::string& w = line.words[i].text;
  bool bar = w == "|" || w == "l" || w == "\xC2\xA6";
  if (bar && i + 1 < line.words.size()) {
    const std::string& next = line.words[i + 1].text;
    if (!next.empty() && IsAsciiLower(next[0]) && next != "l") return "I";
  }
  if ((StartsWith(w, "|'") || StartsWith(w, "|\xE2\x80\x99")) && w.size() > 2)
    return "I" + w.substr(1);
  return w;
}

std::string LineText(const OcrLine& line, size_t first_word) {
  std::string text;
  for (size_t i = first_word; i < line.words.size(); ++i) {
    if (!text.empty()) text += ' ';
    text += FixedWord(line, i);
  }
  return text;
}

// A block being gathered from consecutive lines.
struct Pending {
  BlockKind kind = BlockKind::kParagraph;
  std::string list_label;
  std::vector<std::string> lines;
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double confidence_sum = 0;
  int words = 0;

  void Add(const OcrLine& line, size_t first_word) {
    if (lines.empty()) {
      x0 = line.x0, y0 = line.y0, x1 = line.x1, y1 = line.y1;
    } else {
      x0 = std::min(x0, line.x0), y0 = std::min(y0, line.y0);
      x1 = std::max(x1, line.x1), y1 = std::max(y1, line.y1);
    }
    lines.push_back(LineText(line, first_word));
    for (const OcrWord& w : line.words) confidence_sum += w.confidence, ++words;
  }

  Block ToBlock(int page, int dpi) const {
    const double scale = 72.0 / (dpi > 0 ? dpi : 300);
    Block block;
    block.kind = kind;
    block.list_label = list_label;
    block.text = JoinOcrLines(lines);
    block.prov.page = page;
    block.prov.bbox = BBox{x0 * scale, y0 * scale, x1 * scale, y1 * scale};
    block.prov.confidence = words > 0 ? confidence_sum / words : 0.0;
    return block;
  }
};

}  // namespace

std::string BulletLabel(std::string_view word) {
  const bool bullet =
      std::find(kBulletGlyphs.begin(), kBulletGlyphs.end(), word) != kBulletGlyphs.end();
  return bullet ? "•" : "";
}

std::string JoinOcrLines(const std::vector<std::string>& lines) {
  std::string joined;
  for (const std::string& line : lines) AppendLine(joined, line);
  return joined;
}

std::vector<Block> BuildOcrBlocks(const std::vector<OcrLine>& lines, int page, int dpi) {
  std::vector<Block> blocks;
  Pending pending;
  auto flush = [&] {
    if (!pending.lines.empty()) blocks.push_back(pending.ToBlock(page, dpi));
    pending = Pending{};
  };
  for (const OcrLine& line : lines) {
    if (line.words.empty()) continue;
    const std::string label = line.words.size() > 1 ? BulletLabel(line.words[0].text) : "";
    if (!label.empty()) {
      flush();
      pending.kind = BlockKind::kListItem;
      pending.list_label = label;
      pending.Add(line, 1);
      continue;
    }
    if (line.starts_paragraph) flush();
    pending.Add(line, 0);
  }
  flush();
  return blocks;
}

}  // namespace ehcp::ocr_internal
