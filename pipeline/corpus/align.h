// Token-level alignment of two passages around a shared k-gram (a "seed").
//
// From a seed the region grows left and right while the normalised tokens agree. A run of up to
// kMaxSubstitutionRun differing tokens is bridged when every pair in it is name- or
// number-like (a name or number placeholder on either side, or two capitalised words inside a
// sentence: a foreign name the caller did not mask) and kResyncWords agreeing tokens follow it;
// otherwise one such differing pair still joins the region as its last word (a name opening a
// copied sentence belongs to the copy). Any other difference ends the region, so templated
// sentences that differ in their ordinary words do not align, and a passage with a word
// inserted or changed aligns as separate regions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "pipeline/corpus/normalize.h"

namespace ehcp::corpus {

inline constexpr int kMaxSubstitutionRun = 2;
inline constexpr int kResyncWords = 2;

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
