#include "pipeline/base/hash.h"

#include <cstdio>

namespace ehcp {

uint64_t Fnv1a64(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string ContentHash(std::string_view bytes) {
  uint64_t a = Fnv1a64(bytes);
  uint64_t b = Fnv1a64(bytes, 0x84222325cbf29ce4ULL ^ bytes.size());
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

}  // namespace ehcp
