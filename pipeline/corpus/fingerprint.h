// Winnowing fingerprints (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for
// document fingerprinting", SIGMOD 2003) over hashed word k-grams.
//
// Guarantee: any run of at least kWinnowWindow + kKgramWords - 1 (= 8) identical normalised
// words shared by two passages yields at least one shared fingerprint. Shorter passages (fewer
// than kWinnowWindow k-grams) keep their single smallest k-gram hash.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "pipeline/corpus/normalize.h"

namespace ehcp::corpus {

inline constexpr int kKgramWords = 5;
inline constexpr int kWinnowWindow = 4;

struct Fingerprint {
  uint64_t hash = 0;
  uint32_t pos = 0;  // index of the first token of the k-gram
};

// Hash of the k tokens starting at each position (size: tokens - k + 1, or 0). Deterministic
// across runs and machines: FNV-1a per token, combined and finalised with a fixed mixer.
std::vector<uint64_t> KgramHashes(std::span<const Token> tokens, int k = kKgramWords);

// Robust winnowing: in each window of w consecutive k-gram hashes keep the minimum (the
// rightmost on ties), recording each selected position once. Output is ordered by position.
std::vector<Fingerprint> Winnow(std::span<const uint64_t> kgram_hashes, int w = kWinnowWindow);

// Tokens -> fingerprints, the two steps above.
std::vector<Fingerprint> FingerprintTokens(std::span<const Token> tokens);

}  // namespace ehcp::corpus
