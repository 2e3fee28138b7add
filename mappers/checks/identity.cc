// identity-conflict: date of birth, age, year group or name that disagree between documents.
// Facts are read from labelled fields in the documents' blocks ("Date of birth: 14/03/2016",
// "DOB 14.03.2015", a table row labelled "Year group", "Name of child: …") and from "is in
// Year 4" / "aged 9". Ages may differ by one year (documents written either side of a
// birthday); previous plans are not compared for age or year group, which they date.
#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "SEND Code of Practice 9.62";
constexpr int kAgeToleranceYears = 1;

enum class Fact { kDateOfBirth, kAge, kYearGroup, kName };

std::string_view FactLabel(Fact f) {
  switch (f) {
    case Fact::kDateOfBirth:
      return "date of birth";
    case Fact::kAge:
      return "age";
    case Fact::kYearGroup:
      return "year group";
    case Fact::kName:
      return "name";
  }
  return "";
}

struct Found {
  std::string value;    // normalised: ISO date, years, year number, lower-case name
  std::string written;  // as written in the document
};

int MonthNumber(std::string_view w) {
  static constexpr std::string_view k[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (w.substr(0, 3) == k[i] && rules::IsMonth(w)) return i + 1;
  if (w == "sept") return 9;
  return 0;
}

// A date starting at token i: 14/03/2016, 14.03.16, 2016-03-14, 14th March 2016, March 14 2016.
std::optional<Found> DateAt(std::string_view text, const std::vector<rules::Token>& t, size_t i) {
  auto num = [&](size_t k) { return k < t.size() && t[k].is_number; };
  auto iv = [&](size_t k) { return std::atoi(t[k].lower.c_str()); };
  auto make = [&](int y, int m, int d, size_t last) -> std::optional<Found> {
    if (y < 100) y += 2000;
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return std::nullopt;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return Found{buf, std::string(text.substr(t[i].begin, t[last].end - t[i].begin))};
  };
  auto sep = [&](size_t k) {
    return k < t.size() && (t[k].lower == "/" || t[k].lower == "." || t[k].lower == "-");
  };
  // "14.03.2015" tokenises as "14.03", ".", "2015".
  if (num(i) && t[i].lower.find('.') != std::string::npos && sep(i + 1) && num(i + 2)) {
    const std::string& dm = t[i].lower;
    size_t dot = dm.find('.');
    return make(iv(i + 2), std::atoi(dm.c_str() + dot + 1), std::atoi(dm.c_str()), i + 2);
  }
  if (num(i) && sep(i + 1) && num(i + 2) && sep(i + 3) && num(i + 4)) {
    if (t[i].lower.size() == 4) return make(iv(i), iv(i + 2), iv(i + 4), i + 4);
    return make(iv(i + 4), iv(i + 2), iv(i), i + 4);
  }
  if (num(i)) {
    size_t k = i + 1;
    if (k < t.size() &&
        (t[k].lower == "st" || t[k].lower == "nd" || t[k].lower == "rd" || t[k].lower == "th"))
      ++k;
    if (k < t.size() && MonthNumber(t[k].lower) && num(k + 1))
      return make(iv(k + 1), MonthNumber(t[k].lower), iv(i), k + 1);
  }
  if (i < t.size() && MonthNumber(t[i].lower) && num(i + 1)) {
    size_t k = i + 2;
    if (k < t.size() &&
        (t[k].lower == "st" || t[k].lower == "nd" || t[k].lower == "rd" || t[k].lower == "th"))
      ++k;
    if (k < t.size() && t[k].lower == ",") ++k;
    if (num(k)) return make(iv(k), MonthNumber(t[i].lower), iv(i + 1), k);
  }
  return std::nullopt;
}

using Facts = std::map<Fact, Found>;

// The first value after a label: searches tokens from `from`, skipping ":" and "-".
void ReadAfterLabel(std::string_view text, const std::vector<rules::Token>& t, size_t from,
                    Fact fact, Facts& facts) {
  if (facts.count(fact)) return;
  size_t i = from;
  while (i < t.size() && (t[i].lower == ":" || t[i].lower == "-" || t[i].lower == "is")) ++i;
  if (i >= t.size()) return;
  if (fact == Fact::kDateOfBirth) {
    if (auto d = DateAt(text, t, i)) facts[fact] = *d;
  } else if (fact == Fact::kAge) {
    if (t[i].is_number)
      facts[fact] = {t[i].lower, std::string(text.substr(t[i].begin, t[i].end - t[i].begin))};
  } else if (fact == Fact::kYearGroup) {
    if (t[i].lower == "year" && i + 1 < t.size()) ++i;
    if (t[i].is_number || t[i].lower == "reception") {
      std::string v = t[i].lower == "reception" ? "0" : t[i].lower;
      facts[fact] = {v, std::string(text.substr(t[i].begin, t[i].end - t[i].begin))};
    }
  } else if (fact == Fact::kName) {
    // "Dr Ruth Abara" under a bare "Name" is the author, never the child.
    if (i < t.size() && rules::IsTitle(t[i].lower)) return;
    size_t j = i;
    std::string lower;
    // Several fields often share a line ("Name: Jayden Pryce Class: Year 1"): a capitalised
    // word followed by a colon is the next label, not part of the name.
    while (j < t.size() && t[j].is_word && t[j].capitalised && j < i + 4 &&
           !(j + 1 < t.size() && t[j + 1].lower == ":")) {
      if (!lower.empty()) lower += ' ';
      lower += t[j].lower;
      ++j;
    }
    if (j > i + 1)
      facts[fact] = {lower, std::string(text.substr(t[i].begin, t[j - 1].end - t[i].begin))};
  }
}

struct LabelCue {
  std::string_view words;
  Fact fact;
};
constexpr LabelCue kLabels[] = {
    {"date of birth", Fact::kDateOfBirth},
    {"d . o . b .", Fact::kDateOfBirth},
    {"d . o . b", Fact::kDateOfBirth},
    {"dob", Fact::kDateOfBirth},
    {"born", Fact::kDateOfBirth},
    {"chronological age", Fact::kAge},
    {"age", Fact::kAge},
    {"aged", Fact::kAge},
    {"year group", Fact::kYearGroup},
    {"nc year", Fact::kYearGroup},
    {"national curriculum year", Fact::kYearGroup},
    {"is in year", Fact::kYearGroup},
    {"currently in year", Fact::kYearGroup},
    {"name of child", Fact::kName},
    {"child's name", Fact::kName},
    {"name of young person", Fact::kName},
    {"young person's name", Fact::kName},
    {"pupil name", Fact::kName},
    {"pupil's name", Fact::kName},
    {"full name", Fact::kName},
    {"student name", Fact::kName},
    {"name", Fact::kName},
};

Facts ReadFacts(const Document& doc) {
  Facts facts;
  for (const Block& b : doc.blocks) {
    // A table cell whose row label names the fact: the cell is the value.
    if (!b.label.empty() && b.col > 0) {
      std::vector<rules::Token> lt = rules::Tokenise(b.label);
      std::vector<rules::Token> vt = rules::Tokenise(b.text);
      for (const LabelCue& cue : kLabels) {
        if (lt.empty() || !rules::TokensMatch(lt, 0, cue.words)) continue;
        if (cue.fact == Fact::kYearGroup || cue.fact == Fact::kName || cue.fact == Fact::kAge ||
            cue.fact == Fact::kDateOfBirth)
          ReadAfterLabel(b.text, vt, 0, cue.fact, facts);
        break;
      }
    }
    std::vector<rules::Token> t = rules::Tokenise(b.text);
    for (size_t i = 0; i < t.size(); ++i) {
      for (const LabelCue& cue : kLabels) {
        size_t next = 0;
        if (!rules::TokensMatch(t, i, cue.words, &next)) continue;
        // "name" and "age" only as field labels ("Name:", "Age:") or "aged 9".
        bool field = next < t.size() && t[next].lower == ":";
        if ((cue.words == "name" || cue.words == "age" || cue.words == "born" ||
             cue.words == "full name") &&
            !field)
          continue;
        // "School name:" is not the child's name.
        if (cue.words == "name" && i > 0 && t[i - 1].is_word) continue;
        // "Amelia is in Year 4" but not "her sister is in Year 6".
        if ((cue.words == "is in year" || cue.words == "currently in year") && i > 0 &&
            rules::IsRelationWord(t[i - 1].lower))
          continue;
        // "Amelia, aged 9" but not "her brother, aged 12".
        if (cue.words == "aged") {
          size_t k = i;
          while (k > 0 && !t[k - 1].is_word) --k;
          if (k == 0 || !t[k - 1].capitalised || rules::IsRelationWord(t[k - 1].lower)) continue;
        }
        ReadAfterLabel(b.text, t, next, cue.fact, facts);
        break;
      }
    }
  }
  return facts;
}

bool Disagree(Fact f, const std::string& a, const std::string& b, const ChildInfo& child) {
  if (a == b) return false;
  if (f == Fact::kAge)
    return std::abs(std::atoi(a.c_str()) - std::atoi(b.c_str())) > kAgeToleranceYears;
  if (f == Fact::kName) {
    // Same surname and one given name is the preferred name: not a conflict.
    std::string pref = ToLowerAscii(child.preferred_name);
    auto first = [](const std::string& s) { return s.substr(0, s.find(' ')); };
    auto last = [](const std::string& s) { return s.substr(s.rfind(' ') + 1); };
    if (last(a) == last(b) && (first(a) == pref || first(b) == pref)) return false;
    if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return false;
    return first(a) != first(b) || last(a) != last(b);
  }
  return true;
}

struct Source {
  const Document* doc;
  Facts facts;
};

class IdentityCheck : public Check {
 public:
  std::string_view name() const override { return "identity-conflict"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::vector<Source> sources;
    for (const Document& d : view.documents) sources.push_back({&d, ReadFacts(d)});
    for (Fact f : {Fact::kName, Fact::kDateOfBirth, Fact::kAge, Fact::kYearGroup}) {
      bool dated = f == Fact::kAge || f == Fact::kYearGroup;
      const Source* first = nullptr;
      for (const Source& s : sources) {
        auto it = s.facts.find(f);
        if (it == s.facts.end() || (dated && s.doc->info.kind == DocKind::kPreviousPlan)) continue;
        if (!first) {
          first = &s;
          if (f == Fact::kDateOfBirth && !view.child.date_of_birth.empty() &&
              view.child.date_of_birth != it->second.value)
            Raise(view, f, nullptr, view.child.date_of_birth, s, it->second, out);
          continue;
        }
        const Found& a = first->facts.at(f);
        if (Disagree(f, a.value, it->second.value, view.child)) {
          Raise(view, f, first, a.written, s, it->second, out);
          break;  // one flag per fact
        }
      }
    }
  }

 private:
  static void Raise(const CaseView& view, Fact f, const Source* a, const std::string& a_written,
                    const Source& b, const Found& b_found, std::vector<Flag>& out) {
    auto where = [](const Document& d) { return "'" + d.info.file + "' (" + d.info.id + ")"; };
    std::string a_where = a ? where(*a->doc) : std::string("the case details");
    std::vector<FlagSpan> spans;
    for (const Statement& s : view.statements) {
      bool in_a = a && s.document == a->doc->info.id;
      bool in_b = s.document == b.doc->info.id;
      const std::string& needle = in_b ? b_found.written : a_written;
      if (!(in_a || in_b) || needle.empty()) continue;
      size_t pos = s.text.find(needle);
      if (pos != std::string::npos) spans.push_back(SpanIn(s, pos, pos + needle.size()));
    }
    out.push_back(MakeFlag(
        FlagId::kIdentityConflict,
        "The child's " + std::string(FactLabel(f)) + " is " + Quote(a_written) + " in " + a_where +
            " but " + Quote(b_found.written) + " in " + where(*b.doc) +
            ": check which is right with the family and correct the other before the plan is "
            "issued (" +
            std::string(kBasis) + ")",
        std::string(kBasis), std::move(spans)));
  }
};

}  // namespace

std::unique_ptr<Check> MakeIdentityCheck() { return std::make_unique<IdentityCheck>(); }

}  // namespace ehcp::checks
