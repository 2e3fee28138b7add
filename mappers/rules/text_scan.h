// Tokenising and phrase matching shared by slot parsing and checks. Pure; no std::regex.
#pragma once

#include <string>
#include <string_view>
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

// Index of the first token at or after `from` whose lower text equals `word`; npos if none.
size_t FindToken(const std::vector<Token>& tokens, std::string_view word, size_t from = 0);
// True when tokens[i..] spell the words of `phrase` (space-separated, lower case).
bool TokensMatch(const std::vector<Token>& tokens, size_t i, std::string_view phrase,
                 size_t* next = nullptr);

}  // namespace ehcp::rules
