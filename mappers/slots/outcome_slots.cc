// ParseOutcome: a time anchor (walked from a preposition over anchor words), a measurable
// element (counts, "4 out of 5", "independently", an observable verb with an object) and
// whether the statement is about the child rather than a service.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"

namespace ehcp {
namespace {

using rules::Token;
using Tokens = std::vector<Token>;

template <size_t N>
bool In(const std::array<std::string_view, N>& a, std::string_view w) {
  return std::find(a.begin(), a.end(), w) != a.end();
}

bool IsKeyStage(std::string_view w) {
  return w == "ks1" || w == "ks2" || w == "ks3" || w == "ks4" || w == "ks5" || w == "eyfs";
}

bool IsYear4Digits(const Token& t) {
  return t.is_number && t.lower.size() == 4 && t.lower[0] == '2';
}

bool IsTimeUnit(std::string_view w) {
  static constexpr std::array<std::string_view, 12> k = {"week",    "weeks",  "month",  "months",
                                                         "year",    "years",  "term",   "terms",
                                                         "months'", "weeks'", "years'", "academic"};
  return In(k, w);
}

// Words that signal a time anchor when they follow "by".
bool IsAnchorSignal(const Token& t) {
  static constexpr std::array<std::string_view, 24> k = {
      "end",    "time",   "age",       "year",     "key",    "stage",     "summer",     "autumn",
      "spring", "easter", "christmas", "next",     "annual", "review",    "transition", "transfer",
      "term",   "start",  "beginning", "birthday", "close",  "reception", "september",  "16"};
  return In(k, t.lower) || rules::IsMonth(t.lower) || IsKeyStage(t.lower) || IsYear4Digits(t);
}

// Words that continue an anchor once it has started.
bool IsAnchorWord(const Tokens& t, size_t i) {
  static constexpr std::array<std::string_view, 44> k = {
      "the",      "end",     "of",      "key",      "stage",      "year",   "next",
      "annual",   "review",  "his",     "her",      "their",      "time",   "transfers",
      "transfer", "moves",   "move",    "leaves",   "starts",     "to",     "secondary",
      "school",   "primary", "college", "academic", "summer",     "autumn", "spring",
      "term",     "age",     "months",  "weeks",    "years",      "month",  "week",
      "a",        "first",   "coming",  "this",     "transition", "start",  "beginning",
      "current",  "phase"};
  const Token& w = t[i];
  if (In(k, w.lower) || w.is_number || rules::IsMonth(w.lower) || IsKeyStage(w.lower)) return true;
  double v = 0;
  if (rules::NumberValue(w, v)) return true;
  if (w.lower == "'" || w.lower == "time" || w.lower == "months'" || w.lower == "'s") return true;
  // Pronouns only in "by the time he…", "before she…", "when they…".
  if ((w.lower == "he" || w.lower == "she" || w.lower == "they") && i > 0 &&
      (t[i - 1].lower == "time" || t[i - 1].lower == "before" || t[i - 1].lower == "when"))
    return true;
  return false;
}

// Does an anchor start at token i? Returns the token after its head words, or 0.
size_t AnchorStart(const Tokens& t, size_t i) {
  size_t n = t.size();
  const std::string& w = t[i].lower;
  auto window_has = [&](size_t from, size_t len, auto pred) {
    for (size_t k = from; k < std::min(n, from + len); ++k)
      if (pred(t[k])) return true;
    return false;
  };
  if (w == "by") {
    if (window_has(i + 1, 3, [](const Token& x) { return IsAnchorSignal(x); })) return i + 1;
    return 0;
  }
  if (w == "within" || w == "in" || w == "over") {
    // "within 12 months", "in six months' time", "over the next year"
    bool number_unit = false;
    for (size_t k = i + 1; k < std::min(n, i + 5); ++k) {
      double v = 0;
      if (IsTimeUnit(t[k].lower) &&
          (k == i + 1 ? false
                      : (rules::NumberValue(t[k - 1], v) || t[k - 1].lower == "a" ||
                         t[k - 1].lower == "next" || t[k - 1].lower == "coming" ||
                         t[k - 1].lower == "this" || t[k - 1].lower == "academic" ||
                         t[k - 1].lower == "the")))
        number_unit = true;
      if (!t[k].is_word && !t[k].is_number && t[k].lower != "'") break;
    }
    if (w == "in" && number_unit && i + 1 < n && t[i + 1].lower == "the" &&
        !(i + 2 < n && (t[i + 2].lower == "next" || t[i + 2].lower == "coming")))
      return 0;  // "in the year" is not an anchor; "in the next year" is
    return number_unit ? i + 1 : 0;
  }
  if (rules::TokensMatch(t, i, "at the end of") || rules::TokensMatch(t, i, "at her next") ||
      rules::TokensMatch(t, i, "at his next") || rules::TokensMatch(t, i, "at their next") ||
      rules::TokensMatch(t, i, "at the next") || rules::TokensMatch(t, i, "at the annual") ||
      rules::TokensMatch(t, i, "at her annual") || rules::TokensMatch(t, i, "at his annual"))
    return i + 1;
  if (w == "before" || w == "when") {
    static constexpr std::array<std::string_view, 8> k = {
        "he", "she", "they", "transition", "transferring", "moving", "leaving", "starting"};
    if (i + 1 < n && (In(k, t[i + 1].lower) || IsAnchorSignal(t[i + 1]) ||
                      (t[i + 1].lower == "the" && i + 2 < n && IsAnchorSignal(t[i + 2]))))
      return (w == "when" &&
              !(i + 2 < n && (t[i + 2].lower == "transfers" || t[i + 2].lower == "moves" ||
                              t[i + 2].lower == "starts" || t[i + 2].lower == "leaves")))
                 ? 0
                 : i + 1;
    return 0;
  }
  if (w == "during" && i + 1 < n &&
      (t[i + 1].lower == "year" || IsKeyStage(t[i + 1].lower) || t[i + 1].lower == "key" ||
       rules::TokensMatch(t, i + 1, "the academic year") || rules::TokensMatch(t, i + 1, "this") ||
       rules::TokensMatch(t, i + 1, "the next")))
    return i + 1;
  if (rules::TokensMatch(t, i, "this academic year") ||
      rules::TokensMatch(t, i, "this school year") ||
      rules::TokensMatch(t, i, "next academic year") || rules::TokensMatch(t, i, "this term") ||
      rules::TokensMatch(t, i, "end of year") || rules::TokensMatch(t, i, "end of the year"))
    return i + 1;
  return 0;
}

struct Range {
  size_t first = 0, last = 0;  // token range
  bool found() const { return last > first; }
};

Range FindAnchor(const Tokens& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    size_t j = AnchorStart(t, i);
    if (j == 0) continue;
    size_t limit = std::min(t.size(), i + 12);
    while (j < limit && IsAnchorWord(t, j)) ++j;
    // Do not end on a dangling "the", "of", "to", "a".
    while (j > i + 1 && (t[j - 1].lower == "the" || t[j - 1].lower == "of" ||
                         t[j - 1].lower == "to" || t[j - 1].lower == "a"))
      --j;
    return {i, j};
  }
  return {};
}

bool IsClauseEnd(const Token& t) {
  return t.lower == "," || t.lower == "." || t.lower == ";" || t.lower == ":" || t.lower == "(" ||
         t.lower == ")";
}

bool IsWeakObject(std::string_view w) {
  static constexpr std::array<std::string_view, 10> k = {
      "progress", "potential", "better", "improvements", "gains",
      "sense",    "the",       "most",   "good",         "well"};
  return In(k, w);
}

bool IsVerbIntro(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k = {
      "will", "to", "can", "and", "or", "independently", "'ll", "then", "consistently"};
  return In(k, w);
}

// The measurable element: the first of an observable verb with an object, a count, or a
// measure phrase, outside the anchor. Returns a token range.
Range FindMeasure(std::string_view text, const Tokens& t, Range anchor) {
  auto outside = [&](size_t i) { return !anchor.found() || i < anchor.first || i >= anchor.last; };
  auto clause_end = [&](size_t from) {
    size_t j = from;
    size_t limit = std::min(t.size(), from + 10);
    while (j < limit && !IsClauseEnd(t[j]) && outside(j)) ++j;
    return j;
  };
  // Observable verb with an object.
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    if (!outside(i) || !rules::IsObservableVerb(t[i].lower) || !IsVerbIntro(t[i - 1].lower))
      continue;
    size_t oi = i + 1;
    while (oi + 1 < t.size() && (t[oi].lower == "'" || t[oi].lower == "\"")) ++oi;
    const Token& obj = t[oi];
    if (!(obj.is_word || obj.is_number) || IsWeakObject(obj.lower) || !outside(oi)) continue;
    return {i, clause_end(oi)};
  }
  // Counts and measure phrases.
  for (size_t i = 0; i < t.size(); ++i) {
    if (!outside(i)) continue;
    double v = 0;
    bool number = rules::NumberValue(t[i], v) && !IsYear4Digits(t[i]);
    if (number && i > 0 &&
        (t[i - 1].lower == "year" || t[i - 1].lower == "stage" || t[i - 1].lower == "age" ||
         t[i - 1].lower == "aged"))
      number = false;
    if (number) return {i, clause_end(i + 1)};
  }
  static const rules::PhraseIndex measures = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (std::string_view p : rules::MeasurePhrases()) entries.push_back({std::string(p)});
    return rules::PhraseIndex(std::move(entries));
  }();
  for (const rules::PhraseHit& hit : measures.FindAll(text)) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].begin == hit.begin && outside(i)) {
        size_t j = i;
        while (j < t.size() && t[j].end <= hit.end) ++j;
        return {i, std::max(j, i + 1)};
      }
    }
  }
  return {};
}

std::string Text(std::string_view text, const Tokens& t, Range r) {
  if (!r.found()) return {};
  return std::string(text.substr(t[r.first].begin, t[r.last - 1].end - t[r.first].begin));
}

}  // namespace

OutcomeSlots ParseOutcome(std::string_view text) {
  OutcomeSlots o;
  Tokens t = rules::Tokenise(text);
  Range anchor = FindAnchor(t);
  o.time_anchor = Text(text, t, anchor);
  o.measure = Text(text, t, FindMeasure(text, t, anchor));
  static const rules::PhraseIndex service = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (std::string_view cue : rules::ServiceSubjectCues()) entries.push_back({std::string(cue)});
    return rules::PhraseIndex(std::move(entries));
  }();
  if (service.Any(text)) o.subject_is_child = false;
  return o;
}

}  // namespace ehcp
