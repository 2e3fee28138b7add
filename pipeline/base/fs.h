// The file system as an injected interface (as LevelDB's Env), with a real and an in-memory
// implementation. Writers never touch paths directly: they write to a ByteSink.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"

namespace ehcp {

// What a directory entry is, without following a symbolic link.
enum class FileKind { kMissing, kRegular, kDirectory, kSymlink, kFifo, kSocket, kDevice, kOther };

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // Whole file as bytes. NotFound if missing, IoError if unreadable.
  virtual StatusOr<std::string> ReadFile(const std::string& path) const = 0;
  // Writes atomically: a temporary file beside `path` is written, flushed and renamed into
  // place, so an interrupted run never leaves a half-written output. Files are created 0600.
  virtual Status WriteFileAtomic(const std::string& path, std::string_view bytes) = 0;
  // Creates the folder and its parents (0700 for new folders).
  virtual Status MakeDirs(const std::string& path) = 0;
  // Names (not paths) of the entries of a folder, sorted.
  virtual StatusOr<std::vector<std::string>> ListDir(const std::string& path) const = 0;
  virtual bool IsDir(const std::string& path) const = 0;
  virtual bool Exists(const std::string& path) const = 0;
  // Size in bytes, or an error.
  virtual StatusOr<uint64_t> FileSize(const std::string& path) const = 0;
  // Renames a file (within one file system), replacing `to` if it exists.
  virtual Status Rename(const std::string& from, const std::string& to) = 0;

  // What is at `path`; a symbolic link is kSymlink, whatever it points at. The default knows
  // folders and files only.
  virtual FileKind KindOf(const std::string& path) const;
  // `path` with every symbolic link, "." and ".." resolved (realpath), or an error. The default
  // returns the path as given.
  virtual StatusOr<std::string> ResolvedPath(const std::string& path) const;
  // Reads a regular file of at most `max_bytes`. A symbolic link, named pipe, socket or device
  // is refused without being followed or waited on (kUnsupported); a larger file is refused
  // before it is read (kLimitExceeded, the message gives the size).
  virtual StatusOr<std::string> ReadRegularFile(const std::string& path, uint64_t max_bytes) const;
};

// "a named pipe (FIFO)", "a symbolic link", "a socket", "a device" ...: for messages.
const char* KindName(FileKind kind);

// The process's real file system.
FileSystem& RealFileSystem();

// A file system held in memory, for tests. Thread-safe.
class MemFileSystem final : public FileSystem {
 public:
  StatusOr<std::string> ReadFile(const std::string& path) const override;
  Status WriteFileAtomic(const std::string& path, std::string_view bytes) override;
  Status MakeDirs(const std::string& path) override;
  StatusOr<std::vector<std::string>> ListDir(const std::string& path) const override;
  bool IsDir(const std::string& path) const override;
  bool Exists(const std::string& path) const override;
  StatusOr<uint64_t> FileSize(const std::string& path) const override;
  Status Rename(const std::string& from, const std::string& to) override;

 private:
  mutable std::mutex mu_;
  std::map<std::string, std::string> files_;
  std::map<std::string, bool> dirs_;
};

// Joins two path parts with one '/'.
std::string JoinPath(std::string_view a, std::string_view b);
// The last component of a path ("a/b/c.pdf" -> "c.pdf").
std::string BaseName(std::string_view path);

}  // namespace ehcp
