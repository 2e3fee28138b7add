// Builds DOCX (and plain ZIP) files in memory for tests: XML parts written by hand, zipped with
// libzip. All names in fixtures are invented.
#pragma once

#include <map>
#include <string>

namespace ehcp::testing {

// A ZIP holding `parts` (name -> bytes), deflated, in name order.
std::string MakeZip(const std::map<std::string, std::string>& parts);

// A DOCX: `parts` plus [Content_Types].xml, _rels/.rels and word/_rels/document.xml.rels when
// the caller did not give them.
std::string MakeDocx(const std::map<std::string, std::string>& parts);

// word/document.xml with the usual namespaces around `body` (the children of w:body).
std::string DocumentXml(const std::string& body);

// A part with root element `root` (e.g. "w:styles") and the usual namespaces around `inner`.
std::string PartXml(const std::string& root, const std::string& inner);

// <w:p> with one run of `text`, optionally with a paragraph style id.
std::string Para(const std::string& text, const std::string& style = "");

}  // namespace ehcp::testing
