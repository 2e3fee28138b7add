// Content hashing for document identity and change detection (not for security).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ehcp {

inline constexpr uint64_t kFnvOffsetBasis = 0xcbf29ce484222325ULL;

// 64-bit FNV-1a.
uint64_t Fnv1a64(std::string_view bytes, uint64_t seed = kFnvOffsetBasis);
// 128 bits as 32 lowercase hex digits (two FNV-1a passes with different seeds): the
// "content hash" stored with each document.
std::string ContentHash(std::string_view bytes);

}  // namespace ehcp
