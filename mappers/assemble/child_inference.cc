#include "mappers/assemble/child_inference.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <map>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int MonthFromWord(std::string_view w) {
  std::string lw = ToLowerAscii(w);
  if (lw.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].substr(0, lw.size()) == lw || (lw.size() >= 3 && kMonths[i].substr(0, 3) == lw))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

std::string Iso(int y, int m, int d) {
  if (y < 100) y += (y > 50 ? 1900 : 2000);
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Splits into tokens of digits or letters; other characters separate.
std::vector<std::string> DateTokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    bool digit = IsDigit(c);
    bool alpha = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (!digit && !alpha) {
      flush();
      continue;
    }
    if (!cur.empty() && (IsDigit(cur.back()) != digit)) flush();
    cur += c;
  }
  flush();
  return out;
}

bool AllDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsDigit(c); });
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view text) {
  std::vector<std::string> t = DateTokens(text);
  for (size_t i = 0; i + 2 < t.size() + 0 && i < t.size(); ++i) {
    if (i + 2 >= t.size()) break;
    const std::string &a = t[i], &b = t[i + 1], &c = t[i + 2];
    std::string iso;
    if (AllDigits(a) && AllDigits(b) && AllDigits(c)) {
      if (a.size() == 4) {
        iso = Iso(std::stoi(a), std::stoi(b), std::stoi(c));
      } else if (a.size() <= 2 && b.size() <= 2 && (c.size() == 4 || c.size() == 2)) {
        iso = Iso(std::stoi(c), std::stoi(b), std::stoi(a));
      }
    } else if (AllDigits(a) && a.size() <= 2 && MonthFromWord(b) && AllDigits(c) && c.size() == 4) {
      iso = Iso(std::stoi(c), MonthFromWord(b), std::stoi(a));
    } else if (AllDigits(a) && a.size() <= 2 &&
               (b == "st" || b == "nd" || b == "rd" || b == "th") && i + 3 < t.size() &&
               MonthFromWord(c) && AllDigits(t[i + 3]) && t[i + 3].size() == 4) {
      iso = Iso(std::stoi(t[i + 3]), MonthFromWord(c), std::stoi(a));
    } else if (MonthFromWord(a) && AllDigits(b) && b.size() <= 2 && AllDigits(c) && c.size() == 4) {
      iso = Iso(std::stoi(c), MonthFromWord(a), std::stoi(b));
    }
    if (!iso.empty()) return iso;
  }
  return std::nullopt;
}

namespace {

enum class Field { kName, kPreferred, kDob, kNone };

struct FieldLabel {
  std::string_view label;  // lower case, without the trailing colon
  Field field;
};

// Form field labels as councils write them (rules as data).
constexpr std::array<FieldLabel, 20> kFieldLabels{{
    {"child's name", Field::kName},
    {"childs name", Field::kName},
    {"child’s name", Field::kName},
    {"name of child", Field::kName},
    {"name of child/young person", Field::kName},
    {"name of child or young person", Field::kName},
    {"child/young person's name", Field::kName},
    {"young person's name", Field::kName},
    {"pupil name", Field::kName},
    {"pupil's name", Field::kName},
    {"full name", Field::kName},
    {"name", Field::kName},
    {"preferred name", Field::kPreferred},
    {"known as", Field::kPreferred},
    {"date of birth", Field::kDob},
    {"dob", Field::kDob},
    {"d.o.b", Field::kDob},
    {"d.o.b.", Field::kDob},
    {"birth date", Field::kDob},
    {"date of birth (dob)", Field::kDob},
}};

Field FieldFor(std::string_view label) {
  std::string l = ToLowerAscii(Trim(label));
  while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
  for (const auto& f : kFieldLabels) {
    if (l == f.label) return f.field;
  }
  // "Child or young person's full name", "Full name of the pupil": a name label that says whose.
  bool whose = l.find("child") != std::string::npos || l.find("young person") != std::string::npos ||
               l.find("pupil") != std::string::npos || l.find("learner") != std::string::npos;
  bool other = l.find("parent") != std::string::npos || l.find("carer") != std::string::npos ||
               l.find("school") != std::string::npos || l.find("worker") != std::string::npos ||
               l.find("professional") != std::string::npos;
  if (whose && !other && l.find("name") != std::string::npos && l.size() < 60) {
    return l.find("preferred") != std::string::npos || l.find("known as") != std::string::npos
               ? Field::kPreferred
               : Field::kName;
  }
  return Field::kNone;
}

// A label that names whose name it is (the child's), against a bare "Name" that may be the
// author's in a signature block.
bool SaysWhose(std::string_view label) {
  std::string l = ToLowerAscii(label);
  return l.find("child") != std::string::npos || l.find("young person") != std::string::npos ||
         l.find("pupil") != std::string::npos || l.find("full name") != std::string::npos;
}

// "Dr Ruth Abara", "Mrs Jones": a title means an adult, never the child.
bool StartsWithTitle(std::string_view v) {
  for (std::string_view t : {"Dr ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Miss ", "Prof ", "Professor ",
                             "Rev ", "Sir ", "Dame "}) {
    if (v.rfind(t, 0) == 0) return true;
  }
  return false;
}

// A plausible personal name: 1–5 words, each starting with an upper-case letter.
bool LooksLikeName(std::string_view v) {
  std::vector<std::string> words = Split(CollapseSpaces(v), ' ');
  if (words.empty() || words.size() > 5) return false;
  for (const auto& w : words) {
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
    for (char c : w) {
      if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'' ||
            static_cast<unsigned char>(c) >= 0x80))
        return false;
    }
  }
  return true;
}

struct Votes {
  std::map<std::string, int> count;
  std::map<std::string, std::string> source;
  void Add(const std::string& value, const std::string& src) {
    if (value.empty()) return;
    if (count[value]++ == 0) source[value] = src;
  }
  // Most votes; ties broken by first seen order via source map key order (deterministic).
  std::pair<std::string, std::string> Best() const {
    std::string best;
    int n = 0;
    for (const auto& [v, c] : count) {
      if (c > n) {
        best = v;
        n = c;
      }
    }
    return {best, best.empty() ? "" : source.at(best)};
  }
};

void Record(Field f, std::string_view value, const std::string& where, Votes& names,
            Votes& preferred, Votes& dobs, int weight = 1) {
  std::string v = CollapseSpaces(value);
  // Values sometimes carry the next field on the same line: "Amelia Hartley  DOB: 14/03/2016".
  if (f == Field::kName || f == Field::kPreferred) {
    for (std::string_view stop : {" DOB", " Date of birth", " D.O.B", " Year", " School", " NHS"}) {
      auto pos = v.find(stop);
      if (pos != std::string::npos) v = v.substr(0, pos);
    }
    v = std::string(Trim(v));
    if (!LooksLikeName(v) || StartsWithTitle(v)) return;
    for (int i = 0; i < weight; ++i) (f == Field::kName ? names : preferred).Add(v, where);
  } else if (f == Field::kDob) {
    if (auto iso = ParseDate(v)) dobs.Add(*iso, where);
  }
}

}  // namespace

ChildInfo InferChild(const std::vector<Document>& documents, const ChildInfo& given) {
  ChildInfo out = given;
  Votes names, preferred, dobs;
  for (const Document& doc : documents) {
    const std::string where = "in " + doc.info.file;
    for (const Block& b : doc.blocks) {
      if (b.kind == BlockKind::kTableCell && !b.label.empty()) {
        Field f = FieldFor(b.label);
        if (f != Field::kNone) {
          Record(f, b.text, where, names, preferred, dobs, SaysWhose(b.label) ? 3 : 1);
        }
      }
      // "Label: value" within one block; several fields may share a line.
      std::string_view text = b.text;
      size_t colon = text.find(':');
      while (colon != std::string_view::npos && colon < 60) {
        std::string_view label = text.substr(0, colon);
        auto lastfield = label.find_last_of(".;|\t");
        if (lastfield != std::string_view::npos) label = label.substr(lastfield + 1);
        Field f = FieldFor(label);
        std::string_view rest = text.substr(colon + 1);
        size_t next = rest.find(':');
        if (f != Field::kNone) {
          Record(f, rest, where, names, preferred, dobs, SaysWhose(label) ? 3 : 1);
        }
        if (next == std::string_view::npos) break;
        // Move to the next "Label:" on the same line (labels are the words before the colon).
        size_t cut = rest.substr(0, next).find_last_of(' ');
        if (cut == std::string_view::npos) break;
        text = rest.substr(cut + 1);
        colon = text.find(':');
      }
    }
  }
  if (out.name.empty()) {
    auto [name, src] = names.Best();
    if (!name.empty()) {
      out.name = name;
      out.inferred = true;
      out.name_source = "name field " + src;
    }
  } else if (out.name_source.empty()) {
    out.name_source = "case.json";
  }
  if (out.preferred_name.empty()) out.preferred_name = preferred.Best().first;
  if (out.date_of_birth.empty()) out.date_of_birth = dobs.Best().first;
  if (out.name.empty()) {
    // Most frequent capitalised subject of "X has/is/will/finds/can".
    std::map<std::string, int> subjects;
    for (const Document& doc : documents) {
      for (const Block& b : doc.blocks) {
        std::vector<std::string> w = Split(b.text, ' ');
        for (size_t i = 0; i + 1 < w.size(); ++i) {
          const std::string& verb = w[i + 1];
          if ((verb == "has" || verb == "is" || verb == "will" || verb == "finds" ||
               verb == "can" || verb == "enjoys") &&
              LooksLikeName(w[i]) && w[i].size() > 2 && w[i] != "The" && w[i] != "This" &&
              w[i] != "He" && w[i] != "She" && w[i] != "It" && w[i] != "There") {
            ++subjects[w[i]];
          }
        }
      }
    }
    std::string best;
    int n = 0;
    for (const auto& [s, c] : subjects) {
      if (c > n) {
        best = s;
        n = c;
      }
    }
    if (n >= 3) {
      out.name = best;
      out.inferred = true;
      out.name_source = "most frequent subject (" + std::to_string(n) + " sentences)";
    }
  }
  return out;
}

}  // namespace ehcp
