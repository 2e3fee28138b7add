#include "pipeline/corpus/passage_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "pipeline/corpus/align.h"
#include "pipeline/corpus/fingerprint.h"
#include "pipeline/corpus/index_backend.h"
#include "pipeline/corpus/normalize.h"
#include "pipeline/corpus/sqlite_db.h"

namespace ehcp::corpus {
namespace internal {

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += '\n';
    out += n;
  }
  return out;
}

std::vector<std::string> SplitNames(std::string_view joined) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= joined.size() && !joined.empty()) {
    size_t nl = joined.find('\n', start);
    if (nl == std::string_view::npos) nl = joined.size();
    out.emplace_back(joined.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

PreparedCase Prepare(const CaseText& c) {
  PreparedCase p;
  p.name_tokens = NameTokens(c.child_names);
  p.fingerprints.reserve(c.passages.size());
  for (const PassageText& passage : c.passages) {
    std::vector<Token> tokens = Tokenize(passage.text, p.name_tokens);
    p.fingerprints.push_back(FingerprintTokens(tokens));
  }
  return p;
}

std::vector<PreparedCase> PrepareAll(std::span<const CaseText> cases) {
  std::vector<PreparedCase> out(cases.size());
  const size_t workers =
      cases.size() < 32 ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  if (workers == 1) {
    for (size_t i = 0; i < cases.size(); ++i) out[i] = Prepare(cases[i]);
    return out;
  }
  std::vector<std::thread> threads;
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&, w] {
      for (size_t i = w; i < cases.size(); i += workers) out[i] = Prepare(cases[i]);
    });
  }
  for (std::thread& t : threads) t.join();
  return out;
}

}  // namespace internal

bool IsPostgresTarget(std::string_view target) {
  auto starts = [&](std::string_view p) { return target.substr(0, p.size()) == p; };
  if (starts("postgresql://") || starts("postgres://")) return true;
  // A key=value connection string: "service=ehcp", "host=db.example dbname=ehcp".
  for (std::string_view key : {"service=", "host=", "dbname=", "hostaddr="}) {
    if (starts(key) || target.find(" " + std::string(key)) != std::string_view::npos) return true;
  }
  return false;
}

namespace {

using internal::CaseKind;
using internal::Hit;
using internal::kFingerprintScheme;
using internal::kGuidancePrefix;
using internal::kSchemaVersion;
using internal::kStockCap;
using internal::PreparedCase;
using internal::SplitNames;

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS cases(
  id INTEGER PRIMARY KEY, case_id TEXT NOT NULL UNIQUE, kind INTEGER NOT NULL,
  names TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names(
  name TEXT NOT NULL, case_ref INTEGER NOT NULL, PRIMARY KEY(name, case_ref)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS passages(
  id INTEGER PRIMARY KEY, case_ref INTEGER NOT NULL, passage_id TEXT NOT NULL,
  text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_by_case ON passages(case_ref);
CREATE TABLE IF NOT EXISTS postings(
  hash INTEGER NOT NULL, case_ref INTEGER NOT NULL, passage_ref INTEGER NOT NULL,
  pos INTEGER NOT NULL, PRIMARY KEY(hash, case_ref, passage_ref, pos)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stock(hash INTEGER PRIMARY KEY);
)sql";

struct PostingRow {
  int64_t hash, case_ref, passage_ref, pos;
  auto operator<=>(const PostingRow&) const = default;
};

// What the index knows about one fingerprint of the case being checked.
struct HashInfo {
  int other_cases = 0;    // distinct other child cases (stops at the threshold)
  bool common = false;    // occurs in >= threshold cases counting this one
  bool guidance = false;  // occurs in registered form guidance
  std::vector<Hit> hits;
};

// A stored passage loaded for alignment.
struct OtherPassage {
  std::string case_id;
  std::string passage_id;
  std::string text;
  bool guidance = false;
  std::vector<Token> tokens;
};

bool StartsWithGuidance(std::string_view id) {
  return id.substr(0, kGuidancePrefix.size()) == kGuidancePrefix;
}

// Classifies the word-by-word differences inside an aligned region.
void CompareRegion(std::span<const Token> q, std::span<const Token> o, const AlignedRegion& r,
                   Match& m) {
  for (uint32_t d = 0; d < r.length(); ++d) {
    const Token& a = q[r.a_begin + d];
    const Token& b = o[r.b_begin + d];
    if (a.folded == b.folded) continue;
    if (a.kind == TokenKind::kNumber || b.kind == TokenKind::kNumber) {
      m.number_changed = true;
    } else {
      m.name_changed = true;  // names are the only other difference the aligner bridges
    }
  }
}

struct Seed {
  uint32_t q_pos, o_pos;
};

// The SQLite backend: one file, one writer at a time (WAL mode, busy timeout).
class SqliteBackend final : public internal::IndexBackend {
 public:
  ~SqliteBackend() override { sqlite3_close_v2(db); }

  static StatusOr<std::unique_ptr<SqliteBackend>> Open(const std::string& path,
                                                       const OpenOptions& options);

  std::string Where() const override { return "passage index '" + path + "'"; }
  StatusOr<std::optional<int64_t>> FindCase(std::string_view case_id) override;
  Status Add(std::span<const CaseText> cases, std::span<const PreparedCase> prepared,
             CaseKind kind) override {
    return InTransaction([&] { return AddLocked(cases, prepared, kind); });
  }
  Status Remove(std::string_view case_id) override {
    return InTransaction([&] { return RemoveLocked(case_id); });
  }
  StatusOr<internal::Postings> LookUp(const std::set<uint64_t>& hashes, int max_cases) override;
  StatusOr<std::set<int64_t>> GuidanceRefs() override { return guidance_refs; }
  StatusOr<std::map<int64_t, internal::StoredPassage>> LoadPassages(
      const std::set<int64_t>& passage_refs) override;
  StatusOr<std::map<std::string, std::vector<std::pair<int64_t, std::string>>>> CasesWithNames(
      const std::set<std::string>& names) override;
  StatusOr<int> CaseCount() override { return case_count; }
  StatusOr<IndexStats> Stats() override;
  StatusOr<std::vector<internal::StoredCase>> ReadCases(int64_t after_ref, int limit) override;

 private:
  sqlite3* db = nullptr;
  std::string path;
  int case_count = 0;
  std::set<int64_t> guidance_refs;
  std::unordered_set<int64_t> stock;  // reloaded at the start of each write

  Statement find_case, case_info, insert_case, insert_name, insert_passage, insert_posting;
  Statement case_passages, delete_posting, delete_passages, delete_name, delete_case;
  Statement postings_for_hash, passage_by_ref, cases_with_name, cases_holding, insert_stock;

  Status PrepareStatements();
  Status CheckOrCreateSchema();
  Status LoadStock();
  Status RemoveLocked(std::string_view case_id);
  Status AddLocked(std::span<const CaseText> cases, std::span<const PreparedCase> prepared,
                   CaseKind kind);
  Status InTransaction(const std::function<Status()>& body);
};

Status SqliteBackend::PrepareStatements() {
  struct Entry {
    Statement* stmt;
    std::string_view sql;
  };
  const Entry entries[] = {
      {&find_case, "SELECT id FROM cases WHERE case_id = ?1"},
      {&case_info, "SELECT names, kind FROM cases WHERE id = ?1"},
      {&insert_case, "INSERT INTO cases(case_id, kind, names) VALUES(?1, ?2, ?3)"},
      {&insert_name, "INSERT OR IGNORE INTO names(name, case_ref) VALUES(?1, ?2)"},
      {&insert_passage, "INSERT INTO passages(case_ref, passage_id, text) VALUES(?1, ?2, ?3)"},
      {&insert_posting,
       "INSERT OR IGNORE INTO postings(hash, case_ref, passage_ref, pos) VALUES(?1,?2,?3,?4)"},
      {&case_passages, "SELECT id, text, passage_id FROM passages WHERE case_ref = ?1 ORDER BY id"},
      {&delete_posting,
       "DELETE FROM postings WHERE hash=?1 AND case_ref=?2 AND passage_ref=?3 AND pos=?4"},
      {&delete_passages, "DELETE FROM passages WHERE case_ref = ?1"},
      {&delete_name, "DELETE FROM names WHERE name = ?1 AND case_ref = ?2"},
      {&delete_case, "DELETE FROM cases WHERE id = ?1"},
      {&postings_for_hash,
       "SELECT case_ref, passage_ref, pos FROM postings WHERE hash = ?1 "
       "ORDER BY case_ref, passage_ref, pos"},
      {&passage_by_ref,
       "SELECT c.case_id, c.names, c.kind, p.passage_id, p.text FROM passages p "
       "JOIN cases c ON c.id = p.case_ref WHERE p.id = ?1"},
      {&cases_with_name,
       "SELECT n.case_ref, c.case_id FROM names n JOIN cases c ON c.id = n.case_ref "
       "WHERE n.name = ?1 AND c.kind = 0 ORDER BY c.case_id LIMIT 6"},
      {&cases_holding,
       "SELECT COUNT(*) FROM (SELECT DISTINCT case_ref FROM postings WHERE hash = ?1 LIMIT ?2)"},
      {&insert_stock, "INSERT OR IGNORE INTO stock(hash) VALUES(?1)"},
  };
  for (const Entry& e : entries) RETURN_IF_ERROR(e.stmt->Prepare(db, path, e.sql));
  return Status::Ok();
}

Status SqliteBackend::CheckOrCreateSchema() {
  Statement tables;
  RETURN_IF_ERROR(tables.Prepare(db, path, "SELECT name FROM sqlite_master WHERE type='table'"));
  std::set<std::string> names;
  while (true) {
    ASSIGN_OR_RETURN(bool row, tables.Step());
    if (!row) break;
    names.emplace(tables.Text(0));
  }
  if (names.empty()) {
    RETURN_IF_ERROR(Exec(db, path, "BEGIN IMMEDIATE"));
    // Another run may have created the tables while this one waited for the write lock: look
    // again inside the transaction, so that exactly one run creates them.
    Statement again;
    RETURN_IF_ERROR(again.Prepare(db, path, "SELECT count(*) FROM sqlite_master WHERE type='table'"));
    ASSIGN_OR_RETURN(bool counted, again.Step());
    if (counted && again.Int(0) > 0) {
      again.Reset();
      RETURN_IF_ERROR(Exec(db, path, "COMMIT"));
      return CheckOrCreateSchema();
    }
    again.Reset();
    Status st = Exec(db, path, kSchema);
    if (st.ok()) {
      st = Exec(db, path,
                "INSERT INTO meta VALUES('schema_version', '" + std::string(kSchemaVersion) +
                    "'), ('fingerprint_scheme', '" + std::string(kFingerprintScheme) + "')");
    }
    if (!st.ok()) {
      (void)Exec(db, path, "ROLLBACK");
      return st;
    }
    return Exec(db, path, "COMMIT");
  }
  if (names.count("meta") == 0 || names.count("postings") == 0) {
    return Corrupt("'" + path +
                   "' is a database of another kind, not a passage index; choose another file "
                   "name for the index");
  }
  Statement meta;
  RETURN_IF_ERROR(meta.Prepare(db, path, "SELECT key, value FROM meta"));
  std::map<std::string, std::string> values;
  while (true) {
    ASSIGN_OR_RETURN(bool row, meta.Step());
    if (!row) break;
    values[std::string(meta.Text(0))] = std::string(meta.Text(1));
  }
  if (values["schema_version"] == "1" && values["fingerprint_scheme"] == kFingerprintScheme) {
    // Version 1 had no stock table; the rest is the same.
    return Exec(db, path,
                "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS stock(hash INTEGER PRIMARY KEY); "
                "UPDATE meta SET value = '" +
                    std::string(kSchemaVersion) + "' WHERE key = 'schema_version'; COMMIT");
  }
  if (values["schema_version"] != kSchemaVersion ||
      values["fingerprint_scheme"] != kFingerprintScheme) {
    return Unsupported("passage index '" + path + "' was written by another version (schema " +
                       values["schema_version"] + ", " + values["fingerprint_scheme"] +
                       "); rebuild it with this version from the stored plans");
  }
  return Status::Ok();
}

Status SqliteBackend::LoadStock() {
  Statement all;
  RETURN_IF_ERROR(all.Prepare(db, path, "SELECT hash FROM stock"));
  stock.clear();
  while (true) {
    ASSIGN_OR_RETURN(bool row, all.Step());
    if (!row) break;
    stock.insert(all.Int(0));
  }
  return Status::Ok();
}

StatusOr<std::optional<int64_t>> SqliteBackend::FindCase(std::string_view case_id) {
  find_case.Reset();
  find_case.Bind(1, case_id);
  ASSIGN_OR_RETURN(bool row, find_case.Step());
  std::optional<int64_t> ref;
  if (row) ref = find_case.Int(0);
  find_case.Reset();
  return ref;
}

Status SqliteBackend::InTransaction(const std::function<Status()>& body) {
  RETURN_IF_ERROR(Exec(db, path, "BEGIN IMMEDIATE"));
  Status st = LoadStock();
  if (st.ok()) st = body();
  if (st.ok()) st = Exec(db, path, "COMMIT");
  if (!st.ok()) {
    (void)Exec(db, path, "ROLLBACK");
    // In-memory counters may now disagree with the file: reload them.
    Statement count;
    if (count.Prepare(db, path, "SELECT COUNT(*) FROM cases WHERE kind = 0").ok()) {
      auto row = count.Step();
      if (row.ok() && *row) case_count = static_cast<int>(count.Int(0));
    }
    (void)LoadStock();
  }
  return st;
}

Status SqliteBackend::RemoveLocked(std::string_view case_id) {
  ASSIGN_OR_RETURN(std::optional<int64_t> ref, FindCase(case_id));
  if (!ref) return Status::Ok();
  case_info.Reset();
  case_info.Bind(1, *ref);
  ASSIGN_OR_RETURN(bool found, case_info.Step());
  if (!found) return Internal("case '" + std::string(case_id) + "' vanished while removing it");
  std::vector<std::string> names = SplitNames(case_info.Text(0));
  const auto kind = static_cast<CaseKind>(case_info.Int(1));
  case_info.Reset();
  const std::set<std::string> tokens = NameTokens(names);

  // Re-derive the stored fingerprints from the stored text to delete their postings.
  std::vector<PostingRow> rows;
  case_passages.Reset();
  case_passages.Bind(1, *ref);
  while (true) {
    ASSIGN_OR_RETURN(bool row, case_passages.Step());
    if (!row) break;
    const int64_t passage_ref = case_passages.Int(0);
    for (const Fingerprint& fp : FingerprintTokens(Tokenize(case_passages.Text(1), tokens))) {
      rows.push_back({static_cast<int64_t>(fp.hash), *ref, passage_ref, fp.pos});
    }
  }
  case_passages.Reset();
  for (const PostingRow& r : rows) {
    delete_posting.Reset();
    delete_posting.Bind(1, r.hash);
    delete_posting.Bind(2, r.case_ref);
    delete_posting.Bind(3, r.passage_ref);
    delete_posting.Bind(4, r.pos);
    RETURN_IF_ERROR(delete_posting.Run());
  }
  delete_passages.Reset();
  delete_passages.Bind(1, *ref);
  RETURN_IF_ERROR(delete_passages.Run());
  for (const std::string& name : tokens) {
    delete_name.Reset();
    delete_name.Bind(1, name);
    delete_name.Bind(2, *ref);
    RETURN_IF_ERROR(delete_name.Run());
  }
  delete_case.Reset();
  delete_case.Bind(1, *ref);
  RETURN_IF_ERROR(delete_case.Run());
  if (kind == CaseKind::kChild) {
    --case_count;
  } else {
    guidance_refs.erase(*ref);
  }
  return Status::Ok();
}

Status SqliteBackend::AddLocked(std::span<const CaseText> cases,
                                std::span<const PreparedCase> prepared, CaseKind kind) {
  std::vector<PostingRow> rows;
  for (size_t i = 0; i < cases.size(); ++i) {
    const CaseText& c = cases[i];
    RETURN_IF_ERROR(RemoveLocked(c.case_id));
    insert_case.Reset();
    insert_case.Bind(1, c.case_id);
    insert_case.Bind(2, static_cast<int64_t>(kind));
    insert_case.Bind(3, internal::JoinNames(c.child_names));
    RETURN_IF_ERROR(insert_case.Run());
    const int64_t case_ref = sqlite3_last_insert_rowid(db);
    if (kind == CaseKind::kChild) {
      ++case_count;
    } else {
      guidance_refs.insert(case_ref);
    }
    for (const std::string& name : prepared[i].name_tokens) {
      insert_name.Reset();
      insert_name.Bind(1, name);
      insert_name.Bind(2, case_ref);
      RETURN_IF_ERROR(insert_name.Run());
    }
    for (size_t p = 0; p < c.passages.size(); ++p) {
      insert_passage.Reset();
      insert_passage.Bind(1, case_ref);
      insert_passage.Bind(2, c.passages[p].id);
      insert_passage.Bind(3, c.passages[p].text);
      RETURN_IF_ERROR(insert_passage.Run());
      const int64_t passage_ref = sqlite3_last_insert_rowid(db);
      for (const Fingerprint& fp : prepared[i].fingerprints[p]) {
        rows.push_back({static_cast<int64_t>(fp.hash), case_ref, passage_ref, fp.pos});
      }
    }
  }
  // Sorted inserts touch each B-tree page once per batch instead of at random.
  std::sort(rows.begin(), rows.end());
  for (size_t g = 0; g < rows.size();) {
    size_t g_end = g;
    while (g_end < rows.size() && rows[g_end].hash == rows[g].hash) ++g_end;
    const int64_t hash = rows[g].hash;
    // Stock text: store postings for the first kStockCap cases only (guidance always).
    int holders = kStockCap;
    if (kind == CaseKind::kChild && stock.count(hash) == 0) {
      cases_holding.Reset();
      cases_holding.Bind(1, hash);
      cases_holding.Bind(2, static_cast<int64_t>(kStockCap));
      ASSIGN_OR_RETURN(bool row, cases_holding.Step());
      holders = row ? static_cast<int>(cases_holding.Int(0)) : 0;
      cases_holding.Reset();
    }
    int64_t last_case = -1;
    for (size_t i = g; i < g_end; ++i) {
      const PostingRow& r = rows[i];
      if (kind == CaseKind::kChild) {
        if (r.case_ref != last_case) {
          last_case = r.case_ref;
          ++holders;
        }
        if (holders > kStockCap) continue;
      }
      insert_posting.Reset();
      insert_posting.Bind(1, r.hash);
      insert_posting.Bind(2, r.case_ref);
      insert_posting.Bind(3, r.passage_ref);
      insert_posting.Bind(4, r.pos);
      RETURN_IF_ERROR(insert_posting.Run());
    }
    if (kind == CaseKind::kChild && holders >= kStockCap && stock.count(hash) == 0) {
      insert_stock.Reset();
      insert_stock.Bind(1, hash);
      RETURN_IF_ERROR(insert_stock.Run());
      stock.insert(hash);
    }
    g = g_end;
  }
  return Status::Ok();
}

StatusOr<internal::Postings> SqliteBackend::LookUp(const std::set<uint64_t>& hashes,
                                                   int max_cases) {
  internal::Postings out;
  for (uint64_t hash : hashes) {
    const auto key = static_cast<int64_t>(hash);
    if (stock.count(key) > 0) out.stock.insert(hash);
    std::vector<Hit>& hits = out.hits[hash];
    postings_for_hash.Reset();
    postings_for_hash.Bind(1, key);
    int64_t last_case = -1;
    int cases = 0;
    while (true) {
      ASSIGN_OR_RETURN(bool row, postings_for_hash.Step());
      if (!row) break;
      const int64_t case_ref = postings_for_hash.Int(0);
      if (case_ref != last_case) {
        if (cases == max_cases) break;
        ++cases;
        last_case = case_ref;
      }
      hits.push_back({case_ref, postings_for_hash.Int(1), postings_for_hash.Int(2)});
    }
    postings_for_hash.Reset();
  }
  return out;
}

StatusOr<std::map<int64_t, internal::StoredPassage>> SqliteBackend::LoadPassages(
    const std::set<int64_t>& passage_refs) {
  std::map<int64_t, internal::StoredPassage> out;
  for (int64_t ref : passage_refs) {
    passage_by_ref.Reset();
    passage_by_ref.Bind(1, ref);
    ASSIGN_OR_RETURN(bool row, passage_by_ref.Step());
    if (!row) continue;
    internal::StoredPassage& p = out[ref];
    p.case_id = passage_by_ref.Text(0);
    p.child_names = SplitNames(passage_by_ref.Text(1));
    p.guidance = passage_by_ref.Int(2) == static_cast<int64_t>(CaseKind::kGuidance);
    p.passage_id = passage_by_ref.Text(3);
    p.text = passage_by_ref.Text(4);
    passage_by_ref.Reset();
  }
  return out;
}

StatusOr<std::map<std::string, std::vector<std::pair<int64_t, std::string>>>>
SqliteBackend::CasesWithNames(const std::set<std::string>& names) {
  std::map<std::string, std::vector<std::pair<int64_t, std::string>>> out;
  for (const std::string& name : names) {
    auto& ids = out[name];
    cases_with_name.Reset();
    cases_with_name.Bind(1, name);
    while (true) {
      ASSIGN_OR_RETURN(bool row, cases_with_name.Step());
      if (!row) break;
      ids.emplace_back(cases_with_name.Int(0), std::string(cases_with_name.Text(1)));
    }
    cases_with_name.Reset();
  }
  return out;
}

StatusOr<IndexStats> SqliteBackend::Stats() {
  // Fold the write-ahead log into the file first, so the size is the index's own.
  (void)Exec(db, path, "PRAGMA wal_checkpoint(TRUNCATE)");
  IndexStats s;
  s.backend = "sqlite";
  struct Entry {
    int64_t* field;
    std::string_view sql;
  };
  const Entry entries[] = {
      {&s.cases, "SELECT COUNT(*) FROM cases WHERE kind = 0"},
      {&s.guidance, "SELECT COUNT(*) FROM cases WHERE kind = 1"},
      {&s.passages, "SELECT COUNT(*) FROM passages"},
      {&s.postings, "SELECT COUNT(*) FROM postings"},
      {&s.names, "SELECT COUNT(*) FROM names"},
      {&s.stock, "SELECT COUNT(*) FROM stock"},
  };
  for (const Entry& e : entries) {
    Statement q;
    RETURN_IF_ERROR(q.Prepare(db, path, e.sql));
    ASSIGN_OR_RETURN(bool row, q.Step());
    *e.field = row ? q.Int(0) : 0;
  }
  std::error_code ec;
  s.bytes = 0;
  for (const char* suffix : {"", "-wal"}) {
    const auto size = std::filesystem::file_size(path + suffix, ec);
    if (!ec) s.bytes += static_cast<int64_t>(size);
  }
  return s;
}

StatusOr<std::vector<internal::StoredCase>> SqliteBackend::ReadCases(int64_t after_ref, int limit) {
  Statement q;
  RETURN_IF_ERROR(q.Prepare(
      db, path, "SELECT id, case_id, kind, names FROM cases WHERE id > ?1 ORDER BY id LIMIT ?2"));
  q.Bind(1, after_ref);
  q.Bind(2, static_cast<int64_t>(limit));
  std::vector<internal::StoredCase> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, q.Step());
    if (!row) break;
    internal::StoredCase c;
    c.ref = q.Int(0);
    c.text.case_id = q.Text(1);
    c.kind = static_cast<CaseKind>(q.Int(2));
    c.text.child_names = SplitNames(q.Text(3));
    out.push_back(std::move(c));
  }
  for (internal::StoredCase& c : out) {
    case_passages.Reset();
    case_passages.Bind(1, c.ref);
    while (true) {
      ASSIGN_OR_RETURN(bool row, case_passages.Step());
      if (!row) break;
      c.text.passages.push_back(
          {std::string(case_passages.Text(2)), std::string(case_passages.Text(1))});
    }
    case_passages.Reset();
  }
  return out;
}

StatusOr<std::unique_ptr<SqliteBackend>> SqliteBackend::Open(const std::string& path,
                                                             const OpenOptions& options) {
  if (path.empty()) return InvalidArgument("no file name was given for the passage index");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return InvalidArgument("passage index '" + path + "' is a folder; give a file name");
  }
  auto impl = std::make_unique<SqliteBackend>();
  impl->path = path;
  int rc =
      sqlite3_open_v2(path.c_str(), &impl->db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(rc, impl->db, path, "opening the file");
  sqlite3_extended_result_codes(impl->db, 1);
  sqlite3_busy_timeout(impl->db, options.busy_timeout_ms);
  RETURN_IF_ERROR(Exec(impl->db, path, "PRAGMA journal_mode=WAL"));
  RETURN_IF_ERROR(Exec(impl->db, path,
                       "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; "
                       "PRAGMA cache_size=-" +
                           std::to_string(std::max(1, options.cache_mib) * 1024)));
  RETURN_IF_ERROR(impl->CheckOrCreateSchema());
  RETURN_IF_ERROR(impl->PrepareStatements());
  RETURN_IF_ERROR(impl->LoadStock());
  Statement load;
  RETURN_IF_ERROR(load.Prepare(impl->db, path, "SELECT id, kind FROM cases"));
  while (true) {
    ASSIGN_OR_RETURN(bool row, load.Step());
    if (!row) break;
    if (load.Int(1) == static_cast<int64_t>(CaseKind::kGuidance)) {
      impl->guidance_refs.insert(load.Int(0));
    } else {
      ++impl->case_count;
    }
  }
  return impl;
}

}  // namespace

struct PassageIndex::Impl {
  std::unique_ptr<internal::IndexBackend> backend;
};

PassageIndex::PassageIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PassageIndex::~PassageIndex() = default;

StatusOr<std::unique_ptr<PassageIndex>> PassageIndex::Open(const std::string& path,
                                                           const OpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  if (IsPostgresTarget(path)) {
    ASSIGN_OR_RETURN(impl->backend, internal::OpenPostgres(path));
  } else {
    ASSIGN_OR_RETURN(impl->backend, SqliteBackend::Open(path, options));
  }
  return std::unique_ptr<PassageIndex>(new PassageIndex(std::move(impl)));
}

Status PassageIndex::AddCase(const CaseText& c) { return AddCases(std::span(&c, 1)); }

Status PassageIndex::AddCases(std::span<const CaseText> cases) {
  std::set<std::string_view> ids;
  for (const CaseText& c : cases) {
    if (c.case_id.empty()) return InvalidArgument("a case added to the passage index has no id");
    if (!ids.insert(c.case_id).second) {
      return InvalidArgument("case '" + c.case_id + "' appears twice in one batch");
    }
    if (StartsWithGuidance(c.case_id)) {
      return InvalidArgument("case id '" + c.case_id + "' uses the reserved prefix '" +
                             std::string(kGuidancePrefix) + "'");
    }
  }
  const std::vector<PreparedCase> prepared = internal::PrepareAll(cases);
  return impl_->backend->Add(cases, prepared, CaseKind::kChild);
}

Status PassageIndex::RemoveCase(std::string_view case_id) {
  return impl_->backend->Remove(case_id);
}

Status PassageIndex::AddBoilerplate(std::string_view label, std::string_view text) {
  if (label.empty()) return InvalidArgument("form guidance needs a label");
  CaseText c;
  c.case_id = std::string(kGuidancePrefix) + std::string(label);
  c.passages.push_back({"guidance", std::string(text)});
  const std::vector<PreparedCase> prepared = internal::PrepareAll(std::span(&c, 1));
  return impl_->backend->Add(std::span(&c, 1), prepared, CaseKind::kGuidance);
}

int PassageIndex::CaseCount() const {
  auto count = impl_->backend->CaseCount();
  return count.ok() ? *count : -1;
}

StatusOr<IndexStats> PassageIndex::Stats() const { return impl_->backend->Stats(); }

StatusOr<int64_t> PassageIndex::Copy(const std::string& from, const std::string& to, int batch) {
  ASSIGN_OR_RETURN(auto source, Open(from));
  ASSIGN_OR_RETURN(auto target, Open(to));
  int64_t copied = 0, after = 0;
  while (true) {
    ASSIGN_OR_RETURN(std::vector<internal::StoredCase> cases,
                     source->impl_->backend->ReadCases(after, std::max(1, batch)));
    if (cases.empty()) break;
    after = cases.back().ref;
    for (CaseKind kind : {CaseKind::kChild, CaseKind::kGuidance}) {
      std::vector<CaseText> texts;
      for (internal::StoredCase& c : cases) {
        if (c.kind == kind) texts.push_back(std::move(c.text));
      }
      if (texts.empty()) continue;
      const std::vector<PreparedCase> prepared = internal::PrepareAll(texts);
      RETURN_IF_ERROR(
          target->impl_->backend->Add(texts, prepared, kind)
              .WithContext("could not copy cases into " + target->impl_->backend->Where()));
      copied += static_cast<int64_t>(texts.size());
    }
  }
  return copied;
}

namespace {

// What the index knows about the fingerprints of the case being checked. A fingerprint is
// common when at least `threshold` cases hold it counting this one, or when it is stock text;
// for common fingerprints only the hits of the first `examples` other cases are kept (the same
// few for every common hash of a stock sentence, because hits are ordered by case), plus all
// guidance hits.
StatusOr<std::unordered_map<uint64_t, HashInfo>> LookUpHashes(internal::IndexBackend& backend,
                                                              const std::set<uint64_t>& hashes,
                                                              std::optional<int64_t> self_ref,
                                                              int threshold, int examples) {
  ASSIGN_OR_RETURN(const std::set<int64_t> guidance_refs, backend.GuidanceRefs());
  const int limit = std::min(threshold, kStockCap);
  // Enough cases to see `limit` other child cases past this case and all guidance.
  ASSIGN_OR_RETURN(internal::Postings postings,
                   backend.LookUp(hashes, limit + 1 + static_cast<int>(guidance_refs.size())));
  std::unordered_map<uint64_t, HashInfo> out;
  for (uint64_t hash : hashes) {
    HashInfo info;
    int64_t last_case = -1;
    for (const Hit& hit : postings.hits[hash]) {
      if (self_ref && hit.case_ref == *self_ref) continue;
      if (guidance_refs.count(hit.case_ref) > 0) {
        info.guidance = true;
      } else if (hit.case_ref != last_case) {
        ++info.other_cases;
        last_case = hit.case_ref;
        if (info.other_cases + 1 >= limit) {
          info.common = true;
          break;
        }
      }
      info.hits.push_back(hit);
    }
    if (postings.stock.count(hash) > 0) info.common = true;
    if (info.common || info.guidance) {
      std::vector<Hit> kept;
      std::set<int64_t> seen;
      for (const Hit& h : info.hits) {
        const bool is_guidance = guidance_refs.count(h.case_ref) > 0;
        if (!is_guidance && seen.count(h.case_ref) == 0) {
          if (static_cast<int>(seen.size()) >= examples) continue;
          seen.insert(h.case_ref);
        }
        kept.push_back(h);
      }
      info.hits = std::move(kept);
    }
    out.emplace(hash, std::move(info));
  }
  return out;
}

}  // namespace

StatusOr<std::vector<Match>> PassageIndex::FindMatches(const CaseText& c,
                                                       const MatchOptions& options) const {
  internal::IndexBackend& backend = *impl_->backend;
  std::optional<int64_t> self_ref;
  if (!c.case_id.empty()) {
    ASSIGN_OR_RETURN(self_ref, backend.FindCase(c.case_id));
  }
  ASSIGN_OR_RETURN(const int case_count, backend.CaseCount());
  const int threshold =
      options.boilerplate_min_cases > 0
          ? options.boilerplate_min_cases
          : std::max(5, static_cast<int>(std::ceil(static_cast<double>(case_count) / 100.0)));

  const std::set<std::string> names = NameTokens(c.child_names);
  std::vector<std::vector<Token>> q_tokens;
  std::vector<std::vector<Fingerprint>> q_fps;
  std::set<uint64_t> hashes;
  for (const PassageText& p : c.passages) {
    q_tokens.push_back(Tokenize(p.text, names));
    q_fps.push_back(FingerprintTokens(q_tokens.back()));
    for (const Fingerprint& fp : q_fps.back()) hashes.insert(fp.hash);
  }
  ASSIGN_OR_RETURN(auto info, LookUpHashes(backend, hashes, self_ref, threshold,
                                           std::max(1, options.boilerplate_examples)));

  // Candidate pairs (this passage, stored passage) with the k-grams they share.
  std::map<std::pair<size_t, int64_t>, std::vector<Seed>> pairs;
  std::set<int64_t> wanted;
  for (size_t qi = 0; qi < q_fps.size(); ++qi) {
    for (const Fingerprint& fp : q_fps[qi]) {
      for (const Hit& hit : info.at(fp.hash).hits) {
        pairs[{qi, hit.passage_ref}].push_back({fp.pos, static_cast<uint32_t>(hit.pos)});
        wanted.insert(hit.passage_ref);
      }
    }
  }
  ASSIGN_OR_RETURN(auto stored, backend.LoadPassages(wanted));
  std::unordered_map<int64_t, OtherPassage> loaded;
  for (auto& [ref, sp] : stored) {
    OtherPassage p;
    p.case_id = std::move(sp.case_id);
    p.passage_id = std::move(sp.passage_id);
    p.text = std::move(sp.text);
    p.guidance = sp.guidance;
    p.tokens = Tokenize(p.text, NameTokens(sp.child_names));
    loaded.emplace(ref, std::move(p));
  }

  struct Found {
    size_t qi;
    Match m;
  };
  std::vector<Found> found;
  for (auto& [key, seeds] : pairs) {
    const auto [qi, passage_ref] = key;
    auto it = loaded.find(passage_ref);
    if (it == loaded.end()) {
      return Corrupt(backend.Where() +
                     " lists a passage it does not hold; move it aside and rebuild the index");
    }
    const OtherPassage& other = it->second;
    const std::vector<Token>& qt = q_tokens[qi];
    const std::vector<Token>& ot = other.tokens;

    auto diagonal = [](int64_t a, int64_t b) { return b - a; };
    std::sort(seeds.begin(), seeds.end(), [&](const Seed& x, const Seed& y) {
      const int64_t dx = diagonal(x.q_pos, x.o_pos), dy = diagonal(y.q_pos, y.o_pos);
      return dx != dy ? dx < dy : x.q_pos < y.q_pos;
    });
    std::vector<AlignedRegion> regions;
    for (const Seed& s : seeds) {
      const bool covered = std::any_of(regions.begin(), regions.end(), [&](const auto& r) {
        return diagonal(r.a_begin, r.b_begin) == diagonal(s.q_pos, s.o_pos) &&
               r.a_begin <= s.q_pos && s.q_pos < r.a_end;
      });
      if (covered) continue;
      std::optional<AlignedRegion> r = ExtendSeed(qt, ot, s.q_pos, s.o_pos, kKgramWords);
      if (r) regions.push_back(std::move(*r));
    }
    // Longest first; drop regions mostly inside one already kept (repeated phrases).
    std::stable_sort(regions.begin(), regions.end(),
                     [](const auto& x, const auto& y) { return x.length() > y.length(); });
    std::vector<const AlignedRegion*> kept;
    for (const AlignedRegion& r : regions) {
      int evidence = 0;  // identical aligned words that are not masked names or numbers
      for (uint32_t d = 0; d < r.length(); ++d) {
        const Token& x = qt[r.a_begin + d];
        evidence += x.kind == TokenKind::kWord && x.hash == ot[r.b_begin + d].hash ? 1 : 0;
      }
      const bool whole = r.length() == qt.size() || r.length() == ot.size();
      if (evidence < options.min_words && !(whole && evidence >= options.min_short_words)) {
        continue;
      }
      bool overlaps = false;
      for (const AlignedRegion* k : kept) {
        const uint32_t lo = std::max(k->a_begin, r.a_begin), hi = std::min(k->a_end, r.a_end);
        if (hi > lo && 2 * (hi - lo) >= r.length()) overlaps = true;
      }
      if (overlaps) continue;
      kept.push_back(&r);

      Match m;
      m.passage_id = c.passages[qi].id;
      m.begin = qt[r.a_begin].begin;
      m.end = qt[r.a_end - 1].end;
      m.other_case_id = other.case_id;
      m.other_passage_id = other.passage_id;
      m.other_begin = ot[r.b_begin].begin;
      m.other_end = ot[r.b_end - 1].end;
      m.words = static_cast<int>(r.length());
      m.similarity = static_cast<double>(r.length()) / static_cast<double>(qt.size());
      m.form_guidance = other.guidance;
      CompareRegion(qt, ot, r, m);
      // Words covered by rare fingerprints inside the region.
      int common = 0;
      std::vector<bool> rare(r.length(), false);
      for (const Fingerprint& fp : q_fps[qi]) {
        if (fp.pos < r.a_begin || fp.pos + kKgramWords > r.a_end) continue;
        const HashInfo& h = info.at(fp.hash);
        m.case_count = std::max(m.case_count, h.other_cases + 1);
        if (h.common || h.guidance) {
          ++common;
          continue;
        }
        for (int d = 0; d < kKgramWords; ++d) rare[fp.pos - r.a_begin + d] = true;
      }
      const auto rare_words = std::count(rare.begin(), rare.end(), true);
      m.is_boilerplate = other.guidance || (common > 0 && rare_words < options.min_words);
      found.push_back({qi, std::move(m)});
    }
  }

  // Boilerplate: one example per span of this case (the longest).
  std::stable_sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
    if (x.qi != y.qi) return x.qi < y.qi;
    return x.m.words > y.m.words;
  });
  std::vector<Found> result;
  for (Found& f : found) {
    if (f.m.is_boilerplate) {
      bool dup = false;
      for (const Found& k : result) {
        if (k.qi != f.qi || !k.m.is_boilerplate) continue;
        const size_t lo = std::max(k.m.begin, f.m.begin), hi = std::min(k.m.end, f.m.end);
        if (hi > lo && 2 * (hi - lo) >= f.m.end - f.m.begin) dup = true;
      }
      if (dup) continue;
    }
    result.push_back(std::move(f));
  }
  std::sort(result.begin(), result.end(), [](const Found& x, const Found& y) {
    return std::tie(x.qi, x.m.begin, x.m.other_case_id, x.m.other_passage_id, x.m.other_begin) <
           std::tie(y.qi, y.m.begin, y.m.other_case_id, y.m.other_passage_id, y.m.other_begin);
  });
  std::vector<Match> out;
  out.reserve(result.size());
  for (Found& f : result) out.push_back(std::move(f.m));
  return out;
}

StatusOr<std::vector<ForeignName>> PassageIndex::ForeignNamesIn(const CaseText& c) const {
  internal::IndexBackend& backend = *impl_->backend;
  std::optional<int64_t> self_ref;
  if (!c.case_id.empty()) {
    ASSIGN_OR_RETURN(self_ref, backend.FindCase(c.case_id));
  }
  const std::set<std::string> own = NameTokens(c.child_names);
  std::vector<std::vector<Token>> tokens;
  std::set<std::string> candidates;
  for (const PassageText& p : c.passages) {
    tokens.push_back(Tokenize(p.text, {}));
    for (const Token& t : tokens.back()) {
      if (!t.capitalised || t.kind != TokenKind::kWord || t.folded.size() < 2) continue;
      if (own.count(t.folded) == 0) candidates.insert(t.folded);
    }
  }
  ASSIGN_OR_RETURN(auto holders, backend.CasesWithNames(candidates));
  std::map<std::string, std::vector<std::string>> known;  // folded word -> other case ids
  for (auto& [name, cases] : holders) {
    std::vector<std::string>& ids = known[name];
    for (auto& [ref, id] : cases) {
      if (!(self_ref && ref == *self_ref)) ids.push_back(std::move(id));
    }
  }
  std::vector<ForeignName> out;
  for (size_t pi = 0; pi < c.passages.size(); ++pi) {
    const PassageText& p = c.passages[pi];
    for (const Token& t : tokens[pi]) {
      if (!t.capitalised || t.kind != TokenKind::kWord || t.folded.size() < 2) continue;
      if (own.count(t.folded) > 0) continue;
      auto it = known.find(t.folded);
      if (it == known.end() || it->second.empty()) continue;
      out.push_back({p.id, t.begin, t.end, p.text.substr(t.begin, t.end - t.begin), it->second});
    }
  }
  return out;
}

}  // namespace ehcp::corpus
