// pronoun-mismatch: he/him/his and she/her/hers both used for the child.
// A passage is a run of consecutive plan statements from one document under one heading.
// A statement votes for the pronouns it uses, unless it also names another person by relation
// or role ("his mother says she…"), uses a paired form ("he/she", "his/her"), or names a known
// person. "They/them" never votes: it may be the child's own pronoun or mean several people.
// Raised (one flag per passage) for statements that disagree with their passage's majority, or,
// when the whole case clearly uses one set (at least 3 statements and 3 to 1), with the case's.
#include <map>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {
namespace {

enum Gender { kNone = 0, kMale = 1, kFemale = 2, kMixed = 3 };

// Quoted speech ("…", '…' around words) may hold other people's pronouns.
bool HasQuotation(std::string_view text) {
  for (std::string_view q : {"\"", "\u201c", "\u201d"}) {
    if (text.find(q) != std::string_view::npos) return true;
  }
  return false;
}

bool IsPersonNoun(std::string_view w) {
  for (std::string_view n : {"boy", "boys", "girl", "girls", "man", "men", "woman", "women",
                             "baby", "he'd", "someone", "somebody", "everyone", "anyone"}) {
    if (w == n) return true;
  }
  return false;
}

// A sentence about the child that switches to the other set of pronouns halfway: the first
// pronoun is the child's, and before the first pronoun of the other set nobody else (a
// relative, a member of staff, a titled adult, another named person, "a boy") is named who
// could own it. Quoted speech is left alone.
bool IsSlipInsideSentence(const Statement& s, const ChildInfo& child, Gender major) {
  if (HasQuotation(s.text)) return false;
  std::vector<rules::Token> tokens = rules::Tokenise(s.text);
  auto gender_of = [](std::string_view w) {
    if (w == "he" || w == "him" || w == "his" || w == "himself") return kMale;
    if (w == "she" || w == "her" || w == "hers" || w == "herself") return kFemale;
    return kNone;
  };
  Gender first = kNone;
  bool child_named = false;  // the child's name stands before, with nobody else since
  for (size_t i = 0; i < tokens.size(); ++i) {
    const rules::Token& t = tokens[i];
    Gender g = gender_of(t.lower);
    if (g != kNone && g != major) {
      // After the child's name ("When Nadia has not understood, he copies…"), any form; after
      // the child's own pronoun, only a possessive ("she goes quiet and his hands shake"): "he"
      // or "him" there is more often someone else acting or acted on.
      bool possessive = t.lower == "his" || t.lower == "her" || t.lower == "hers";
      return child_named || (first == major && possessive);
    }
    if (g != kNone) {
      if (first == kNone) first = g;
      continue;
    }
    if (t.capitalised && t.is_word) {
      std::string_view word = std::string_view(s.text).substr(t.begin, t.end - t.begin);
      if ((!child.preferred_name.empty() && word == child.preferred_name) ||
          (word.size() >= 3 && Split(child.name, ' ').size() > 0 &&
           word == Split(child.name, ' ').front())) {
        child_named = true;
        continue;
      }
    }
    if (rules::IsRelationWord(t.lower) || rules::IsTitle(t.lower) || IsPersonNoun(t.lower)) {
      return false;
    }
    if (i > 0 && t.capitalised && rules::IsGivenName(t.lower)) {
      std::string_view word = std::string_view(s.text).substr(t.begin, t.end - t.begin);
      if (!ContainsIgnoreCase(child.name, word) && !ContainsIgnoreCase(child.preferred_name, word)) {
        return false;
      }
    }
  }
  return false;
}

Gender Vote(const Statement& s) {
  if (s.text.find('/') != std::string::npos) {
    for (std::string_view pair : {"he/she", "she/he", "his/her", "her/his", "him/her", "her/him",
                                  "s/he", "he/her", "his/hers"})
      if (!rules::FindPhrase(s.text, pair).empty()) return kNone;
  }
  int male = 0, female = 0;
  for (const rules::Token& t : rules::Tokenise(s.text)) {
    if (rules::IsRelationWord(t.lower) && t.lower != "with" && t.lower != "called" &&
        t.lower != "named" && t.lower != "child" && t.lower != "peer" && t.lower != "peers")
      return kNone;
    if (t.lower == "he" || t.lower == "him" || t.lower == "his" || t.lower == "himself") ++male;
    if (t.lower == "she" || t.lower == "her" || t.lower == "hers" || t.lower == "herself") ++female;
  }
  if (male > 0 && female > 0) return kMixed;  // two people, or a slip inside one sentence
  return male > 0 ? kMale : female > 0 ? kFemale : kNone;
}

struct Passage {
  std::vector<std::pair<const Statement*, Gender>> votes;
};

std::string_view Word(Gender g) { return g == kMale ? "he/him/his" : "she/her"; }

class PronounCheck : public Check {
 public:
  std::string_view name() const override { return "pronoun-mismatch"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::vector<Passage> passages;
    const Statement* prev = nullptr;
    int total[4] = {0, 0, 0, 0};
    for (const Statement& s : view.statements) {
      if (!IsPlanContent(s.section)) {
        prev = nullptr;
        continue;
      }
      bool same = prev && prev->document == s.document && prev->context == s.context;
      if (!same) passages.emplace_back();
      prev = &s;
      Gender g = Vote(s);
      if (g == kMixed) continue;  // judged by IsSlipInsideSentence below
      if (g == kNone) continue;
      passages.back().votes.emplace_back(&s, g);
      ++total[g];
    }
    Gender case_major = kNone;
    if (total[kMale] + total[kFemale] >= 3) {
      if (total[kMale] >= 3 * total[kFemale]) case_major = kMale;
      if (total[kFemale] >= 3 * total[kMale]) case_major = kFemale;
    }
    // A sentence about the child that switches pronouns halfway ("She enjoys maths, although
    // his reading…"): both sets in one sentence with nobody else in it to own the other set.
    if (case_major != kNone) {
      Gender other = case_major == kMale ? kFemale : kMale;
      for (const Statement& plan_statement : view.statements) {
        const Statement* s = &plan_statement;
        if (!IsPlanContent(s->section) || !IsSlipInsideSentence(*s, view.child, case_major)) {
          continue;
        }
        std::string basis = "SEND Code of Practice 9.61";
        out.push_back(MakeFlag(
            FlagId::kPronounMismatch,
            "This sentence about the child uses both '" + std::string(Word(case_major)) +
                "' and '" + std::string(Word(other)) +
                "': check it was not copied from another child's report and use the child's "
                "own pronouns (" + basis + ")",
            basis, {WholeStatement(*s)}));
      }
    }
    for (const Passage& p : passages) {
      int n[4] = {0, 0, 0, 0};
      for (auto& v : p.votes) ++n[v.second];
      // A clear case majority decides; otherwise the passage's own majority.
      Gender major = case_major != kNone     ? case_major
                     : n[kMale] > n[kFemale] ? kMale
                     : n[kFemale] > n[kMale] ? kFemale
                                             : kNone;
      if (major == kNone) continue;
      std::vector<FlagSpan> spans;
      for (auto& v : p.votes)
        if (v.second != major) spans.push_back(WholeStatement(*v.first));
      if (spans.empty()) continue;
      Gender other = major == kMale ? kFemale : kMale;
      std::string basis = "SEND Code of Practice 9.61";
      out.push_back(MakeFlag(
          FlagId::kPronounMismatch,
          "This text uses '" + std::string(Word(other)) + "' where the rest of the " +
              (n[major] > 0 ? "passage" : "plan") + " uses '" + std::string(Word(major)) +
              "' for the child: check it was not copied from another child's report and use the "
              "child's own pronouns (" +
              basis + ")",
          basis, std::move(spans)));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakePronounCheck() { return std::make_unique<PronounCheck>(); }

}  // namespace ehcp::checks
