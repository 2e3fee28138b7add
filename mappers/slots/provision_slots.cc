// ParseProvision: tokenise, then scan for each slot with small walkers (amount, count,
// period, duration, group size) and phrase tables (who, what, setting).
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

using rules::Token;
using Tokens = std::vector<Token>;

// A piece of the quantity found in the text: token range [first, last) and its byte range.
struct Piece {
  bool found = false;
  size_t first = 0, last = 0;
  size_t begin = 0, end = 0;
};

Piece MakePiece(const Tokens& t, size_t first, size_t last) {
  return Piece{true, first, last, t[first].begin, t[last - 1].end};
}

std::string_view Sub(std::string_view text, const Piece& p) {
  return text.substr(p.begin, p.end - p.begin);
}

// Hours in one unit word; 0 when the word is not a time unit.
double UnitHours(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kMinutes = {"minute", "minutes",  "min",
                                                               "mins",   "minute's", "m"};
  static constexpr std::array<std::string_view, 5> kHours = {"hour", "hours", "hr", "hrs", "h"};
  if (std::find(kMinutes.begin(), kMinutes.end(), w) != kMinutes.end()) return 1.0 / 60.0;
  if (std::find(kHours.begin(), kHours.end(), w) != kHours.end()) return 1.0;
  return 0;
}

bool IsDashOrTo(const Token& t) { return t.lower == "-" || t.lower == "to"; }

// An amount at token i: "30 minutes", "20-30 minutes", "an hour", "half an hour",
// "1.5 hours", "one and a half hours", "10-minute". Sets low/high in hours.
struct Amount {
  Piece piece;
  double low = 0, high = 0;
};

bool ParseAmountAt(const Tokens& t, size_t i, Amount& out) {
  size_t n = t.size();
  size_t next = 0;
  if (rules::TokensMatch(t, i, "half an hour", &next) ||
      rules::TokensMatch(t, i, "half - hour", &next) ||
      rules::TokensMatch(t, i, "half hour", &next)) {
    out = {MakePiece(t, i, next), 0.5, 0.5};
    return true;
  }
  if ((t[i].lower == "an" || t[i].lower == "a") && i + 1 < n && t[i + 1].lower == "hour") {
    out = {MakePiece(t, i, i + 2), 1, 1};
    return true;
  }
  double low = 0;
  if (!rules::NumberValue(t[i], low)) return false;
  size_t j = i + 1;
  double high = low;
  // "one and a half hours"
  if (rules::TokensMatch(t, j, "and a half", &next)) {
    low += 0.5;
    high = low;
    j = next;
  }
  // range "20-30", "20 to 30"
  if (j + 1 < n && IsDashOrTo(t[j])) {
    double h = 0;
    if (rules::NumberValue(t[j + 1], h) && h > low) {
      high = h;
      j += 2;
    }
  }
  if (j < n && t[j].lower == "-") ++j;  // "10-minute"
  if (j >= n) return false;
  double unit = UnitHours(t[j].lower);
  if (unit == 0) return false;
  // "m" and "h" only directly after a number written in digits ("20m").
  if ((t[j].lower == "m" || t[j].lower == "h") && !(t[i].is_number && j == i + 1)) return false;
  out = {MakePiece(t, i, j + 1), low * unit, high * unit};
  return true;
}

// A period: how many times in a 39-week school year it recurs.
struct PeriodPhrase {
  std::string_view words;  // lower-case tokens separated by spaces
  double per_year;
};
constexpr PeriodPhrase kPeriods[] = {
    {"each half term", 6},
    {"every half term", 6},
    {"per half term", 6},
    {"a half term", 6},
    {"each half - term", 6},
    {"every half - term", 6},
    {"per half - term", 6},
    {"a half - term", 6},
    {"half termly", 6},
    {"half - termly", 6},
    {"halftermly", 6},
    {"per school day", 195},
    {"each school day", 195},
    {"every school day", 195},
    {"every day", 195},
    {"each day", 195},
    {"per day", 195},
    {"a day", 195},
    {"daily", 195},
    {"each morning", 195},
    {"every morning", 195},
    {"every afternoon", 195},
    {"each afternoon", 195},
    {"every two weeks", 19.5},
    {"every 2 weeks", 19.5},
    {"every other week", 19.5},
    {"per fortnight", 19.5},
    {"a fortnight", 19.5},
    {"each fortnight", 19.5},
    {"every fortnight", 19.5},
    {"fortnightly", 19.5},
    {"per week", 39},
    {"a week", 39},
    {"each week", 39},
    {"every week", 39},
    {"weekly", 39},
    {"per wk", 39},
    {"a wk", 39},
    {"pw", 39},
    {"p / w", 39},
    {"/ week", 39},
    {"per term", 3},
    {"each term", 3},
    {"every term", 3},
    {"a term", 3},
    {"termly", 3},
    {"per month", 9},
    {"a month", 9},
    {"each month", 9},
    {"every month", 9},
    {"monthly", 9},
    {"per academic year", 1},
    {"each academic year", 1},
    {"per school year", 1},
    {"per year", 1},
    {"a year", 1},
    {"each year", 1},
    {"every year", 1},
    {"per annum", 1},
    {"annually", 1},
    {"yearly", 1},
};

struct Period {
  Piece piece;
  double per_year = 0;
};

// Times a year for "every N <unit>": weeks of the school year, calendar months and years (a
// review "every six months" runs through the holidays).
double PerYearEvery(double n, std::string_view unit) {
  if (n <= 0) return 0;
  if (unit == "week" || unit == "weeks") return kSchoolWeeksPerYear / n;
  if (unit == "month" || unit == "months") return 12 / n;
  if (unit == "year" || unit == "years") return 1 / n;
  if (unit == "term" || unit == "terms") return 3 / n;
  return 0;
}

// Periods written with a number or a name: "every six months", "every 12 months", "three-monthly",
// "six monthly", "annual", "bi-annual", "each September".
bool ParseOtherPeriodAt(const Tokens& t, size_t i, Period& out) {
  size_t n = t.size();
  const std::string& w = t[i].lower;
  double v = 0;
  if ((w == "every" || w == "each") && i + 2 < n && rules::NumberValue(t[i + 1], v)) {
    double per_year = PerYearEvery(v, t[i + 2].lower);
    if (per_year > 0) {
      out = {MakePiece(t, i, i + 3), per_year};
      return true;
    }
  }
  if ((w == "every" || w == "each") && i + 1 < n && rules::IsMonth(t[i + 1].lower) &&
      t[i + 1].capitalised) {
    out = {MakePiece(t, i, i + 2), 1};
    return true;
  }
  if (rules::NumberValue(t[i], v) && v > 0) {
    size_t j = i + 1;
    if (j < n && t[j].lower == "-") ++j;
    if (j < n) {
      const std::string& u = t[j].lower;
      double per_year = u == "monthly"           ? 12 / v
                        : u == "weekly" && v > 1 ? kSchoolWeeksPerYear / v
                        : u == "yearly" && v > 1 ? 1 / v
                                                 : 0;
      if (per_year > 0) {
        out = {MakePiece(t, i, j + 1), per_year};
        return true;
      }
    }
  }
  if (w == "annual") {
    out = {MakePiece(t, i, i + 1), 1};
    return true;
  }
  if (w == "biannual" || w == "biannually") {
    out = {MakePiece(t, i, i + 1), 2};
    return true;
  }
  if (w == "bi" && i + 2 < n && t[i + 1].lower == "-" &&
      (t[i + 2].lower == "annual" || t[i + 2].lower == "annually")) {
    out = {MakePiece(t, i, i + 3), 2};
    return true;
  }
  return false;
}

bool ParsePeriodAt(const Tokens& t, size_t i, Period& out) {
  // Most tokens start no period phrase: look their first word up before trying each phrase.
  static const std::unordered_set<std::string_view> first_words = [] {
    std::unordered_set<std::string_view> set;
    for (const PeriodPhrase& p : kPeriods) set.insert(p.words.substr(0, p.words.find(' ')));
    return set;
  }();
  if (!first_words.count(t[i].lower)) return ParseOtherPeriodAt(t, i, out);
  for (const PeriodPhrase& p : kPeriods) {
    size_t next = 0;
    if (rules::TokensMatch(t, i, p.words, &next)) {
      // "a Year 4 pupil", "each year group" are not periods.
      bool year = p.words.ends_with("year");
      if (year && next < t.size() && (t[next].is_number || t[next].lower == "group")) continue;
      out = {MakePiece(t, i, next), p.per_year};
      return true;
    }
  }
  return ParseOtherPeriodAt(t, i, out);
}

// A count of sessions per period: "twice", "three times", "3 x", "5 sessions", "two 30-minute".
struct Count {
  Piece piece;
  double value = 1;
};

bool IsSessionWord(std::string_view w) {
  static constexpr std::array<std::string_view, 8> k = {"session", "sessions", "lesson", "lessons",
                                                        "visit",   "visits",   "slots",  "periods"};
  return std::find(k.begin(), k.end(), w) != k.end();
}

bool ParseCountAt(const Tokens& t, size_t i, Count& out) {
  size_t n = t.size();
  if (t[i].lower == "once" || t[i].lower == "twice" || t[i].lower == "thrice") {
    out = {MakePiece(t, i, i + 1), t[i].lower == "once" ? 1.0 : t[i].lower == "twice" ? 2.0 : 3.0};
    return true;
  }
  double v = 0;
  if (!rules::NumberValue(t[i], v) || i + 1 >= n) return false;
  if (i > 0 && (t[i - 1].lower == ":" || t[i - 1].lower == "year")) return false;
  const std::string& w = t[i + 1].lower;
  if (w == "times" || w == "x" || w == "×" || IsSessionWord(w)) {
    out = {MakePiece(t, i, i + 2), v};
    return true;
  }
  // "two 30-minute sessions", "3 20-minute sessions", "5 weekly sessions"
  Amount a;
  if (ParseAmountAt(t, i + 1, a) || w == "weekly" || w == "daily" || w == "individual") {
    size_t k = a.piece.found ? a.piece.last : i + 2;
    if (k < n && IsSessionWord(t[k].lower)) {
      out = {MakePiece(t, i, i + 1), v};
      return true;
    }
  }
  return false;
}

// Duration that limits the year: "for the first two terms", "for 6 weeks", "for one term",
// "over 10 weeks", "for a half term". Returns weeks.
struct Duration {
  Piece piece;
  double weeks = 0;
};

double UnitWeeks(const Tokens& t, size_t j, size_t& next) {
  if (rules::TokensMatch(t, j, "half terms", &next) ||
      rules::TokensMatch(t, j, "half term", &next) ||
      rules::TokensMatch(t, j, "half - terms", &next) ||
      rules::TokensMatch(t, j, "half - term", &next))
    return kSchoolWeeksPerYear / 6;
  next = j + 1;
  const std::string& w = t[j].lower;
  if (w == "term" || w == "terms") return kSchoolWeeksPerYear / 3;
  if (w == "week" || w == "weeks") return 1;
  if (w == "day" || w == "days") return 1.0 / 5;  // school days
  if (w == "month" || w == "months") return kSchoolWeeksPerYear / 9;
  if (w == "year" || w == "years") return kSchoolWeeksPerYear;
  return 0;
}

bool ParseDurationAt(const Tokens& t, size_t i, Duration& out) {
  size_t n = t.size();
  if (t[i].lower != "for" && t[i].lower != "over") return false;
  size_t j = i + 1;
  static constexpr std::array<std::string_view, 8> kSkip = {"the", "first", "next", "initial",
                                                            "a",   "block", "of",   "period"};
  double count = 0;
  bool have_count = false;
  while (j < n && j < i + 6) {
    double v = 0;
    if (!have_count && rules::NumberValue(t[j], v)) {
      count = v;
      have_count = true;
      ++j;
      continue;
    }
    if (std::find(kSkip.begin(), kSkip.end(), t[j].lower) != kSkip.end()) {
      if (t[j].lower == "a" && !have_count) {
        count = 1;
        have_count = true;
      }
      ++j;
      continue;
    }
    if (t[j].lower == "autumn" || t[j].lower == "spring" || t[j].lower == "summer") {
      if (!have_count) count = 1, have_count = true;
      ++j;
      continue;
    }
    break;
  }
  if (j >= n || !have_count) return false;
  size_t next = 0;
  double w = UnitWeeks(t, j, next);
  if (w == 0) return false;
  out = {MakePiece(t, i, next), count * w};
  return true;
}

// Group size: "1:1", "1-1", "one-to-one", "individual", "small group of up to 4", "pairs".
Piece ParseGroup(const Tokens& t) {
  size_t n = t.size();
  for (size_t i = 0; i < n; ++i) {
    double a = 0, b = 0;
    if (t[i].is_number && i + 2 < n && (t[i + 1].lower == ":" || t[i + 1].lower == "-") &&
        t[i + 2].is_number && rules::NumberValue(t[i], a) && rules::NumberValue(t[i + 2], b) &&
        a <= 4 && b <= 4 && !(i + 3 < n && UnitHours(t[i + 3].lower) > 0)) {
      return MakePiece(t, i, i + 3);
    }
    size_t next = 0;
    for (std::string_view p : {"one - to - one", "one to one", "1 to 1", "in pairs", "paired",
                               "whole class", "whole - class", "individually", "individual"}) {
      if (rules::TokensMatch(t, i, p, &next)) return MakePiece(t, i, next);
    }
    bool group = rules::TokensMatch(t, i, "small group", &next) ||
                 rules::TokensMatch(t, i, "small groups", &next) ||
                 rules::TokensMatch(t, i, "group", &next) ||
                 rules::TokensMatch(t, i, "groups", &next);
    if (!group) continue;
    // "group of (up to) N", "group (of N)", "group of four children"
    size_t j = next;
    if (j < n && t[j].lower == "(") ++j;
    if (j < n && t[j].lower == "of") ++j;
    if (rules::TokensMatch(t, j, "up to", &next) || rules::TokensMatch(t, j, "no more than", &next))
      j = next;
    double v = 0;
    if (j < n && rules::NumberValue(t[j], v) && !(j + 1 < n && UnitHours(t[j + 1].lower) > 0)) {
      size_t end = j + 1;
      if (end < n && (t[end].lower == "pupils" || t[end].lower == "children" ||
                      t[end].lower == "students" || t[end].lower == "peers"))
        ++end;
      return MakePiece(t, i, end);
    }
    if (t[i].lower == "small") return MakePiece(t, i, i + 2);
  }
  return {};
}

// Acronyms (written with more than one capital) match exactly; other phrases ignore case.
bool IsAcronymPhrase(std::string_view p) {
  return std::count_if(p.begin(), p.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) >= 2;
}

// A PhraseIndex over a lexicon table, built once.
template <typename Entry, typename GetPhrase>
rules::PhraseIndex IndexOf(std::span<const Entry> table, GetPhrase get) {
  std::vector<rules::PhraseIndex::Entry> entries;
  for (const Entry& e : table) {
    std::string_view p = get(e);
    entries.push_back({std::string(p), IsAcronymPhrase(p)});
  }
  return rules::PhraseIndex(std::move(entries));
}

std::string_view Self(std::string_view p) { return p; }
std::string_view TypePhrase(const rules::ProvisionType& p) { return p.phrase; }

const rules::PhraseIndex& ContinuousIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::ContinuousFrequencies(), Self);
  return index;
}
const rules::PhraseIndex& ProvisionTypeIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::ProvisionTypes(), TypePhrase);
  return index;
}
const rules::PhraseIndex& SettingIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::SettingTerms(), Self);
  return index;
}
// Role k is phrase 2k and its plural ("teachers", "TAs") phrase 2k + 1 (empty, never found, for
// a role that already ends in "s").
rules::PhraseIndex RolesWithPlurals(bool specific_only) {
  std::vector<rules::PhraseIndex::Entry> entries;
  for (const rules::RoleTerm& r : rules::RoleTerms()) {
    bool skip = specific_only && !r.specific;
    bool exact = IsAcronymPhrase(r.phrase);
    entries.push_back({skip ? std::string() : std::string(r.phrase), exact});
    bool plural = !skip && !r.phrase.ends_with('s') && !r.phrase.ends_with('S');
    entries.push_back({plural ? std::string(r.phrase) + "s" : std::string(), exact});
  }
  return rules::PhraseIndex(std::move(entries));
}

const rules::PhraseIndex& RoleIndex() {
  static const rules::PhraseIndex index = RolesWithPlurals(false);
  return index;
}

// Words before "team" or "service" that make it part of the school, or no service in particular
// ("the SEN team", "the learning support team", "the pastoral team", "family support services").
bool IsOwnTeamWord(std::string_view w) {
  static constexpr std::array<std::string_view, 25> k = {
      "family",   "school",   "school's", "pastoral",    "inclusion", "sen",        "send",
      "senco",    "sendco",   "staff",    "class",       "year",      "leadership", "senior",
      "teaching", "learning", "support",  "whole",       "same",      "wider",      "academy",
      "college",  "nursery",  "setting",  "safeguarding"};
  return std::find(k.begin(), k.end(), w) != k.end();
}

bool IsServiceHead(std::string_view w) {
  return w == "team" || w == "teams" || w == "service" || w == "services";
}

bool IsModifierStop(const Token& t) {
  static constexpr std::array<std::string_view, 42> k = {
      "the",      "a",     "an",      "by",       "from",     "with",    "to",
      "of",       "and",   "or",      "for",      "in",       "at",      "on",
      "will",     "be",    "is",      "are",      "his",      "her",     "their",
      "its",      "this",  "that",    "our",      "my",       "offered", "referred",
      "provided", "given", "receive", "receives", "received", "attend",  "attends",
      "use",      "uses",  "via",     "through",  "into",     "access",  "continue"};
  return !t.is_word || std::find(k.begin(), k.end(), t.lower) != k.end();
}

// A named team or service ending at token `head` ("the diabetes team", "wheelchair services",
// "the specialist teaching service"): its first token, or npos when the words before the head
// name no service of their own.
size_t NamedServiceStart(const Tokens& t, size_t head) {
  if (!IsServiceHead(t[head].lower)) return std::string_view::npos;
  size_t first = head;
  bool own_name = false;
  while (first > 0 && first + 5 > head && !IsModifierStop(t[first - 1])) {
    --first;
    if (!IsOwnTeamWord(t[first].lower)) own_name = true;
  }
  return own_name ? first : std::string_view::npos;
}

// Longest match from a table of phrases (the earliest of equal length, the first in the table
// on a tie); `found` gets the table entry.
template <typename Entry>
std::pair<size_t, size_t> LongestMatch(std::string_view text, std::span<const Entry> table,
                                       const rules::PhraseIndex& index, const Entry** found) {
  std::pair<size_t, size_t> best{0, 0};
  for (const rules::PhraseHit& h : index.FindAll(text)) {
    size_t len = h.end - h.begin;
    if (len > best.second - best.first ||
        (len == best.second - best.first && h.begin < best.first)) {
      best = {h.begin, h.end};
      if (found) *found = &table[h.phrase];
    }
  }
  return best;
}

bool IsWhoStop(const Token& t) {
  static constexpr std::array<std::string_view, 16> k = {
      "for",   "in",   "at",    "on",   "to",   "daily", "weekly", "and",
      "every", "each", "twice", "once", "with", "per",   "during", "who"};
  return !t.is_word || std::find(k.begin(), k.end(), t.lower) != k.end();
}

// Who, preferring a specific role introduced by "by", "from" or "with"; extends left over
// "qualified", "trained", "specialist" and right over "trained by the therapist".
std::string ParseWho(std::string_view text, const Tokens& t) {
  struct Hit {
    size_t b, e;
    bool specific;
    bool introduced;
  };
  std::vector<Hit> hits;
  auto roles = rules::RoleTerms();
  std::vector<rules::PhraseHit> found_roles = RoleIndex().FindAll(text);
  // Named teams and services count as specific roles; they come after the table's roles.
  for (size_t i = 0; i < t.size(); ++i) {
    size_t first = NamedServiceStart(t, i);
    if (first != std::string_view::npos)
      found_roles.push_back(rules::PhraseHit{2 * roles.size(), t[first].begin, t[i].end});
  }
  static constexpr rules::RoleTerm kService{"service", true};
  for (const rules::PhraseHit& found : found_roles) {
    const rules::RoleTerm& r = found.phrase / 2 < roles.size() ? roles[found.phrase / 2] : kService;
    const size_t b = found.begin, e = found.end;
    bool covered = false;
    for (const Hit& h : hits) covered = covered || (b >= h.b && e <= h.e);
    if (covered) continue;
    // "therapy" does not make "therapist"; skip a role that is part of a "what" ("SaLT
    // programme") unless introduced by "by"/"from"/"with".
    std::string_view before = text.substr(0, b);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    size_t sp = before.find_last_of(' ');
    std::string_view prev = sp == std::string_view::npos ? before : before.substr(sp + 1);
    std::string prev_lower(prev);
    for (char& c : prev_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool introduced = prev_lower == "by" || prev_lower == "from" || prev_lower == "with" ||
                      prev_lower == "a" || prev_lower == "an" || prev_lower == "the";
    hits.push_back({b, e, r.specific, introduced});
  }
  if (hits.empty()) return {};
  auto rank = [](const Hit& h) { return (h.specific ? 0 : 2) + (h.introduced ? 0 : 1); };
  std::stable_sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
    if (rank(a) != rank(b)) return rank(a) < rank(b);
    return a.b < b.b;
  });
  size_t b = hits.front().b, e = hits.front().e;
  // Extend left over qualifiers.
  size_t ti = 0;
  while (ti < t.size() && t[ti].begin < b) ++ti;
  static constexpr std::array<std::string_view, 8> kQual = {
      "qualified", "trained",       "specialist", "experienced",
      "suitably",  "appropriately", "dedicated",  "named"};
  while (ti > 0 && std::find(kQual.begin(), kQual.end(), t[ti - 1].lower) != kQual.end()) {
    --ti;
    b = t[ti].begin;
  }
  // Extend right over "trained by the X", "trained in X", "supervised by X".
  size_t tj = 0;
  while (tj < t.size() && t[tj].begin < e) ++tj;
  if (tj < t.size() && (t[tj].lower == "trained" || t[tj].lower == "supervised" ||
                        t[tj].lower == "under" || rules::TokensMatch(t, tj, "who has been"))) {
    size_t k = tj + 1;
    size_t limit = std::min(t.size(), tj + 9);
    while (k < limit && (t[k].lower == "by" || t[k].lower == "in" || t[k].lower == "the" ||
                         t[k].lower == "a" || t[k].lower == "of" || t[k].lower == "been" ||
                         t[k].lower == "trained" || !IsWhoStop(t[k]))) {
      e = t[k].end;
      ++k;
    }
  }
  return std::string(text.substr(b, e - b));
}

}  // namespace

ProvisionSlots ParseProvision(std::string_view text) {
  ProvisionSlots s;
  Tokens t = rules::Tokenise(text);
  size_t n = t.size();

  Amount amount;
  Period period;
  Count count;
  Duration duration;
  for (size_t i = 0; i < n; ++i) {
    if (!amount.piece.found && ParseAmountAt(t, i, amount)) {
      i = amount.piece.last - 1;
      continue;
    }
    if (!period.piece.found && ParsePeriodAt(t, i, period)) {
      i = period.piece.last - 1;
      continue;
    }
    if (!duration.piece.found && ParseDurationAt(t, i, duration)) {
      i = duration.piece.last - 1;
      continue;
    }
    if (!count.piece.found && ParseCountAt(t, i, count)) {
      i = count.piece.last - 1;
      continue;
    }
  }

  // "once a year", "twice a week": the count word belongs to the frequency.
  if (amount.piece.found) s.amount = std::string(Sub(text, amount.piece));
  if (period.piece.found) {
    if (count.piece.found) {
      bool adjacent =
          count.piece.end <= period.piece.begin &&
          Trim(text.substr(count.piece.end, period.piece.begin - count.piece.end)).empty();
      s.frequency =
          adjacent
              ? std::string(text.substr(count.piece.begin, period.piece.end - count.piece.begin))
              : std::string(Sub(text, count.piece)) + " " + std::string(Sub(text, period.piece));
    } else {
      s.frequency = std::string(Sub(text, period.piece));
    }
  } else {
    auto [cb, ce] = LongestMatch<std::string_view>(text, rules::ContinuousFrequencies(),
                                                   ContinuousIndex(), nullptr);
    if (ce > cb) s.frequency = std::string(text.substr(cb, ce - cb));
  }
  if (duration.piece.found) s.duration = std::string(Sub(text, duration.piece));

  // Quantity words: from the first piece to the last.
  size_t qb = std::string_view::npos, qe = 0;
  for (const Piece* p : {&amount.piece, &period.piece, &count.piece, &duration.piece}) {
    if (!p->found) continue;
    qb = std::min(qb, p->begin);
    qe = std::max(qe, p->end);
  }
  if (qb != std::string_view::npos) s.quantity_text = std::string(text.substr(qb, qe - qb));

  if (amount.piece.found && period.piece.found) {
    double fraction = 1;
    if (duration.piece.found) fraction = std::min(1.0, duration.weeks / kSchoolWeeksPerYear);
    double hours = amount.low * count.value * period.per_year * fraction;
    s.hours_per_year = static_cast<double>(static_cast<long long>(hours * 1000 + 0.5)) / 1000.0;
  }

  Piece group = ParseGroup(t);
  if (group.found) s.group_size = std::string(Sub(text, group));

  const rules::ProvisionType* type = nullptr;
  auto [wb, we] = LongestMatch<rules::ProvisionType>(text, rules::ProvisionTypes(),
                                                     ProvisionTypeIndex(), &type);
  if (we > wb) s.what = std::string(text.substr(wb, we - wb));

  auto [sb, se] =
      LongestMatch<std::string_view>(text, rules::SettingTerms(), SettingIndex(), nullptr);
  if (se > sb) s.setting = std::string(text.substr(sb, se - sb));

  s.who = ParseWho(text, t);
  return s;
}

bool WhoIsSpecific(const ProvisionSlots& slots) {
  if (slots.who.empty()) return false;
  static const rules::PhraseIndex specific = RolesWithPlurals(true);
  if (specific.Any(slots.who)) return true;
  Tokens t = rules::Tokenise(slots.who);
  for (size_t i = 0; i < t.size(); ++i)
    if (NamedServiceStart(t, i) != std::string_view::npos) return true;
  return false;
}

bool WhatIsEquipment(const ProvisionSlots& slots) {
  if (slots.what.empty()) return false;
  // A hit of the phrase as long as the whole slot: the slot is the phrase, ignoring case.
  static const std::unordered_set<std::string> equipment = [] {
    std::unordered_set<std::string> set;
    for (const rules::ProvisionType& p : rules::ProvisionTypes())
      if (p.equipment) set.insert(ToLowerAscii(p.phrase));
    return set;
  }();
  return equipment.count(ToLowerAscii(slots.what)) > 0;
}

bool LeadsWithEquipment(std::string_view text) {
  std::vector<rules::PhraseHit> hits = ProvisionTypeIndex().FindAll(text);
  const rules::PhraseHit* lead = nullptr;
  for (const rules::PhraseHit& h : hits) {
    if (!lead || h.begin < lead->begin || (h.begin == lead->begin && h.end > lead->end)) lead = &h;
  }
  return lead && rules::ProvisionTypes()[lead->phrase].equipment;
}

}  // namespace ehcp
