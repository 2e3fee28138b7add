#include "pipeline/base/interrupt.h"

#include <signal.h>

#include <atomic>

namespace ehcp {
namespace {

std::atomic<bool> g_stop{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void OnStopSignal(int sig) {
  if (g_stop.exchange(true)) {
    // The second signal: stop now, with the signal's own exit status.
    ::signal(sig, SIG_DFL);
    ::raise(sig);
  }
}

}  // namespace

void InstallStopHandlers() {
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &sa, nullptr);
  ::sigaction(SIGTERM, &sa, nullptr);
}

bool StopRequested() { return g_stop.load(std::memory_order_relaxed); }

void RequestStop() { g_stop.store(true); }

void ClearStopRequest() { g_stop.store(false); }

}  // namespace ehcp
