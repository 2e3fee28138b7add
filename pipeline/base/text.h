// Small, pure text helpers on UTF-8 strings. Anything locale- or Unicode-aware goes through ICU.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ehcp {

// Strips ASCII and Unicode whitespace (including NBSP) from both ends.
std::string_view Trim(std::string_view s);
// Collapses runs of whitespace to one ASCII space and trims.
std::string CollapseSpaces(std::string_view s);
// Full Unicode lower-casing (ICU, root locale).
std::string ToLower(std::string_view s);
// ASCII-only lower-casing; cheap, for cue matching on already-normalised text.
std::string ToLowerAscii(std::string_view s);
// True when the bytes are well-formed UTF-8.
bool IsValidUtf8(std::string_view s);
// Replaces ill-formed sequences with U+FFFD.
std::string FixUtf8(std::string_view s);
// Number of code points.
size_t Utf8Length(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Case-insensitive (ASCII) substring search.
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);
std::vector<std::string> Split(std::string_view s, char sep);
// Words separated by spaces, tabs or newlines.
size_t WordCount(std::string_view s);
// The parts with `sep` between them.
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
// Text as it may be written to a terminal or a log: control characters (C0 including newline
// and tab, DEL, C1) and ill-formed UTF-8 are shown as escapes ("\n", "\t", "\x1b", "\u0085"),
// so a case or file name can neither start a forged log line nor move the cursor. Every line
// the command line prints goes through it.
std::string Printable(std::string_view s);
// At most `max_chars` code points of `s`, with "..." when cut; newlines and tabs as spaces.
std::string Abbreviated(std::string_view s, size_t max_chars);

}  // namespace ehcp
