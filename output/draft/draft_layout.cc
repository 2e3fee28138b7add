#include "output/draft/draft_layout.h"

#include <algorithm>
#include <map>

#include "pipeline/model/golden_thread.h"

namespace ehcp::draft {
namespace {

constexpr Section kDraftSections[] = {Section::kA,  Section::kB, Section::kC, Section::kD,
                                      Section::kE,  Section::kF, Section::kG, Section::kH1,
                                      Section::kH2, Section::kI, Section::kJ, Section::kK};

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Moves `pos` back to the start of the UTF-8 character it falls in.
size_t ToCharBoundary(std::string_view text, size_t pos) {
  pos = std::min(pos, text.size());
  while (pos > 0 && pos < text.size() && IsContinuation(text[pos])) --pos;
  return pos;
}

bool Concerns(const Statement& s, const Flag& f) {
  if (std::find(s.flags.begin(), s.flags.end(), f.id) != s.flags.end()) return true;
  return std::any_of(f.spans.begin(), f.spans.end(),
                     [&](const FlagSpan& sp) { return sp.statement == s.id; });
}

struct ByteMark {
  const Flag* flag;
  size_t begin;
  size_t end;
};

std::vector<ByteMark> MarksFor(const Plan& plan, const Statement& s) {
  std::vector<ByteMark> out;
  for (const Flag& f : plan.flags) {
    if (!f.open() || !Concerns(s, f)) continue;  // resolved flags drop their comments
    size_t b = 0, e = 0;
    if (!FlagRange(f, s.id, s.text, b, e)) {
      b = 0;
      e = s.text.size();
    }
    out.push_back({&f, b, e});
  }
  return out;
}

// Splits the text at every mark boundary and records which pieces each mark covers.
void SplitIntoPieces(std::string_view text, const std::vector<ByteMark>& marks, Item& item) {
  std::vector<size_t> cuts = {0, text.size()};
  for (const auto& m : marks) {
    cuts.push_back(m.begin);
    cuts.push_back(m.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  if (cuts.size() == 1) cuts.push_back(cuts[0]);  // empty text: one empty piece
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    Piece p;
    p.text = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
    for (const auto& m : marks) {
      bool empty_text = text.empty();
      if (empty_text || (m.begin <= cuts[i] && cuts[i + 1] <= m.end)) p.flags.push_back(m.flag);
    }
    item.pieces.push_back(std::move(p));
  }
  for (const auto& m : marks) {
    Mark mk{m.flag, item.pieces.size(), 0};
    for (size_t i = 0; i < item.pieces.size(); ++i) {
      const auto& fl = item.pieces[i].flags;
      if (std::find(fl.begin(), fl.end(), m.flag) == fl.end()) continue;
      mk.first = std::min(mk.first, i);
      mk.last = i;
    }
    if (mk.first == item.pieces.size()) mk.first = mk.last = 0;
    item.marks.push_back(mk);
  }
}

Item MakeItem(const Plan& plan, const Statement& s) {
  Item item;
  item.statement = &s;
  item.citation = Citation(s);
  SplitIntoPieces(s.text, MarksFor(plan, s), item);
  return item;
}

std::vector<Group> GroupStatements(const Plan& plan, Section sec) {
  std::vector<const Statement*> in = plan.InSection(sec);
  std::vector<Group> groups;
  if (in.empty()) return groups;
  Group g;
  for (const Statement* s : in) g.items.push_back(MakeItem(plan, *s));
  groups.push_back(std::move(g));
  return groups;
}

std::vector<Item> MakeItems(const Plan& plan, const std::vector<const Statement*>& statements) {
  std::vector<Item> out;
  for (const Statement* s : statements) out.push_back(MakeItem(plan, *s));
  return out;
}

// Sections B, E and F by area of need, each need beside what the golden thread links to it.
std::vector<AreaTable> ThreadTables(const Plan& plan) {
  std::vector<const Statement*> in;
  for (Section sec : {Section::kB, Section::kE, Section::kF}) {
    for (const Statement* s : plan.InSection(sec)) in.push_back(s);
  }
  // Plan order, so that unlinked rows follow the documents.
  std::sort(in.begin(), in.end());
  std::vector<AreaTable> tables;
  for (const AreaThread& t : TraceGoldenThread(in, plan.child)) {
    AreaTable table;
    table.area = t.area;
    for (const ThreadRow& r : t.rows) {
      TableRow row;
      if (r.need != nullptr) row.needs.push_back(MakeItem(plan, *r.need));
      row.outcomes = MakeItems(plan, r.outcomes);
      row.provision = MakeItems(plan, r.provision);
      table.rows.push_back(std::move(row));
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

}  // namespace

bool GroupsByArea(Section s) { return s == Section::kB || s == Section::kE || s == Section::kF; }

std::string_view AreaHeading(Area a) { return a == Area::kNone ? kOtherArea : Label(a); }

std::string_view InTablesNote(Section s) {
  return s == Section::kE ? kOutcomesInTables : kProvisionInTables;
}

std::string Citation(const Statement& s) {
  std::string out = s.document.empty() ? "?" : s.document;
  if (s.page > 0) out += " p." + std::to_string(s.page);
  return out;
}

std::string ChildDisplayName(const ChildInfo& child) {
  std::string out = child.name.empty() ? "Name not known" : child.name;
  if (!child.preferred_name.empty() && child.preferred_name != child.name) {
    out += " (" + child.preferred_name + ")";
  }
  return out;
}

bool FlagRange(const Flag& flag, const std::string& id, std::string_view text, size_t& begin,
               size_t& end) {
  bool found = false;
  for (const FlagSpan& sp : flag.spans) {
    if (sp.statement != id) continue;
    size_t b = sp.begin, e = sp.end;
    if ((b == 0 && e == 0) || b >= e || b >= text.size()) {
      b = 0;
      e = text.size();
    }
    b = ToCharBoundary(text, b);
    e = ToCharBoundary(text, std::min(e, text.size()));
    if (e <= b) {
      b = 0;
      e = text.size();
    }
    begin = found ? std::min(begin, b) : b;
    end = found ? std::max(end, e) : e;
    found = true;
  }
  return found;
}

std::string FlagHeadline(const Flag& flag) {
  std::string out(Label(flag.severity));
  out += ": ";
  out += Label(flag.rule);
  out += " (";
  out += Id(flag.rule);
  if (!flag.id.empty()) out += ", " + flag.id;
  out += ")";
  return out;
}

std::string FailureText(const FailedFile& f) {
  std::string out = f.file;
  if (f.page > 0) out += ", page " + std::to_string(f.page);
  if (!f.reason.empty()) out += ": " + f.reason;
  return out;
}

Layout LayOut(const Plan& plan) {
  Layout layout;
  for (Section sec : kDraftSections) {
    SectionView v;
    v.section = sec;
    v.lists_statements = sec != Section::kI && sec != Section::kK;
    if (sec == Section::kB) {
      v.tables = ThreadTables(plan);
    } else if (GroupsByArea(sec)) {
      v.in_tables = !plan.InSection(sec).empty();
    } else if (v.lists_statements) {
      v.groups = GroupStatements(plan, sec);
    }
    layout.sections.push_back(std::move(v));
  }
  // Flags anchored to no statement the draft shows (case-wide flags, and flags on statements
  // the draft leaves out, such as a named school) are shown once at the top.
  std::vector<const Flag*> anchored;
  auto anchor = [&anchored](const std::vector<Item>& items) {
    for (const auto& item : items) {
      for (const auto& m : item.marks) anchored.push_back(m.flag);
    }
  };
  for (const auto& v : layout.sections) {
    for (const auto& g : v.groups) anchor(g.items);
    for (const auto& t : v.tables) {
      for (const auto& r : t.rows) {
        anchor(r.needs);
        anchor(r.outcomes);
        anchor(r.provision);
      }
    }
  }
  for (const Flag& f : plan.flags) {
    if (!f.open()) continue;
    if (std::find(anchored.begin(), anchored.end(), &f) == anchored.end()) {
      layout.case_flags.push_back(&f);
    }
  }
  return layout;
}

}  // namespace ehcp::draft
