// Keeps Tesseract's OpenMP threading off for the whole process.
//
// Tesseract 5 parallelises inside one page with OpenMP; on a small machine that makes it 5-7
// times slower than one thread per page. The OpenMP runtime reads OMP_THREAD_LIMIT when it
// loads, before main() runs, so setting the variable later has no effect: the program has to
// start again with it set.
#pragma once

namespace ehcp {

// If OMP_THREAD_LIMIT is not set, sets it to "1" and re-executes the running program
// (/proc/self/exe) with the same arguments; does not return in that case unless the re-exec
// fails, when it carries on as it is. If OMP_THREAD_LIMIT is already set (by the user or by the
// re-exec), returns at once and leaves it alone.
// REQUIRES: called first thing in main(), before any thread is started; `argv` is main's argv
// (null-terminated).
void EnsureSingleThreadedOpenMp(int argc, char** argv);

}  // namespace ehcp
