#include "output/xlsx/sheet.h"

#include <stdlib.h>
#include <zip.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <mutex>
#include <set>
#include <vector>

#include "output/markup.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/scratch.h"
#include "pipeline/base/text.h"

namespace ehcp::xlsx {
namespace {

// Lines a wrapped cell of `width` characters takes (a rough, deterministic estimate).
size_t LinesNeeded(std::string_view text, double width) {
  size_t lines = 0;
  for (const std::string& para : Split(text, '\n')) {
    double chars = static_cast<double>(Utf8Length(para)) * 1.1;
    lines += std::max<size_t>(1, static_cast<size_t>(chars / std::max(width - 1, 1.0)) + 1);
  }
  return lines;
}

lxw_format* HeaderFormat(lxw_workbook* wb, lxw_color_t bg) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bold(f);
  format_set_bg_color(f, bg);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

// A private folder (0700) that is removed, with what it holds, when this goes out of scope.
// It is made in the thread's scratch folder, beside the output (pipeline/base/scratch.h), so
// that children's text stays there; named with the process id, so that a later run can remove
// it if this one is killed before it can.
class TempDir {
 public:
  TempDir() {
    std::error_code ec;
    std::filesystem::path tmp = std::filesystem::temp_directory_path(ec);
    if (ec || tmp.empty()) tmp = "/tmp";
    // The scratch folder when it exists on disk (it does not when the output goes to a file
    // system held in memory, in tests), else TMPDIR.
    for (const std::filesystem::path& base : {std::filesystem::path(ScratchDir()), tmp}) {
      if (base.empty()) continue;
      std::string tmpl =
          (base / (std::string(kScratchPrefix) + std::to_string(::getpid()) + "-XXXXXX")).string();
      if (mkdtemp(tmpl.data()) != nullptr) {
        path_ = tmpl;
        return;
      }
      if (errno != ENOENT) return;
    }
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The cell formats (xf indices) marked for the quote prefix: the hidden ones.
std::set<int32_t> QuotedFormats(lxw_workbook* wb) {
  std::set<int32_t> out;
  lxw_format* f = nullptr;
  STAILQ_FOREACH(f, wb->formats, list_pointers) {
    if (f->hidden) out.insert(lxw_format_get_xf_index(f));
  }
  return out;
}

// Adds quotePrefix="1" to the cell formats `quoted` in xl/styles.xml of the workbook `file`.
Status AddQuotePrefixes(const std::string& file, const std::set<int32_t>& quoted, time_t mtime) {
  if (quoted.empty()) return Status::Ok();
  int error = 0;
  zip_t* za = zip_open(file.c_str(), 0, &error);
  if (za == nullptr) return Internal("could not reopen the workbook to mark formula-like text");
  Status st = Status::Ok();
  zip_int64_t index = zip_name_locate(za, "xl/styles.xml", 0);
  zip_stat_t info;
  zip_stat_init(&info);
  std::string xml;
  if (index < 0 || zip_stat_index(za, static_cast<zip_uint64_t>(index), 0, &info) != 0) {
    st = Internal("the workbook has no styles part");
  } else if (zip_file_t* zf = zip_fopen_index(za, static_cast<zip_uint64_t>(index), 0)) {
    xml.resize(static_cast<size_t>(info.size));
    if (zip_fread(zf, xml.data(), info.size) != static_cast<zip_int64_t>(info.size)) {
      st = Internal("the workbook's styles part could not be read");
    }
    zip_fclose(zf);
  }
  size_t at = st.ok() ? xml.find("<cellXfs") : std::string::npos;
  size_t end = at == std::string::npos ? at : xml.find("</cellXfs>", at);
  if (st.ok() && end == std::string::npos) st = Internal("the workbook's styles have no cellXfs");
  int32_t k = 0;
  while (st.ok() && (at = xml.find("<xf ", at)) != std::string::npos && at < end) {
    if (quoted.count(k++)) {
      xml.insert(at + 4, "quotePrefix=\"1\" ");
      end += 15;
    }
    at += 4;
  }
  if (st.ok()) {
    zip_source_t* src = zip_source_buffer(za, xml.data(), xml.size(), 0);
    if (src == nullptr ||
        zip_file_replace(za, static_cast<zip_uint64_t>(index), src, ZIP_FL_ENC_UTF_8) != 0) {
      if (src != nullptr) zip_source_free(src);
      st = Internal("the workbook's styles could not be replaced");
    } else {
      zip_file_set_mtime(za, static_cast<zip_uint64_t>(index), mtime, 0);
    }
  }
  if (st.ok()) {
    if (zip_close(za) != 0) {
      st = Internal(std::string("could not rewrite the workbook: ") + zip_strerror(za));
      zip_discard(za);
    }
  } else {
    zip_discard(za);
  }
  return st;
}

}  // namespace

Status WriteWorkbook(const std::string& name, const std::string& title, const std::string& created,
                     const std::function<lxw_error(lxw_workbook*)>& fill, ByteSink& sink) {
  TempDir dir;
  if (dir.path().empty()) {
    return IoError("could not create a temporary folder to build " + name + " in '" +
                   (ScratchDir().empty() ? std::string("TMPDIR") : ScratchDir()) +
                   "': check that the folder exists and is writable");
  }
  const std::string file = JoinPath(dir.path(), name);
  lxw_workbook_options options{};
  options.tmpdir = const_cast<char*>(dir.path().c_str());
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  if (wb == nullptr) return IoError("could not start " + name + " in '" + dir.path() + "'");

  std::string title_copy = title;
  lxw_doc_properties props{};
  props.title = title_copy.data();
  props.author = const_cast<char*>("ehcp");
  props.created = markup::UnixTime(markup::ParseFixedDate(created));
  lxw_error err = workbook_set_properties(wb, &props);
  lxw_error filled = fill(wb);
  if (err == LXW_NO_ERROR) err = filled;
  const std::set<int32_t> quoted = QuotedFormats(wb);
  lxw_error closed = LXW_NO_ERROR;
  {
    std::lock_guard<std::mutex> lock(markup::LibcTimeMutex());
    closed = workbook_close(wb);  // frees wb whatever happens
  }
  if (err == LXW_NO_ERROR) err = closed;
  if (err != LXW_NO_ERROR) {
    return Internal("could not write " + name + ": " + lxw_strerror(err));
  }
  RETURN_IF_ERROR(AddQuotePrefixes(file, quoted, props.created).WithContext(name));
  StatusOr<std::string> bytes = RealFileSystem().ReadFile(file);
  if (!bytes.ok()) return bytes.status().WithContext(name);
  return sink.Append(*bytes);
}

lxw_format* Fill(lxw_workbook* wb, lxw_color_t bg, lxw_color_t fg) {
  lxw_format* f = workbook_add_format(wb);
  format_set_bg_color(f, bg);
  format_set_font_color(f, fg);
  return f;
}

lxw_format* NumberFormat(lxw_workbook* wb, const char* num_format) {
  lxw_format* f = workbook_add_format(wb);
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format(f, num_format);
  return f;
}

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  f.header = HeaderFormat(wb, 0xDCE6F2);
  f.reviewer_header = HeaderFormat(wb, 0xFFF2CC);
  f.cell = workbook_add_format(wb);
  format_set_align(f.cell, LXW_ALIGN_VERTICAL_TOP);
  f.wrap = workbook_add_format(wb);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(f.wrap);
  f.block = Fill(wb, 0xFFC7CE, 0x9C0006);
  f.warn = Fill(wb, 0xFFEB9C, 0x9C5700);
  f.info = Fill(wb, 0xDDEBF7, 0x1F4E79);
  f.good = Fill(wb, 0xC6EFCE, 0x006100);
  // libxlsxwriter 1.1 has no quote prefix: these formats are marked "hidden" (which only
  // matters on a protected sheet, and ours are not), and WriteWorkbook adds quotePrefix="1" to
  // every hidden format in styles.xml.
  f.cell_quoted = workbook_add_format(wb);
  format_set_align(f.cell_quoted, LXW_ALIGN_VERTICAL_TOP);
  format_set_hidden(f.cell_quoted);
  f.wrap_quoted = workbook_add_format(wb);
  format_set_align(f.wrap_quoted, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap(f.wrap_quoted);
  format_set_hidden(f.wrap_quoted);
  return f;
}

lxw_format* SeverityFormat(const Formats& f, Severity s) {
  switch (s) {
    case Severity::kBlock:
      return f.block;
    case Severity::kWarn:
      return f.warn;
    case Severity::kInfo:
      return f.info;
  }
  return f.info;
}

void Sheet::AddColumn(size_t c, std::string_view header, double width, bool wrap, bool reviewer) {
  Check(worksheet_set_column(ws_, Col(c), Col(c), width, wrap ? f_.wrap : f_.cell));
  wrap_width_[c] = wrap ? width : 0;
  Text(0, c, header, reviewer ? f_.reviewer_header : f_.header);
}

void Sheet::FinishHeader(size_t columns) {
  columns_ = columns;
  worksheet_freeze_panes(ws_, 1, 0);
  worksheet_set_landscape(ws_);
  worksheet_set_paper(ws_, 9);  // A4
  worksheet_fit_to_pages(ws_, 1, 0);
  Check(worksheet_repeat_rows(ws_, 0, 0));
}

bool LooksLikeFormula(std::string_view s) {
  return !s.empty() &&
         (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

void Sheet::Text(size_t row, size_t col, std::string_view s, lxw_format* fmt) {
  if (s.empty()) return;
  if (LooksLikeFormula(s)) {
    auto w = wrap_width_.find(col);
    bool wrap = fmt == f_.wrap || (fmt == nullptr && w != wrap_width_.end() && w->second > 0);
    if (fmt == nullptr || fmt == f_.cell || fmt == f_.wrap) {
      fmt = wrap ? f_.wrap_quoted : f_.cell_quoted;
    }
  }
  std::string safe = markup::Truncated(s, kMaxCell);
  Check(worksheet_write_string(ws_, Row(row), Col(col), safe.c_str(), fmt));
  auto w = wrap_width_.find(col);
  if (row > 0 && w != wrap_width_.end() && w->second > 0) {
    lines_[row] = std::max(lines_[row], LinesNeeded(safe, w->second));
  }
}

void Sheet::Number(size_t row, size_t col, double v, lxw_format* fmt) {
  Check(worksheet_write_number(ws_, Row(row), Col(col), v, fmt));
}

void Sheet::List(size_t col, size_t last, std::span<const char* const> values) {
  std::vector<const char*> list(values.begin(), values.end());
  list.push_back(nullptr);
  lxw_data_validation dv{};
  dv.validate = LXW_VALIDATION_TYPE_LIST;
  dv.value_list = const_cast<char**>(list.data());
  Check(worksheet_data_validation_range(ws_, 1, Col(col), Row(std::max<size_t>(last, 1)), Col(col),
                                        &dv));
}

void Sheet::FitRows() {
  for (const auto& [row, lines] : lines_) {
    if (lines > 1) {
      double height = std::min(409.0, 15.0 * static_cast<double>(lines));
      Check(worksheet_set_row(ws_, Row(row), height, nullptr));
    }
  }
}

void Sheet::Filter(size_t last_row, size_t last_col) {
  Check(worksheet_autofilter(ws_, 0, 0, Row(last_row), Col(last_col)));
}

void Sheet::When(size_t rows, size_t c0, size_t c1, const std::string& formula, lxw_format* fmt) {
  if (rows == 0) return;
  lxw_conditional_format cf{};
  cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
  cf.value_string = const_cast<char*>(formula.c_str());
  cf.format = fmt;
  Check(worksheet_conditional_format_range(ws_, 1, Col(c0), Row(rows), Col(c1), &cf));
}

void Sheet::Scale(size_t rows, size_t col) {
  if (rows == 0) return;
  lxw_conditional_format cf{};
  cf.type = LXW_CONDITIONAL_3_COLOR_SCALE;
  cf.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  cf.min_value = 0;
  cf.min_color = 0xF8696B;
  cf.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  cf.mid_value = 0.5;
  cf.mid_color = 0xFFEB84;
  cf.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
  cf.max_value = 1;
  cf.max_color = 0x63BE7B;
  Check(worksheet_conditional_format_range(ws_, 1, Col(col), Row(rows), Col(col), &cf));
}

}  // namespace ehcp::xlsx
