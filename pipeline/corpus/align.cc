#include "pipeline/corpus/align.h"

#include <algorithm>

namespace ehcp::corpus {
namespace {

bool Same(std::span<const Token> a, std::span<const Token> b, size_t i, size_t j) {
  return a[i].hash == b[j].hash;
}

// True when a[i..i+n) equals b[j..j+n), all in range.
bool RunMatches(std::span<const Token> a, std::span<const Token> b, int64_t i, int64_t j,
                int64_t n) {
  if (i < 0 || j < 0) return false;
  if (i + n > static_cast<int64_t>(a.size()) || j + n > static_cast<int64_t>(b.size())) {
    return false;
  }
  for (int64_t d = 0; d < n; ++d) {
    if (!Same(a, b, static_cast<size_t>(i + d), static_cast<size_t>(j + d))) return false;
  }
  return true;
}

// True when a[i] / b[j] differ only as a placeholder against a word (an unmasked name or a
// number written as a word), which may be bridged at a passage edge without resync words.
bool PlaceholderPair(std::span<const Token> a, std::span<const Token> b, int64_t i, int64_t j) {
  const Token& x = a[static_cast<size_t>(i)];
  const Token& y = b[static_cast<size_t>(j)];
  return x.kind != TokenKind::kWord || y.kind != TokenKind::kWord;
}

// Length of a run of placeholder pairs from (i, j) stepping by `step` that reaches an edge of
// either passage, or 0.
int EdgeRun(std::span<const Token> a, std::span<const Token> b, int64_t i, int64_t j, int step) {
  const auto na = static_cast<int64_t>(a.size());
  const auto nb = static_cast<int64_t>(b.size());
  for (int s = 0; s < kMaxSubstitutionRun; ++s) {
    const int64_t x = i + step * s, y = j + step * s;
    if (x < 0 || y < 0 || x >= na || y >= nb || !PlaceholderPair(a, b, x, y)) return 0;
    const int64_t nx = x + step, ny = y + step;
    if (nx < 0 || ny < 0 || nx >= na || ny >= nb) return s + 1;
  }
  return 0;
}

}  // namespace

std::optional<AlignedRegion> ExtendSeed(std::span<const Token> a, std::span<const Token> b,
                                        uint32_t a_pos, uint32_t b_pos, int k) {
  if (!RunMatches(a, b, a_pos, b_pos, k)) return std::nullopt;
  std::vector<int64_t> subs_abs;  // absolute a-indices of substituted tokens
  // Right.
  int64_t i = static_cast<int64_t>(a_pos) + k;
  int64_t j = static_cast<int64_t>(b_pos) + k;
  const auto na = static_cast<int64_t>(a.size());
  const auto nb = static_cast<int64_t>(b.size());
  while (i < na && j < nb) {
    if (Same(a, b, static_cast<size_t>(i), static_cast<size_t>(j))) {
      ++i, ++j;
      continue;
    }
    int run = 0;
    for (int s = 1; s <= kMaxSubstitutionRun; ++s) {
      if (RunMatches(a, b, i + s, j + s, kResyncWords)) {
        run = s;
        break;
      }
    }
    if (run == 0) run = EdgeRun(a, b, i, j, +1);
    if (run == 0) break;
    for (int s = 0; s < run; ++s) subs_abs.push_back(i + s);
    i += run, j += run;
  }
  const int64_t a_end = i;
  const int64_t b_end = j;
  // Left.
  i = static_cast<int64_t>(a_pos) - 1;
  j = static_cast<int64_t>(b_pos) - 1;
  while (i >= 0 && j >= 0) {
    if (Same(a, b, static_cast<size_t>(i), static_cast<size_t>(j))) {
      --i, --j;
      continue;
    }
    int run = 0;
    for (int s = 1; s <= kMaxSubstitutionRun; ++s) {
      if (RunMatches(a, b, i - s - kResyncWords + 1, j - s - kResyncWords + 1, kResyncWords)) {
        run = s;
        break;
      }
    }
    if (run == 0) run = EdgeRun(a, b, i, j, -1);
    if (run == 0) break;
    for (int s = 0; s < run; ++s) subs_abs.push_back(i - s);
    i -= run, j -= run;
  }
  AlignedRegion region;
  region.a_begin = static_cast<uint32_t>(i + 1);
  region.b_begin = static_cast<uint32_t>(j + 1);
  region.a_end = static_cast<uint32_t>(a_end);
  region.b_end = static_cast<uint32_t>(b_end);
  std::sort(subs_abs.begin(), subs_abs.end());
  for (int64_t s : subs_abs) region.substituted.push_back(static_cast<uint32_t>(s - (i + 1)));
  return region;
}

}  // namespace ehcp::corpus
