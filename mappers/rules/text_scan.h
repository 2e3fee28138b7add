// Tokenising and phrase matching shared by slot parsing and checks. Pure; no std::regex.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ehcp::rules {

// A word, number or punctuation mark with its byte range in the scanned text. Digits and
// letters are split apart ("10-minute" -> "10", "-", "minute"; "20min" -> "20", "min").
// Multi-byte characters that are dashes (en dash, em dash, minus) become "-"; other non-ASCII
// characters are kept as part of a word.
struct Token {
  std::string lower;  // ASCII-lower-cased text ("-" for any dash)
  size_t begin = 0;
  size_t end = 0;
  bool is_number = false;  // digits, optionally with one decimal point ("1.5")
  bool is_word = false;    // letters (and apostrophes inside a word)
  bool capitalised = false;
};

std::vector<Token> Tokenise(std::string_view text);

// A number written in digits or as a word ("one".."twenty", "thirty", "forty", "forty-five",
// "sixty", "ninety", "a"/"an" are NOT numbers here). nullopt-like: returns false when not.
bool NumberValue(const Token& t, double& value);

// Byte ranges of every case-insensitive (ASCII) occurrence of `phrase` in `text` at word
// boundaries: the characters either side of a match are not letters or digits when the phrase
// starts or ends with one.
std::vector<std::pair<size_t, size_t>> FindPhrase(std::string_view text, std::string_view phrase);
// Same, but exact case.
std::vector<std::pair<size_t, size_t>> FindPhraseExact(std::string_view text,
                                                       std::string_view phrase);

// One hit of a PhraseIndex: phrase number and byte range.
struct PhraseHit {
  size_t phrase = 0;
  size_t begin = 0;
  size_t end = 0;
};

// A fixed list of phrases found in one pass over a text. Phrases are indexed by their first
// word (the leading run of letters and digits, ASCII-lower-cased), so a text is scanned once and
// only the phrases whose first word appears in it are compared. Matching is exactly that of
// FindPhrase (or FindPhraseExact for a phrase marked exact). Build it once, for example as a
// function-local static (thread-safe); FindAll is const and may be called from any thread.
class PhraseIndex {
 public:
  struct Entry {
    std::string phrase;
    bool exact = false;  // exact case (FindPhraseExact) rather than ASCII case-insensitive
  };
  explicit PhraseIndex(std::vector<Entry> entries);

  // Every hit of every phrase, ordered by phrase number and then by position: the same hits in
  // the same order as calling FindPhrase / FindPhraseExact for each phrase in turn.
  std::vector<PhraseHit> FindAll(std::string_view text) const;
  // True when some phrase occurs in the text.
  bool Any(std::string_view text) const;

  size_t size() const { return entries_.size(); }
  const Entry& entry(size_t k) const { return entries_[k]; }

 private:
  template <typename OnHit>
  void Scan(std::string_view text, OnHit on_hit) const;

  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
  std::vector<size_t> unindexed_;  // phrases that do not start with a letter or digit
};

// Index of the first token at or after `from` whose lower text equals `word`; npos if none.
size_t FindToken(const std::vector<Token>& tokens, std::string_view word, size_t from = 0);
// True when tokens[i..] spell the words of `phrase` (space-separated, lower case).
bool TokensMatch(const std::vector<Token>& tokens, size_t i, std::string_view phrase,
                 size_t* next = nullptr);

}  // namespace ehcp::rules
