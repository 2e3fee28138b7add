// Safe stopping: Ctrl-C (SIGINT) or SIGTERM asks the run to stop. Work in hand is finished or
// abandoned cleanly, finished cases are kept, and the command exits with kExitInterrupted.
// A second signal ends the process at once (the next run cleans up what it left).
#pragma once

namespace ehcp {

// Exit code of a run stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it).
constexpr int kExitInterrupted = 130;

// Installs the SIGINT and SIGTERM handlers. Call once, from main.
void InstallStopHandlers();

// True once a stop was asked for (by a signal or RequestStop). Cheap; safe from any thread.
bool StopRequested();

// Asks the run to stop, as a signal would (tests).
void RequestStop();

// Forgets a stop request (tests).
void ClearStopRequest();

}  // namespace ehcp
