#include "extractors/text/list_marker.h"

#include <array>
#include <cctype>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Bullet characters as written in plain text and in Word files typed by hand.
constexpr std::array<std::string_view, 9> kBullets = {
    "-", "*", "+", "\u2022", "\u00b7", "\u25e6", "\u25aa", "\u2013", "\u25cf"};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Length of an ordered marker at the start of s ("12.", "3)", "b)", "(iv)"), or 0.
size_t OrderedMarkerLength(std::string_view s) {
  size_t i = 0;
  if (!s.empty() && s[0] == '(') {
    size_t j = 1;
    while (j < s.size() && j <= 5 && (IsDigit(s[j]) || IsAlpha(s[j]))) ++j;
    return (j > 1 && j < s.size() && s[j] == ')') ? j + 1 : 0;
  }
  while (i < s.size() && i < 3 && IsDigit(s[i])) ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')')) return i + 1;
  if (i == 0 && s.size() >= 2 && IsAlpha(s[0]) && s[1] == ')') return 2;
  return 0;
}

}  // namespace

std::optional<ListMarker> ParseListMarker(std::string_view line) {
  std::string_view s = line;
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  std::string label;
  size_t len = 0;
  for (std::string_view b : kBullets) {
    if (StartsWith(s, b)) {
      label = "\u2022";
      len = b.size();
      break;
    }
  }
  if (len == 0) {
    len = OrderedMarkerLength(s);
    label = std::string(s.substr(0, len));
  }
  if (len == 0 || len >= s.size() || (s[len] != ' ' && s[len] != '\t')) return std::nullopt;
  std::string_view rest = Trim(s.substr(len));
  if (rest.empty()) return std::nullopt;
  return ListMarker{label, rest};
}

}  // namespace ehcp
