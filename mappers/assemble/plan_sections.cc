#include "mappers/assemble/plan_sections.h"

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

constexpr size_t kMaxTitleBytes = 150;

// Reads a section code ("B", "H1", "H") at the start of `s`; on success sets `section` and
// returns the bytes read, else 0. The letter must be a capital: "Section in…" is not a title.
size_t ReadCode(std::string_view s, Section& section) {
  if (s.empty() || s[0] < 'A' || s[0] > 'K') return 0;
  if (s[0] == 'H') {
    if (s.size() > 1 && (s[1] == '1' || s[1] == '2')) {
      section = s[1] == '1' ? Section::kH1 : Section::kH2;
      return 2;
    }
    section = Section::kH1;
    return 1;
  }
  std::optional<Section> parsed = ParseSection(s.substr(0, 1));
  if (!parsed) return 0;
  section = *parsed;
  return 1;
}

bool StartsWithSeparator(std::string_view rest) {
  for (std::string_view sep : {":", ".", ")", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (StartsWith(rest, sep)) return true;
  }
  return false;
}

bool IsLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::optional<Section> SectionTitled(std::string_view text, bool is_heading) {
  std::string_view t = Trim(text);
  if (t.empty() || t.size() > kMaxTitleBytes) return std::nullopt;
  Section section = Section::kNotPlan;
  if (t.size() > 8 && ToLowerAscii(t.substr(0, 7)) == "section" && (t[7] == ' ' || t[7] == '\t')) {
    std::string_view rest = Trim(t.substr(7));
    size_t n = ReadCode(rest, section);
    if (n == 0) return std::nullopt;
    rest = rest.substr(n);
    if (rest.empty()) return section;
    if (IsLetterOrDigit(rest[0])) return std::nullopt;  // "Section Ab", "Section B2"
    std::string_view after = Trim(rest);
    if (after.empty() || StartsWithSeparator(after)) return section;
    return is_heading ? std::optional<Section>(section) : std::nullopt;
  }
  if (!is_heading) return std::nullopt;
  size_t n = ReadCode(t, section);
  if (n == 0 || n >= t.size()) return std::nullopt;
  std::string_view rest = t.substr(n);
  if (rest[0] == ' ') rest = Trim(rest);
  if (!StartsWithSeparator(rest)) return std::nullopt;
  return section;
}

std::vector<BlockSection> PlanSectionsOf(const Document& doc) {
  std::vector<BlockSection> out(doc.blocks.size());
  int titles = 0;
  BlockSection current;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    std::optional<Section> s = SectionTitled(b.text, b.kind == BlockKind::kHeading);
    if (s) {
      ++titles;
      current = {*s, std::string(Trim(b.text))};
      out[i] = {Section::kNotPlan, current.title};
      continue;
    }
    out[i] = current;
  }
  if (titles < 2) out.clear();
  return out;
}

}  // namespace ehcp
