// Small helpers for building WordprocessingML with pugixml, and the package's fixed parts.
// Internal to the DOCX writer.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "output/markup.h"
#include "pipeline/model/plan.h"

namespace ehcp::docx {

inline constexpr const char* kWordNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kRelNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A root element `name` carrying `xmlns:w` (Serialize adds the XML declaration).
pugi::xml_node NewRoot(pugi::xml_document& doc, const char* name);
// The document as UTF-8 bytes, unindented (whitespace inside w:t is significant).
std::string Serialize(const pugi::xml_document& doc);

// <parent><name w:val="val"/></parent>; returns the new element.
pugi::xml_node AddVal(pugi::xml_node parent, const char* name, std::string_view val);
// A paragraph with the given style ("" for Normal).
pugi::xml_node AddParagraph(pugi::xml_node parent, std::string_view style);
// A run of text; style is a character style id or "". Tabs and newlines become w:tab / w:br.
pugi::xml_node AddRun(pugi::xml_node paragraph, std::string_view text, std::string_view style = {},
                      bool bold = false);
// A run holding a simple field (PAGE, NUMPAGES) with `shown` as its cached result.
void AddField(pugi::xml_node paragraph, const char* instr, std::string_view shown);

// Fixed package parts.
std::string ContentTypesXml();
std::string PackageRelsXml();
std::string DocumentRelsXml();
std::string StylesXml();
std::string SettingsXml();
std::string HeaderXml(const Plan& plan);
std::string FooterXml();
std::string CorePropsXml(const Plan& plan, const markup::FixedDate& date);
std::string AppPropsXml();

}  // namespace ehcp::docx
