// The `ehcp` command line. Argument parsing only: the work is done by pipeline/runner.
#include <CLI/CLI.hpp>
#include <iostream>

int main(int argc, char** argv) {
  CLI::App app{"ehcp: draft Education, Health and Care plans from professional advice"};
  app.set_version_flag("--version", std::string("ehcp ") + EHCP_VERSION);
  app.require_subcommand(1);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
