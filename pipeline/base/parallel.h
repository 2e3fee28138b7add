// Work spread over threads without a pool: each worker takes the next index until none is left.
#pragma once

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace ehcp {

// Runs `fn(i)` for every i in [0, n) on `workers` threads (the caller's thread is one of them).
// `fn` must be safe to call concurrently for different i.
template <typename Fn>
void ParallelFor(size_t n, int workers, Fn fn) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  std::vector<std::thread> threads;
  for (int i = 1; i < workers; ++i) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
}

}  // namespace ehcp
