#include "output/xlsx/sheet.h"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <mutex>
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
  lxw_error closed = LXW_NO_ERROR;
  {
    std::lock_guard<std::mutex> lock(markup::LibcTimeMutex());
    closed = workbook_close(wb);  // frees wb whatever happens
  }
  if (err == LXW_NO_ERROR) err = closed;
  if (err != LXW_NO_ERROR) {
    return Internal("could not write " + name + ": " + lxw_strerror(err));
  }
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

void Sheet::Text(size_t row, size_t col, std::string_view s, lxw_format* fmt) {
  if (s.empty()) return;
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
