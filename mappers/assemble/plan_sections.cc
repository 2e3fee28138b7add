#include "mappers/assemble/plan_sections.h"

#include <algorithm>
#include <map>

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

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "D2 p.3" or "D2".
bool IsCitation(std::string_view s) {
  if (s.size() < 2 || s[0] != 'D') return false;
  size_t space = s.find(' ');
  if (space == std::string_view::npos) return IsDigits(s.substr(1));
  return IsDigits(s.substr(1, space - 1)) && StartsWith(s.substr(space + 1), "p.") &&
         IsDigits(s.substr(space + 3));
}

// The section a table column's header names: "Need (B)", "Provision (F)", "Outcomes (E)".
std::optional<Section> ColumnSection(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.size() < 4 || t.size() > kMaxTitleBytes || t.back() != ')') return std::nullopt;
  size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  std::string_view code = t.substr(open + 1, t.size() - open - 2);
  Section section = Section::kNotPlan;
  if (ReadCode(code, section) != code.size() || code.empty()) return std::nullopt;
  return section;
}

// Tables whose first row names a section in two or more columns (as ehcp's own drafts set B, E
// and F side by side): table number -> column -> section.
std::map<int, std::map<int, Section>> SectionColumns(const Document& doc) {
  std::map<int, std::map<int, Section>> columns;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTableCell || b.row != 0 || b.table < 0) continue;
    if (std::optional<Section> s = ColumnSection(b.text)) columns[b.table][b.col] = *s;
  }
  std::erase_if(columns, [](const auto& table) { return table.second.size() < 2; });
  return columns;
}

}  // namespace

int StripCitationMarks(Document& doc) {
  int removed = 0;
  for (Block& b : doc.blocks) {
    std::string_view t = b.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    if (t.empty() || t.back() != ']') continue;
    size_t open = t.rfind('[');
    if (open == std::string_view::npos || !IsCitation(t.substr(open + 1, t.size() - open - 2))) {
      continue;
    }
    std::string_view kept = t.substr(0, open);
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == '\t')) kept.remove_suffix(1);
    b.text.resize(kept.size());
    ++removed;
  }
  return removed;
}

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
  const std::map<int, std::map<int, Section>> columns = SectionColumns(doc);
  int titles = 0;
  BlockSection current;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::kTableCell) {
      if (auto table = columns.find(b.table); table != columns.end()) {
        // The header row is labels; a cell below is in its column's section, if it names one.
        auto column = table->second.find(b.col);
        if (b.row == 0) {
          out[i] = {Section::kNotPlan, current.title};
        } else {
          out[i] = {column != table->second.end() ? column->second : current.section,
                    current.title};
        }
        continue;
      }
    }
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
