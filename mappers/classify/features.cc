#include "mappers/classify/features.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ehcp::features {
namespace {

const float kCharWeight = 0.5f;  // each character 4-gram counts half a word

// 32-bit FNV-1a with a one-byte kind prefix, folded into [1, kDimensions].
uint32_t Hash(Kind kind, std::string_view s) {
  uint32_t h = 2166136261u;
  h = (h ^ static_cast<uint8_t>(kind)) * 16777619u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return (h & (kDimensions - 1)) + 1;
}

uint32_t HashInt(Kind kind, uint32_t a, uint32_t b) {
  std::string s = {static_cast<char>('a' + a), static_cast<char>('a' + b)};
  return Hash(kind, s);
}

// Lower-case ASCII letters and digits, apostrophes inside words and bytes of UTF-8 characters
// are kept; everything else becomes one space.
std::string Normalise(std::string_view in) {
  std::string out = " ";
  out.reserve(in.size() + 2);
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
               static_cast<unsigned char>(in[i + 2]) == 0x99) {
      out += '\'';  // a typographic apostrophe
      i += 2;
    } else if (c == '\'' || c == '%' || c >= 0x80) {
      out += static_cast<char>(c);
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

// The words of a normalised string (views into it).
void Words(std::string_view s, std::vector<std::string_view>& words) {
  words.clear();
  size_t start = 1;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] != ' ') continue;
    if (i > start) words.push_back(s.substr(start, i - start));
    start = i + 1;
  }
}

// A crude English stem: a plural or third-person "s", "es", "ed" or "ing" taken off longer words.
std::string_view Stem(std::string_view w) {
  auto ends = [&](std::string_view e) {
    return w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e;
  };
  if (ends("ing")) return w.substr(0, w.size() - 3);
  if (ends("ies")) return w.substr(0, w.size() - 3);
  if (ends("ed")) return w.substr(0, w.size() - 2);
  if (ends("es") && (ends("ches") || ends("shes") || ends("sses") || ends("xes"))) {
    return w.substr(0, w.size() - 2);
  }
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

void Extract(std::string_view text, std::string_view heading, const RuleEvidence& rules,
             Tokens& tokens, std::vector<Feature>& out) {
  out.clear();
  tokens.text = Normalise(text);
  tokens.heading = heading.empty() ? std::string() : Normalise(heading);
  const std::string& t = tokens.text;
  std::vector<std::string_view> words;
  Words(t, words);
  for (size_t i = 0; i < words.size(); ++i) {
    out.push_back({Hash(Kind::kWord, words[i]), 1.0f, Kind::kWord, words[i]});
    // The word without an ending, so that "budgets", "budgeted" and "budget" meet.
    std::string_view stem = Stem(words[i]);
    if (stem.size() != words[i].size()) {
      out.push_back({Hash(Kind::kWord, stem), 1.0f, Kind::kWord, stem});
    }
    if (i + 1 < words.size()) {
      // The two words and the space between them, as one view.
      std::string_view pair(words[i].data(),
                            words[i + 1].data() + words[i + 1].size() - words[i].data());
      out.push_back({Hash(Kind::kBigram, pair), 1.0f, Kind::kBigram, pair});
    }
  }
  // Opening words: outcome banks, fragments and views show in how a statement starts.
  if (!words.empty()) {
    out.push_back({Hash(Kind::kFirst, words[0]), 1.0f, Kind::kFirst, words[0]});
    if (words.size() > 1) {
      std::string_view pair(words[0].data(), words[1].data() + words[1].size() - words[0].data());
      out.push_back({Hash(Kind::kFirst, pair), 1.0f, Kind::kFirst, pair});
    }
  }
  // Character 4-grams (across word boundaries), each counted once.
  size_t chars_begin = out.size();
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    out.push_back(
        {Hash(Kind::kChars, std::string_view(t).substr(i, 4)), kCharWeight, Kind::kChars, {}});
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(chars_begin), out.end(),
            [](const Feature& a, const Feature& b) { return a.index < b.index; });
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(chars_begin), out.end(),
                        [](const Feature& a, const Feature& b) { return a.index == b.index; }),
            out.end());
  // Length of the statement in words: fragments are short, report prose is long.
  size_t n = words.size();
  uint32_t length = n <= 3 ? 0 : n <= 6 ? 1 : n <= 12 ? 2 : n <= 25 ? 3 : 4;
  out.push_back({HashInt(Kind::kRule, 20, length), 1.0f, Kind::kRule, {}});
  // The heading's words.
  if (!tokens.heading.empty()) {
    std::vector<std::string_view> hw;
    Words(tokens.heading, hw);
    for (std::string_view w : hw) out.push_back({Hash(Kind::kHeading, w), 1.0f, Kind::kHeading, w});
    out.push_back({HashInt(Kind::kRule, 21, 0), 1.0f, Kind::kRule, {}});
  }
  // The rules' evidence: each section's share of the rules' score, and the rules' choice.
  double total = 0;
  size_t top = 0;
  for (size_t s = 0; s < kSectionCount; ++s) {
    total += std::max(0.0, rules.score[s]);
    if (rules.score[s] > rules.score[top]) top = s;
  }
  if (total > 0) {
    for (size_t s = 0; s < kSectionCount; ++s) {
      if (rules.score[s] <= 0) continue;
      out.push_back({HashInt(Kind::kRule, 1, static_cast<uint32_t>(s)),
                     static_cast<float>(rules.score[s] / (total + 1.0)),
                     Kind::kRule,
                     {}});
    }
    out.push_back({HashInt(Kind::kRule, 2, static_cast<uint32_t>(top)), 1.0f, Kind::kRule, {}});
  } else {
    out.push_back({HashInt(Kind::kRule, 3, 0), 1.0f, Kind::kRule, {}});
  }
  double area_total = 0;
  size_t area_top = 0;
  for (size_t a = 0; a < rules.area.size(); ++a) {
    area_total += rules.area[a];
    if (rules.area[a] > rules.area[area_top]) area_top = a;
  }
  if (area_total > 0) {
    for (size_t a = 0; a < rules.area.size(); ++a) {
      if (rules.area[a] <= 0) continue;
      out.push_back({HashInt(Kind::kRule, 7, static_cast<uint32_t>(a)),
                     static_cast<float>(rules.area[a] / (area_total + 1.0)),
                     Kind::kRule,
                     {}});
    }
    out.push_back(
        {HashInt(Kind::kRule, 8, static_cast<uint32_t>(area_top)), 1.0f, Kind::kRule, {}});
  }
  if (rules.verb) out.push_back({HashInt(Kind::kRule, 9, 0), 1.0f, Kind::kRule, {}});
  if (rules.date) out.push_back({HashInt(Kind::kRule, 10, 0), 1.0f, Kind::kRule, {}});
  if (rules.quantity) out.push_back({HashInt(Kind::kRule, 4, 0), 1.0f, Kind::kRule, {}});
  if (rules.advice_entry) out.push_back({HashInt(Kind::kRule, 5, 0), 1.0f, Kind::kRule, {}});
  if (rules.furniture) out.push_back({HashInt(Kind::kRule, 6, 0), 1.0f, Kind::kRule, {}});
  // LIBLINEAR wants indices in increasing order, each once.
  std::sort(out.begin(), out.end(),
            [](const Feature& a, const Feature& b) { return a.index < b.index; });
  size_t w = 0;
  for (size_t r = 0; r < out.size(); ++r) {
    if (w > 0 && out[w - 1].index == out[r].index) {
      out[w - 1].value = std::max(out[w - 1].value, out[r].value);
      if (out[w - 1].words.empty()) out[w - 1].words = out[r].words;
      continue;
    }
    out[w++] = out[r];
  }
  out.resize(w);
}

}  // namespace ehcp::features
