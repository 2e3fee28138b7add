#include "extractors/zip/zip_reader.h"

#include <zip.h>

#include <pugixml.hpp>

namespace ehcp {
namespace {

std::string Quoted(const std::string& file_name) { return "'" + file_name + "'"; }

std::string MiB(uint64_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20) + " MB"; }

// Opens a read-only archive over borrowed bytes; nullptr when they are not a ZIP.
zip_t* OpenArchive(std::string_view bytes, int* error_code) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src =
      zip_source_buffer_create(bytes.empty() ? nullptr : bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    *error_code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    return nullptr;
  }
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (za == nullptr) {
    *error_code = zip_error_code_zip(&error);
    zip_source_free(src);
  }
  zip_error_fini(&error);
  return za;
}

}  // namespace

struct ZipReader::Impl {
  zip_t* archive = nullptr;
  ~Impl() {
    if (archive != nullptr) zip_discard(archive);
  }
};

ZipLimits ZipLimitsFrom(const ExtractOptions& options) {
  ZipLimits limits;
  limits.max_entries = options.max_zip_entries;
  limits.max_total_bytes = options.max_zip_total_bytes;
  limits.max_entry_bytes = options.max_xml_bytes;
  return limits;
}

XmlLimits XmlLimitsFrom(const ExtractOptions& options) {
  XmlLimits limits;
  limits.max_bytes = options.max_xml_bytes;
  limits.max_depth = options.max_xml_depth;
  return limits;
}

StatusOr<std::unique_ptr<ZipReader>> ZipReader::Open(std::string_view bytes,
                                                     const std::string& file_name,
                                                     const ZipLimits& limits) {
  int error_code = 0;
  zip_t* za = OpenArchive(bytes, &error_code);
  if (za == nullptr) {
    return Corrupt(Quoted(file_name) +
                   " is damaged or is not a Word or Excel file (its ZIP container cannot be "
                   "opened): open it in Word or Excel, save a new copy and add it again");
  }
  std::unique_ptr<ZipReader> reader(new ZipReader());
  reader->impl_ = std::make_unique<Impl>();
  reader->impl_->archive = za;
  reader->file_name_ = file_name;
  reader->limits_ = limits;

  zip_int64_t n = zip_get_num_entries(za, 0);
  if (n < 0 || n > limits.max_entries) {
    return LimitExceeded(Quoted(file_name) + " holds " + std::to_string(n) +
                         " parts, more than the limit of " + std::to_string(limits.max_entries) +
                         ": the file is not a normal document and was not read");
  }
  uint64_t declared_total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) != 0 || st.name == nullptr) {
      return Corrupt(Quoted(file_name) +
                     " is damaged (its list of parts cannot be read): open it in Word or Excel, "
                     "save a new copy and add it again");
    }
    ZipEntry entry;
    entry.name = st.name;
    entry.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
    entry.compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    declared_total += entry.size;
    if (declared_total > limits.max_total_bytes) {
      return LimitExceeded(Quoted(file_name) + " would unpack to more than " +
                           MiB(limits.max_total_bytes) +
                           ", the safety limit: the file was not read (it may be a zip bomb, or "
                           "hold very large embedded media; remove them and add it again)");
    }
    reader->entries_.push_back(std::move(entry));
  }
  return reader;
}

ZipReader::~ZipReader() = default;

bool ZipReader::Has(std::string_view name) const {
  std::string key(name);
  return zip_name_locate(impl_->archive, key.c_str(), ZIP_FL_NOCASE) >= 0;
}

StatusOr<std::string> ZipReader::Read(std::string_view name) {
  std::string key(name);
  std::string what = Quoted(file_name_) + " (part " + key + ")";
  zip_int64_t index = zip_name_locate(impl_->archive, key.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return NotFound(what + " is missing");
  zip_uint64_t idx = static_cast<zip_uint64_t>(index);

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->archive, idx, 0, &st) != 0) {
    return Corrupt(what + " is damaged: open the file, save a new copy and add it again");
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Encrypted(what +
                     " is protected by a password: save an unprotected copy and add it again");
  }
  const uint64_t limit = limits_.max_entry_bytes;
  auto too_big = [&]() {
    return LimitExceeded(what + " unpacks to more than " + MiB(limit) +
                         ", the safety limit: the file was not read (it may be a zip bomb)");
  };
  auto total_too_big = [&]() {
    return LimitExceeded(Quoted(file_name_) + " unpacks to more than " +
                         MiB(limits_.max_total_bytes) +
                         ", the safety limit: the file was not read (it may be a zip bomb)");
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) return too_big();
  if ((st.valid & ZIP_STAT_SIZE) && bytes_read_ + st.size > limits_.max_total_bytes) {
    return total_too_big();
  }

  zip_file_t* f = zip_fopen_index(impl_->archive, idx, 0);
  if (f == nullptr) {
    return Corrupt(what + " cannot be unpacked: open the file, save a new copy and add it again");
  }
  std::string out;
  if (st.valid & ZIP_STAT_SIZE) out.reserve(static_cast<size_t>(st.size));
  char buffer[64 * 1024];
  Status status;
  for (;;) {
    zip_int64_t got = zip_fread(f, buffer, sizeof buffer);
    if (got < 0) {
      status = Corrupt(what +
                       " is damaged and cannot be unpacked: open the file, save a new "
                       "copy and add it again");
      break;
    }
    if (got == 0) break;
    out.append(buffer, static_cast<size_t>(got));
    // Declared sizes can lie: stop as soon as the actual bytes pass a limit.
    if (out.size() > limit) {
      status = too_big();
      break;
    }
    if (bytes_read_ + out.size() > limits_.max_total_bytes) {
      status = total_too_big();
      break;
    }
  }
  zip_fclose(f);
  if (!status.ok()) return status;
  bytes_read_ += out.size();
  return out;
}

bool ZipHasEntry(std::string_view bytes, std::string_view name) {
  int error_code = 0;
  zip_t* za = OpenArchive(bytes, &error_code);
  if (za == nullptr) return false;
  std::string key(name);
  bool found = zip_name_locate(za, key.c_str(), ZIP_FL_NOCASE) >= 0;
  zip_discard(za);
  return found;
}

namespace {

// Finds the deepest element nesting, stopping early once past `max_depth`.
class DepthWalker : public pugi::xml_tree_walker {
 public:
  explicit DepthWalker(int max_depth) : max_depth_(max_depth) {}
  bool for_each(pugi::xml_node& node) override {
    if (node.type() == pugi::node_doctype) doctype_ = true;
    if (depth() + 1 > max_depth_) {
      too_deep_ = true;
      return false;
    }
    return true;
  }
  bool too_deep() const { return too_deep_; }
  bool doctype() const { return doctype_; }

 private:
  int max_depth_;
  bool too_deep_ = false;
  bool doctype_ = false;
};

}  // namespace

Status ParseXml(std::string_view xml, const std::string& what, const XmlLimits& limits,
                pugi::xml_document& out) {
  if (xml.size() > limits.max_bytes) {
    return LimitExceeded(what + " is larger than " + MiB(limits.max_bytes) +
                         ", the safety limit: the file was not read");
  }
  if (xml.find("<!DOCTYPE") != std::string_view::npos ||
      xml.find("<!ENTITY") != std::string_view::npos) {
    return Corrupt(what + " declares entities, which are not allowed: the file was not read");
  }
  // parse_doctype keeps any DOCTYPE as a node (never expanded) so that it can be refused even
  // in encodings the byte search above does not see.
  unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
  pugi::xml_parse_result result = out.load_buffer(xml.data(), xml.size(), flags);
  if (!result) {
    return Corrupt(what + " is damaged (" + result.description() + " at byte " +
                   std::to_string(result.offset) +
                   "): open the file, save a new copy and add it again");
  }
  DepthWalker walker(limits.max_depth);
  out.traverse(walker);
  if (walker.doctype()) {
    return Corrupt(what + " declares entities, which are not allowed: the file was not read");
  }
  if (walker.too_deep()) {
    return LimitExceeded(what + " nests elements more than " + std::to_string(limits.max_depth) +
                         " deep, the safety limit: the file was not read");
  }
  return Status::Ok();
}

}  // namespace ehcp
