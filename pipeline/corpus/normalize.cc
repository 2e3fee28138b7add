#include "pipeline/corpus/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "pipeline/base/hash.h"

namespace ehcp::corpus {
namespace {

bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (u_isalnum(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsAscii(std::string_view s) {
  for (unsigned char ch : s) {
    if (ch >= 0x80) return false;
  }
  return true;
}

std::string FoldIcu(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || nfkc_cf == nullptr) {
    // ICU data missing: fall back to simple case folding so matching still works.
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
  }
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString folded = nfkc_cf->normalize(in, status);
  std::string out;
  if (U_FAILURE(status)) {
    in.foldCase().toUTF8String(out);
  } else {
    folded.toUTF8String(out);
  }
  return out;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  if (IsAscii(word)) {
    std::string out(word);
    for (char& ch : out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
  }
  return FoldIcu(word);
}

std::set<std::string> NameTokens(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const std::string& name : names) {
    for (const Token& t : Tokenize(name, {})) {
      if (t.kind == TokenKind::kWord && t.folded.size() > 1) out.insert(t.folded);
    }
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view text, const std::set<std::string>& mask_names) {
  static const uint64_t kNumberHash = Fnv1a64(kNumberPlaceholder);
  static const uint64_t kNameHash = Fnv1a64(kNamePlaceholder);
  std::vector<Token> tokens;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  bool sentence_start = true;
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsWordCodePoint(c)) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2029 || c == '\n') {
        sentence_start = true;
      } else if (c >= 0 && !u_isspace(c) && c != '"' && c != 0x201C && c != '(') {
        sentence_start = false;
      }
      continue;
    }
    Token token;
    token.sentence_initial = sentence_start;
    sentence_start = false;
    token.begin = static_cast<uint32_t>(start);
    token.capitalised = u_isupper(c) || u_istitle(c);
    bool has_digit = u_isdigit(c);
    int32_t end = i;
    while (i < length) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(bytes, next, length, d);
      if (d < 0 || !IsWordCodePoint(d)) break;
      has_digit = has_digit || u_isdigit(d);
      i = next;
      end = next;
    }
    token.end = static_cast<uint32_t>(end);
    token.folded =
        FoldWord(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)));
    if (has_digit) {
      token.kind = TokenKind::kNumber;
      token.hash = kNumberHash;
    } else if (token.capitalised && mask_names.count(token.folded) > 0) {
      token.kind = TokenKind::kName;
      token.hash = kNameHash;
    } else {
      token.hash = Fnv1a64(token.folded);
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

}  // namespace ehcp::corpus
