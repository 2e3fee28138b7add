// `ehcp corpus stats` and `ehcp corpus migrate`: look after the caseload's copy-paste index.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace ehcp {

struct CorpusCommand {
  CLI::App* stats = nullptr;
  CLI::App* migrate = nullptr;
  std::string corpus;  // stats: the index (default: EHCP_CORPUS)
  std::string from, to;
  int batch = 500;
};

// Adds the `corpus` subcommand and its two subcommands to `app`.
CLI::App* AddCorpusCommand(CLI::App& app, CorpusCommand& command);
// Runs whichever subcommand was given; returns the exit code.
int RunCorpusCommand(const CorpusCommand& command);

}  // namespace ehcp
