#include "mappers/checks/conflicting_advice.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>

#include "mappers/rules/text_scan.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

struct Cue {
  std::string_view phrase;  // lower case; matched on word boundaries
  std::string_view value;
};

// Provision types, most specific first.
constexpr std::array<Cue, 26> kProvisionTypes{{
    {"speech and language therap", "speech and language therapy"},
    {"speech & language therap", "speech and language therapy"},
    {"speech therap", "speech and language therapy"},
    {"language therap", "speech and language therapy"},
    {"salt", "speech and language therapy"},
    {"slt", "speech and language therapy"},
    {"occupational therap", "occupational therapy"},
    {"ot programme", "occupational therapy"},
    {"ot sessions", "occupational therapy"},
    {"physiotherap", "physiotherapy"},
    {"physio", "physiotherapy"},
    {"counselling", "counselling"},
    {"counsellor", "counselling"},
    {"elsa", "emotional literacy support"},
    {"emotional literacy", "emotional literacy support"},
    {"specialist teacher", "specialist teaching"},
    {"advisory teacher", "specialist teaching"},
    {"specialist teaching", "specialist teaching"},
    {"precision teaching", "literacy intervention"},
    {"phonics", "literacy intervention"},
    {"reading intervention", "literacy intervention"},
    {"teaching assistant", "teaching assistant support"},
    {"learning support assistant", "teaching assistant support"},
    {"lsa", "teaching assistant support"},
    {"additional adult", "teaching assistant support"},
    {"1:1 support", "teaching assistant support"},
}};

constexpr std::array<Cue, 12> kDelivery{{
    {"programme", "indirect"},
    {"program ", "indirect"},
    {"indirect", "indirect"},
    {"advice to staff", "indirect"},
    {"consultation", "indirect"},
    {"trained by the", "indirect"},
    {"training for staff", "indirect"},
    {"delivered by a teaching assistant", "indirect"},
    {"direct", "direct"},
    {"1:1 therapy", "direct"},
    {"individual therapy", "direct"},
    {"therapist will work with", "direct"},
}};

constexpr std::array<Cue, 12> kPlacement{{
    {"cannot be met in a mainstream", "specialist"},
    {"cannot be met within a mainstream", "specialist"},
    {"cannot be met in mainstream", "specialist"},
    {"specialist school", "specialist"},
    {"special school", "specialist"},
    {"specialist provision", "specialist"},
    {"specialist setting", "specialist"},
    {"resourced provision", "specialist"},
    {"specialist placement", "specialist"},
    {"mainstream school", "mainstream"},
    {"mainstream setting", "mainstream"},
    {"mainstream", "mainstream"},
}};

constexpr std::array<std::string_view, 15> kRecommendWords{
    "recommend", "should attend",      "best met",           "can be met",  "cannot be met",
    "placement", "would benefit from", "continue to attend", "needs a",     "requires a",
    "is needed", "appropriate",        "best placed",        "should move", "should transfer"};

struct Frequency {
  std::string_view phrase;
  double per_year;  // sessions in a 39-week school year
};

// How often, as sessions a school year (DOMAIN.md §4). Most specific first.
constexpr std::array<Frequency, 24> kFrequencies{{
    {"three times a week", 117},
    {"three times weekly", 117},
    {"3 times a week", 117},
    {"twice a week", 78},
    {"twice weekly", 78},
    {"2 times a week", 78},
    {"once a week", 39},
    {"weekly", 39},
    {"a week", 39},
    {"per week", 39},
    {"each week", 39},
    {"every week", 39},
    {"fortnightly", 19.5},
    {"every two weeks", 19.5},
    {"daily", 195},
    {"each day", 195},
    {"every day", 195},
    {"each half term", 6},
    {"half-termly", 6},
    {"termly", 3},
    {"per term", 3},
    {"each term", 3},
    {"once a term", 3},
    {"once a year", 1},
}};

// Area cues for sentences that deny a need ("no concerns about her communication").
constexpr std::array<Cue, 16> kAreaCues{{
    {"communication", "ci"},
    {"social interaction", "ci"},
    {"speech", "ci"},
    {"language", "ci"},
    {"social communication", "ci"},
    {"reading", "cl"},
    {"learning", "cl"},
    {"literacy", "cl"},
    {"maths", "cl"},
    {"emotional", "semh"},
    {"behaviour", "semh"},
    {"anxiety", "semh"},
    {"motor", "sp"},
    {"hearing", "sp"},
    {"vision", "sp"},
    {"sensory", "sp"},
}};

constexpr std::array<std::string_view, 8> kNoNeed{
    "no concerns",        "no difficulties",
    "no difficulty",      "no significant difficult",
    "no identified need", "does not have any difficult",
    "no needs in",        "age-appropriate"};

constexpr std::array<Cue, 6> kDiagnoses{{
    {"autism", "autism"},
    {"autistic spectrum", "autism"},
    {"adhd", "ADHD"},
    {"dyslexia", "dyslexia"},
    {"developmental coordination disorder", "DCD"},
    {"dyspraxia", "DCD"},
}};

constexpr std::array<std::string_view, 6> kRuledOut{"does not meet the criteria",
                                                    "did not meet the criteria",
                                                    "no diagnosis of",
                                                    "ruled out",
                                                    "not autistic",
                                                    "does not have a diagnosis"};

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}

// Finds `phrase` in lower-case `text` starting at a word boundary.
bool HasPhrase(std::string_view text, std::string_view phrase) {
  for (size_t pos = text.find(phrase); pos != std::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    if (pos == 0 || !IsWordChar(text[pos - 1])) return true;
  }
  return false;
}

template <size_t N>
std::string_view FirstCue(std::string_view lower, const std::array<Cue, N>& cues) {
  for (const Cue& c : cues) {
    if (HasPhrase(lower, c.phrase)) return c.value;
  }
  return "";
}

template <size_t N>
bool AnyOf(std::string_view lower, const std::array<std::string_view, N>& words) {
  for (auto w : words) {
    if (lower.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::string Hours(double h) {
  char buf[64];
  if (std::fabs(h - std::round(h)) < 0.05) {
    std::snprintf(buf, sizeof buf, "%.0f", h);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", h);
  }
  return buf;
}

ConflictSide Side(const Statement& s, std::string value) {
  return {s.id, s.document, s.page, std::move(value)};
}

std::string AreaLabel(std::string_view id) {
  auto a = ParseArea(id);
  return a ? ToLower(Label(*a)) : std::string(id);
}

// For each key, the first statement per document that gives the fact, in statement order.
template <typename Key>
using PerDocument = std::map<Key, std::map<std::string, const Statement*>>;

// "four times a week", "3 x weekly", "5 sessions a week": a count per week.
std::optional<std::pair<std::string, int>> CountPerWeek(std::string_view lower) {
  static constexpr std::pair<std::string_view, int> kNumbers[] = {
      {"once", 1}, {"twice", 2}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4},
      {"five", 5}, {"1", 1},     {"2", 2},   {"3", 3},   {"4", 4},     {"5", 5}};
  for (const auto& [word, n] : kNumbers) {
    for (std::string_view tail :
         {" times a week", " times per week", " times weekly", " x weekly", "x weekly", " x a week",
          "x a week", " x per week", " sessions a week", " sessions per week", " a week",
          " per week", " weekly"}) {
      if ((word == "once" || word == "twice") !=
          (tail == " a week" || tail == " per week" || tail == " weekly")) {
        continue;  // "once a week", "twice weekly"; but "3 weekly" is not three times a week
      }
      std::string phrase = std::string(word) + std::string(tail);
      if (!rules::FindPhrase(lower, phrase).empty()) return std::make_pair(phrase, n);
    }
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, double>> FrequencyOf(std::string_view text) {
  // "daily living skills" and "daily routine" say nothing about how often.
  std::string lower(text);
  for (std::string_view not_a_frequency :
       {"daily living", "daily life", "daily routine", "daily tasks", "day-to-day"}) {
    for (size_t p = lower.find(not_a_frequency); p != std::string::npos;
         p = lower.find(not_a_frequency, p)) {
      lower.replace(p, not_a_frequency.size(), not_a_frequency.size(), ' ');
    }
  }
  if (auto n = CountPerWeek(lower)) {
    return std::make_pair(n->first, n->second * 39.0);
  }
  for (const Frequency& f : kFrequencies) {
    if (!rules::FindPhrase(lower, f.phrase).empty())
      return std::make_pair(std::string(f.phrase), f.per_year);
  }
  return std::nullopt;
}

// Training staff ("will receive training in … once a year") is not how often the child gets the
// provision.
bool IsStaffTraining(std::string_view lower) {
  for (std::string_view w : {"receive training", "training in", "training for staff", "will train",
                             "be trained", "training on"}) {
    if (HasPhrase(lower, w)) return true;
  }
  return false;
}

// Provision of one type whose amounts are not given but whose frequencies are, and differ by a
// factor of three or more (weekly against termly). No amount is filled in: only the stated
// frequencies are compared. Direct work is not compared with a programme delivered by others;
// for each pair of documents the widest disagreement is reported.
void FrequencyConflicts(const std::vector<Statement>& statements, std::vector<Conflict>& out) {
  struct Said {
    const Statement* s;
    double per_year;
    std::string words;
    std::string delivery;
  };
  std::map<std::string, std::map<std::string, std::vector<Said>>> said;  // type -> doc -> all
  for (const Statement& s : statements) {
    if (!s.in_draft() || !IsProvisionSection(s.section)) continue;
    std::string lower = ToLower(s.text);
    std::string type(FirstCue(lower, kProvisionTypes));
    auto freq = FrequencyOf(lower);
    if (type.empty() || !freq || IsStaffTraining(lower)) continue;
    said[type][s.document].push_back(
        {&s, freq->second, freq->first, std::string(FirstCue(lower, kDelivery))});
  }
  for (const auto& [type, docs] : said) {
    for (auto i = docs.begin(); i != docs.end(); ++i) {
      for (auto j = std::next(i); j != docs.end(); ++j) {
        const Said* best_a = nullptr;
        const Said* best_b = nullptr;
        double best_ratio = 3;  // a factor of three at least
        for (const Said& x : i->second) {
          for (const Said& y : j->second) {
            // Both with hours: compared by ProvisionConflicts instead.
            if (x.s->provision && x.s->provision->hours_per_year && y.s->provision &&
                y.s->provision->hours_per_year) {
              continue;
            }
            if (!x.delivery.empty() && !y.delivery.empty() && x.delivery != y.delivery) continue;
            double ratio =
                std::max(x.per_year, y.per_year) / std::max(1e-9, std::min(x.per_year, y.per_year));
            if (ratio >= best_ratio && (best_a == nullptr || ratio > best_ratio)) {
              best_ratio = ratio;
              best_a = &x;
              best_b = &y;
            }
          }
        }
        if (best_a == nullptr) continue;
        const Statement* a = best_a->s;
        const Statement* b = best_b->s;
        Conflict c;
        c.kind = "provision";
        c.topic = type + " (how often)";
        auto value = [](const Said& x) {
          return x.words + " (about " + Hours(x.per_year) + " times a school year)";
        };
        c.a = Side(*a, value(*best_a));
        c.b = Side(*b, value(*best_b));
        c.summary = "The advice disagrees on how often " + type + " is needed: " + a->document +
                    " says " + c.a.value + ", " + b->document + " says " + c.b.value +
                    ". Decide with reasons, or ask the authors; do not fill in an amount the "
                    "advice does not give.";
        out.push_back(std::move(c));
      }
    }
  }
}

void ProvisionConflicts(const std::vector<Statement>& statements, std::vector<Conflict>& out) {
  // (type, delivery) -> document -> statement with the most hours.
  PerDocument<std::pair<std::string, std::string>> hours;
  for (const Statement& s : statements) {
    if (!s.in_draft() || !IsProvisionSection(s.section) || !s.provision ||
        !s.provision->hours_per_year) {
      continue;
    }
    std::string lower = ToLower(s.text);
    std::string type(FirstCue(lower, kProvisionTypes));
    if (type.empty()) continue;
    auto key = std::make_pair(type, std::string(FirstCue(lower, kDelivery)));
    const Statement*& slot = hours[key][s.document];
    if (!slot || *s.provision->hours_per_year > *slot->provision->hours_per_year) slot = &s;
  }
  for (const auto& [key, docs] : hours) {
    for (auto i = docs.begin(); i != docs.end(); ++i) {
      for (auto j = std::next(i); j != docs.end(); ++j) {
        const Statement& a = *i->second;
        const Statement& b = *j->second;
        double ha = *a.provision->hours_per_year, hb = *b.provision->hours_per_year;
        double lo = std::min(ha, hb), hi = std::max(ha, hb);
        if (hi < lo * 1.5 || hi - lo < 3) continue;
        Conflict c;
        c.kind = "provision";
        c.topic = key.first + (key.second.empty() ? "" : " (" + key.second + ")");
        auto value = [](const Statement& s) {
          const auto& p = *s.provision;
          std::string words = !p.quantity_text.empty() ? p.quantity_text : p.amount;
          return words + " (about " + Hours(*p.hours_per_year) + " hours a school year)";
        };
        c.a = Side(a, value(a));
        c.b = Side(b, value(b));
        c.summary = "The advice disagrees on how much " + key.first + " is needed: " + a.document +
                    " gives " + c.a.value + ", " + b.document + " gives " + c.b.value +
                    ". Decide with reasons (who saw the child most, their expertise, how recent "
                    "the advice is), or ask the authors.";
        out.push_back(std::move(c));
      }
    }
  }
}

void PlacementConflicts(const std::vector<Statement>& statements, std::vector<Conflict>& out) {
  std::map<std::string, std::map<std::string, const Statement*>> by_kind;  // kind -> doc -> s
  for (const Statement& s : statements) {
    std::string_view kind = PlacementRecommendation(s.text);
    if (kind.empty()) continue;
    auto& slot = by_kind[std::string(kind)][s.document];
    if (!slot) slot = &s;
  }
  auto main_it = by_kind.find("mainstream");
  auto spec_it = by_kind.find("specialist");
  if (main_it == by_kind.end() || spec_it == by_kind.end()) return;
  for (const auto& [doc_a, a] : main_it->second) {
    for (const auto& [doc_b, b] : spec_it->second) {
      if (doc_a == doc_b) continue;
      Conflict c;
      c.kind = "placement";
      c.topic = "placement";
      c.a = Side(*a, "mainstream");
      c.b = Side(*b, "specialist");
      c.summary = "The advice disagrees on the kind of placement: " + doc_a +
                  " points to a mainstream setting, " + doc_b +
                  " to a specialist one. A draft names neither; record the decision and its "
                  "reasons when the placement is decided.";
      out.push_back(std::move(c));
      return;  // one placement conflict per pair of views is enough to act on
    }
  }
}

using ByDocument = std::map<std::string, const Statement*>;  // document id -> statement

// The first pair (x from `xs`, y from `ys`) that come from different documents, or nulls.
std::pair<const Statement*, const Statement*> FirstPairAcrossDocuments(const ByDocument& xs,
                                                                       const ByDocument& ys) {
  for (const auto& x : xs) {
    for (const auto& y : ys) {
      if (x.first != y.first) return {x.second, y.second};
    }
  }
  return {nullptr, nullptr};
}

// For each key present in both maps, one conflict between a statement of `xs` and one of `ys`
// from another document, made by `make`.
template <typename Make>
void PairUp(const std::map<std::string, ByDocument>& xs,
            const std::map<std::string, ByDocument>& ys, Make make, std::vector<Conflict>& out) {
  for (const auto& entry : xs) {
    auto it = ys.find(entry.first);
    if (it == ys.end()) continue;
    auto pair = FirstPairAcrossDocuments(entry.second, it->second);
    if (pair.first != nullptr) out.push_back(make(entry.first, *pair.first, *pair.second));
  }
}

void NeedConflicts(const std::vector<Statement>& statements, std::vector<Conflict>& out) {
  // area -> doc -> statement denying a need; area -> doc -> statement describing one.
  std::map<std::string, ByDocument> none, some;
  for (const Statement& s : statements) {
    std::string lower = ToLower(s.text);
    if (AnyOf(lower, kNoNeed)) {
      std::string_view area = FirstCue(lower, kAreaCues);
      if (!area.empty()) {
        auto& slot = none[std::string(area)][s.document];
        if (!slot) slot = &s;
      }
      continue;
    }
    if (s.in_draft() && s.section == Section::kB && s.area != Area::kNone) {
      auto& slot = some[std::string(Id(s.area))][s.document];
      if (!slot) slot = &s;
    }
  }
  PairUp(
      none, some,
      [](const std::string& area, const Statement& a, const Statement& b) {
        Conflict c;
        c.kind = "need";
        c.topic = AreaLabel(area);
        c.a = Side(a, "no need found");
        c.b = Side(b, "need described");
        c.summary = a.document + " finds no difficulty in " + c.topic + ", while " + b.document +
                    " describes a need there. Check with the authors before the need is "
                    "included or left out.";
        return c;
      },
      out);
}

void DiagnosisConflicts(const std::vector<Statement>& statements, std::vector<Conflict>& out) {
  std::map<std::string, ByDocument> given, ruled_out;
  for (const Statement& s : statements) {
    std::string lower = ToLower(s.text);
    std::string_view dx = FirstCue(lower, kDiagnoses);
    if (dx.empty()) continue;
    bool negated = AnyOf(lower, kRuledOut);
    bool positive = lower.find("diagnos") != std::string::npos && !negated;
    if (!negated && !positive) continue;
    auto& slot = (negated ? ruled_out : given)[std::string(dx)][s.document];
    if (!slot) slot = &s;
  }
  PairUp(
      given, ruled_out,
      [](const std::string& dx, const Statement& a, const Statement& b) {
        Conflict c;
        c.kind = "diagnosis";
        c.topic = dx;
        c.a = Side(a, "diagnosis given");
        c.b = Side(b, "diagnosis not given");
        c.summary = a.document + " reports a diagnosis of " + dx + "; " + b.document +
                    " says it was not made. Check the clinical records before the plan states "
                    "either.";
        return c;
      },
      out);
}

}  // namespace

std::string_view ProvisionType(std::string_view text) {
  return FirstCue(ToLower(text), kProvisionTypes);
}

std::string_view Delivery(std::string_view text) { return FirstCue(ToLower(text), kDelivery); }

std::string_view PlacementRecommendation(std::string_view text) {
  std::string lower = ToLower(text);
  std::string_view kind = FirstCue(lower, kPlacement);
  if (kind.empty() || !AnyOf(lower, kRecommendWords)) return "";
  return kind;
}

std::vector<Conflict> FindConflicts(const std::vector<DocumentInfo>&,
                                    const std::vector<Statement>& statements) {
  std::vector<Conflict> out;
  ProvisionConflicts(statements, out);
  FrequencyConflicts(statements, out);
  PlacementConflicts(statements, out);
  NeedConflicts(statements, out);
  DiagnosisConflicts(statements, out);
  return out;
}

}  // namespace ehcp
