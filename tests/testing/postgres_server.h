// A throwaway PostgreSQL cluster for tests that need a real server (CorpusPostgres.*).
//
// The first test that asks for it runs `initdb` into a temporary folder and starts the server
// with `pg_ctl`, listening only on a Unix socket inside that folder (listen_addresses=''), with
// durability off (fsync, synchronous_commit) for speed; the cluster is stopped and its folder
// removed when the test program exits. Running as root (CI), initdb and the server run as the
// unprivileged user 'postgres' (or 'nobody') through runuser, as PostgreSQL refuses root.
//
//   if (!PostgresServer::Available()) GTEST_SKIP() << PostgresServer::WhyUnavailable();
//   std::string conninfo = PostgresServer::Get().NewDatabase();   // "host=... dbname=..."
#pragma once

#include <string>

namespace ehcp::testing {

class PostgresServer {
 public:
  // False when the PostgreSQL server programs are not installed, or the cluster did not
  // start (WhyUnavailable says which, and what to install).
  static bool Available();
  static const std::string& WhyUnavailable();
  // REQUIRES: Available().
  static PostgresServer& Get();

  // A fresh, empty database; returns its key=value connection string.
  std::string NewDatabase();
  // The socket folder (the `host` of a connection string) and the database user.
  const std::string& socket_dir() const { return dir_; }
  const std::string& user() const { return user_; }
  // Runs one SQL statement as the test user in `dbname` with psql; returns its output
  // (unaligned, tuples only) or "ERROR: ..." on failure.
  std::string Query(const std::string& dbname, const std::string& sql) const;

  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

 private:
  PostgresServer() = default;
  bool Start(std::string& why);

  std::string bin_;      // folder holding initdb, pg_ctl, psql
  std::string dir_;      // cluster folder: data/, the socket, the log
  std::string as_user_;  // "runuser -u postgres -- " when running as root, else ""
  std::string user_ = "ehcp_test";
  int next_db_ = 0;
  bool started_ = false;
};

}  // namespace ehcp::testing
