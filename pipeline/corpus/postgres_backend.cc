// The PostgreSQL backend of the passage index (index_backend.h): one database for a whole team,
// many writers at once.
//
// Safety with many writers: each Add or Remove is one transaction (READ COMMITTED). It first
// takes a transaction-scoped advisory lock per case id (in sorted order, so two writers cannot
// deadlock on them), so two drafts of the same child are applied one after the other and a case
// id is never stored twice. Postings, names and stock fingerprints are inserted with ON CONFLICT
// DO NOTHING in sorted order; the case counter row is updated last, just before COMMIT. A
// transaction that still deadlocks or fails to serialise (SQLSTATE 40P01, 40001) is rolled back
// and retried.
//
// Credentials: a password inside the connection string is refused (it would sit in shell history
// and in the process list); libpq reads it from ~/.pgpass (PGPASSFILE) or a service file
// (PGSERVICEFILE, "service=NAME"). TLS settings (sslmode, sslrootcert, ...) pass through.
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

#include "pipeline/corpus/index_backend.h"
#include "pipeline/corpus/normalize.h"

namespace ehcp::corpus::internal {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS ehcp_meta(key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS ehcp_counter(kind int PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE IF NOT EXISTS ehcp_cases(
  id serial PRIMARY KEY, case_id text NOT NULL UNIQUE, kind int NOT NULL, names text NOT NULL);
CREATE TABLE IF NOT EXISTS ehcp_names(
  name text NOT NULL, case_ref int NOT NULL REFERENCES ehcp_cases(id) ON DELETE CASCADE,
  PRIMARY KEY(name, case_ref));
CREATE INDEX IF NOT EXISTS ehcp_names_by_case ON ehcp_names(case_ref);
CREATE TABLE IF NOT EXISTS ehcp_passages(
  id serial PRIMARY KEY, case_ref int NOT NULL REFERENCES ehcp_cases(id) ON DELETE CASCADE,
  passage_id text NOT NULL, text text NOT NULL);
CREATE INDEX IF NOT EXISTS ehcp_passages_by_case ON ehcp_passages(case_ref);
CREATE TABLE IF NOT EXISTS ehcp_postings(
  hash bigint NOT NULL, case_ref int NOT NULL, passage_ref int NOT NULL, pos int NOT NULL,
  PRIMARY KEY(hash, case_ref, passage_ref, pos));
CREATE TABLE IF NOT EXISTS ehcp_stock(hash bigint PRIMARY KEY);
INSERT INTO ehcp_counter VALUES (0, 0) ON CONFLICT DO NOTHING;
)sql";

// Keys of the advisory locks this index takes (pg_advisory_xact_lock(int, int)).
constexpr int kSchemaLockKey = 0x65686370;  // "ehcp"
constexpr int kCaseLockKey = 0x65686371;
constexpr size_t kPostingsPerStatement = 50000;

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

std::string ArrayOf(const std::vector<int64_t>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(values[i]);
  }
  out += '}';
  return out;
}

std::string ArrayOf(const std::vector<std::string>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (char ch : values[i]) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch == '\0' ? ' ' : ch;  // PostgreSQL text cannot hold NUL
    }
    out += '"';
  }
  out += '}';
  return out;
}

class PostgresBackend final : public IndexBackend {
 public:
  explicit PostgresBackend(std::string target) : target_(std::move(target)) {}
  ~PostgresBackend() override { PQfinish(conn_); }

  Status Connect();

  std::string Where() const override { return "PostgreSQL passage index '" + target_ + "'"; }
  StatusOr<std::optional<int64_t>> FindCase(std::string_view case_id) override;
  Status Add(std::span<const CaseText> cases, std::span<const PreparedCase> prepared,
             CaseKind kind) override {
    std::vector<std::string> ids;
    for (const CaseText& c : cases) ids.push_back(c.case_id);
    return Retrying(ids, [&] { return AddLocked(cases, prepared, kind); });
  }
  Status Remove(std::string_view case_id) override {
    const std::vector<std::string> ids = {std::string(case_id)};
    return Retrying(ids, [&]() -> Status {
      ASSIGN_OR_RETURN(int64_t removed, RemoveLocked(case_id));
      return AddToCounter(-removed);
    });
  }
  StatusOr<Postings> LookUp(const std::set<uint64_t>& hashes, int max_cases) override;
  StatusOr<std::set<int64_t>> GuidanceRefs() override;
  StatusOr<std::map<int64_t, StoredPassage>> LoadPassages(
      const std::set<int64_t>& passage_refs) override;
  StatusOr<std::map<std::string, std::vector<std::pair<int64_t, std::string>>>> CasesWithNames(
      const std::set<std::string>& names) override;
  StatusOr<int> CaseCount() override;
  StatusOr<IndexStats> Stats() override;
  StatusOr<std::vector<StoredCase>> ReadCases(int64_t after_ref, int limit) override;

 private:
  std::string target_;
  PGconn* conn_ = nullptr;

  // Runs one statement with text parameters; a failure becomes a Status naming the index.
  StatusOr<Result> Run(std::string_view sql, const std::vector<std::string>& params = {});
  Status RunNoRows(std::string_view sql, const std::vector<std::string>& params = {}) {
    ASSIGN_OR_RETURN(Result r, Run(sql, params));
    return Status::Ok();
  }
  Status Retrying(const std::vector<std::string>& case_ids, const std::function<Status()>& body);
  StatusOr<int64_t> RemoveLocked(std::string_view case_id);  // 1 when a child case was removed
  Status AddLocked(std::span<const CaseText> cases, std::span<const PreparedCase> prepared,
                   CaseKind kind);
  Status AddToCounter(int64_t delta) {
    if (delta == 0) return Status::Ok();
    return RunNoRows("UPDATE ehcp_counter SET n = n + $1 WHERE kind = 0", {std::to_string(delta)});
  }
  Status CheckOrCreateSchema();

  // SQLSTATE of the last failed statement (for retries).
  std::string last_state_;
};

StatusOr<Result> PostgresBackend::Run(std::string_view sql,
                                      const std::vector<std::string>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const std::string& p : params) values.push_back(p.c_str());
  // Without parameters, PQexec (which also runs several statements, e.g. the schema).
  Result r(values.empty()
               ? PQexec(conn_, std::string(sql).c_str())
               : PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(values.size()),
                              nullptr, values.data(), nullptr, nullptr, 0));
  const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
    last_state_.clear();
    return r;
  }
  const char* state = r ? PQresultErrorField(r.get(), PG_DIAG_SQLSTATE) : nullptr;
  last_state_ = state != nullptr ? state : "";
  std::string detail = PQerrorMessage(conn_);
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  if (PQstatus(conn_) != CONNECTION_OK) {
    return IoError("lost the connection to the " + Where() + " (" + detail +
                   "); check the server is running and try again");
  }
  if (last_state_ == "42501") {
    return IoError("the " + Where() + " refused access (" + detail +
                   "); ask the database owner to grant this user the right to read and write it");
  }
  return IoError("the " + Where() + " could not run a query (" + detail + ", while running '" +
                 std::string(sql.substr(0, 40)) + "')");
}

Status PostgresBackend::Connect() {
  char* parse_error = nullptr;
  PQconninfoOption* options = PQconninfoParse(target_.c_str(), &parse_error);
  if (options == nullptr) {
    std::string detail = parse_error != nullptr ? parse_error : "out of memory";
    PQfreemem(parse_error);
    while (!detail.empty() && detail.back() == '\n') detail.pop_back();
    // The message repeats no part of the target: it may hold a mistyped password.
    return InvalidArgument("the PostgreSQL connection string for the passage index is not valid (" +
                           detail + ")");
  }
  bool has_password = false;
  for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
    if (std::string_view(o->keyword) == "password" && o->val != nullptr && o->val[0] != '\0') {
      has_password = true;
    }
  }
  PQconninfoFree(options);
  if (has_password) {
    target_ = "(not shown: it holds a password)";
    return InvalidArgument(
        "the PostgreSQL connection string for the passage index holds a password; a password "
        "on the command line is visible to other users and kept in shell history. Remove it and "
        "put it in ~/.pgpass (or the file PGPASSFILE names), or use a service file "
        "(~/.pg_service.conf or PGSERVICEFILE) with '--corpus service=NAME'");
  }
  conn_ = PQconnectdb(target_.c_str());
  if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
    std::string detail = conn_ != nullptr ? PQerrorMessage(conn_) : "out of memory";
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    return IoError("could not connect to the " + Where() + " (" + detail +
                   "); check the server name, that it is running, and the password in ~/.pgpass "
                   "or the service file");
  }
  RETURN_IF_ERROR(RunNoRows("SET client_min_messages = warning"));
  return CheckOrCreateSchema();
}

Status PostgresBackend::CheckOrCreateSchema() {
  RETURN_IF_ERROR(RunNoRows("BEGIN"));
  Status st = RunNoRows("SELECT pg_advisory_xact_lock($1)", {std::to_string(kSchemaLockKey)});
  if (st.ok()) st = RunNoRows(kSchema);
  if (st.ok()) {
    st = RunNoRows(
        "INSERT INTO ehcp_meta VALUES('schema_version', $1), ('fingerprint_scheme', $2) "
        "ON CONFLICT DO NOTHING",
        {std::string(kSchemaVersion), std::string(kFingerprintScheme)});
  }
  StatusOr<Result> meta = st.ok() ? Run("SELECT key, value FROM ehcp_meta") : StatusOr<Result>(st);
  if (!meta.ok()) {
    (void)RunNoRows("ROLLBACK");
    return meta.status();
  }
  RETURN_IF_ERROR(RunNoRows("COMMIT"));
  std::map<std::string, std::string> values;
  for (int i = 0; i < PQntuples(meta->get()); ++i) {
    values[PQgetvalue(meta->get(), i, 0)] = PQgetvalue(meta->get(), i, 1);
  }
  if (values["schema_version"] != kSchemaVersion ||
      values["fingerprint_scheme"] != kFingerprintScheme) {
    return Unsupported("the " + Where() + " was written by another version (schema " +
                       values["schema_version"] + ", " + values["fingerprint_scheme"] +
                       "); rebuild it with this version from the stored plans");
  }
  return Status::Ok();
}

Status PostgresBackend::Retrying(const std::vector<std::string>& case_ids,
                                 const std::function<Status()>& body) {
  std::vector<std::string> sorted = case_ids;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  constexpr int kAttempts = 8;
  for (int attempt = 1;; ++attempt) {
    RETURN_IF_ERROR(RunNoRows("BEGIN"));
    Status st = RunNoRows(
        "SELECT pg_advisory_xact_lock($1, hashtext(id)) FROM unnest($2::text[]) AS u(id) "
        "ORDER BY hashtext(id)",
        {std::to_string(kCaseLockKey), ArrayOf(sorted)});
    if (st.ok()) st = body();
    if (st.ok()) st = RunNoRows("COMMIT");
    if (st.ok()) return st;
    const std::string state = last_state_;
    (void)RunNoRows("ROLLBACK");
    const bool transient = state == "40P01" || state == "40001" || state == "23505";
    if (!transient || attempt == kAttempts) return st;
    std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt));
  }
}

StatusOr<std::optional<int64_t>> PostgresBackend::FindCase(std::string_view case_id) {
  ASSIGN_OR_RETURN(Result r,
                   Run("SELECT id FROM ehcp_cases WHERE case_id = $1", {std::string(case_id)}));
  if (PQntuples(r.get()) == 0) return std::optional<int64_t>();
  return std::optional<int64_t>(std::stoll(PQgetvalue(r.get(), 0, 0)));
}

StatusOr<int64_t> PostgresBackend::RemoveLocked(std::string_view case_id) {
  ASSIGN_OR_RETURN(Result c, Run("SELECT id, names, kind FROM ehcp_cases WHERE case_id = $1",
                                 {std::string(case_id)}));
  if (PQntuples(c.get()) == 0) return int64_t{0};
  const std::string ref = PQgetvalue(c.get(), 0, 0);
  const std::set<std::string> tokens = NameTokens(SplitNames(PQgetvalue(c.get(), 0, 1)));
  const bool child = std::string_view(PQgetvalue(c.get(), 0, 2)) == "0";
  // Re-derive the stored fingerprints from the stored text to delete their postings.
  ASSIGN_OR_RETURN(Result p, Run("SELECT text FROM ehcp_passages WHERE case_ref = $1", {ref}));
  std::set<int64_t> hashes;
  for (int i = 0; i < PQntuples(p.get()); ++i) {
    for (const Fingerprint& fp : FingerprintTokens(Tokenize(PQgetvalue(p.get(), i, 0), tokens))) {
      hashes.insert(static_cast<int64_t>(fp.hash));
    }
  }
  RETURN_IF_ERROR(
      RunNoRows("DELETE FROM ehcp_postings WHERE hash = ANY($1::bigint[]) AND "
                "case_ref = $2",
                {ArrayOf(std::vector<int64_t>(hashes.begin(), hashes.end())), ref}));
  // Names and passages go with the case (ON DELETE CASCADE).
  RETURN_IF_ERROR(RunNoRows("DELETE FROM ehcp_cases WHERE id = $1", {ref}));
  return int64_t{child ? 1 : 0};
}

Status PostgresBackend::AddLocked(std::span<const CaseText> cases,
                                  std::span<const PreparedCase> prepared, CaseKind kind) {
  int64_t delta = 0;
  for (const CaseText& c : cases) {
    ASSIGN_OR_RETURN(int64_t removed, RemoveLocked(c.case_id));
    delta -= removed;
  }
  // Cases.
  std::vector<std::string> ids, names;
  std::vector<int64_t> kinds;
  for (const CaseText& c : cases) {
    ids.push_back(c.case_id);
    names.push_back(JoinNames(c.child_names));
    kinds.push_back(static_cast<int64_t>(kind));
  }
  ASSIGN_OR_RETURN(Result inserted, Run("INSERT INTO ehcp_cases(case_id, kind, names) "
                                        "SELECT * FROM unnest($1::text[], $2::int[], $3::text[]) "
                                        "RETURNING id, case_id",
                                        {ArrayOf(ids), ArrayOf(kinds), ArrayOf(names)}));
  std::map<std::string, int64_t> case_refs;
  for (int i = 0; i < PQntuples(inserted.get()); ++i) {
    case_refs[PQgetvalue(inserted.get(), i, 1)] = std::stoll(PQgetvalue(inserted.get(), i, 0));
  }
  if (kind == CaseKind::kChild) delta += static_cast<int64_t>(cases.size());

  // Names and passages (passage ids drawn first, so postings can refer to them).
  std::vector<std::string> name_values, passage_ids, texts;
  std::vector<int64_t> name_cases, passage_cases;
  size_t passage_total = 0;
  for (const CaseText& c : cases) passage_total += c.passages.size();
  std::vector<int64_t> passage_refs;
  if (passage_total > 0) {
    ASSIGN_OR_RETURN(Result seq, Run("SELECT nextval('ehcp_passages_id_seq') "
                                     "FROM generate_series(1, $1)",
                                     {std::to_string(passage_total)}));
    for (int i = 0; i < PQntuples(seq.get()); ++i) {
      passage_refs.push_back(std::stoll(PQgetvalue(seq.get(), i, 0)));
    }
  }
  struct Row {
    int64_t hash, case_ref, passage_ref, pos;
    auto operator<=>(const Row&) const = default;
  };
  std::vector<Row> rows;
  size_t next_passage = 0;
  for (size_t i = 0; i < cases.size(); ++i) {
    const int64_t case_ref = case_refs.at(cases[i].case_id);
    for (const std::string& n : prepared[i].name_tokens) {
      name_values.push_back(n);
      name_cases.push_back(case_ref);
    }
    for (size_t p = 0; p < cases[i].passages.size(); ++p) {
      const int64_t passage_ref = passage_refs.at(next_passage++);
      passage_cases.push_back(case_ref);
      passage_ids.push_back(cases[i].passages[p].id);
      texts.push_back(cases[i].passages[p].text);
      for (const Fingerprint& fp : prepared[i].fingerprints[p]) {
        rows.push_back({static_cast<int64_t>(fp.hash), case_ref, passage_ref, fp.pos});
      }
    }
  }
  if (!name_values.empty()) {
    RETURN_IF_ERROR(
        RunNoRows("INSERT INTO ehcp_names(name, case_ref) "
                  "SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT DO NOTHING",
                  {ArrayOf(name_values), ArrayOf(name_cases)}));
  }
  if (passage_total > 0) {
    RETURN_IF_ERROR(RunNoRows(
        "INSERT INTO ehcp_passages(id, case_ref, passage_id, text) "
        "SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[])",
        {ArrayOf(passage_refs), ArrayOf(passage_cases), ArrayOf(passage_ids), ArrayOf(texts)}));
  }

  // Postings, capped for stock text as in the SQLite backend.
  std::sort(rows.begin(), rows.end());
  std::vector<int64_t> distinct;
  for (const Row& r : rows) {
    if (distinct.empty() || distinct.back() != r.hash) distinct.push_back(r.hash);
  }
  std::set<int64_t> stock;
  std::map<int64_t, int> holders;
  if (kind == CaseKind::kChild && !distinct.empty()) {
    ASSIGN_OR_RETURN(Result s, Run("SELECT hash FROM ehcp_stock WHERE hash = ANY($1::bigint[])",
                                   {ArrayOf(distinct)}));
    for (int i = 0; i < PQntuples(s.get()); ++i)
      stock.insert(std::stoll(PQgetvalue(s.get(), i, 0)));
    ASSIGN_OR_RETURN(Result h,
                     Run("SELECT h, n FROM (SELECT h, (SELECT count(*) FROM (SELECT DISTINCT "
                         "case_ref FROM ehcp_postings WHERE hash = h LIMIT $2) x) AS n "
                         "FROM unnest($1::bigint[]) AS u(h)) y WHERE n > 0",
                         {ArrayOf(distinct), std::to_string(kStockCap)}));
    for (int i = 0; i < PQntuples(h.get()); ++i) {
      holders[std::stoll(PQgetvalue(h.get(), i, 0))] = std::stoi(PQgetvalue(h.get(), i, 1));
    }
  }
  std::vector<int64_t> new_stock;
  std::vector<int64_t> col_hash, col_case, col_passage, col_pos;
  auto flush = [&]() -> Status {
    if (col_hash.empty()) return Status::Ok();
    Status st = RunNoRows(
        "INSERT INTO ehcp_postings(hash, case_ref, passage_ref, pos) "
        "SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[]) "
        "ON CONFLICT DO NOTHING",
        {ArrayOf(col_hash), ArrayOf(col_case), ArrayOf(col_passage), ArrayOf(col_pos)});
    col_hash.clear(), col_case.clear(), col_passage.clear(), col_pos.clear();
    return st;
  };
  for (size_t g = 0; g < rows.size();) {
    size_t g_end = g;
    while (g_end < rows.size() && rows[g_end].hash == rows[g].hash) ++g_end;
    const int64_t hash = rows[g].hash;
    const bool is_stock = stock.count(hash) > 0;
    int count = is_stock ? kStockCap : holders[hash];
    int64_t last_case = -1;
    for (size_t i = g; i < g_end; ++i) {
      const Row& r = rows[i];
      if (kind == CaseKind::kChild) {
        if (r.case_ref != last_case) {
          last_case = r.case_ref;
          ++count;
        }
        if (count > kStockCap) continue;
      }
      col_hash.push_back(r.hash);
      col_case.push_back(r.case_ref);
      col_passage.push_back(r.passage_ref);
      col_pos.push_back(r.pos);
    }
    if (kind == CaseKind::kChild && !is_stock && count >= kStockCap) new_stock.push_back(hash);
    if (col_hash.size() >= kPostingsPerStatement) RETURN_IF_ERROR(flush());
    g = g_end;
  }
  RETURN_IF_ERROR(flush());
  if (!new_stock.empty()) {
    RETURN_IF_ERROR(
        RunNoRows("INSERT INTO ehcp_stock(hash) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING",
                  {ArrayOf(new_stock)}));
  }
  return AddToCounter(delta);
}

StatusOr<Postings> PostgresBackend::LookUp(const std::set<uint64_t>& hashes, int max_cases) {
  Postings out;
  if (hashes.empty()) return out;
  std::vector<int64_t> keys;
  for (uint64_t h : hashes) {
    keys.push_back(static_cast<int64_t>(h));
    out.hits[h];
  }
  const std::string array = ArrayOf(keys);
  ASSIGN_OR_RETURN(Result s,
                   Run("SELECT hash FROM ehcp_stock WHERE hash = ANY($1::bigint[])", {array}));
  for (int i = 0; i < PQntuples(s.get()); ++i) {
    out.stock.insert(static_cast<uint64_t>(std::stoll(PQgetvalue(s.get(), i, 0))));
  }
  ASSIGN_OR_RETURN(
      Result r,
      Run("SELECT u.h, p.case_ref, p.passage_ref, p.pos FROM unnest($1::bigint[]) AS u(h) "
          "CROSS JOIN LATERAL (SELECT DISTINCT case_ref FROM ehcp_postings WHERE hash = u.h "
          "ORDER BY case_ref LIMIT $2) c "
          "JOIN ehcp_postings p ON p.hash = u.h AND p.case_ref = c.case_ref "
          "ORDER BY u.h, p.case_ref, p.passage_ref, p.pos",
          {array, std::to_string(max_cases)}));
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    const auto hash = static_cast<uint64_t>(std::stoll(PQgetvalue(r.get(), i, 0)));
    out.hits[hash].push_back({std::stoll(PQgetvalue(r.get(), i, 1)),
                              std::stoll(PQgetvalue(r.get(), i, 2)),
                              std::stoll(PQgetvalue(r.get(), i, 3))});
  }
  return out;
}

StatusOr<std::set<int64_t>> PostgresBackend::GuidanceRefs() {
  ASSIGN_OR_RETURN(Result r, Run("SELECT id FROM ehcp_cases WHERE kind = 1"));
  std::set<int64_t> out;
  for (int i = 0; i < PQntuples(r.get()); ++i) out.insert(std::stoll(PQgetvalue(r.get(), i, 0)));
  return out;
}

StatusOr<std::map<int64_t, StoredPassage>> PostgresBackend::LoadPassages(
    const std::set<int64_t>& passage_refs) {
  std::map<int64_t, StoredPassage> out;
  if (passage_refs.empty()) return out;
  ASSIGN_OR_RETURN(Result r,
                   Run("SELECT p.id, c.case_id, c.names, c.kind, p.passage_id, p.text "
                       "FROM ehcp_passages p JOIN ehcp_cases c ON c.id = p.case_ref "
                       "WHERE p.id = ANY($1::int[])",
                       {ArrayOf(std::vector<int64_t>(passage_refs.begin(), passage_refs.end()))}));
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    StoredPassage& p = out[std::stoll(PQgetvalue(r.get(), i, 0))];
    p.case_id = PQgetvalue(r.get(), i, 1);
    p.child_names = SplitNames(PQgetvalue(r.get(), i, 2));
    p.guidance = std::string_view(PQgetvalue(r.get(), i, 3)) == "1";
    p.passage_id = PQgetvalue(r.get(), i, 4);
    p.text.assign(PQgetvalue(r.get(), i, 5), static_cast<size_t>(PQgetlength(r.get(), i, 5)));
  }
  return out;
}

StatusOr<std::map<std::string, std::vector<std::pair<int64_t, std::string>>>>
PostgresBackend::CasesWithNames(const std::set<std::string>& names) {
  std::map<std::string, std::vector<std::pair<int64_t, std::string>>> out;
  if (names.empty()) return out;
  // COLLATE "C": the same byte order as SQLite, so both backends pick the same first six.
  ASSIGN_OR_RETURN(
      Result r, Run("SELECT u.name, x.case_ref, x.case_id FROM unnest($1::text[]) AS u(name) "
                    "CROSS JOIN LATERAL (SELECT n.case_ref, c.case_id FROM ehcp_names n "
                    "JOIN ehcp_cases c ON c.id = n.case_ref WHERE n.name = u.name AND c.kind = 0 "
                    "ORDER BY c.case_id COLLATE \"C\" LIMIT 6) x "
                    "ORDER BY u.name, x.case_id COLLATE \"C\"",
                    {ArrayOf(std::vector<std::string>(names.begin(), names.end()))}));
  for (int i = 0; i < PQntuples(r.get()); ++i) {
    out[PQgetvalue(r.get(), i, 0)].emplace_back(std::stoll(PQgetvalue(r.get(), i, 1)),
                                                PQgetvalue(r.get(), i, 2));
  }
  return out;
}

StatusOr<int> PostgresBackend::CaseCount() {
  ASSIGN_OR_RETURN(Result r, Run("SELECT n FROM ehcp_counter WHERE kind = 0"));
  if (PQntuples(r.get()) == 0) return 0;
  return std::stoi(PQgetvalue(r.get(), 0, 0));
}

StatusOr<IndexStats> PostgresBackend::Stats() {
  ASSIGN_OR_RETURN(
      Result r,
      Run("SELECT (SELECT count(*) FROM ehcp_cases WHERE kind = 0), "
          "(SELECT count(*) FROM ehcp_cases WHERE kind = 1), "
          "(SELECT count(*) FROM ehcp_passages), (SELECT count(*) FROM ehcp_postings), "
          "(SELECT count(*) FROM ehcp_names), (SELECT count(*) FROM ehcp_stock), "
          "(SELECT sum(pg_total_relation_size(t::regclass)) FROM unnest(ARRAY['ehcp_meta', "
          "'ehcp_counter', 'ehcp_cases', 'ehcp_names', 'ehcp_passages', 'ehcp_postings', "
          "'ehcp_stock']) AS t)"));
  IndexStats s;
  s.backend = "postgresql";
  int64_t* fields[] = {&s.cases, &s.guidance, &s.passages, &s.postings,
                       &s.names, &s.stock,    &s.bytes};
  for (int i = 0; i < 7; ++i) *fields[i] = std::stoll(PQgetvalue(r.get(), 0, i));
  return s;
}

StatusOr<std::vector<StoredCase>> PostgresBackend::ReadCases(int64_t after_ref, int limit) {
  ASSIGN_OR_RETURN(Result c, Run("SELECT id, case_id, kind, names FROM ehcp_cases WHERE id > $1 "
                                 "ORDER BY id LIMIT $2",
                                 {std::to_string(after_ref), std::to_string(limit)}));
  std::vector<StoredCase> out;
  std::map<int64_t, size_t> at;
  std::vector<int64_t> refs;
  for (int i = 0; i < PQntuples(c.get()); ++i) {
    StoredCase sc;
    sc.ref = std::stoll(PQgetvalue(c.get(), i, 0));
    sc.text.case_id = PQgetvalue(c.get(), i, 1);
    sc.kind = static_cast<CaseKind>(std::stoll(PQgetvalue(c.get(), i, 2)));
    sc.text.child_names = SplitNames(PQgetvalue(c.get(), i, 3));
    at[sc.ref] = out.size();
    refs.push_back(sc.ref);
    out.push_back(std::move(sc));
  }
  if (refs.empty()) return out;
  ASSIGN_OR_RETURN(Result p, Run("SELECT case_ref, passage_id, text FROM ehcp_passages "
                                 "WHERE case_ref = ANY($1::int[]) ORDER BY case_ref, id",
                                 {ArrayOf(refs)}));
  for (int i = 0; i < PQntuples(p.get()); ++i) {
    out[at.at(std::stoll(PQgetvalue(p.get(), i, 0)))].text.passages.push_back(
        {PQgetvalue(p.get(), i, 1), PQgetvalue(p.get(), i, 2)});
  }
  return out;
}

}  // namespace

StatusOr<std::unique_ptr<IndexBackend>> OpenPostgres(const std::string& conninfo) {
  auto backend = std::make_unique<PostgresBackend>(conninfo);
  RETURN_IF_ERROR(backend->Connect());
  return std::unique_ptr<IndexBackend>(std::move(backend));
}

}  // namespace ehcp::corpus::internal
