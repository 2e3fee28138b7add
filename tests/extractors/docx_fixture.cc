#include "tests/extractors/docx_fixture.h"

#include <zip.h>

#include <stdexcept>

namespace ehcp::testing {
namespace {

constexpr const char* kNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
    " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:v=\"urn:schemas-microsoft-com:vml\""
    " mc:Ignorable=\"w14\"";

constexpr const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";

constexpr const char* kRootRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";

constexpr const char* kDocumentRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "</Relationships>";

}  // namespace

std::string MakeZip(const std::map<std::string, std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (src == nullptr) throw std::runtime_error("zip_source_buffer_create failed");
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (za == nullptr) throw std::runtime_error("zip_open_from_source failed");
  zip_source_keep(src);
  for (const auto& [name, data] : parts) {
    zip_source_t* part = zip_source_buffer(za, data.data(), data.size(), 0);
    if (part == nullptr ||
        zip_file_add(za, name.c_str(), part, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add failed for " + name);
    }
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close failed");
  std::string out;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) != 0 || zip_source_open(src) != 0) {
    throw std::runtime_error("reading the zip back failed");
  }
  out.resize(static_cast<size_t>(st.size));
  zip_int64_t got = zip_source_read(src, out.data(), out.size());
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&error);
  if (got != static_cast<zip_int64_t>(out.size())) throw std::runtime_error("short zip read");
  return out;
}

std::string MakeDocx(const std::map<std::string, std::string>& parts) {
  std::map<std::string, std::string> all = parts;
  all.emplace("[Content_Types].xml", kContentTypes);
  all.emplace("_rels/.rels", kRootRels);
  all.emplace("word/_rels/document.xml.rels", kDocumentRels);
  return MakeZip(all);
}

std::string PartXml(const std::string& root, const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + root + kNamespaces +
         ">" + inner + "</" + root + ">";
}

std::string DocumentXml(const std::string& body) {
  return PartXml("w:document", "<w:body>" + body + "<w:sectPr/></w:body>");
}

std::string Para(const std::string& text, const std::string& style) {
  std::string p = "<w:p>";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return p + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace ehcp::testing
