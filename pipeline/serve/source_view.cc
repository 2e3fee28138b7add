#include "pipeline/serve/source_view.h"

#include <poppler-document.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>
#include <sstream>

#include "extractors/ocr/ocr.h"
#include "extractors/pdf/pdf_extractor.h"

namespace ehcp::serve {
namespace {

std::string Utf8(const poppler::ustring& s) {
  poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

StatusOr<std::unique_ptr<poppler::page>> OpenPage(const std::string& path, int page,
                                                  std::unique_ptr<poppler::document>& doc) {
  doc.reset(poppler::document::load_from_file(path));
  if (!doc || doc->is_locked()) {
    return InvalidArgument("'" + path + "' could not be opened as a PDF to show its pages");
  }
  if (page < 1 || page > doc->pages()) {
    return NotFound("'" + path + "' has no page " + std::to_string(page));
  }
  std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
  if (!p) return NotFound("'" + path + "' page " + std::to_string(page) + " could not be read");
  return p;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  std::string w;
  while (in >> w) {
    std::string k = MatchKey(w);
    if (!k.empty()) out.push_back(k);
  }
  return out;
}

}  // namespace

std::string MatchKey(std::string_view word) {
  std::string out;
  for (unsigned char c : word) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      out += static_cast<char>(c);  // letters outside ASCII kept as they are
    }
  }
  return out;
}

StatusOr<PageWords> ReadPageWords(const std::string& path, int page) {
  std::unique_ptr<poppler::document> doc;
  ASSIGN_OR_RETURN(std::unique_ptr<poppler::page> p, OpenPage(path, page, doc));
  PageWords out;
  poppler::rectf r = p->page_rect();
  out.width = r.width();
  out.height = r.height();
  for (const poppler::text_box& b : p->text_list()) {
    poppler::rectf bb = b.bbox();
    out.words.push_back(Utf8(b.text()));
    out.boxes.push_back({bb.left(), bb.top(), bb.right(), bb.bottom()});
  }
  return out;
}

StatusOr<PageWords> RecognisePage(const std::string& path, int page) {
  std::unique_ptr<poppler::document> doc;
  ASSIGN_OR_RETURN(std::unique_ptr<poppler::page> p, OpenPage(path, page, doc));
  ASSIGN_OR_RETURN(Raster raster, RenderPage(*p, 200));
  ASSIGN_OR_RETURN(OcrPage ocr, RecognizeRaster(raster, page, ExtractOptions{}));
  PageWords out;
  poppler::rectf r = p->page_rect();
  out.width = r.width();
  out.height = r.height();
  for (const Block& b : ocr.blocks) {
    if (!b.prov.bbox) continue;
    out.words.push_back(b.text);
    out.boxes.push_back(*b.prov.bbox);
  }
  return out;
}

std::vector<BBox> LocateParagraph(const PageWords& paragraphs, std::string_view text) {
  std::vector<std::string> want = Words(text);
  if (want.empty()) return {};
  double best = 0;
  int at = -1;
  for (size_t i = 0; i < paragraphs.words.size(); ++i) {
    std::vector<std::string> have = Words(paragraphs.words[i]);
    std::set<std::string> set(have.begin(), have.end());
    size_t found = 0;
    for (const auto& w : want) found += set.count(w);
    double share = static_cast<double>(found) / static_cast<double>(want.size());
    if (share > best) {
      best = share;
      at = static_cast<int>(i);
    }
  }
  if (at < 0 || best < 0.5) return {};
  return {paragraphs.boxes[static_cast<size_t>(at)]};
}

Status RenderPagePng(const std::string& path, int page, double dpi, const std::string& png_path) {
  struct stat st {};
  if (::stat(png_path.c_str(), &st) == 0 && st.st_size > 0) return Status::Ok();
  std::unique_ptr<poppler::document> doc;
  ASSIGN_OR_RETURN(std::unique_ptr<poppler::page> p, OpenPage(path, page, doc));
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  poppler::image img = renderer.render_page(p.get(), dpi, dpi);
  if (!img.is_valid()) {
    return Internal("'" + path + "' page " + std::to_string(page) + " could not be drawn");
  }
  // Written beside, then renamed: a reader never sees half a file.
  std::string tmp = png_path + ".tmp" + std::to_string(reinterpret_cast<uintptr_t>(&img));
  if (!img.save(tmp, "png", static_cast<int>(dpi))) {
    return IoError("could not write the picture of '" + path + "' page " + std::to_string(page) +
                   " to '" + png_path + "'");
  }
  if (std::rename(tmp.c_str(), png_path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return IoError("could not write '" + png_path + "'");
  }
  return Status::Ok();
}

std::vector<BBox> LocateStatement(const PageWords& page, std::string_view text) {
  std::vector<std::string> want = Words(text);
  std::vector<std::string> keys;
  keys.reserve(page.words.size());
  for (const auto& w : page.words) keys.push_back(MatchKey(w));
  if (want.empty()) return {};
  // For each start where the first or second word matches, walk forward allowing a page word
  // to be split across a line end ("multi-" "step") and a few unmatched words either side.
  size_t best_matched = 0;
  std::vector<size_t> best;
  for (size_t start = 0; start < keys.size(); ++start) {
    if (keys[start].empty()) continue;
    if (keys[start] != want[0] && (want.size() < 2 || keys[start] != want[1])) continue;
    size_t j = keys[start] == want[0] ? 0 : 1;
    size_t k = start;
    std::vector<size_t> used;
    int misses = 0;
    while (j < want.size() && k < keys.size() && misses <= 3) {
      if (keys[k].empty()) {
        ++k;
        continue;
      }
      if (keys[k] == want[j]) {
        used.push_back(k);
        ++j;
        ++k;
        misses = 0;
        continue;
      }
      // A word hyphenated across a line: "multi-" + "step" = "multistep".
      if (k + 1 < keys.size() && keys[k] + keys[k + 1] == want[j]) {
        used.push_back(k);
        used.push_back(k + 1);
        ++j;
        k += 2;
        continue;
      }
      // A statement word the page does not have here, or a page word the statement lacks.
      if (k + 1 < keys.size() && keys[k + 1] == want[j]) {
        ++k;
      } else {
        ++j;
      }
      ++misses;
    }
    size_t matched = used.size();
    if (matched > best_matched) {
      best_matched = matched;
      best = std::move(used);
    }
  }
  if (best_matched * 2 < want.size()) return {};
  // One rectangle per line: consecutive words whose vertical extents overlap.
  std::vector<BBox> lines;
  for (size_t k : best) {
    const BBox& b = page.boxes[k];
    if (!lines.empty()) {
      BBox& l = lines.back();
      double overlap = std::min(l.y1, b.y1) - std::max(l.y0, b.y0);
      if (overlap > 0.5 * std::min(l.y1 - l.y0, b.y1 - b.y0) && b.x0 >= l.x0 - 1) {
        l.x0 = std::min(l.x0, b.x0);
        l.x1 = std::max(l.x1, b.x1);
        l.y0 = std::min(l.y0, b.y0);
        l.y1 = std::max(l.y1, b.y1);
        continue;
      }
    }
    lines.push_back(b);
  }
  return lines;
}

}  // namespace ehcp::serve
