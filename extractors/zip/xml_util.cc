#include "extractors/zip/xml_util.h"

#include <charconv>

namespace ehcp::xml {

std::string_view LocalName(const char* qualified) {
  std::string_view s(qualified);
  size_t colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) return c;
  }
  return {};
}

std::string_view Attr(const pugi::xml_node& node, std::string_view local) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (LocalName(a.name()) == local) return a.value();
  }
  return {};
}

int IntAttr(const pugi::xml_node& node, std::string_view local, int fallback) {
  std::string_view v = Attr(node, local);
  int out = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (v.empty() || ec != std::errc() || ptr != v.data() + v.size()) return fallback;
  return out;
}

bool OnOff(const pugi::xml_node& property) {
  if (!property) return false;
  std::string_view v = Attr(property, "val");
  return !(v == "0" || v == "false" || v == "off");
}

std::string DescendantText(const pugi::xml_node& node, std::string_view local) {
  std::string out;
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) {
      out += c.child_value();
    } else if (c.type() == pugi::node_element) {
      out += DescendantText(c, local);
    }
  }
  return out;
}

}  // namespace ehcp::xml
