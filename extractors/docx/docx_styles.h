// Paragraph styles (word/styles.xml) and list numbering (word/numbering.xml) of a DOCX, as
// needed to tell headings and to compute list numbers the way Word shows them.
#pragma once

#include <array>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace ehcp::docx {

struct NumRef {
  std::string num_id;  // "" when none; "0" removes numbering
  int ilvl = 0;
};

class Styles {
 public:
  // Reads w:styles. An empty document gives no styles (ids are then matched as written).
  static Styles Parse(const pugi::xml_document& doc);

  // Heading level 1..9 of a paragraph with style `style_id` and direct outline level
  // `direct_outline` (0-based w:outlineLvl, -1 when absent), or 0 for body text. Style names
  // ("heading 2", "Title"), not ids, decide, so localized and custom ids work; the outline
  // level of the style or its bases is used where the name does not say.
  int HeadingLevel(std::string_view style_id, int direct_outline) const;

  // The numbering a style gives its paragraphs (following w:basedOn), or an empty num_id.
  NumRef StyleNumbering(std::string_view style_id) const;

 private:
  struct Style {
    std::string name;  // lower-cased
    std::string based_on;
    int outline = -1;
    NumRef num;
  };
  const Style* Find(std::string_view id) const;
  std::map<std::string, Style, std::less<>> styles_;
};

// List counters for one document. Not thread-safe; one per extraction.
class Numbering {
 public:
  static Numbering Parse(const pugi::xml_document& doc);

  // Advances the counter of list `num_id` at level `ilvl` (restarting deeper levels) and
  // returns the label Word would show: "1.", "a)", "2.1", "•". Returns "" when the list is
  // unknown or its id is "0" (numbering removed).
  std::string Next(const NumRef& ref);

 private:
  struct Level {
    std::string format = "decimal";
    std::string text;  // lvlText, e.g. "%1." or "%1.%2"
    int start = 1;
  };
  struct Num {
    std::string abstract_id;
    std::map<int, int> start_override;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };
  std::map<std::string, std::array<Level, 9>> abstracts_;
  std::map<std::string, Num> nums_;
  std::map<std::string, Counters> counters_;
};

// Formats n in a w:numFmt ("decimal", "lowerLetter", "upperRoman", ...).
std::string FormatNumber(int n, std::string_view format);

}  // namespace ehcp::docx
