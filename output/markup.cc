#include "output/markup.h"

#include <algorithm>
#include <cstdio>

#include "pipeline/base/text.h"

namespace ehcp::markup {
namespace {

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string XmlText(std::string_view s) {
  std::string fixed = IsValidUtf8(s) ? std::string(s) : FixUtf8(s);
  std::string out;
  out.reserve(fixed.size());
  for (char c : fixed) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    out += c;
  }
  // U+FFFE and U+FFFF are not XML characters either (EF BF BE / EF BF BF).
  for (size_t p = out.find("\xEF\xBF"); p != std::string::npos; p = out.find("\xEF\xBF", p)) {
    if (p + 2 < out.size() && (out[p + 2] == '\xBE' || out[p + 2] == '\xBF')) {
      out.erase(p, 3);
    } else {
      p += 2;
    }
  }
  return out;
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  for (char c : XmlText(s)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string Truncated(std::string_view s, size_t max_bytes) {
  std::string out = XmlText(s);
  if (out.size() <= max_bytes) return out;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(out[n]) & 0xC0) == 0x80) --n;
  out.resize(n);
  return out;
}

FixedDate ParseFixedDate(std::string_view iso) {
  FixedDate d;
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return d;
  std::string_view y = iso.substr(0, 4), m = iso.substr(5, 2), day = iso.substr(8, 2);
  if (!IsDigits(y) || !IsDigits(m) || !IsDigits(day)) return d;
  FixedDate out{std::stoi(std::string(y)), std::stoi(std::string(m)), std::stoi(std::string(day))};
  if (out.month < 1 || out.month > 12 || out.day < 1 || out.day > 31 || out.year < 1970) return d;
  return out;
}

std::string W3cDateTime(const FixedDate& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", d.year, d.month, d.day);
  return buf;
}

std::time_t UnixTime(const FixedDate& d) {
  return static_cast<std::time_t>(DaysFromCivil(d.year, d.month, d.day) * 86400);
}

std::mutex& LibcTimeMutex() {
  static std::mutex mutex;
  return mutex;
}

uint16_t DosDate(const FixedDate& d) {
  int year = std::clamp(d.year, 1980, 2107);
  return static_cast<uint16_t>(((year - 1980) << 9) | (d.month << 5) | d.day);
}

}  // namespace ehcp::markup
