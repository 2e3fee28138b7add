#include "pipeline/corpus/sqlite_db.h"

namespace ehcp::corpus {

Status SqliteStatus(int rc, sqlite3* db, const std::string& path, std::string_view action) {
  const int primary = rc & 0xff;
  std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string where = "passage index '" + path + "'";
  switch (primary) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Corrupt(where + " is damaged or is not a passage index (" + detail + ", while " +
                     std::string(action) +
                     "); move the file aside and rebuild the index from the stored plans");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return IoError(where + " is in use by another program (" + detail + ", while " +
                     std::string(action) + "); try again when it has finished");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
      return IoError(where + " cannot be opened for writing (" + detail +
                     "); check the folder exists and you may write to it");
    case SQLITE_FULL:
      return IoError(where + " could not be written: the disk is full (" + detail + ")");
    case SQLITE_IOERR:
      return IoError(where + " could not be read or written (" + detail + ", while " +
                     std::string(action) + "); check the disk");
    default:
      return Internal(where + ": unexpected database error (" + detail + ", while " +
                      std::string(action) + ")");
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::Prepare(sqlite3* db, const std::string& path, std::string_view sql) {
  db_ = db;
  path_ = path;
  sql_ = std::string(sql);
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(rc, db, path, "preparing a query");
  return Status::Ok();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

StatusOr<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  Status st = SqliteStatus(rc, db_, path_, "running '" + sql_.substr(0, 40) + "'");
  sqlite3_reset(stmt_);
  return st;
}

Status Statement::Run() {
  while (true) {
    ASSIGN_OR_RETURN(bool row, Step());
    if (!row) break;
  }
  Reset();
  return Status::Ok();
}

std::string_view Statement::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (p == nullptr) return {};
  return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

Status Exec(sqlite3* db, const std::string& path, std::string_view sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK)
    return SqliteStatus(rc, db, path, "running '" + std::string(sql.substr(0, 40)) + "'");
  return Status::Ok();
}

}  // namespace ehcp::corpus
