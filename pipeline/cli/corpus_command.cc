#include "pipeline/cli/corpus_command.h"

#include <cstdio>
#include <iostream>

#include "pipeline/corpus/passage_index.h"

namespace ehcp {

CLI::App* AddCorpusCommand(CLI::App& app, CorpusCommand& command) {
  auto* corpus = app.add_subcommand("corpus", "Look after the caseload's copy-paste index");
  corpus->require_subcommand(1);
  command.stats = corpus->add_subcommand("stats", "Show what the copy-paste index holds");
  command.stats
      ->add_option("--corpus", command.corpus,
                   "The index: a SQLite file, or a PostgreSQL database "
                   "(postgresql://HOST/DB or service=NAME)")
      ->envname("EHCP_CORPUS")
      ->required();
  command.migrate = corpus->add_subcommand(
      "migrate", "Copy a copy-paste index into another, e.g. a SQLite file into PostgreSQL");
  command.migrate->add_option("--from", command.from, "The index to copy from")->required();
  command.migrate
      ->add_option("--to", command.to,
                   "The index to copy into (postgresql://HOST/DB or service=NAME; a password "
                   "goes in ~/.pgpass or the service file, never here)")
      ->required();
  command.migrate->add_option("--batch", command.batch, "Cases copied per transaction")
      ->capture_default_str();
  return corpus;
}

int RunCorpusCommand(const CorpusCommand& command) {
  if (*command.stats) {
    auto index = corpus::PassageIndex::Open(command.corpus);
    if (!index.ok()) {
      std::cerr << "ehcp: " << index.status().message() << "\n";
      return 1;
    }
    auto stats = (*index)->Stats();
    if (!stats.ok()) {
      std::cerr << "ehcp: " << stats.status().message() << "\n";
      return 1;
    }
    std::printf(
        "backend: %s\ncases: %lld\nform guidance: %lld\npassages: %lld\n"
        "fingerprint postings: %lld\nchild names: %lld\nstock-text fingerprints: %lld\n",
        stats->backend.c_str(), static_cast<long long>(stats->cases),
        static_cast<long long>(stats->guidance), static_cast<long long>(stats->passages),
        static_cast<long long>(stats->postings), static_cast<long long>(stats->names),
        static_cast<long long>(stats->stock));
    if (stats->bytes >= 0) {
      std::printf(
          "size: %.1f MiB (%.1f KiB a case)\n", stats->bytes / 1048576.0,
          stats->cases > 0 ? stats->bytes / 1024.0 / static_cast<double>(stats->cases) : 0.0);
    }
    return 0;
  }
  if (*command.migrate) {
    if (command.from == command.to) {
      std::cerr << "ehcp: --from and --to name the same index\n";
      return 2;
    }
    auto copied = corpus::PassageIndex::Copy(command.from, command.to, command.batch);
    if (!copied.ok()) {
      std::cerr << "ehcp: " << copied.status().message() << "\n";
      return 1;
    }
    std::printf("copied %lld cases\n", static_cast<long long>(*copied));
    return 0;
  }
  return 2;
}

}  // namespace ehcp
