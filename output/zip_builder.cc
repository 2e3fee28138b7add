#include "output/zip_builder.h"

#include <zip.h>

#include <memory>
#include <mutex>

namespace ehcp {
namespace {

Status ZipError(const std::string& what, zip_error_t* err) {
  return Internal("could not build the ZIP package (" + what + "): " + zip_error_strerror(err));
}

// Reads the whole of a kept, closed source back into a string.
StatusOr<std::string> ReadBack(zip_source_t* src) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return ZipError("stat", zip_source_error(src));
  }
  if (zip_source_open(src) != 0) return ZipError("open", zip_source_error(src));
  std::string out(st.size, '\0');
  zip_uint64_t done = 0;
  while (done < st.size) {
    zip_int64_t n = zip_source_read(src, out.data() + done, st.size - done);
    if (n <= 0) break;
    done += static_cast<zip_uint64_t>(n);
  }
  zip_source_close(src);
  if (done != st.size) return Internal("could not build the ZIP package: short read");
  return out;
}

}  // namespace

StatusOr<std::string> ZipBuilder::Finish(const markup::FixedDate& date) const {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (src == nullptr) {
    Status s = ZipError("buffer", &err);
    zip_error_fini(&err);
    return s;
  }
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(src, zip_source_free);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (za == nullptr) {
    Status s = ZipError("open", &err);
    zip_error_fini(&err);
    return s;
  }
  zip_error_fini(&err);
  zip_source_keep(src);  // zip_close would otherwise free the buffer we read back
  const uint16_t dos_date = markup::DosDate(date);
  for (const auto& [name, bytes] : entries_) {
    zip_source_t* part = zip_source_buffer(za, bytes.data(), bytes.size(), 0);
    if (part == nullptr) {
      zip_discard(za);
      return Internal("could not add '" + name + "' to the ZIP package");
    }
    zip_int64_t idx = zip_file_add(za, name.c_str(), part, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) {
      zip_source_free(part);
      Status s = ZipError("add " + name, zip_get_error(za));
      zip_discard(za);
      return s;
    }
    auto i = static_cast<zip_uint64_t>(idx);
    if (zip_file_set_dostime(za, i, 0, dos_date, 0) != 0 ||
        zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 9) != 0) {
      Status s = ZipError("entry " + name, zip_get_error(za));
      zip_discard(za);
      return s;
    }
  }
  int closed = 0;
  {
    std::lock_guard<std::mutex> lock(markup::LibcTimeMutex());
    closed = zip_close(za);
  }
  if (closed != 0) {
    Status s = ZipError("close", zip_get_error(za));
    zip_discard(za);
    return s;
  }
  return ReadBack(src);
}

}  // namespace ehcp
