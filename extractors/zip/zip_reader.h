// A small, read-only, format-neutral reader of ZIP containers held in memory (DOCX, XLSX), and
// a safe XML parse helper for the parts inside them. Every read is bounded by the limits in
// ExtractOptions so that a zip bomb or a hostile XML part is refused with a plain message.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/extractor.h"
#include "pipeline/base/status.h"

namespace pugi {
class xml_document;
}

namespace ehcp {

struct ZipLimits {
  int max_entries = 5000;
  uint64_t max_total_bytes = 256ull << 20;  // decompressed bytes of all entries together
  uint64_t max_entry_bytes = 64ull << 20;   // decompressed bytes of one entry
};

// The zip limits of `options` (max_zip_entries, max_zip_total_bytes, max_xml_bytes per entry).
ZipLimits ZipLimitsFrom(const ExtractOptions& options);

struct ZipEntry {
  std::string name;
  uint64_t size = 0;  // declared uncompressed size
  uint64_t compressed_size = 0;
};

class ZipReader {
 public:
  // Opens the ZIP in `bytes`. `file_name` is used only in messages. Refuses containers with
  // more than limits.max_entries entries or whose declared uncompressed sizes add up to more
  // than limits.max_total_bytes (kLimitExceeded); bytes that are not a ZIP give kCorrupt.
  // REQUIRES: `bytes` outlives the reader (it is not copied).
  static StatusOr<std::unique_ptr<ZipReader>> Open(std::string_view bytes,
                                                   const std::string& file_name,
                                                   const ZipLimits& limits);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Entries in directory order.
  const std::vector<ZipEntry>& entries() const { return entries_; }
  // True when an entry of that name exists (ASCII case-insensitive, as OPC part names are).
  bool Has(std::string_view name) const;
  // The whole decompressed entry. kNotFound when missing; kLimitExceeded when its declared or
  // actual size passes limits.max_entry_bytes, or when all entries read so far pass
  // limits.max_total_bytes; kEncrypted for password-protected entries; kCorrupt when damaged.
  StatusOr<std::string> Read(std::string_view name);

 private:
  ZipReader() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string file_name_;
  ZipLimits limits_;
  std::vector<ZipEntry> entries_;
  uint64_t bytes_read_ = 0;
};

// True when `bytes` is a readable ZIP with an entry named `name` (case-insensitive). No limits
// apply: only the directory is read. Used to sniff formats.
bool ZipHasEntry(std::string_view bytes, std::string_view name);

struct XmlLimits {
  uint64_t max_bytes = 64ull << 20;
  int max_depth = 256;
};

XmlLimits XmlLimitsFrom(const ExtractOptions& options);

// Parses one XML part into `out`. Only the predefined entities and character references are
// expanded; documents that declare a DOCTYPE or entities are refused (kCorrupt, "declares
// entities, which are not allowed"). Parts over limits.max_bytes or nested deeper than
// limits.max_depth give kLimitExceeded. Whitespace-only text of an element is kept (so
// `<w:t xml:space="preserve"> </w:t>` keeps its space). `what` names the part in messages,
// e.g. "'report.docx' (word/document.xml)".
Status ParseXml(std::string_view xml, const std::string& what, const XmlLimits& limits,
                pugi::xml_document& out);

}  // namespace ehcp
