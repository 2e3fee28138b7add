// foreign-name: a given name standing where the child should be (the subject or possessor of a
// need, outcome or provision statement) that is not the child's and not a known person.
// Context names are left alone: a name after a relation or role word ("her sister Poppy", "with
// Jack"), after a title ("Mrs Okafor"), or not at a subject position ("she plays with Jack").
// Form guidance (kNotPlan) and section A (views, full of family names) are not checked, and
// names found in the forms' personal-details and contact tables, signatures and author lines
// are people of the case.
// When no child name is known, the most frequent subject name in the plan is taken as the
// child's.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis =
    "UK GDPR Article 5(1)(f) (another child's personal data); SEND Code of Practice 9.61";

bool InScope(Section s) {
  return s == Section::kB || s == Section::kC || s == Section::kD || s == Section::kE ||
         s == Section::kF || s == Section::kG || s == Section::kH1 || s == Section::kH2;
}

bool IsSubjectVerb(std::string_view w) {
  static constexpr std::string_view k[] = {
      "will",   "needs",    "need",        "has",          "is",          "finds",    "can",
      "should", "would",    "requires",    "struggles",    "may",         "benefits", "enjoys",
      "likes",  "presents", "shows",       "becomes",      "responds",    "cannot",   "does",
      "was",    "had",      "experiences", "communicates", "understands", "uses",     "reads",
      "writes", "gets",     "must",        "wants"};
  return std::find(std::begin(k), std::end(k), w) != std::end(k);
}

struct Candidate {
  std::string name;  // lower case, without "'s"
  size_t begin = 0, end = 0;
};

std::string Base(const std::string& lower) {
  if (lower.size() > 2 && lower.ends_with("'s")) return lower.substr(0, lower.size() - 2);
  return lower;
}

// The first word index of the main clause: skips a leading "By the end of Year 6," clause.
size_t ClauseStart(const std::vector<rules::Token>& t) {
  for (size_t i = 0; i < t.size() && i < 14; ++i)
    if (t[i].lower == ",") return i + 1;
  return 0;
}

// Words of the case: those written in lower case somewhere, and those capitalised in the
// middle of a sentence (proper nouns).
struct CaseWords {
  std::set<std::string> lower;
  std::set<std::string> proper;
};

// An unlisted capitalised word may be a name only when it does not look like an ordinary
// English word: no common noun or verb ending, never written in lower case in the case, and
// capitalised in the middle of a sentence somewhere ("…check that Kayzee has understood").
bool CouldBeUnlistedName(const std::string& base, const CaseWords& words) {
  if (!words.proper.count(base)) return false;
  const std::set<std::string>& lower_words = words.lower;
  static constexpr std::string_view kEndings[] = {"s",  "ing", "tion", "ment", "ness", "ity",
                                                  "ed", "ly",  "ies",  "al",   "ous",  "ful"};
  for (std::string_view e : kEndings)
    if (base.size() > e.size() && base.ends_with(e)) return false;
  return base.size() >= 3 && !lower_words.count(base);
}

std::vector<Candidate> Candidates(const Statement& s, const CaseWords& lower_words) {
  std::vector<Candidate> out;
  std::vector<rules::Token> t = rules::Tokenise(s.text);
  auto context_before = [&](size_t i) {
    if (i == 0) return false;
    const std::string& p = t[i - 1].lower;
    return rules::IsRelationWord(p) || rules::IsTitle(p) || p == "and" || p == "or" || p == "to" ||
           p == "of" || p == "from" || p == "by" || p == "for" || p == "like";
  };
  auto add = [&](size_t i) {
    std::string base = Base(t[i].lower);
    for (const Candidate& c : out)
      if (c.begin == t[i].begin) return;
    std::string_view raw(s.text.data() + t[i].begin, t[i].end - t[i].begin);
    size_t len = raw.size();
    if (t[i].lower.ends_with("'s")) len -= raw.ends_with("\xE2\x80\x99s") ? 4 : 2;
    out.push_back({base, t[i].begin, t[i].begin + len});
  };
  for (size_t start : {size_t{0}, ClauseStart(t)}) {
    if (start >= t.size() || !t[start].capitalised || !t[start].is_word) continue;
    std::string base = Base(t[start].lower);
    bool possessive = t[start].lower.ends_with("'s");
    bool verb = start + 1 < t.size() && IsSubjectVerb(t[start + 1].lower);
    if (rules::IsNonNameSubject(base) || rules::IsRelationWord(base)) continue;
    if (rules::IsGivenName(base) && (possessive || verb))
      add(start);
    else if (verb && CouldBeUnlistedName(base, lower_words) && t[start + 1].lower != "is" &&
             t[start + 1].lower != "has" && t[start + 1].lower != "was")
      add(start);  // an unlisted capitalised word acting as the subject: "Kayzee will need"
  }
  for (size_t i = 1; i < t.size(); ++i) {
    if (!t[i].capitalised || context_before(i)) continue;
    std::string base = Base(t[i].lower);
    if (!rules::IsGivenName(base)) continue;
    bool possessive = t[i].lower.ends_with("'s");
    bool verb = i + 1 < t.size() && IsSubjectVerb(t[i + 1].lower);
    if (possessive && i + 1 < t.size() && rules::IsRelationWord(t[i + 1].lower)) continue;
    if (possessive || verb) add(i);
  }
  return out;
}

std::set<std::string> KnownNames(const ChildInfo& child) {
  std::set<std::string> known;
  auto add_all = [&](std::string_view name) {
    for (const rules::Token& t : rules::Tokenise(name))
      if (t.is_word) known.insert(Base(t.lower));
  };
  add_all(child.name);
  add_all(child.preferred_name);
  for (const Person& p : child.people) add_all(p.name);
  return known;
}

class ForeignNameCheck : public Check {
 public:
  std::string_view name() const override { return "foreign-name"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::set<std::string> known = KnownNames(view.child);
    // The people of the case's forms: names in personal-details and contact tables, signature
    // blocks and author lines are relatives, staff and professionals, never another child.
    for (const Document& d : view.documents) {
      for (const rules::Token& t : rules::Tokenise(d.info.author)) {
        if (t.is_word) known.insert(Base(t.lower));
      }
      for (const Block& b : d.blocks) {
        if (b.role != BlockRole::kPersonal && b.role != BlockRole::kFurniture) continue;
        for (const rules::Token& t : rules::Tokenise(b.text)) {
          if (t.is_word && t.capitalised && rules::IsGivenName(Base(t.lower))) {
            known.insert(Base(t.lower));
          }
        }
      }
    }
    std::vector<std::pair<const Statement*, std::vector<Candidate>>> found;
    std::map<std::string, int> counts;
    CaseWords lower_words;
    for (const Statement& s : view.statements) {
      std::vector<rules::Token> tokens = rules::Tokenise(s.text);
      for (size_t i = 0; i < tokens.size(); ++i) {
        const rules::Token& t = tokens[i];
        if (t.is_word && !t.capitalised) lower_words.lower.insert(t.lower);
        bool mid = i > 0 && tokens[i - 1].lower != "." && tokens[i - 1].lower != ":" &&
                   tokens[i - 1].lower != "\"" && tokens[i - 1].lower != "(";
        if (t.is_word && t.capitalised && mid) lower_words.proper.insert(Base(t.lower));
      }
    }
    for (const Statement& s : view.statements) {
      if (!InScope(s.section)) continue;
      std::vector<Candidate> c = Candidates(s, lower_words);
      for (const Candidate& x : c) ++counts[x.name];
      if (!c.empty()) found.emplace_back(&s, std::move(c));
    }
    std::string child =
        view.child.preferred_name.empty() ? view.child.name : view.child.preferred_name;
    if (view.child.name.empty() && view.child.preferred_name.empty() && !counts.empty()) {
      auto best = std::max_element(counts.begin(), counts.end(),
                                   [](auto& a, auto& b) { return a.second < b.second; });
      known.insert(best->first);
      child = best->first;
      if (!child.empty()) child[0] = static_cast<char>(child[0] - 'a' + 'A');
    }
    for (const auto& [s, cands] : found) {
      for (const Candidate& c : cands) {
        if (known.count(c.name)) continue;
        std::string shown = s->text.substr(c.begin, c.end - c.begin);
        out.push_back(MakeFlag(
            FlagId::kForeignName,
            Quote(shown) + " stands where the child should be, but this plan is about " +
                (child.empty() ? std::string("another child") : child) +
                ": check whether the text was copied from another child's report or plan and "
                "correct it; if " +
                shown +
                " is a relative, friend or member of staff, add them to the case's people (" +
                std::string(kBasis) + ")",
            std::string(kBasis), {SpanIn(*s, c.begin, c.end)}));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeForeignNameCheck() { return std::make_unique<ForeignNameCheck>(); }

}  // namespace ehcp::checks
