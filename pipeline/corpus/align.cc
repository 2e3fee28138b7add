#include "pipeline/corpus/align.h"

#include <algorithm>

namespace ehcp::corpus {
namespace {

// Walks two token sequences in one direction (+1 right, -1 left) from (i, j).
struct Walker {
  std::span<const Token> a, b;
  int step;

  bool InRange(int64_t i, int64_t j) const {
    return i >= 0 && j >= 0 && i < static_cast<int64_t>(a.size()) &&
           j < static_cast<int64_t>(b.size());
  }
  const Token& A(int64_t i) const { return a[static_cast<size_t>(i)]; }
  const Token& B(int64_t j) const { return b[static_cast<size_t>(j)]; }
  bool Same(int64_t i, int64_t j) const { return A(i).hash == B(j).hash; }

  // A differing pair that may be bridged: a name or number placeholder on either side, or two
  // capitalised words inside sentences (names the caller did not mask).
  bool Bridgeable(int64_t i, int64_t j) const {
    const Token& x = A(i);
    const Token& y = B(j);
    if (x.kind != TokenKind::kWord || y.kind != TokenKind::kWord) return true;
    return x.capitalised && y.capitalised && !x.sentence_initial && !y.sentence_initial;
  }

  // A run of up to kMaxSubstitutionRun bridgeable differing pairs from (i, j): its length,
  // and whether kResyncWords agreeing pairs follow it (else the region ends after it: a name
  // or number at the boundary of a copied region still belongs to it). {0, false} when the
  // pair at (i, j) cannot be bridged.
  std::pair<int, bool> SubstitutionRun(int64_t i, int64_t j) const {
    int run = 0;
    for (int s = 0; s < kMaxSubstitutionRun; ++s) {
      const int64_t x = i + step * s, y = j + step * s;
      if (!InRange(x, y) || Same(x, y) || !Bridgeable(x, y)) break;
      run = s + 1;
      const int64_t nx = x + step, ny = y + step;
      bool resync = true;
      for (int r = 0; r < kResyncWords && resync; ++r) {
        resync = InRange(nx + step * r, ny + step * r) && Same(nx + step * r, ny + step * r);
      }
      if (resync) return {run, true};
    }
    return {std::min(run, 1), false};
  }

  // Extends from (i, j) while tokens agree or can be bridged; returns the first position
  // outside the region and appends bridged a-positions to `subs`.
  std::pair<int64_t, int64_t> Extend(int64_t i, int64_t j, std::vector<int64_t>& subs) const {
    while (InRange(i, j)) {
      if (Same(i, j)) {
        i += step, j += step;
        continue;
      }
      const auto [run, resynced] = SubstitutionRun(i, j);
      for (int s = 0; s < run; ++s) subs.push_back(i + step * s);
      i += step * run, j += step * run;
      if (!resynced) break;
    }
    return {i, j};
  }
};

}  // namespace

std::optional<AlignedRegion> ExtendSeed(std::span<const Token> a, std::span<const Token> b,
                                        uint32_t a_pos, uint32_t b_pos, int k) {
  const Walker right{a, b, +1};
  for (int d = 0; d < k; ++d) {
    if (!right.InRange(a_pos + d, b_pos + d) || !right.Same(a_pos + d, b_pos + d)) {
      return std::nullopt;
    }
  }
  std::vector<int64_t> subs;
  auto [a_end, b_end] = right.Extend(int64_t{a_pos} + k, int64_t{b_pos} + k, subs);
  const Walker left{a, b, -1};
  auto [a_before, b_before] = left.Extend(int64_t{a_pos} - 1, int64_t{b_pos} - 1, subs);
  AlignedRegion region;
  region.a_begin = static_cast<uint32_t>(a_before + 1);
  region.b_begin = static_cast<uint32_t>(b_before + 1);
  region.a_end = static_cast<uint32_t>(a_end);
  region.b_end = static_cast<uint32_t>(b_end);
  std::sort(subs.begin(), subs.end());
  for (int64_t s : subs) region.substituted.push_back(static_cast<uint32_t>(s - a_before - 1));
  return region;
}

}  // namespace ehcp::corpus
