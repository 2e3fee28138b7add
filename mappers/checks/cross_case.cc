#include "mappers/checks/cross_case.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

void AddFlag(Plan& plan, Flag f) {
  f.id = plan.NextFlagId();
  f.severity = DefaultSeverity(f.rule);
  for (const FlagSpan& sp : f.spans) {
    for (Statement& s : plan.statements) {
      if (s.id == sp.statement &&
          std::find(s.flags.begin(), s.flags.end(), f.id) == s.flags.end()) {
        s.flags.push_back(f.id);
      }
    }
  }
  plan.flags.push_back(std::move(f));
}

// Statement spans covered by [begin, end) of a passage.
std::vector<FlagSpan> SpansOf(const PassageMap& map, const std::string& passage, size_t begin,
                              size_t end) {
  std::vector<FlagSpan> out;
  auto it = map.find(passage);
  if (it == map.end()) return out;
  for (const PassagePiece& p : it->second) {
    size_t b = std::max(begin, p.begin), e = std::min(end, p.end);
    if (b >= e) continue;
    FlagSpan sp{p.statement, b - p.begin, e - p.begin};
    if (b <= p.begin && e >= p.end) sp.begin = sp.end = 0;  // the whole statement
    out.push_back(sp);
  }
  return out;
}

std::string JoinIds(const std::set<std::string>& ids) {
  std::string out;
  size_t n = 0;
  for (const auto& id : ids) {
    if (n++ == 5) {
      out += " and " + std::to_string(ids.size() - 5) + " more";
      break;
    }
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

// True when `name` at [begin, end) of `text` stands where the child should: the subject or
// possessor of the statement ("Jayden will need…", "Jayden's reading…").
bool StandsAsSubject(std::string_view text, size_t begin, size_t end) {
  std::string_view before = Trim(text.substr(0, begin));
  bool at_start = before.empty() || EndsWith(before, ":") || EndsWith(before, ".");
  std::string after = ToLowerAscii(text.substr(end, 16));
  static constexpr std::array<std::string_view, 16> kVerbs = {
      "'s ",    "\xE2\x80\x99s ", " will ",      " has ",   " is ", " needs ",
      " can ",  " should ",       " would ",     " finds ", " to ", " may ",
      " must ", " requires ",     " struggles ", " enjoys "};
  bool subject_verb = false;
  for (auto v : kVerbs) subject_verb |= StartsWith(after, v);
  return subject_verb || (at_start && !after.empty() && after[0] == ' ');
}

}  // namespace

corpus::CaseText CaseTextOf(const Plan& plan, PassageMap& map) {
  corpus::CaseText c;
  c.case_id = plan.case_id;
  auto add_name = [&](const std::string& n) {
    if (!n.empty() &&
        std::find(c.child_names.begin(), c.child_names.end(), n) == c.child_names.end()) {
      c.child_names.push_back(n);
    }
  };
  add_name(plan.child.name);
  add_name(plan.child.preferred_name);
  for (const std::string& part : Split(plan.child.name, ' ')) add_name(part);

  std::string current;
  for (const Statement& s : plan.statements) {
    if (s.section == Section::kNotPlan) continue;
    std::string id = s.document + "#" + std::to_string(s.span.block);
    if (id != current || c.passages.empty()) {
      current = id;
      c.passages.push_back({id, ""});
    }
    std::string& text = c.passages.back().text;
    if (!text.empty()) text += ' ';
    size_t begin = text.size();
    text += s.text;
    map[id].push_back({s.id, begin, text.size()});
  }
  return c;
}

void AddCrossCaseFlags(Plan& plan, const PassageMap& map, const std::vector<corpus::Match>& matches,
                       const std::vector<corpus::ForeignName>& names) {
  // One flag per region of this case: the cases it is shared with are listed together.
  struct Region {
    std::string passage;
    size_t begin = 0, end = 0;
    bool boilerplate = false;
    bool guidance = false;
    bool name_changed = false;
    int words = 0;
    int case_count = 0;
    std::set<std::string> others;
  };
  std::vector<Region> regions;
  for (const corpus::Match& m : matches) {
    auto it = std::find_if(regions.begin(), regions.end(), [&](const Region& r) {
      return r.passage == m.passage_id && r.begin == m.begin && r.end == m.end &&
             r.boilerplate == m.is_boilerplate;
    });
    if (it == regions.end()) {
      Region r;
      r.passage = m.passage_id;
      r.begin = m.begin;
      r.end = m.end;
      r.boilerplate = m.is_boilerplate;
      regions.push_back(std::move(r));
      it = regions.end() - 1;
    }
    it->guidance |= m.form_guidance;
    it->name_changed |= m.name_changed;
    it->words = std::max(it->words, m.words);
    it->case_count = std::max(it->case_count, m.case_count);
    if (!m.form_guidance) it->others.insert(m.other_case_id);
  }
  for (const Region& r : regions) {
    Flag f;
    f.spans = SpansOf(map, r.passage, r.begin, r.end);
    if (f.spans.empty()) continue;
    if (r.boilerplate) {
      f.rule = FlagId::kBoilerplate;
      f.message =
          r.guidance ? "This is the advice form's own guidance text, not advice about the child: "
                       "reject it in the review."
                     : "Stock wording found in " +
                           std::string(r.case_count > 0 ? "at least " + std::to_string(r.case_count)
                                                        : "many") +
                           " cases: check it says something specific about this child, or "
                           "replace it with what the advice says about them.";
      f.basis = "SEND Code of Practice 9.61: the plan describes the individual child";
    } else {
      f.rule = FlagId::kCopyPaste;
      f.message = "This passage (" + std::to_string(r.words) + " words) also appears in case " +
                  JoinIds(r.others) + (r.name_changed ? ", with the child's name changed" : "") +
                  ". Check it was written about this child and not copied from another child's "
                  "advice or plan.";
      f.basis = "SEND Code of Practice 9.61; UK GDPR Article 5(1)(d) (accuracy)";
    }
    AddFlag(plan, std::move(f));
  }

  for (const corpus::ForeignName& n : names) {
    auto it = map.find(n.passage_id);
    if (it == map.end()) continue;
    for (const PassagePiece& p : it->second) {
      if (n.begin < p.begin || n.end > p.end) continue;
      const Statement* s = plan.FindStatement(p.statement);
      if (s == nullptr || !s->in_draft()) continue;
      size_t b = n.begin - p.begin, e = n.end - p.begin;
      if (!StandsAsSubject(s->text, b, e)) continue;
      bool known = false;
      for (const Person& person : plan.child.people) known |= person.name == n.name;
      if (known) continue;
      std::set<std::string> others(n.other_case_ids.begin(), n.other_case_ids.end());
      std::string where = "'" + n.name + "' is the name of the child in case " + JoinIds(others);
      // One foreign-name flag per statement: extend the one the case checks raised, if any.
      Flag* existing = nullptr;
      for (Flag& f : plan.flags) {
        if (f.rule != FlagId::kForeignName) continue;
        for (const FlagSpan& sp : f.spans) {
          if (sp.statement == s->id) existing = &f;
        }
      }
      if (existing != nullptr) {
        if (existing->message.find(where) == std::string::npos) {
          existing->message += " " + where + ".";
        }
        continue;
      }
      Flag f;
      f.rule = FlagId::kForeignName;
      f.spans = {{s->id, b, e}};
      f.message = where +
                  ": this sentence may have been copied from another child's plan. Remove or "
                  "correct it before the draft is sent: another child's name in a plan is a data "
                  "breach.";
      f.basis = "UK GDPR Article 5(1)(f) (security of personal data)";
      AddFlag(plan, std::move(f));
    }
  }
}

}  // namespace ehcp
