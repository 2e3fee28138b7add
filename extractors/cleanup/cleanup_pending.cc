// TEMPORARY — DELETE AT MERGE. Stand-in implementations of extractors/cleanup/cleanup.h so
// that the h-docx branch links and its tests run; the real cleanup.cc is written in another
// worktree. These are deliberately simple (no NFKC, no furniture detection across pages).
#include <cctype>

#include "extractors/cleanup/cleanup.h"
#include "pipeline/base/text.h"

namespace ehcp {

std::string NormalizeText(std::string_view text) { return CollapseSpaces(text); }

std::string JoinLines(std::string_view text) {
  std::string out;
  for (const std::string& raw : Split(text, '\n')) {
    std::string line(Trim(raw));
    if (line.empty()) continue;
    if (!out.empty()) {
      bool split_word = out.size() >= 2 && out.back() == '-' &&
                        std::islower(static_cast<unsigned char>(out[out.size() - 2])) &&
                        std::islower(static_cast<unsigned char>(line[0]));
      if (split_word) {
        out.pop_back();
      } else {
        out += ' ';
      }
    }
    out += line;
  }
  return out;
}

bool IsPageFurniture(std::string_view line) {
  std::string s = ToLowerAscii(Trim(line));
  if (StartsWith(s, "page ")) return true;
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '/' && c != '-' && c != ' ') {
      return false;
    }
  }
  return true;
}

void CleanupDocument(Document& doc) {
  std::vector<Block> kept;
  for (Block& b : doc.blocks) {
    b.text = NormalizeText(b.text);
    if (b.text.empty() || IsPageFurniture(b.text)) continue;
    kept.push_back(std::move(b));
  }
  doc.blocks = std::move(kept);
  doc.Finalize();
}

}  // namespace ehcp
