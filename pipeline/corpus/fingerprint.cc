#include "pipeline/corpus/fingerprint.h"

namespace ehcp::corpus {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

std::vector<uint64_t> KgramHashes(std::span<const Token> tokens, int k) {
  std::vector<uint64_t> out;
  if (k <= 0 || tokens.size() < static_cast<size_t>(k)) return out;
  out.reserve(tokens.size() - static_cast<size_t>(k) + 1);
  for (size_t i = 0; i + static_cast<size_t>(k) <= tokens.size(); ++i) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t j = 0; j < static_cast<size_t>(k); ++j) {
      h = (h ^ tokens[i + j].hash) * 0x100000001b3ULL;
    }
    // Keep 63 bits so the value stores as a non-negative SQLite INTEGER.
    out.push_back(Mix(h) >> 1);
  }
  return out;
}

std::vector<Fingerprint> Winnow(std::span<const uint64_t> hashes, int w) {
  std::vector<Fingerprint> out;
  if (hashes.empty()) return out;
  const size_t n = hashes.size();
  const size_t window = w <= 0 ? 1 : static_cast<size_t>(w);
  if (n <= window) {
    size_t best = 0;
    for (size_t i = 1; i < n; ++i) {
      if (hashes[i] <= hashes[best]) best = i;
    }
    out.push_back({hashes[best], static_cast<uint32_t>(best)});
    return out;
  }
  size_t last = n;  // position recorded last (n = none)
  for (size_t start = 0; start + window <= n; ++start) {
    size_t best = start;
    for (size_t i = start + 1; i < start + window; ++i) {
      if (hashes[i] <= hashes[best]) best = i;
    }
    if (best != last) {
      out.push_back({hashes[best], static_cast<uint32_t>(best)});
      last = best;
    }
  }
  return out;
}

std::vector<Fingerprint> FingerprintTokens(std::span<const Token> tokens) {
  std::vector<uint64_t> hashes = KgramHashes(tokens);
  return Winnow(hashes);
}

}  // namespace ehcp::corpus
