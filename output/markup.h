// Text made safe for the formats the writers produce. Pure functions.
#pragma once

#include <cstdint>
#include <ctime>
#include <mutex>
#include <string>
#include <string_view>

namespace ehcp::markup {

// Well-formed UTF-8 without the control characters XML 1.0 forbids (tab, LF and CR are kept).
// Escaping of < & > is left to the XML library.
std::string XmlText(std::string_view s);
// XmlText, then & < > " ' escaped for HTML text and attribute values.
std::string HtmlEscape(std::string_view s);
// XmlText cut to at most `max_bytes` on a character boundary (Excel cells hold 32,767).
std::string Truncated(std::string_view s, size_t max_bytes);

// The plan's generated_on date ("2025-03-14"), the only clock the writers use. A value that is
// not an ISO date falls back to 2000-01-01 so that output stays byte-identical.
struct FixedDate {
  int year = 2000;
  int month = 1;
  int day = 1;
};
FixedDate ParseFixedDate(std::string_view iso);
// "2025-03-14T00:00:00Z"
std::string W3cDateTime(const FixedDate& d);
// Seconds since 1970-01-01T00:00:00Z at midnight UTC of the date.
std::time_t UnixTime(const FixedDate& d);
// The MS-DOS date word used in ZIP headers (years before 1980 clamp to 1980).
uint16_t DosDate(const FixedDate& d);

// Held around library calls that use libc's shared time state: libxlsxwriter's workbook_close
// calls gmtime, whose result lives in a static buffer, and libzip's zip_close converts times
// through the time zone state. Documents of several cases are written at once.
std::mutex& LibcTimeMutex();

}  // namespace ehcp::markup
