#include "pipeline/base/omp_env.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace ehcp {
namespace {

constexpr int kProbeExitCode = 42;

// Run only in the re-executed child below: exits with kProbeExitCode when the re-exec set the
// limit.
TEST(OmpEnvProbe, DISABLED_ExitsWhenLimitIsOne) {
  const char* limit = std::getenv("OMP_THREAD_LIMIT");
  std::_Exit(limit != nullptr && std::string(limit) == "1" ? kProbeExitCode : 1);
}

TEST(OmpEnv, LeavesAnExistingLimitAlone) {
  ASSERT_EQ(setenv("OMP_THREAD_LIMIT", "3", 1), 0);
  char arg0[] = "ehcp_tests";
  char* argv[] = {arg0, nullptr};
  EnsureSingleThreadedOpenMp(1, argv);  // returns: the variable is set
  EXPECT_STREQ(std::getenv("OMP_THREAD_LIMIT"), "3");
  ASSERT_EQ(setenv("OMP_THREAD_LIMIT", "1", 1), 0);
}

TEST(OmpEnv, RestartsTheProgramWithTheLimitSet) {
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    unsetenv("OMP_THREAD_LIMIT");
    char arg0[] = "ehcp_tests";
    char filter[] = "--gtest_filter=OmpEnvProbe.DISABLED_ExitsWhenLimitIsOne";
    char disabled[] = "--gtest_also_run_disabled_tests";
    char* argv[] = {arg0, filter, disabled, nullptr};
    EnsureSingleThreadedOpenMp(3, argv);
    std::_Exit(2);  // only reached if the re-exec failed
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), kProbeExitCode);
}

}  // namespace
}  // namespace ehcp
