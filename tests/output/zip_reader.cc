#include "tests/output/zip_reader.h"

#include <zip.h>

namespace ehcp::testing {
namespace {

template <typename Fn>
void ForEachEntry(const std::string& bytes, Fn fn) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (src == nullptr) return;
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
  zip_error_fini(&err);
  if (za == nullptr) {
    zip_source_free(src);
    return;
  }
  zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    auto idx = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    if (zip_stat_index(za, idx, 0, &st) != 0) continue;
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(za, idx, 0);
    if (f == nullptr) continue;
    zip_int64_t got = zip_fread(f, data.data(), st.size);
    zip_fclose(f);
    if (got < 0) continue;
    data.resize(static_cast<size_t>(got));
    fn(std::string(st.name), std::move(data));
  }
  zip_discard(za);
}

}  // namespace

std::map<std::string, std::string> Unzip(const std::string& bytes) {
  std::map<std::string, std::string> out;
  ForEachEntry(bytes, [&](std::string name, std::string data) { out[name] = std::move(data); });
  return out;
}

std::vector<std::string> ZipNames(const std::string& bytes) {
  std::vector<std::string> out;
  ForEachEntry(bytes, [&](std::string name, std::string) { out.push_back(std::move(name)); });
  return out;
}

}  // namespace ehcp::testing
