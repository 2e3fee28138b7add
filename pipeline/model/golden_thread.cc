#include "pipeline/model/golden_thread.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace ehcp {
namespace {

// Words that say nothing about which need a statement is about: function words, and words that
// any need, outcome or provision may use. Matched on their key (see Key). The names of the
// areas of need are left out too: within an area they are on every statement's lips.
constexpr std::string_view kGenericWords[] = {
    "about",    "above",     "access",    "across",     "activity", "adult",      "after",
    "again",    "also",      "always",    "among",      "area",     "around",     "assistant",
    "because",  "been",      "before",    "being",      "better",   "between",    "both",
    "calendar", "child",     "class",     "classroom",  "could",    "daily",      "day",
    "deliver",  "develop",   "difficult", "difficulty", "does",     "doing",      "during",
    "each",     "either",    "end",       "ensure",     "every",    "feel",       "five",
    "four",     "from",      "further",   "given",      "good",     "group",      "have",
    "having",   "help",      "here",      "home",       "hour",     "including",  "into",
    "july",     "just",      "key",       "lesson",     "make",     "many",       "mean",
    "minute",   "month",     "more",      "most",       "much",     "must",       "need",
    "often",    "once",      "other",     "outcome",    "over",     "people",     "person",
    "plan",     "programme", "provide",   "provision",  "pupil",    "regular",    "school",
    "session",  "setting",   "should",    "small",      "some",     "specialist", "staff",
    "stage",    "such",      "support",   "take",       "taught",   "teacher",    "teaching",
    "team",     "term",      "than",      "that",       "their",    "them",       "then",
    "there",    "these",     "they",      "this",       "those",    "three",      "through",
    "time",     "times",     "trained",   "twice",      "two",      "under",      "until",
    "using",    "very",      "week",      "weekly",     "well",     "were",       "what",
    "when",     "where",     "which",     "while",      "will",     "with",       "within",
    "without",  "work",      "would",     "year",       "young",    "your",
};

// Words of one family that do not share their first letters, and the word whose key they take.
constexpr std::pair<std::string_view, std::string_view> kFamilies[] = {
    {"anxious", "anxiety"},   {"anxieties", "anxiety"}, {"behave", "behaviour"},
    {"behaves", "behaviour"}, {"behaved", "behaviour"}, {"behavior", "behaviour"},
    {"noisy", "noise"},       {"write", "writing"},     {"writes", "writing"},
    {"written", "writing"},   {"wrote", "writing"},     {"writer", "writing"},
};

// Cuts "-ing", "-ed" and a plural "-s", then keeps the first six letters.
std::string Key(std::string w) {
  for (const auto& [word, family] : kFamilies) {
    if (w == word) w = family;
  }
  auto cut = [&w](std::string_view suffix, size_t keep) {
    if (w.size() >= suffix.size() + keep && w.ends_with(suffix)) {
      w.resize(w.size() - suffix.size());
      return true;
    }
    return false;
  };
  if (!cut("ing", 3) && !cut("ed", 3) && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is")) {
    cut("s", 3);
  }
  if (w.size() > 6) w.resize(6);
  return w;
}

// The lower-cased ASCII words of `text` (letters and apostrophes), as keys; words under four
// letters are dropped.
std::set<std::string> Keys(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.ends_with("'s")) word.resize(word.size() - 2);  // "Millie's" is Millie
    std::erase(word, '\'');
    if (word.size() >= 4) out.insert(Key(word));
    word.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += static_cast<char>(c | 0x20);
    } else if (c != '\'') {
      flush();
    }
  }
  flush();
  return out;
}

class ContentWords {
 public:
  explicit ContentWords(const ChildInfo& child) {
    for (std::string_view w : kGenericWords) ignored_.merge(Keys(w));
    for (Area a : AllAreas()) ignored_.merge(Keys(Label(a)));
    ignored_.merge(Keys(child.name));
    ignored_.merge(Keys(child.preferred_name));
    for (const Person& p : child.people) ignored_.merge(Keys(p.name));
  }
  std::set<std::string> Of(const Statement& s) const {
    std::set<std::string> out;
    for (std::string k : Keys(s.text)) {
      if (!ignored_.count(k)) out.insert(std::move(k));
    }
    return out;
  }

 private:
  std::set<std::string> ignored_;
};

size_t Shared(const std::set<std::string>& a, const std::set<std::string>& b) {
  size_t n = 0;
  for (const auto& k : a) n += b.count(k);
  return n;
}

// The index of the candidate sharing most words with `words` (the first on a tie), or -1 when
// none shares any.
int BestMatch(const std::set<std::string>& words, const std::vector<std::set<std::string>>& cands) {
  int best = -1;
  size_t best_n = 0;
  for (size_t i = 0; i < cands.size(); ++i) {
    size_t n = Shared(words, cands[i]);
    if (n > best_n) {
      best_n = n;
      best = static_cast<int>(i);
    }
  }
  return best;
}

// Builds the rows of one area: needs, then unlinked outcomes and provision in plan order.
void LinkArea(AreaThread& t, const ContentWords& words,
              const std::vector<const Statement*>& order) {
  const bool link = t.area != Area::kNone;
  std::vector<ThreadRow> needs(t.needs.size());
  std::vector<std::set<std::string>> need_words;
  for (size_t i = 0; i < t.needs.size(); ++i) {
    needs[i].need = t.needs[i];
    need_words.push_back(words.Of(*t.needs[i]));
  }
  std::vector<ThreadRow> loose_outcomes;
  std::vector<std::set<std::string>> loose_words;
  for (const Statement* o : t.outcomes) {
    std::set<std::string> w = words.Of(*o);
    int best = link ? BestMatch(w, need_words) : -1;
    if (best >= 0) {
      needs[best].outcomes.push_back(o);
      need_words[best].insert(w.begin(), w.end());  // provision may match the need's outcomes
    } else {
      loose_outcomes.push_back({nullptr, {o}, {}});
      loose_words.push_back(std::move(w));
    }
  }
  std::vector<ThreadRow> loose_provision;
  for (const Statement* p : t.provision) {
    std::set<std::string> w = words.Of(*p);
    int best = link ? BestMatch(w, need_words) : -1;
    int outcome = link && best < 0 ? BestMatch(w, loose_words) : -1;
    if (best >= 0) {
      needs[best].provision.push_back(p);
    } else if (outcome >= 0) {
      loose_outcomes[outcome].provision.push_back(p);
    } else {
      loose_provision.push_back({nullptr, {}, {p}});
    }
  }
  t.rows = std::move(needs);
  std::vector<ThreadRow> loose = std::move(loose_outcomes);
  loose.insert(loose.end(), loose_provision.begin(), loose_provision.end());
  auto position = [&order](const ThreadRow& r) {
    const Statement* first = r.outcomes.empty() ? r.provision.front() : r.outcomes.front();
    return std::find(order.begin(), order.end(), first) - order.begin();
  };
  std::stable_sort(loose.begin(), loose.end(), [&](const ThreadRow& a, const ThreadRow& b) {
    return position(a) < position(b);
  });
  t.rows.insert(t.rows.end(), loose.begin(), loose.end());
}

}  // namespace

std::vector<AreaThread> TraceGoldenThread(const std::vector<const Statement*>& statements,
                                          const ChildInfo& child) {
  const ContentWords words(child);
  std::vector<AreaThread> out;
  for (Area a : AllAreas()) {  // catalogue order; Area::kNone is last
    AreaThread t;
    t.area = a;
    for (const Statement* s : statements) {
      if (s->area != a) continue;
      if (s->section == Section::kB) t.needs.push_back(s);
      if (s->section == Section::kE) t.outcomes.push_back(s);
      if (s->section == Section::kF) t.provision.push_back(s);
    }
    if (t.needs.empty() && t.outcomes.empty() && t.provision.empty()) continue;
    LinkArea(t, words, statements);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace ehcp
