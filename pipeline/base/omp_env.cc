#include "pipeline/base/omp_env.h"

#include <unistd.h>

#include <cstdlib>

namespace ehcp {

void EnsureSingleThreadedOpenMp(int argc, char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  if (setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/1) != 0) return;
  if (argc <= 0 || argv == nullptr || argv[0] == nullptr) return;
  execv("/proc/self/exe", argv);
  // execv returns only on failure; the program still works, only OCR is slower.
}

}  // namespace ehcp
