#include "pipeline/base/scratch.h"

#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

namespace ehcp {
namespace {

thread_local std::string t_scratch;

// The process id that starts `s`, or -1.
pid_t LeadingPid(std::string_view s) {
  pid_t pid = 0;
  size_t i = 0;
  for (; i < s.size() && i < 10 && s[i] >= '0' && s[i] <= '9'; ++i) pid = pid * 10 + (s[i] - '0');
  return i == 0 ? -1 : pid;
}

bool Gone(pid_t pid) {
  if (pid <= 0) return false;
  if (pid == ::getpid()) return false;
  return ::kill(pid, 0) != 0 && errno == ESRCH;
}

}  // namespace

ScopedScratchDir::ScopedScratchDir(std::string dir) : previous_(std::move(t_scratch)) {
  t_scratch = std::move(dir);
}

ScopedScratchDir::~ScopedScratchDir() { t_scratch = std::move(previous_); }

const std::string& ScratchDir() { return t_scratch; }

std::vector<std::string> RemoveLeftovers(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> removed;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return removed;
  for (const fs::directory_entry& e : it) {
    std::string name = e.path().filename().string();
    pid_t pid = -1;
    bool folder = false;
    if (name.rfind(kScratchPrefix, 0) == 0) {
      pid = LeadingPid(std::string_view(name).substr(std::string_view(kScratchPrefix).size()));
      folder = true;
    } else if (size_t at = name.rfind(".part-"); at != std::string::npos && at > 0) {
      pid = LeadingPid(std::string_view(name).substr(at + 6));
    }
    if (!Gone(pid)) continue;
    std::error_code rm;
    if (e.is_symlink(rm)) continue;
    if (folder && e.is_directory(rm)) {
      fs::remove_all(e.path(), rm);
    } else if (!folder && e.is_regular_file(rm)) {
      fs::remove(e.path(), rm);
    } else {
      continue;
    }
    if (!rm) removed.push_back(name);
  }
  return removed;
}

}  // namespace ehcp
