// Small helpers over pugixml for Office Open XML parts (DOCX, XLSX). Elements and attributes
// are matched by local name, so documents that bind the usual namespaces to other prefixes
// still read.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace ehcp::xml {

// "w:p" -> "p"; "p" -> "p".
std::string_view LocalName(const char* qualified);

inline bool Is(const pugi::xml_node& node, std::string_view local) {
  return node.type() == pugi::node_element && LocalName(node.name()) == local;
}

// The first child element with that local name, or an empty node.
pugi::xml_node Child(const pugi::xml_node& node, std::string_view local);

// The value of the attribute with that local name, or "" when absent.
std::string_view Attr(const pugi::xml_node& node, std::string_view local);

// The integer value of attribute `local` (usually "val"), or `fallback` when absent or bad.
int IntAttr(const pugi::xml_node& node, std::string_view local, int fallback);

// An OOXML on/off property such as <w:b/> or <w:vanish w:val="0"/>: true when the element is
// present and its w:val is not "0", "false" or "off".
bool OnOff(const pugi::xml_node& property);

// The text of all descendant elements named `local` (e.g. "t"), concatenated in order.
std::string DescendantText(const pugi::xml_node& node, std::string_view local);

}  // namespace ehcp::xml
