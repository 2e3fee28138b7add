#include "mappers/rules/text_scan.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace ehcp::rules {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsDigit(c) || c >= 0x80; }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a UTF-8 dash (en dash, em dash, minus sign, hyphen U+2010/2011) at s[i], or 0.
size_t DashLength(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i]) != 0xE2) return 0;  // every dash starts with 0xE2
  static constexpr std::array<std::string_view, 5> kDashes = {
      "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92", "\xE2\x80\x90", "\xE2\x80\x91"};
  for (std::string_view d : kDashes) {
    if (s.substr(i, d.size()) == d) return d.size();
  }
  return 0;
}

// Length of a curly apostrophe at s[i], or 0.
size_t CurlyApostrophe(std::string_view s, size_t i) {
  return s.substr(i, 3) == "\xE2\x80\x99" ? 3 : 0;
}

size_t Utf8SeqLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

struct NumberWord {
  std::string_view word;
  double value;
};
constexpr std::array<NumberWord, 28> kNumberWords{{
    {"one", 1},      {"two", 2},        {"three", 3},        {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},        {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13},    {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},    {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"forty-five", 45},  {"fifty", 50},    {"sixty", 60},
    {"ninety", 90},  {"single", 1},     {"twenty-five", 25},
}};

}  // namespace

std::vector<Token> Tokenise(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsSpaceByte(c)) {
      ++i;
      continue;
    }
    if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space
      i += 2;
      continue;
    }
    Token t;
    t.begin = i;
    if (size_t d = DashLength(s, i)) {
      t.lower.assign(1, '-');
      i += d;
    } else if (IsDigit(c)) {
      bool dot = false;
      while (i < s.size()) {
        unsigned char d2 = static_cast<unsigned char>(s[i]);
        if (IsDigit(d2)) {
          ++i;
        } else if (d2 == '.' && !dot && i + 1 < s.size() &&
                   IsDigit(static_cast<unsigned char>(s[i + 1]))) {
          dot = true;
          ++i;
        } else {
          break;
        }
      }
      t.is_number = true;
      t.lower = std::string(s.substr(t.begin, i - t.begin));
    } else if (IsAsciiAlpha(c) || c >= 0x80) {
      t.capitalised = c >= 'A' && c <= 'Z';
      while (i < s.size()) {
        unsigned char d2 = static_cast<unsigned char>(s[i]);
        if (DashLength(s, i)) break;
        if (IsAsciiAlpha(d2)) {
          t.lower += Lower(static_cast<char>(d2));
          ++i;
        } else if (d2 >= 0x80 && !CurlyApostrophe(s, i)) {
          size_t n = Utf8SeqLength(d2);
          t.lower.append(s.substr(i, n));
          i += n;
        } else if ((d2 == '\'' || CurlyApostrophe(s, i)) && i + 1 < s.size()) {
          size_t n = d2 == '\'' ? 1 : 3;
          if (i + n < s.size() && IsAsciiAlpha(static_cast<unsigned char>(s[i + n]))) {
            t.lower += '\'';
            i += n;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      if (t.lower.empty()) {  // a lone non-letter byte sequence
        i += Utf8SeqLength(c);
        t.lower = std::string(s.substr(t.begin, i - t.begin));
      } else {
        t.is_word = true;
      }
    } else {
      t.lower = std::string(1, static_cast<char>(c));
      ++i;
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

bool NumberValue(const Token& t, double& value) {
  if (t.is_number) {
    value = std::strtod(t.lower.c_str(), nullptr);
    return true;
  }
  for (const NumberWord& w : kNumberWords) {
    if (t.lower == w.word) {
      value = w.value;
      return true;
    }
  }
  return false;
}

namespace {

// True when `phrase` occurs in `text` at byte i with the word boundary after it (the boundary
// before it is the caller's to check).
bool MatchAt(std::string_view text, size_t i, std::string_view phrase, bool exact) {
  if (i + phrase.size() > text.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    char a = text[i + k], b = phrase[k];
    if (exact ? a != b : Lower(a) != Lower(b)) return false;
  }
  size_t e = i + phrase.size();
  bool end_alnum = IsAlnum(static_cast<unsigned char>(phrase.back()));
  return !(end_alnum && e < text.size() && IsAlnum(static_cast<unsigned char>(text[e])));
}

std::vector<std::pair<size_t, size_t>> Find(std::string_view text, std::string_view phrase,
                                            bool exact) {
  std::vector<std::pair<size_t, size_t>> out;
  if (phrase.empty() || phrase.size() > text.size()) return out;
  bool start_alnum = IsAlnum(static_cast<unsigned char>(phrase.front()));
  for (size_t i = 0; i + phrase.size() <= text.size(); ++i) {
    if (start_alnum && i > 0 && IsAlnum(static_cast<unsigned char>(text[i - 1]))) continue;
    if (MatchAt(text, i, phrase, exact)) out.emplace_back(i, i + phrase.size());
  }
  return out;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> FindPhrase(std::string_view text, std::string_view phrase) {
  return Find(text, phrase, false);
}

std::vector<std::pair<size_t, size_t>> FindPhraseExact(std::string_view text,
                                                       std::string_view phrase) {
  return Find(text, phrase, true);
}

PhraseIndex::PhraseIndex(std::vector<Entry> entries) : entries_(std::move(entries)) {
  for (size_t k = 0; k < entries_.size(); ++k) {
    std::string_view p = entries_[k].phrase;
    if (p.empty()) continue;  // FindPhrase finds nothing
    if (!IsAlnum(static_cast<unsigned char>(p.front()))) {
      unindexed_.push_back(k);
      continue;
    }
    std::string key;
    for (size_t i = 0; i < p.size() && IsAlnum(static_cast<unsigned char>(p[i])); ++i)
      key += Lower(p[i]);
    by_first_word_[key].push_back(k);
  }
}

// Calls on_hit(k, begin, end) for every hit; returns early when on_hit returns false. A phrase
// that starts with a letter or digit can only match where a run of letters and digits starts
// (the boundary rule of Find), and that run must be the phrase's own first run: when the phrase
// goes on, its next byte is not a letter or digit, and when it does not, the boundary rule ends
// the match with the run.
template <typename OnHit>
void PhraseIndex::Scan(std::string_view text, OnHit on_hit) const {
  std::string key;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAlnum(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    key.clear();
    while (j < text.size() && IsAlnum(static_cast<unsigned char>(text[j]))) key += Lower(text[j++]);
    auto it = by_first_word_.find(key);
    if (it != by_first_word_.end()) {
      for (size_t k : it->second) {
        const Entry& e = entries_[k];
        if (MatchAt(text, i, e.phrase, e.exact) && !on_hit(k, i, i + e.phrase.size())) return;
      }
    }
    i = j;
  }
  for (size_t k : unindexed_) {
    for (auto [b, e] : Find(text, entries_[k].phrase, entries_[k].exact))
      if (!on_hit(k, b, e)) return;
  }
}

std::vector<PhraseHit> PhraseIndex::FindAll(std::string_view text) const {
  std::vector<PhraseHit> out;
  Scan(text, [&](size_t k, size_t b, size_t e) {
    out.push_back(PhraseHit{k, b, e});
    return true;
  });
  std::sort(out.begin(), out.end(), [](const PhraseHit& a, const PhraseHit& b) {
    return a.phrase != b.phrase ? a.phrase < b.phrase : a.begin < b.begin;
  });
  return out;
}

bool PhraseIndex::Any(std::string_view text) const {
  bool found = false;
  Scan(text, [&](size_t, size_t, size_t) {
    found = true;
    return false;
  });
  return found;
}

size_t FindToken(const std::vector<Token>& tokens, std::string_view word, size_t from) {
  for (size_t i = from; i < tokens.size(); ++i) {
    if (tokens[i].lower == word) return i;
  }
  return std::string_view::npos;
}

bool TokensMatch(const std::vector<Token>& tokens, size_t i, std::string_view phrase,
                 size_t* next) {
  // Word by word, without splitting the phrase first: most calls fail on the first byte.
  size_t pos = 0;
  while (pos < phrase.size()) {
    if (i >= tokens.size()) return false;
    const std::string& w = tokens[i].lower;  // never empty, never contains a space
    if (w.size() > phrase.size() - pos) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (phrase[pos + k] != w[k]) return false;
    size_t e = pos + w.size();
    if (e < phrase.size() && phrase[e] != ' ') return false;
    ++i;
    pos = e + 1;
  }
  if (next) *next = i;
  return true;
}

}  // namespace ehcp::rules
