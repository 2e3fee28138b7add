// Helpers shared by tests: temporary folders, running the real program, reading zip parts.
#pragma once

#include <map>
#include <string>

namespace ehcp::testing {

// A fresh folder under the system temp dir, removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs the built `ehcp` with the given arguments (shell-quoted by the caller), feeding `input`
// on standard input.
CommandResult RunEhcp(const std::string& args, const std::string& input = "");

// Runs any shell command.
CommandResult RunShell(const std::string& command);

// Every entry of a zip archive (DOCX, XLSX) by name.
std::map<std::string, std::string> ReadZipEntries(const std::string& bytes);

std::string ReadFileOrDie(const std::string& path);
void WriteFileOrDie(const std::string& path, const std::string& bytes);

// Shell-quotes one argument.
std::string Quote(const std::string& s);

// The repository root and the built program.
std::string SourceDir();
std::string EhcpBinary();

}  // namespace ehcp::testing
