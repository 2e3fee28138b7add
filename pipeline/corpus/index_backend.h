// Where a PassageIndex keeps its data: the storage half of the index behind one small interface,
// so the matching logic (passage_index.cc) and its callers do not care which database holds it.
// Two backends: a SQLite file (passage_index.cc, the default, for one person) and a PostgreSQL
// database (postgres_backend.cc, for a team: many writers at once).
//
// Internal to pipeline/corpus: callers use PassageIndex.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "pipeline/base/status.h"
#include "pipeline/corpus/fingerprint.h"
#include "pipeline/corpus/passage_index.h"

namespace ehcp::corpus::internal {

// Recorded so an index built with other normalisation or fingerprint settings is refused
// instead of silently matching nothing.
inline constexpr std::string_view kSchemaVersion = "2";
inline constexpr std::string_view kFingerprintScheme =
    "words-nfkc-cf;num;name;fnv1a64-splitmix;k5;w4";
inline constexpr std::string_view kGuidancePrefix = "form-guidance:";

// Stock text: once a fingerprint is held by this many cases it is common whatever the
// threshold, its postings are no longer stored (the first kStockCap cases keep theirs, as
// examples), and a check reads at most this many cases' postings for it. This keeps a check's
// cost and the index's growth flat as the caseload grows.
inline constexpr int kStockCap = 100;

enum class CaseKind : int64_t { kChild = 0, kGuidance = 1 };

// A case normalised and fingerprinted, ready to store (pure, computed off the connection).
struct PreparedCase {
  std::set<std::string> name_tokens;
  std::vector<std::vector<Fingerprint>> fingerprints;  // per passage
};
std::vector<PreparedCase> PrepareAll(std::span<const CaseText> cases);

// One stored occurrence of a fingerprint.
struct Hit {
  int64_t case_ref = 0, passage_ref = 0, pos = 0;
};

struct Postings {
  // Per looked-up hash, its stored occurrences ordered by case, passage, position: all of them
  // for the first `max_cases` cases holding it (or all, when fewer).
  std::unordered_map<uint64_t, std::vector<Hit>> hits;
  // The looked-up hashes known to be stock text (held by at least kStockCap cases).
  std::unordered_set<uint64_t> stock;
};

struct StoredPassage {
  std::string case_id;
  std::vector<std::string> child_names;
  bool guidance = false;
  std::string passage_id;
  std::string text;
};

// One stored case, read back in full (for a migration).
struct StoredCase {
  int64_t ref = 0;
  CaseKind kind = CaseKind::kChild;
  CaseText text;
};

class IndexBackend {
 public:
  virtual ~IndexBackend() = default;
  // Names the index in messages ("passage index '/data/x.sqlite'").
  virtual std::string Where() const = 0;

  virtual StatusOr<std::optional<int64_t>> FindCase(std::string_view case_id) = 0;
  // Adds the cases (replacing earlier entries with the same ids) in one transaction.
  virtual Status Add(std::span<const CaseText> cases, std::span<const PreparedCase> prepared,
                     CaseKind kind) = 0;
  virtual Status Remove(std::string_view case_id) = 0;
  virtual StatusOr<Postings> LookUp(const std::set<uint64_t>& hashes, int max_cases) = 0;
  virtual StatusOr<std::set<int64_t>> GuidanceRefs() = 0;
  virtual StatusOr<std::map<int64_t, StoredPassage>> LoadPassages(
      const std::set<int64_t>& passage_refs) = 0;
  // For each name, up to 6 child cases (ref, case id) having it, ordered by case id.
  virtual StatusOr<std::map<std::string, std::vector<std::pair<int64_t, std::string>>>>
  CasesWithNames(const std::set<std::string>& names) = 0;
  virtual StatusOr<int> CaseCount() = 0;
  virtual StatusOr<IndexStats> Stats() = 0;
  // Up to `limit` cases with ref > after_ref, in ref order.
  virtual StatusOr<std::vector<StoredCase>> ReadCases(int64_t after_ref, int limit) = 0;
};

std::string JoinNames(const std::vector<std::string>& names);
std::vector<std::string> SplitNames(std::string_view joined);

// Opens a PostgreSQL index (postgres_backend.cc). Refuses a password written in the target.
StatusOr<std::unique_ptr<IndexBackend>> OpenPostgres(const std::string& conninfo);

}  // namespace ehcp::corpus::internal
