#include "pipeline/base/hash.h"

#include <cstdio>

namespace ehcp {
namespace {

constexpr uint64_t kFnvPrime = 0x100000001b3ULL;

}  // namespace

uint64_t Fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kFnvPrime;
  }
  return h;
}

std::string ContentHash(std::string_view bytes) {
  // Fnv1a64(bytes) and Fnv1a64(bytes, seed) in one pass: the two chains of multiplications are
  // independent, so the processor runs them side by side (half the time of two passes).
  uint64_t a = kFnvOffsetBasis;
  uint64_t b = 0x84222325cbf29ce4ULL ^ bytes.size();
  for (unsigned char c : bytes) {
    a = (a ^ c) * kFnvPrime;
    b = (b ^ c) * kFnvPrime;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

}  // namespace ehcp
