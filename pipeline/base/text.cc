#include "pipeline/base/text.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>

namespace ehcp {
namespace {

// Decodes one code point at s[i]; returns it and advances i. Invalid bytes give U+FFFD.
UChar32 Next(std::string_view s, size_t& i) {
  auto byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) {  // ASCII, most of any report: no decoding needed
    ++i;
    return byte;
  }
  int32_t idx = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(idx);
  return c;
}

// Unicode White_Space; in ASCII that is tab, line feed, vertical tab, form feed, carriage return
// and space (tests/pipeline/base_test.cc checks the shortcut against ICU).
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == 0x20 || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(c);
}

}  // namespace

std::string_view Trim(std::string_view s) {
  size_t start = 0;
  while (start < s.size()) {
    size_t j = start;
    UChar32 c = Next(s, j);
    if (c < 0 || !IsSpace(c)) break;
    start = j;
  }
  size_t end = s.size();
  while (end > start) {
    size_t k = end - 1;
    while (k > start && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t j = k;
    UChar32 c = Next(s, j);
    if (c < 0 || !IsSpace(c)) break;
    end = k;
  }
  return s.substr(start, end - start);
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    UChar32 c = Next(s, i);
    if (c >= 0 && IsSpace(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    if (i == start + 1) {
      out += s[start];
    } else {
      out.append(s.data() + start, i - start);
    }
  }
  return out;
}

std::string ToLower(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (Next(s, i) < 0) return false;
  }
  return true;
}

std::string FixUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    UChar32 c = Next(s, i);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    Next(s, i);
    ++n;
  }
  return n;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle) {
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [&](char a, char b) { return lower(a) == lower(b); });
  return it != haystack.end();
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool w = c != ' ' && c != '\t' && c != '\n';
    n += w && !in_word;
    in_word = w;
  }
  return n;
}

std::string Printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    char buf[16];
    if (c < 0) {
      for (int32_t k = start; k < i; ++k) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(p[k]));
        out += buf;
      }
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      out += buf;
    } else if ((c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029 ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      // C1 controls, line and paragraph separators, bidirectional overrides.
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out.append(s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
  }
  return out;
}

std::string Abbreviated(std::string_view s, size_t max_chars) {
  std::string one_line;
  for (char c : s) one_line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (Utf8Length(one_line) <= max_chars) return one_line;
  size_t keep = max_chars > 3 ? max_chars - 3 : 0, chars = 0, at = 0;
  while (at < one_line.size() && chars < keep) {
    ++at;
    while (at < one_line.size() && (static_cast<unsigned char>(one_line[at]) & 0xC0) == 0x80) {
      ++at;
    }
    ++chars;
  }
  return one_line.substr(0, at) + "...";
}

}  // namespace ehcp
