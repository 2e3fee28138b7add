// Word-level normalisation for cross-case passage matching (DOMAIN.md §6).
//
// Text is cut into word tokens that remember where they came from (byte offsets into the
// original UTF-8), so a match found on normalised words maps back to exact characters.
//
// Rules, in order, for each token:
//   1. A token is a maximal run of letters, decimal digits and combining marks. Everything
//      else (spaces, punctuation, apostrophes, hyphens, symbols) separates tokens, so
//      "Millie's" gives "millie" + "s" and "one-to-one" gives "one" + "to" + "one".
//   2. The token is NFKC-case-folded (ICU); all-ASCII tokens take a fast ASCII path that gives
//      the same result.
//   3. A token holding any decimal digit becomes the number placeholder, so "30 minutes" and
//      "45 minutes" fingerprint the same.
//   4. A token that is capitalised in the original ("Millie", "MILLIE") and whose folded form
//      is one of the names to mask becomes the name placeholder. Lower-case uses are left
//      alone, so a child called Will does not mask every "will".
//
// Choice on names: only the names the caller gives are masked (the child of THIS case; the
// index masks each stored case with that case's own names when it is added). Capitalised words
// in general are NOT treated as names: headings, titles, services and places are capitalised
// too, and masking them would make unrelated texts look alike. A foreign name left in copied
// text therefore shows up as a one-word substitution, which the aligner tolerates
// (see align.h) and reports.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ehcp::corpus {

enum class TokenKind : uint8_t { kWord, kNumber, kName };

struct Token {
  uint32_t begin = 0;  // byte offset of the first byte in the original text
  uint32_t end = 0;    // one past the last byte
  TokenKind kind = TokenKind::kWord;
  bool capitalised = false;       // first letter upper- or title-case in the original
  bool sentence_initial = false;  // first token, or the last mark before it ends a sentence
  std::string folded;             // NFKC-case-folded surface form (before placeholders)
  uint64_t hash = 0;              // hash of the normalised form (placeholder for numbers/names)
};

// Placeholder forms hashed in place of numbers and masked names.
inline constexpr std::string_view kNumberPlaceholder = "\x02num";
inline constexpr std::string_view kNamePlaceholder = "\x01name";

// Folds one word (or a whole short string) the way Tokenize folds tokens.
std::string FoldWord(std::string_view word);

// The set of folded name tokens to mask, from names as the caller writes them
// ("Millie-Rose Smith" masks "millie", "rose" and "smith"). Tokens of one character are
// dropped (initials would mask too much).
std::set<std::string> NameTokens(const std::vector<std::string>& names);

// Tokenises UTF-8 text (ill-formed bytes act as separators). Pure.
std::vector<Token> Tokenize(std::string_view text, const std::set<std::string>& mask_names);

}  // namespace ehcp::corpus
