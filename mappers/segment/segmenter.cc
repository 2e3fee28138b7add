#include "mappers/segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <mutex>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Abbreviations after which a full stop does not end a sentence.
constexpr const char* kSuppressions[] = {
    "Dr.",   "Mr.", "Mrs.",  "Ms.",  "e.g.", "i.e.", "approx.", "etc.", "No.",  "St.", "vs.",
    "Prof.", "cf.", "incl.", "Jan.", "Feb.", "Aug.", "Sept.",   "Oct.", "Nov.", "Dec."};

// A sentence break iterator per thread (ICU iterators are not thread-safe).
icu::BreakIterator& SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale("en@ss=standard");
    std::unique_ptr<icu::BreakIterator> base(
        icu::BreakIterator::createSentenceInstance(locale, status));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
    if (U_SUCCESS(status) && builder) {
      for (const char* abbr : kSuppressions) {
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbr), status);
      }
      icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(base.release(), status);
      return std::unique_ptr<icu::BreakIterator>(filtered);
    }
    return base;
  }();
  return *it;
}

bool StartsWithAny(std::string_view text, std::initializer_list<std::string_view> openings) {
  std::string lower = ToLowerAscii(Trim(text).substr(0, 40));
  for (std::string_view o : openings) {
    if (lower.rfind(o, 0) == 0) return true;
  }
  return false;
}

// A label, heading or form line rather than a sentence: a few words, no full stop at the end or
// inside.
bool IsShortLabel(std::string_view text) {
  text = Trim(text);
  if (text.empty() || WordCount(text) > 8) return false;
  char last = text.back();
  if (last == '.' || last == '!' || last == '?') return false;
  return text.find(". ") == std::string_view::npos;
}

// A heading that names the document rather than a part of it.
bool IsTitle(std::string_view heading) {
  std::string lower = ToLowerAscii(heading);
  if (lower.find("section") != std::string::npos) return false;
  for (std::string_view w : {"advice", "report", "letter", "plan", "assessment", "appendix",
                             "views", "about me", "profile", "information"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

bool IsLabelOf(const Block& label, const Block& next) {
  if (next.label.empty()) return false;
  std::string_view a = Trim(label.text);
  while (!a.empty() && a.back() == ':') a.remove_suffix(1);
  return Trim(a) == Trim(next.label);
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0xC0) {
      return true;
    }
  }
  return false;
}

// A prompt as context: at most 24 words (a long question is cut at a word boundary).
std::string ShortPrompt(std::string_view prompt) {
  prompt = Trim(prompt);
  size_t words = 0;
  for (size_t i = 0; i < prompt.size(); ++i) {
    if (prompt[i] == ' ' && ++words == 24) return std::string(prompt.substr(0, i));
  }
  return std::string(prompt);
}

// Byte offsets of sentence boundaries in UTF-8 `text`.
std::vector<size_t> SentenceBounds(const std::string& text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  // Map UTF-16 index -> UTF-8 byte offset.
  std::vector<size_t> byte_at(static_cast<size_t>(u.length()) + 1, text.size());
  size_t b = 0;
  for (int32_t i = 0; i < u.length();) {
    byte_at[static_cast<size_t>(i)] = b;
    UChar32 c = u.char32At(i);
    int32_t n = U16_LENGTH(c);
    for (int32_t k = 1; k < n; ++k) byte_at[static_cast<size_t>(i + k)] = b;
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += n;
  }
  byte_at[static_cast<size_t>(u.length())] = text.size();
  icu::BreakIterator& it = SentenceIterator();
  it.setText(u);
  std::vector<size_t> bounds;
  for (int32_t p = it.first(); p != icu::BreakIterator::DONE; p = it.next()) {
    bounds.push_back(byte_at[static_cast<size_t>(p)]);
  }
  return bounds;
}

void AddSpan(const Document& doc, const Block& block, int index, size_t begin, size_t end,
             const std::string& context, std::vector<Statement>& out) {
  std::string_view whole(block.text);
  std::string_view piece = whole.substr(begin, end - begin);
  std::string_view trimmed = Trim(piece);
  if (trimmed.empty() || !HasLetter(trimmed)) return;
  size_t b = begin + static_cast<size_t>(trimmed.data() - piece.data());
  Statement s;
  s.document = doc.info.id;
  s.page = block.prov.page;
  s.span = {index, b, b + trimmed.size()};
  s.text = std::string(trimmed);
  s.context = context;
  s.block_kind = block.kind;
  s.role = block.role;
  out.push_back(std::move(s));
}

}  // namespace

std::vector<Statement> SegmentDocument(const Document& doc) {
  std::vector<Statement> out;
  // The headings above the current block, outermost first, with their levels. The document's
  // title (a heading among its first blocks, before any body text, that names the advice, such
  // as "Educational Psychology Advice") is left out: the document kind records it, and it would
  // otherwise sit above every statement.
  std::vector<std::pair<int, std::string>> path;
  bool seen_body = false;
  bool skipped_title = false;
  // A letter's heading (trust, service, address and reference lines) runs until "Dear …"; its
  // signature (name, role, registration) follows "Yours sincerely". Their short lines are given a
  // context that says so; anything written as sentences keeps its ordinary context, so a summary
  // above the salutation ("Diagnoses: …", "Plan: …") is still read as content.
  size_t salutation = 0;
  for (size_t i = 0; i < doc.blocks.size() && i < 25; ++i) {
    if (StartsWithAny(doc.blocks[i].text, {"dear "})) {
      salutation = i;
      break;
    }
  }
  int signature_lines = 0;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    if (block.kind == BlockKind::kHeading) {
      signature_lines = 0;
      if (!seen_body && !skipped_title && i < 3 && IsTitle(block.text)) {
        skipped_title = true;
        continue;
      }
      int level = std::max(1, block.heading_level);
      while (!path.empty() && path.back().first >= level) path.pop_back();
      path.emplace_back(level, block.text);
      continue;
    }
    if (block.text.empty()) continue;
    seen_body = true;
    // A table's row label ("Communication and interaction") is carried as the context of the
    // cells beside it, not repeated as a statement. A left-hand cell written as a sentence is
    // content in its own right and stays.
    if (block.kind == BlockKind::kTableCell && i + 1 < doc.blocks.size() &&
        IsShortLabel(block.text) && IsLabelOf(block, doc.blocks[i + 1])) {
      continue;
    }
    std::string context;
    bool letter_line = i < salutation && IsShortLabel(block.text) &&
                       !StartsWithAny(block.text, {"diagnos", "medication", "plan", "summary",
                                                   "problem", "outcome", "recommend"});
    bool signature_line = signature_lines > 0 && IsShortLabel(block.text);
    if (letter_line) {
      context = kLetterHeading;
    } else if (signature_line) {
      context = kSignatureBlock;
      --signature_lines;
    } else {
      signature_lines = 0;
      for (const auto& [level, text] : path) {
        if (!context.empty()) context += kContextSeparator;
        context += text;
      }
      if (!block.label.empty() && (IsShortLabel(block.label) || block.role != BlockRole::kUnknown)) {
        if (!context.empty()) context += kContextSeparator;
        context += ShortPrompt(block.label);
      }
      // A rating grid's item is read with its column ("Always").
      if (!block.column_header.empty()) {
        if (!context.empty()) context += kContextSeparator;
        context += ShortPrompt(block.column_header);
      }
    }
    int index = static_cast<int>(i);
    // A list item is one statement unless it holds several sentences.
    std::vector<size_t> bounds = SentenceBounds(block.text);
    if (bounds.size() < 2) bounds = {0, block.text.size()};
    for (size_t k = 0; k + 1 < bounds.size(); ++k) {
      AddSpan(doc, block, index, bounds[k], bounds[k + 1], context, out);
    }
    if (block.kind != BlockKind::kTableCell && WordCount(block.text) <= 6 &&
        StartsWithAny(block.text, {"yours sincerely", "yours faithfully", "kind regards",
                                   "best wishes", "with best wishes"})) {
      signature_lines = 4;
    }
  }
  return out;
}

}  // namespace ehcp
