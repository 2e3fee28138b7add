// Temporary files beside their target, and the clean-up of what an interrupted run left.
//
// Outputs are written to a temporary file beside the target ("plan.json.part-<pid>"), and the
// workbook writer builds its workbook in a private folder beside it (".ehcp-tmp-<pid>-XXXXXX",
// 0700, files 0600): children's text never lands in a shared /tmp. A run killed before it could
// tidy up (kill -9, power loss) leaves these behind; the next run over the same folder removes
// those whose process is gone.
#pragma once

#include <string>
#include <vector>

namespace ehcp {

// While alive, temporary files made by writers on this thread go in `dir` (normally the
// folder the output is written to). Nests; restores the previous folder when it ends.
class ScopedScratchDir {
 public:
  explicit ScopedScratchDir(std::string dir);
  ~ScopedScratchDir();
  ScopedScratchDir(const ScopedScratchDir&) = delete;
  ScopedScratchDir& operator=(const ScopedScratchDir&) = delete;

 private:
  std::string previous_;
};

// This thread's scratch folder, or "" when none is set (writers then use TMPDIR).
const std::string& ScratchDir();

// Name prefix of the private folders made in a scratch folder.
inline constexpr const char* kScratchPrefix = ".ehcp-tmp-";

// Removes from `dir` (on the real disk) the temporary files and folders left by runs of this
// program that have ended: "<name>.part-<pid>…" files and ".ehcp-tmp-<pid>-…" folders whose
// process no longer exists. Returns the names removed. Never follows links.
std::vector<std::string> RemoveLeftovers(const std::string& dir);

}  // namespace ehcp
