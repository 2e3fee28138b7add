// Token-level alignment of two passages around a shared k-gram (a "seed").
//
// From a seed the region grows left and right while the normalised tokens agree. A run of up
// to kMaxSubstitutionRun differing tokens is tolerated when at least kResyncWords agreeing
// tokens follow it, so a foreign name that was not masked, or a changed word, does not cut a
// copied passage in two. At the edge of a passage, where no words follow, a run of up to
// kMaxSubstitutionRun tokens is also bridged when each pair has a name or number placeholder
// on one side ("Millie" kept in a copy whose source masked it). Insertions and deletions end the region (a passage with one word
// inserted aligns as two regions).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "pipeline/corpus/normalize.h"

namespace ehcp::corpus {

inline constexpr int kMaxSubstitutionRun = 2;
inline constexpr int kResyncWords = 3;

struct AlignedRegion {
  uint32_t a_begin = 0, a_end = 0;    // token range [begin, end) in passage a
  uint32_t b_begin = 0, b_end = 0;    // token range in passage b (same length)
  std::vector<uint32_t> substituted;  // offsets within the region where the tokens differ
  uint32_t length() const { return a_end - a_begin; }
};

// Grows a region from the k tokens at a[a_pos] and b[b_pos]. Returns nothing when those k
// tokens do not actually agree (a hash collision). Pure.
std::optional<AlignedRegion> ExtendSeed(std::span<const Token> a, std::span<const Token> b,
                                        uint32_t a_pos, uint32_t b_pos, int k);

}  // namespace ehcp::corpus
