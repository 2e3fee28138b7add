#include "pipeline/base/fs.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace ehcp {
namespace {

namespace stdfs = std::filesystem;

std::string ErrnoText() { return std::strerror(errno); }

class PosixFileSystem final : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      if (errno == ENOENT) return NotFound("'" + path + "' does not exist");
      return IoError("'" + path + "' could not be opened: " + ErrnoText());
    }
    std::string out;
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        Status st = IoError("'" + path + "' could not be read: " + ErrnoText());
        ::close(fd);
        return st;
      }
      if (n == 0) break;
      out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return out;
  }

  Status WriteFileAtomic(const std::string& path, std::string_view bytes) override {
    std::string tmp = path + ".part-" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return IoError("could not create '" + tmp + "': " + ErrnoText());
    const char* p = bytes.data();
    size_t left = bytes.size();
    while (left > 0) {
      ssize_t n = ::write(fd, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        Status st = IoError("could not write '" + path + "': " + ErrnoText());
        ::close(fd);
        ::unlink(tmp.c_str());
        return st;
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
      ::unlink(tmp.c_str());
      return IoError("could not write '" + path + "': " + ErrnoText());
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
      Status st = IoError("could not move '" + tmp + "' into place: " + ErrnoText());
      ::unlink(tmp.c_str());
      return st;
    }
    return Status::Ok();
  }

  Status MakeDirs(const std::string& path) override {
    std::error_code ec;
    stdfs::path p(path);
    std::vector<stdfs::path> missing;
    for (stdfs::path cur = p; !cur.empty() && !stdfs::exists(cur, ec); cur = cur.parent_path()) {
      missing.push_back(cur);
      if (cur == cur.parent_path()) break;
    }
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
      if (::mkdir(it->c_str(), 0700) != 0 && errno != EEXIST) {
        return IoError("could not create folder '" + it->string() + "': " + ErrnoText());
      }
    }
    if (!stdfs::is_directory(p, ec)) return IoError("'" + path + "' is not a folder");
    return Status::Ok();
  }

  StatusOr<std::vector<std::string>> ListDir(const std::string& path) const override {
    std::error_code ec;
    std::vector<std::string> names;
    for (stdfs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
    }
    if (ec) return IoError("could not list folder '" + path + "': " + ec.message());
    std::sort(names.begin(), names.end());
    return names;
  }

  bool IsDir(const std::string& path) const override {
    std::error_code ec;
    return stdfs::is_directory(path, ec);
  }
  bool Exists(const std::string& path) const override {
    std::error_code ec;
    return stdfs::exists(path, ec);
  }
  StatusOr<uint64_t> FileSize(const std::string& path) const override {
    std::error_code ec;
    auto n = stdfs::file_size(path, ec);
    if (ec) return IoError("could not read the size of '" + path + "': " + ec.message());
    return static_cast<uint64_t>(n);
  }
  FileKind KindOf(const std::string& path) const override {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return FileKind::kMissing;
    if (S_ISREG(st.st_mode)) return FileKind::kRegular;
    if (S_ISDIR(st.st_mode)) return FileKind::kDirectory;
    if (S_ISLNK(st.st_mode)) return FileKind::kSymlink;
    if (S_ISFIFO(st.st_mode)) return FileKind::kFifo;
    if (S_ISSOCK(st.st_mode)) return FileKind::kSocket;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return FileKind::kDevice;
    return FileKind::kOther;
  }

  StatusOr<std::string> ResolvedPath(const std::string& path) const override {
    char* real = ::realpath(path.c_str(), nullptr);
    if (real == nullptr) return IoError("'" + path + "' could not be resolved: " + ErrnoText());
    std::string out(real);
    std::free(real);
    return out;
  }

  StatusOr<std::string> ReadRegularFile(const std::string& path,
                                        uint64_t max_bytes) const override {
    // O_NOFOLLOW: a link is not followed; O_NONBLOCK: opening a named pipe does not wait for a
    // writer; O_NOCTTY: a terminal device never becomes ours. Only then is the kind checked.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
      if (errno == ENOENT) return NotFound("'" + path + "' does not exist");
      if (errno == ELOOP) return Unsupported("'" + path + "' is a symbolic link, not a file");
      return IoError("'" + path + "' could not be opened: " + ErrnoText());
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
      Status e = IoError("'" + path + "' could not be read: " + ErrnoText());
      ::close(fd);
      return e;
    }
    if (!S_ISREG(st.st_mode)) {
      FileKind kind = S_ISDIR(st.st_mode)                          ? FileKind::kDirectory
                      : S_ISFIFO(st.st_mode)                       ? FileKind::kFifo
                      : S_ISSOCK(st.st_mode)                       ? FileKind::kSocket
                      : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? FileKind::kDevice
                                                                   : FileKind::kOther;
      ::close(fd);
      return Unsupported("'" + path + "' is " + KindName(kind) + ", not a file");
    }
    auto size = static_cast<uint64_t>(st.st_size);
    if (size > max_bytes) {
      ::close(fd);
      return LimitExceeded("'" + path + "' is " + std::to_string(size) + " bytes, more than " +
                           std::to_string(max_bytes));
    }
    // Back to blocking reads for a regular file; never more than max_bytes, even if it grows.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::string out;
    out.reserve(static_cast<size_t>(size));
    char buf[1 << 16];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0) {
        if (errno == EINTR) continue;
        Status e = IoError("'" + path + "' could not be read: " + ErrnoText());
        ::close(fd);
        return e;
      }
      if (n == 0) break;
      if (out.size() + static_cast<size_t>(n) > max_bytes) {
        ::close(fd);
        return LimitExceeded("'" + path + "' grew past " + std::to_string(max_bytes) +
                             " bytes while it was read");
      }
      out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return out;
  }

  Status Rename(const std::string& from, const std::string& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) {
      return IoError("could not rename '" + from + "' to '" + to + "': " + ErrnoText());
    }
    return Status::Ok();
  }
};

std::string Parent(const std::string& path) {
  auto pos = path.find_last_of('/');
  return pos == std::string::npos ? std::string() : path.substr(0, pos);
}

}  // namespace

FileKind FileSystem::KindOf(const std::string& path) const {
  if (IsDir(path)) return FileKind::kDirectory;
  return Exists(path) ? FileKind::kRegular : FileKind::kMissing;
}

StatusOr<std::string> FileSystem::ResolvedPath(const std::string& path) const {
  if (!Exists(path)) return NotFound("'" + path + "' does not exist");
  return path;
}

StatusOr<std::string> FileSystem::ReadRegularFile(const std::string& path,
                                                  uint64_t max_bytes) const {
  if (KindOf(path) != FileKind::kRegular && Exists(path)) {
    return Unsupported("'" + path + "' is " + KindName(KindOf(path)) + ", not a file");
  }
  StatusOr<uint64_t> size = FileSize(path);
  if (size.ok() && *size > max_bytes) {
    return LimitExceeded("'" + path + "' is " + std::to_string(*size) + " bytes, more than " +
                         std::to_string(max_bytes));
  }
  return ReadFile(path);
}

const char* KindName(FileKind kind) {
  switch (kind) {
    case FileKind::kMissing:
      return "missing";
    case FileKind::kRegular:
      return "a file";
    case FileKind::kDirectory:
      return "a folder";
    case FileKind::kSymlink:
      return "a symbolic link";
    case FileKind::kFifo:
      return "a named pipe (FIFO)";
    case FileKind::kSocket:
      return "a socket";
    case FileKind::kDevice:
      return "a device";
    case FileKind::kOther:
      break;
  }
  return "a special file";
}

FileSystem& RealFileSystem() {
  static PosixFileSystem fs;
  return fs;
}

StatusOr<std::string> MemFileSystem::ReadFile(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return NotFound("'" + path + "' does not exist");
  return it->second;
}

Status MemFileSystem::WriteFileAtomic(const std::string& path, std::string_view bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = std::string(bytes);
  return Status::Ok();
}

Status MemFileSystem::MakeDirs(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  for (std::string p = path; !p.empty(); p = Parent(p)) dirs_[p] = true;
  return Status::Ok();
}

StatusOr<std::vector<std::string>> MemFileSystem::ListDir(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> names;
  std::string prefix = path + "/";
  auto add = [&](const std::string& p) {
    if (p.rfind(prefix, 0) != 0) return;
    std::string rest = p.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(name);
    }
  };
  for (const auto& [p, _] : files_) add(p);
  for (const auto& [p, _] : dirs_) add(p);
  std::sort(names.begin(), names.end());
  return names;
}

bool MemFileSystem::IsDir(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (dirs_.count(path)) return true;
  std::string prefix = path + "/";
  for (const auto& [p, _] : files_) {
    if (p.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

bool MemFileSystem::Exists(const std::string& path) const {
  if (IsDir(path)) return true;
  std::lock_guard<std::mutex> lock(mu_);
  return files_.count(path) > 0;
}

StatusOr<uint64_t> MemFileSystem::FileSize(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return NotFound("'" + path + "' does not exist");
  return static_cast<uint64_t>(it->second.size());
}

Status MemFileSystem::Rename(const std::string& from, const std::string& to) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(from);
  if (it == files_.end()) return NotFound("'" + from + "' does not exist");
  files_[to] = std::move(it->second);
  files_.erase(from);
  return Status::Ok();
}

std::string JoinPath(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  std::string out(a);
  if (out.back() != '/') out += '/';
  out += b;
  return out;
}

std::string BaseName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  auto pos = path.find_last_of('/');
  return std::string(pos == std::string_view::npos ? path : path.substr(pos + 1));
}

}  // namespace ehcp
