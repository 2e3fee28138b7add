#include "tests/testing/postgres_server.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "tests/testing/test_util.h"

namespace ehcp::testing {
namespace {

namespace fs = std::filesystem;

// The folder holding the PostgreSQL server programs, or "" when they are not installed.
std::string FindBin() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("EHCP_PG_BIN")) candidates.emplace_back(env);
  std::error_code ec;
  // Debian installs versioned server programs under /usr/lib/postgresql/<version>/bin.
  std::vector<fs::path> versions;
  for (const auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) versions.push_back(e);
  std::sort(versions.rbegin(), versions.rend());
  for (const fs::path& v : versions) candidates.push_back(v / "bin");
  candidates.emplace_back("/usr/local/bin");
  candidates.emplace_back("/usr/bin");
  for (const fs::path& c : candidates) {
    if (fs::exists(c / "initdb", ec) && fs::exists(c / "pg_ctl", ec) &&
        fs::exists(c / "postgres", ec)) {
      return c.string();
    }
  }
  return "";
}

std::unique_ptr<PostgresServer>& Instance() {
  static std::unique_ptr<PostgresServer> server;
  return server;
}

std::string& Why() {
  static std::string why;
  return why;
}

}  // namespace

bool PostgresServer::Start(std::string& why) {
  bin_ = FindBin();
  if (bin_.empty()) {
    why =
        "the PostgreSQL server programs (initdb, pg_ctl, postgres) are not installed: install "
        "the Debian package 'postgresql' (scripts/install-deps.sh does)";
    return false;
  }
  std::string tmpl = (fs::temp_directory_path() / "ehcp-pg-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    why = "could not make a temporary folder for the PostgreSQL cluster";
    return false;
  }
  dir_ = tmpl;
  if (::geteuid() == 0) {
    // PostgreSQL will not run as root: hand the folder to an unprivileged user.
    std::string user = ::getpwnam("postgres") != nullptr ? "postgres" : "nobody";
    const passwd* pw = ::getpwnam(user.c_str());
    if (pw == nullptr || ::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      why = "could not give the cluster folder to the user '" + user + "'";
      return false;
    }
    // The socket lives in this folder; other users (the tests, as root) reach it anyway.
    ::chmod(dir_.c_str(), 0755);
    as_user_ = "runuser -u " + user + " -- ";
  }
  CommandResult init =
      RunShell(as_user_ + Quote(bin_ + "/initdb") + " -D " + Quote(dir_ + "/data") + " -U " +
               user_ + " -A trust -E UTF8 --locale=C --no-sync");
  if (init.exit_code != 0) {
    why = "initdb failed: " + init.err;
    return false;
  }
  const std::string options = "-c listen_addresses='' -k " + dir_ +
                              " -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                              "-c max_connections=60 -c shared_buffers=32MB";
  CommandResult start =
      RunShell(as_user_ + Quote(bin_ + "/pg_ctl") + " -D " + Quote(dir_ + "/data") + " -l " +
               Quote(dir_ + "/log") + " -o " + Quote(options) + " -w -t 60 start");
  if (start.exit_code != 0) {
    why = "the PostgreSQL server did not start: " + start.err + start.out;
    return false;
  }
  started_ = true;
  return true;
}

PostgresServer::~PostgresServer() {
  if (started_) {
    (void)RunShell(as_user_ + Quote(bin_ + "/pg_ctl") + " -D " + Quote(dir_ + "/data") +
                   " -m immediate -w stop");
  }
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

bool PostgresServer::Available() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::unique_ptr<PostgresServer> server(new PostgresServer());
    if (server->Start(Why())) {
      Instance() = std::move(server);
    } else {
      server.reset();  // stops whatever did start and removes the folder
    }
  });
  return Instance() != nullptr;
}

const std::string& PostgresServer::WhyUnavailable() { return Why(); }

PostgresServer& PostgresServer::Get() {
  if (!Available()) throw std::runtime_error("no PostgreSQL server: " + Why());
  return *Instance();
}

std::string PostgresServer::Query(const std::string& dbname, const std::string& sql) const {
  std::string psql = bin_ + "/psql";
  if (!fs::exists(psql)) psql = "psql";
  CommandResult r = RunShell(Quote(psql) + " -X -q -A -t -v ON_ERROR_STOP=1 -h " + Quote(dir_) +
                             " -U " + user_ + " -d " + Quote(dbname) + " -c " + Quote(sql));
  if (r.exit_code != 0) return "ERROR: " + r.err;
  return r.out;
}

std::string PostgresServer::NewDatabase() {
  const std::string name =
      "ehcp_test_" + std::to_string(::getpid()) + "_" + std::to_string(++next_db_);
  const std::string out = Query("postgres", "CREATE DATABASE " + name);
  if (out.rfind("ERROR", 0) == 0) throw std::runtime_error("could not create a database: " + out);
  return "host=" + dir_ + " user=" + user_ + " dbname=" + name;
}

}  // namespace ehcp::testing
