// The cross-case passage index: finds text shared between different children's plans and
// advice (DOMAIN.md §6: copy and paste, another child's name, boilerplate).
//
// Common case:
//
//   ASSIGN_OR_RETURN(auto index, corpus::PassageIndex::Open("/data/la/passages.sqlite"));
//   ASSIGN_OR_RETURN(auto matches, index->FindMatches(this_case));   // before adding it
//   ASSIGN_OR_RETURN(auto names, index->ForeignNamesIn(this_case));
//   RETURN_IF_ERROR(index->AddCase(this_case));                      // then remember it
//
// A Match with is_boilerplate raises `boilerplate` (info); otherwise `copy-paste` (warn).
// A ForeignName raises `foreign-name` (block).
//
// How it works: each passage is normalised into words (normalize.h: case-folded, numbers and
// the case's own child names replaced by placeholders), fingerprinted by winnowing hashed
// 5-word k-grams (fingerprint.h), and the fingerprints are stored in SQLite with their word
// positions. A query looks up its own fingerprints, aligns each candidate pair of passages word
// by word from the shared k-grams (align.h), and reports regions of at least
// MatchOptions::min_words words with exact byte spans on both sides.
//
// What is stored (the file holds special-category data about children; keep it where the
// plans are kept and delete it with them): per case its id and the child's names (needed for
// the foreign-name check and to re-derive the stored fingerprints); per passage its id and its
// ORIGINAL text (needed to map a match to exact characters on the other side and to show the
// quality lead both passages); fingerprint hashes with word positions. Nothing else.
//
// Thread-safety: a PassageIndex owns one SQLite connection and is NOT safe for concurrent use,
// including the const methods (they share prepared statements). Use one PassageIndex per
// thread, or serialise calls. Several PassageIndex objects, in one process or several, may open
// the same file: the database is in WAL mode, so readers run alongside one writer, and a writer
// waits (busy timeout, OpenOptions::busy_timeout_ms) for another to finish.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/base/status.h"

namespace ehcp::corpus {

struct PassageText {
  std::string id;    // stable within its case, e.g. a statement id
  std::string text;  // UTF-8; match spans are byte offsets into this
};

struct CaseText {
  std::string case_id;  // stable across re-drafts of the same child's plan
  // The child's names as written ("Millie", "Millie-Rose Smith", a preferred name "Lexi").
  // Capitalised occurrences are masked before fingerprinting, so text copied with the name
  // swapped still matches; they are also what ForeignNamesIn looks for in other cases.
  std::vector<std::string> child_names;
  std::vector<PassageText> passages;
};

struct MatchOptions {
  // A shared region counts when it has at least min_words aligned words, or when it covers a
  // whole passage (on either side) of at least min_short_words words. Shorter shared runs are
  // common phrases ("will need support to"). Masked names and numbers are aligned but not
  // counted: they carry no evidence of copying.
  int min_words = 12;
  int min_short_words = 8;
  // A fingerprint is common when it occurs in at least this many distinct cases, counting the
  // case being checked. 0 = automatic: max(5, 1% of the cases in the index, rounded up).
  int boilerplate_min_cases = 0;
  // A match is boilerplate when its other side is registered form guidance (AddBoilerplate),
  // or when it holds common fingerprints and the words covered by its other (rare)
  // fingerprints fall short of min_words: stock wording with a word or two changed.
  // For common fingerprints only the first few other cases are fetched as examples, so a stock
  // sentence held by thousands of plans costs a bounded amount. Boilerplate matches are also
  // collapsed: one per span of this case (the example with the longest region).
  int boilerplate_examples = 3;
};

struct Match {
  std::string passage_id;  // this case's passage
  size_t begin = 0;        // byte span [begin, end) in this passage's text
  size_t end = 0;
  std::string other_case_id;  // for form guidance: "form-guidance:<label>"
  std::string other_passage_id;
  size_t other_begin = 0;  // byte span in the other passage's stored text
  size_t other_end = 0;
  int words = 0;            // aligned words
  double similarity = 0.0;  // aligned words / words in this passage (0..1]
  // Differences inside the aligned region, compared word by word on the original text. The
  // aligner bridges only names and numbers (align.h), so these are the only differences.
  bool name_changed = false;    // a name differs (the passage was re-targeted to a child)
  bool number_changed = false;  // a number differs ("30 minutes" vs "45 minutes")
  bool is_boilerplate = false;
  bool form_guidance = false;  // the other side is registered form guidance (AddBoilerplate)
  // Distinct cases (counting this one) holding the region's most widespread fingerprint; for
  // common fingerprints the count stops at the boilerplate threshold ("at least").
  int case_count = 0;
};

struct ForeignName {
  std::string passage_id;
  size_t begin = 0;  // byte span of the name in the passage text
  size_t end = 0;
  std::string name;                         // as written in the passage
  std::vector<std::string> other_case_ids;  // cases whose child has this name (first few)
};

struct OpenOptions {
  int cache_mib = 128;  // SQLite page cache for this connection
  int busy_timeout_ms = 5000;
};

class PassageIndex {
 public:
  // Opens the index at `path`, creating an empty one when the file does not exist or is empty.
  // Errors: kCorrupt when the file is not a passage index or is damaged (the message says to
  // move it aside and rebuild), kUnsupported for an index written by an incompatible version,
  // kIoError when it cannot be opened or written.
  static StatusOr<std::unique_ptr<PassageIndex>> Open(const std::string& path,
                                                      const OpenOptions& options = {});
  ~PassageIndex();
  PassageIndex(const PassageIndex&) = delete;
  PassageIndex& operator=(const PassageIndex&) = delete;

  // Adds a case, replacing any earlier entry with the same case_id (a re-draft replaces the
  // previous draft, so a case never matches itself). REQUIRES: case_id not empty.
  Status AddCase(const CaseText& c);
  // Adds many cases in one transaction (much faster than one AddCase each). All or nothing.
  // For bulk loads pass 1,000-5,000 cases per call: fingerprints are sorted and inserted per
  // call, so larger batches rewrite the hash index fewer times (see bench/corpus_bench.cc).
  // Normalisation runs on up to 4 threads for large batches.
  // REQUIRES: case ids unique within the batch and not starting with "form-guidance:".
  Status AddCases(std::span<const CaseText> cases);
  // Removes a case; not an error when it is absent.
  Status RemoveCase(std::string_view case_id);
  // Registers known form guidance or LA stock text under a label; any match with it is
  // boilerplate. Re-registering a label replaces its text. Guidance is not counted as a case.
  Status AddBoilerplate(std::string_view label, std::string_view text);

  // Passages of `c` that share text with OTHER cases in the index (entries with c.case_id are
  // ignored) or with form guidance. Ordered by passage (as given), then begin, then other case.
  StatusOr<std::vector<Match>> FindMatches(const CaseText& c,
                                           const MatchOptions& options = {}) const;

  // Capitalised words in `c` that are a child name of another case in the index and not one
  // of c.child_names (two children may share a name: the caller decides). Ordered by passage,
  // then position.
  StatusOr<std::vector<ForeignName>> ForeignNamesIn(const CaseText& c) const;

  // Number of cases (form guidance excluded).
  int CaseCount() const;

 private:
  struct Impl;
  explicit PassageIndex(std::unique_ptr<Impl> impl);
  StatusOr<std::vector<Match>> FindMatchesInSnapshot(const CaseText& c,
                                                     const MatchOptions& options) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ehcp::corpus
