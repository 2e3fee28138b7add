#include "extractors/cleanup/cleanup.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Characters replaced before NFKC: typographic punctuation that NFKC keeps as is.
struct CharRule {
  UChar32 from;
  const char* to;  // "" removes the character
};

constexpr std::array kCharRules = {
    CharRule{0x2018, "'"},  CharRule{0x2019, "'"},  CharRule{0x201A, "'"},  CharRule{0x201B, "'"},
    CharRule{0x2032, "'"},  CharRule{0x201C, "\""}, CharRule{0x201D, "\""}, CharRule{0x201E, "\""},
    CharRule{0x201F, "\""}, CharRule{0x2033, "\""}, CharRule{0x2010, "-"},  CharRule{0x2011, "-"},
    CharRule{0x2012, "-"},  CharRule{0x2013, "-"},  CharRule{0x2014, "-"},  CharRule{0x2015, "-"},
    CharRule{0x2212, "-"},  CharRule{0x00AD, ""},   CharRule{0x200B, ""},   CharRule{0x200C, ""},
    CharRule{0x200D, ""},   CharRule{0x2060, ""},   CharRule{0xFEFF, ""},   CharRule{0xFFFE, ""},
};

const char* Replacement(UChar32 c) {
  for (const CharRule& r : kCharRules) {
    if (r.from == c) return r.to;
  }
  return nullptr;
}

// NFKC of a UTF-8 string; on ICU failure the input is returned unchanged.
std::string Nfkc(const std::string& s) {
  // ASCII is its own NFKC form; most report text is ASCII, and ICU's conversions cost time.
  if (std::all_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return s;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) return s;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  icu::UnicodeString out = nfkc->normalize(u, err);
  if (U_FAILURE(err)) return s;
  std::string result;
  out.toUTF8String(result);
  return result;
}

// Maps typographic characters, drops invisible ones and turns control characters into spaces.
std::string MapCharacters(std::string_view in) {
  std::string repaired;
  std::string_view fixed = in;
  if (!IsValidUtf8(in)) fixed = repaired = FixUtf8(in);
  std::string out;
  out.reserve(fixed.size());
  const auto* p = reinterpret_cast<const uint8_t*>(fixed.data());
  int32_t n = static_cast<int32_t>(fixed.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0x80) {  // ASCII: nothing to map but control characters
      out += (p[i] < 0x20 || p[i] == 0x7F) ? ' ' : static_cast<char>(p[i]);
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (const char* r = Replacement(c)) {
      out += r;
    } else if (u_iscntrl(c) || u_charType(c) == U_FORMAT_CHAR) {
      out += ' ';
    } else {
      out.append(fixed.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// First parts of compounds that keep their hyphen when split at a line end ("well-|being").
constexpr std::array<std::string_view, 64> kCompoundHeads = {
    "well",  "self",   "non",    "co",     "ex",     "semi",  "multi",    "anti",
    "cross", "half",   "full",   "part",   "long",   "short", "high",     "low",
    "one",   "two",    "three",  "four",   "five",   "six",   "seven",    "eight",
    "nine",  "ten",    "twelve", "first",  "second", "third", "age",      "year",
    "day",   "week",   "month",  "term",   "school", "home",  "peer",     "fine",
    "gross", "task",   "turn",   "follow", "face",   "hand",  "eye",      "play",
    "child", "family", "person", "pupil",  "small",  "large", "evidence", "problem",
    "socio", "post",   "pre",    "sign",   "on",     "off",   "in",       "out"};

// Second parts that mark a real compound ("evidence-|based", "self-|esteem").
constexpr std::array<std::string_view, 24> kCompoundTails = {
    "being", "esteem", "based",    "led",   "related",    "centred", "centered",   "focused",
    "term",  "time",   "specific", "aware", "regulation", "care",    "confidence", "to-one",
    "one",   "up",     "down",     "going", "friendly",   "hand",    "management", "assessment"};

// The letters of the word that ends `s` (before a trailing hyphen).
std::string LastWord(std::string_view s) {
  size_t end = s.size();
  size_t b = end;
  while (b > 0 && IsAsciiLetter(s[b - 1])) --b;
  return ToLowerAscii(s.substr(b, end - b));
}

std::string FirstWord(std::string_view s) {
  size_t e = 0;
  while (e < s.size() && (IsAsciiLetter(s[e]) || s[e] == '-')) ++e;
  return ToLowerAscii(s.substr(0, e));
}

template <size_t N>
bool InTable(const std::array<std::string_view, N>& table, std::string_view w) {
  return std::find(table.begin(), table.end(), w) != table.end();
}

// How to join `prev` (ending in '-') to `next`: true keeps the hyphen.
bool KeepHyphen(std::string_view prev, std::string_view next, std::string_view whole) {
  std::string_view stem = prev.substr(0, prev.size() - 1);
  if (stem.empty()) return true;
  char before = stem.back();
  if (!IsAsciiLetter(before)) return true;                  // "6-|week", "(a)-|b"
  if (next.empty() || !IsLower(next.front())) return true;  // "Covid-|19", "Anglo-|Saxon"
  std::string head = LastWord(stem);
  std::string tail = FirstWord(next);
  if (InTable(kCompoundHeads, head) || InTable(kCompoundTails, tail)) return true;
  // The paragraph itself spells the compound with a hyphen elsewhere.
  std::string compound = head + "-" + tail;
  return !head.empty() && ContainsIgnoreCase(whole, compound);
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  return CollapseSpaces(Nfkc(MapCharacters(text)));
}

std::string JoinLines(std::string_view text) {
  std::vector<std::string> lines;
  for (const std::string& l : Split(text, '\n')) {
    std::string t(Trim(l));
    if (!t.empty()) lines.push_back(std::move(t));
  }
  std::string out;
  for (const std::string& line : lines) {
    if (out.empty()) {
      out = line;
      continue;
    }
    bool hyphen_end = out.back() == '-' && out.size() >= 2 && out[out.size() - 2] != ' ';
    if (!hyphen_end) {
      out += ' ';
      out += line;
    } else if (KeepHyphen(out, line, text)) {
      out += line;
    } else {
      out.pop_back();
      out += line;
    }
  }
  return out;
}

std::string FurnitureKey(std::string_view line) {
  std::string t = ToLowerAscii(CollapseSpaces(MapCharacters(line)));
  std::string out;
  for (char c : t) {
    if (IsAsciiDigit(c)) {
      if (out.empty() || out.back() != '#') out += '#';
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// Shapes of lines that are page furniture on their own, after FurnitureKey, with spaces
// around '/', '-' and '&' removed and dashes trimmed from both ends ("- 3 -" -> "#").
constexpr std::array<std::string_view, 30> kFurnitureShapes = {"#",  // 3, - 3 -
                                                               "page #",
                                                               "page # of #",
                                                               "page #/#",
                                                               "pg #",
                                                               "pg. #",
                                                               "p #",
                                                               "p. #",
                                                               "p.#",
                                                               "#/#",
                                                               "# of #",
                                                               "[#]",
                                                               "(#)",
                                                               "strictly confidential",
                                                               "confidential",
                                                               "private and confidential",
                                                               "private&confidential",
                                                               "confidential-not for circulation",
                                                               "official",
                                                               "official-sensitive",
                                                               "official sensitive",
                                                               "official-sensitive-personal",
                                                               "official-sensitive: personal",
                                                               "restricted",
                                                               "sensitive",
                                                               "protect",
                                                               "continued",
                                                               "continued overleaf",
                                                               "cont.",
                                                               "contd."};

// The shape of a line for kFurnitureShapes.
std::string FurnitureShape(std::string_view line) {
  std::string key = FurnitureKey(line);
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == ' ') {
      char prev = out.empty() ? ' ' : out.back();
      char next = i + 1 < key.size() ? key[i + 1] : ' ';
      bool joiner =
          prev == '/' || prev == '-' || prev == '&' || next == '/' || next == '-' || next == '&';
      if (joiner) continue;
    }
    out += c;
  }
  size_t b = out.find_first_not_of("- ");
  if (b == std::string::npos) return "";
  size_t e = out.find_last_not_of("- ");
  return out.substr(b, e - b + 1);
}

}  // namespace

bool IsPageFurniture(std::string_view line) {
  // Printable ASCII other than space survives mapping and collapsing one for one: more than 60
  // such characters make the cleaned line too long to be furniture (paragraphs leave here).
  if (std::count_if(line.begin(), line.end(), [](char c) { return c > 0x20 && c < 0x7F; }) > 60) {
    return false;
  }
  std::string t = CollapseSpaces(MapCharacters(line));
  if (t.empty() || t.size() > 60) return false;
  std::string shape = FurnitureShape(t);
  if (shape == "#") {  // a lone number: a page number has at most three digits
    size_t digits = static_cast<size_t>(std::count_if(t.begin(), t.end(), IsAsciiDigit));
    return digits <= 3;
  }
  return std::find(kFurnitureShapes.begin(), kFurnitureShapes.end(), shape) !=
         kFurnitureShapes.end();
}

void CleanupDocument(Document& doc) {
  // Kept blocks are compacted in place: nothing moves until a block is dropped.
  size_t kept = 0;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    b.text = NormalizeText(b.text);
    b.label = NormalizeText(b.label);
    b.list_label = NormalizeText(b.list_label);
    b.column_header = NormalizeText(b.column_header);
    if (b.text.empty()) continue;
    if (b.kind != BlockKind::kTableCell && IsPageFurniture(b.text)) continue;
    if (kept != i) doc.blocks[kept] = std::move(b);
    ++kept;
  }
  doc.blocks.erase(doc.blocks.begin() + static_cast<std::ptrdiff_t>(kept), doc.blocks.end());
  doc.Finalize();
}

}  // namespace ehcp
