// Thin RAII wrappers over the sqlite3 C API for the corpus index. Errors become Status values
// whose message names the database file and says what to do.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/base/status.h"

namespace ehcp::corpus {

// Maps a SQLite result code to a Status naming `path` and the action that failed.
Status SqliteStatus(int rc, sqlite3* db, const std::string& path, std::string_view action);

class Statement {
 public:
  Statement() = default;
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Status Prepare(sqlite3* db, const std::string& path, std::string_view sql);
  void Reset();  // resets and clears bindings
  void Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  // Steps once: true with a row, false when done; errors become a Status.
  StatusOr<bool> Step();
  // Steps to completion (for statements without result rows).
  Status Run();
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  std::string_view Text(int col) const;

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::string path_;
  std::string sql_;
};

// Runs one or more statements with no results (schema, pragmas, BEGIN/COMMIT).
Status Exec(sqlite3* db, const std::string& path, std::string_view sql);

}  // namespace ehcp::corpus
