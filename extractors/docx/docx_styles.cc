#include "extractors/docx/docx_styles.h"

#include <algorithm>
#include <utility>

#include "extractors/zip/xml_util.h"
#include "pipeline/base/text.h"

namespace ehcp::docx {
namespace {

using pugi::xml_node;
using xml::Attr;
using xml::Child;
using xml::Is;

constexpr int kMaxStyleChain = 16;

// Built-in style names and ids that mark headings: name or id -> level.
struct HeadingName {
  std::string_view name;
  int level;
};
constexpr HeadingName kHeadingNames[] = {
    {"title", 1},     {"heading 1", 1}, {"heading 2", 2}, {"heading 3", 3}, {"heading 4", 4},
    {"heading 5", 5}, {"heading 6", 6}, {"heading 7", 7}, {"heading 8", 8}, {"heading 9", 9},
    {"heading1", 1},  {"heading2", 2},  {"heading3", 3},  {"heading4", 4},  {"heading5", 5},
    {"heading6", 6},  {"heading7", 7},  {"heading8", 8},  {"heading9", 9},
};

int LevelFromName(std::string_view lower_name) {
  for (const HeadingName& h : kHeadingNames) {
    if (h.name == lower_name) return h.level;
  }
  return 0;
}

NumRef ReadNumPr(const xml_node& ppr) {
  NumRef ref;
  xml_node numpr = Child(ppr, "numPr");
  if (!numpr) return ref;
  ref.num_id = std::string(Attr(Child(numpr, "numId"), "val"));
  ref.ilvl = xml::IntAttr(Child(numpr, "ilvl"), "val", 0);
  return ref;
}

std::string Roman(int n, bool upper) {
  static constexpr std::pair<int, std::string_view> kRoman[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (auto [value, digits] : kRoman) {
    while (n >= value && out.size() < 32) {
      out += digits;
      n -= value;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Word's letter numbering: a..z, then aa..zz, aaa..
std::string Letters(int n, bool upper) {
  if (n < 1) return std::to_string(n);
  int repeat = (n - 1) / 26 + 1;
  char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>(std::min(repeat, 8)), c);
}

}  // namespace

std::string FormatNumber(int n, std::string_view format) {
  if (format == "lowerLetter") return Letters(n, false);
  if (format == "upperLetter") return Letters(n, true);
  if (format == "lowerRoman") return n > 0 ? Roman(n, false) : std::to_string(n);
  if (format == "upperRoman") return n > 0 ? Roman(n, true) : std::to_string(n);
  if (format == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
  if (format == "none") return "";
  return std::to_string(n);
}

Styles Styles::Parse(const pugi::xml_document& doc) {
  Styles out;
  xml_node root = doc.document_element();
  for (xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!Is(s, "style")) continue;
    Style style;
    style.name = ToLowerAscii(Attr(Child(s, "name"), "val"));
    style.based_on = std::string(Attr(Child(s, "basedOn"), "val"));
    xml_node ppr = Child(s, "pPr");
    style.outline = xml::IntAttr(Child(ppr, "outlineLvl"), "val", -1);
    style.num = ReadNumPr(ppr);
    out.styles_[std::string(Attr(s, "styleId"))] = std::move(style);
  }
  return out;
}

const Styles::Style* Styles::Find(std::string_view id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

int Styles::HeadingLevel(std::string_view style_id, int direct_outline) const {
  if (direct_outline >= 0 && direct_outline < 9) return direct_outline + 1;
  if (direct_outline >= 9) return 0;  // 9 is "body text"
  std::string id(style_id);
  for (int hop = 0; hop < kMaxStyleChain && !id.empty(); ++hop) {
    const Style* s = Find(id);
    if (s == nullptr) return hop == 0 ? LevelFromName(ToLowerAscii(id)) : 0;
    if (int level = LevelFromName(s->name); level > 0) return level;
    if (s->outline >= 0) return s->outline < 9 ? s->outline + 1 : 0;
    id = s->based_on;
  }
  return 0;
}

NumRef Styles::StyleNumbering(std::string_view style_id) const {
  std::string id(style_id);
  for (int hop = 0; hop < kMaxStyleChain && !id.empty(); ++hop) {
    const Style* s = Find(id);
    if (s == nullptr) break;
    if (!s->num.num_id.empty()) return s->num;
    id = s->based_on;
  }
  return {};
}

Numbering Numbering::Parse(const pugi::xml_document& doc) {
  Numbering out;
  xml_node root = doc.document_element();
  for (xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (Is(n, "abstractNum")) {
      std::array<Level, 9>& levels = out.abstracts_[std::string(Attr(n, "abstractNumId"))];
      for (xml_node lvl = n.first_child(); lvl; lvl = lvl.next_sibling()) {
        int i = xml::IntAttr(lvl, "ilvl", -1);
        if (!Is(lvl, "lvl") || i < 0 || i >= 9) continue;
        Level& level = levels[static_cast<size_t>(i)];
        if (xml_node f = Child(lvl, "numFmt")) level.format = std::string(Attr(f, "val"));
        level.text = std::string(Attr(Child(lvl, "lvlText"), "val"));
        level.start = xml::IntAttr(Child(lvl, "start"), "val", 1);
      }
    } else if (Is(n, "num")) {
      Num& num = out.nums_[std::string(Attr(n, "numId"))];
      num.abstract_id = std::string(Attr(Child(n, "abstractNumId"), "val"));
      for (xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (!Is(o, "lvlOverride")) continue;
        xml_node so = Child(o, "startOverride");
        if (so) num.start_override[xml::IntAttr(o, "ilvl", 0)] = xml::IntAttr(so, "val", 1);
      }
    }
  }
  return out;
}

std::string Numbering::Next(const NumRef& ref) {
  if (ref.num_id.empty() || ref.num_id == "0") return "";
  auto num = nums_.find(ref.num_id);
  if (num == nums_.end()) return "";
  auto abstract = abstracts_.find(num->second.abstract_id);
  if (abstract == abstracts_.end()) return "";
  const std::array<Level, 9>& levels = abstract->second;
  const size_t ilvl = static_cast<size_t>(std::clamp(ref.ilvl, 0, 8));
  auto start = [&](size_t level) {
    auto o = num->second.start_override.find(static_cast<int>(level));
    return o != num->second.start_override.end() ? o->second : levels[level].start;
  };
  // Lists that share an abstract definition continue each other unless one restarts.
  const std::string key =
      num->second.start_override.empty() ? "a" + num->second.abstract_id : "n" + ref.num_id;
  Counters& c = counters_[key];
  for (size_t deeper = ilvl + 1; deeper < 9; ++deeper) c.started[deeper] = false;
  c.value[ilvl] = c.started[ilvl] ? c.value[ilvl] + 1 : start(ilvl);
  c.started[ilvl] = true;

  const Level& level = levels[ilvl];
  if (level.format == "bullet") return "\u2022";
  std::string label;
  const std::string& text = level.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      size_t which = static_cast<size_t>(text[i + 1] - '1');
      int value = which <= ilvl && c.started[which] ? c.value[which] : start(which);
      label += FormatNumber(value, levels[which].format);
      ++i;
    } else {
      label += text[i];
    }
  }
  return label;
}

}  // namespace ehcp::docx
