// Measures the statement classifier and the statement-alone checks on the labelled development
// corpus in tests/data/classify/corpus.tsv (labelling rules: README.md there). Each row is run
// exactly as `ehcp classify --context "<heading>"` runs a line: the default classifier on the
// text and heading, then StatementFlags on the result. For each split ("tune": look at it while
// changing the classifier; "measure": held out) the test prints section and area accuracy, the
// coarse accuracy of the issue-4 quality bar (views A / needs B-D / outcomes E / provision F-H),
// per-section precision, recall and F1 with macro-F1, per-flag precision and recall, and the
// first errors of the tune split. It fails when the measure split falls below the floors in
// kFloor (the figures the classifier reached when the corpus was written, minus about 0.02).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "mappers/checks/check.h"
#include "mappers/classify/classifier.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

struct Row {
  int line = 0;
  std::string split, section, area, context, text;
  std::set<std::string> flags;
};

std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

std::vector<Row> ReadCorpus(const std::string& file = "corpus.tsv") {
  const std::string path = std::string(EHCP_SOURCE_DIR) + "/tests/data/classify/" + file;
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitOn(line, '\t');
    EXPECT_EQ(f.size(), 6u) << path << " line " << n << " does not have 6 columns";
    if (f.size() != 6) continue;
    Row r{n, f[0], f[1], f[2], f[4], f[5], {}};
    if (f[3] != "-")
      for (const std::string& id : SplitOn(f[3], ',')) r.flags.insert(id);
    rows.push_back(std::move(r));
  }
  return rows;
}

struct Prediction {
  std::string section, area;
  std::set<std::string> flags;
};

// What `ehcp classify --context <row.context>` prints for the row's text.
Prediction ClassifyLikeCli(const Classifier& classifier, const Row& r) {
  std::string text = FixUtf8(r.text);
  Classification c = classifier.Classify({.text = text, .context = r.context});
  Statement s;
  s.id = "S";
  s.text = text;
  s.context = r.context;
  s.section = c.section;
  s.area = c.area;
  Prediction p{std::string(Id(c.section)), std::string(Id(c.area)), {}};
  for (const Flag& f : StatementFlags(s)) p.flags.insert(std::string(Id(f.rule)));
  return p;
}

// Views, needs, outcomes, provision, other (the issue-4 "telling apart" grouping).
std::string Coarse(const std::string& section) {
  if (section == "A") return "views";
  if (section == "B" || section == "C" || section == "D") return "needs";
  if (section == "E") return "outcomes";
  if (section == "F" || section == "G" || section == "H1" || section == "H2") return "provision";
  return "other";
}

struct Prf {
  int tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp == 0 ? 0 : double(tp) / (tp + fp); }
  double R() const { return tp + fn == 0 ? 0 : double(tp) / (tp + fn); }
  double F1() const { return P() + R() == 0 ? 0 : 2 * P() * R() / (P() + R()); }
};

std::string Fmt(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.3f", v);
  return b;
}

std::string Join(const std::set<std::string>& s) {
  if (s.empty()) return "-";
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : ",") + x;
  return out;
}

// The statement-alone checks on the labelled section and area: how well the checks themselves
// find vague or unquantified provision and judge outcomes, apart from classification errors.
std::set<std::string> FlagsGivenLabels(const Row& r) {
  Statement s;
  s.id = "S";
  s.text = FixUtf8(r.text);
  s.context = r.context;
  s.section = ParseSection(r.section).value_or(Section::kNotPlan);
  s.area = ParseArea(r.area).value_or(Area::kNone);
  std::set<std::string> out;
  for (const Flag& f : StatementFlags(s)) out.insert(std::string(Id(f.rule)));
  return out;
}

// Precision and recall of `id` over `rows` when the checks are given the labelled section.
Prf ChecksGivenLabels(const std::vector<Row>& rows, std::string_view id) {
  Prf prf;
  for (const Row& r : rows) {
    bool want = r.flags.count(std::string(id)) > 0;
    bool got = FlagsGivenLabels(r).count(std::string(id)) > 0;
    prf.tp += want && got;
    prf.fp += !want && got;
    prf.fn += want && !got;
  }
  return prf;
}

struct SplitResult {
  int n = 0;
  double section_acc = 0, area_acc = 0, coarse_acc = 0, macro_f1 = 0;
  double flag_p = 0, flag_r = 0;  // micro-averaged over every flag id
};

std::string ErrorLine(const Row& r, const Prediction& p) {
  return "  line " + std::to_string(r.line) + ": want " + r.section + "/" + r.area + "/" +
         Join(r.flags) + "  got " + p.section + "/" + p.area + "/" + Join(p.flags) + "  [" +
         r.context + "] " + r.text + "\n";
}

// show_errors: how many section errors (and as many area/flag-only errors) to list; -1 for all.
SplitResult Evaluate(const std::vector<Row>& rows, const std::vector<Prediction>& preds,
                     const std::string& split, int show_errors) {
  SplitResult res;
  int sec_ok = 0, area_ok = 0, coarse_ok = 0;
  std::map<std::string, Prf> per_section, per_flag;
  std::map<std::pair<std::string, std::string>, int> confusion;  // (want, got) -> count
  Prf flags_all;
  int shown_section = 0, shown_other = 0;
  std::ostringstream section_errors, other_errors;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    if (r.split != split) continue;
    const Prediction& p = preds[i];
    ++res.n;
    sec_ok += p.section == r.section;
    area_ok += p.area == r.area;
    coarse_ok += Coarse(p.section) == Coarse(r.section);
    if (p.section == r.section) {
      ++per_section[r.section].tp;
    } else {
      ++per_section[r.section].fn;
      ++per_section[p.section].fp;
      ++confusion[{r.section, p.section}];
    }
    for (const std::string& f : r.flags) {
      bool hit = p.flags.count(f) > 0;
      ++(hit ? per_flag[f].tp : per_flag[f].fn);
      ++(hit ? flags_all.tp : flags_all.fn);
    }
    for (const std::string& f : p.flags) {
      if (r.flags.count(f)) continue;
      ++per_flag[f].fp;
      ++flags_all.fp;
    }
    if (p.section != r.section) {
      if (show_errors < 0 || shown_section < show_errors) {
        ++shown_section;
        section_errors << ErrorLine(r, p);
      }
    } else if (p.area != r.area || p.flags != r.flags) {
      if (show_errors < 0 || shown_other < show_errors) {
        ++shown_other;
        other_errors << ErrorLine(r, p);
      }
    }
  }
  res.section_acc = double(sec_ok) / std::max(1, res.n);
  res.area_acc = double(area_ok) / std::max(1, res.n);
  res.coarse_acc = double(coarse_ok) / std::max(1, res.n);
  res.flag_p = flags_all.P();
  res.flag_r = flags_all.R();

  std::cout << "\n== " << split << " split: " << res.n << " statements ==\n"
            << "section accuracy " << Fmt(res.section_acc) << ", area accuracy "
            << Fmt(res.area_acc) << ", views/needs/outcomes/provision accuracy "
            << Fmt(res.coarse_acc) << "\n"
            << "section     n   precision  recall     F1\n";
  double f1_sum = 0;
  int f1_n = 0;
  for (Section s : AllSections()) {
    std::string id(Id(s));
    const Prf& c = per_section[id];
    int support = c.tp + c.fn;
    if (support == 0 && c.fp == 0) continue;
    char line[96];
    std::snprintf(line, sizeof line, "%-8s %4d   %s      %s      %s\n", id.c_str(), support,
                  Fmt(c.P()).c_str(), Fmt(c.R()).c_str(), Fmt(c.F1()).c_str());
    std::cout << line;
    if (support > 0) {
      f1_sum += c.F1();
      ++f1_n;
    }
  }
  res.macro_f1 = f1_n ? f1_sum / f1_n : 0;
  std::cout << "macro-F1 over sections present " << Fmt(res.macro_f1) << "\n"
            << "flag                      want  tp   fp   fn   precision  recall\n";
  for (const auto& [id, c] : per_flag) {
    char line[128];
    std::snprintf(line, sizeof line, "%-24s %5d %4d %4d %4d   %s      %s\n", id.c_str(),
                  c.tp + c.fn, c.tp, c.fp, c.fn, Fmt(c.P()).c_str(), Fmt(c.R()).c_str());
    std::cout << line;
  }
  std::cout << "all flags: precision " << Fmt(res.flag_p) << " recall " << Fmt(res.flag_r) << "\n";
  std::vector<std::pair<int, std::string>> pairs;
  for (const auto& [k, v] : confusion) pairs.emplace_back(-v, k.first + " -> " + k.second);
  std::sort(pairs.begin(), pairs.end());
  if (!pairs.empty()) {
    std::cout << "section confusions (want -> got: count):";
    for (const auto& [neg, what] : pairs) std::cout << "  " << what << ": " << -neg;
    std::cout << "\n";
  }
  if (shown_section > 0)
    std::cout << "section errors (want section/area/flags, got ...):\n" << section_errors.str();
  if (shown_other > 0) std::cout << "right section, wrong area or flags:\n" << other_errors.str();
  return res;
}

// Floors for the measure split (374 statements). History of the measured figures (section
// accuracy, area accuracy, views/needs/outcomes/provision, macro-F1, flag precision, recall):
//   ac4d885 (first rule classifier):        0.832 0.594 0.882 0.738 0.705 0.835
//   heading paths, K entries, wider areas:  0.896 0.709 0.920 0.901 0.742 0.848
//   review fixes; checks' who/when/equipment: 0.898 0.709 0.928 0.904 0.887 0.895
//   (tune split at the same commit:         0.974 0.812 0.982 0.971)
//   learned model beside the rules (issue 15): 0.936 0.829 0.957 0.936 0.899 0.933
//   (the tune split is now training data for the model: 0.997 1.000 1.000 0.996)
// Each floor is the latest measured figure rounded down by about 0.02. Raise them as the
// classifier improves; the issue-4 bar is 0.85 coarse accuracy and 0.75 macro-F1 on text written
// outside the project (this corpus was written inside it, so it is not evidence of that).
struct Floor {
  double section_acc, area_acc, coarse_acc, macro_f1, flag_p, flag_r;
};
constexpr Floor kFloor{0.91, 0.80, 0.93, 0.91, 0.87, 0.91};

TEST(ClassifyEval, CorpusSectionsAreasAndFlags) {
  std::vector<Row> rows = ReadCorpus();
  ASSERT_GE(rows.size(), 600u);
  std::map<std::string, int> per_split;
  for (const Row& r : rows) ++per_split[r.split];
  ASSERT_EQ(per_split.size(), 2u) << "splits must be tune and measure only";
  EXPECT_GT(per_split["tune"], 250);
  EXPECT_GT(per_split["measure"], 250);

  auto classifier = MakeDefaultClassifier();
  std::vector<Prediction> preds;
  preds.reserve(rows.size());
  auto t0 = std::chrono::steady_clock::now();
  for (const Row& r : rows) preds.push_back(ClassifyLikeCli(*classifier, r));
  double with_checks = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  t0 = std::chrono::steady_clock::now();
  for (const Row& r : rows) classifier->Classify({.text = r.text, .context = r.context});
  double alone = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Informational only (no timed assertion; scripts/bench.sh measures `ehcp classify`).
  std::cout << "throughput (this build, one pass): classifier + statement checks "
            << static_cast<long>(rows.size() / std::max(with_checks, 1e-9))
            << " statements/s; classifier alone "
            << static_cast<long>(rows.size() / std::max(alone, 1e-9)) << " statements/s\n";

  // EHCP_EVAL_ALL_ERRORS=1 lists every error of both splits (for studying, not tuning, the
  // measure split).
  const bool all = std::getenv("EHCP_EVAL_ALL_ERRORS") != nullptr;
  Evaluate(rows, preds, "tune", all ? -1 : 30);
  SplitResult m = Evaluate(rows, preds, "measure", all ? -1 : 0);
  EXPECT_GE(m.section_acc, kFloor.section_acc);
  EXPECT_GE(m.area_acc, kFloor.area_acc);
  EXPECT_GE(m.coarse_acc, kFloor.coarse_acc);
  EXPECT_GE(m.macro_f1, kFloor.macro_f1);
  EXPECT_GE(m.flag_p, kFloor.flag_p);
  EXPECT_GE(m.flag_r, kFloor.flag_r);
}

// The held-out set (tests/data/classify/holdout.tsv, 260 statements) was written afterwards by
// someone who had read neither the classifier nor the corpus, in the styles of different
// professionals and councils. It is never looked at while changing the classifier: only its
// figures are printed, and the test fails if they fall below the floors. First measured:
//   section accuracy 0.831, area accuracy 0.758, views/needs/outcomes/provision 0.858,
//   macro-F1 0.865, flags precision 0.792 recall 0.774
// and after the checks' work on who, how often and equipment (done without seeing this set):
//   flags precision 0.848 recall 0.797.
// and with the learned model beside the rules (issue 15; the model never reads this file):
//   section accuracy 0.900, area accuracy 0.846, views/needs/outcomes/provision 0.915,
//   macro-F1 0.905, flags precision 0.874 recall 0.835.
// The floors are the latest figures rounded down by about 0.03.
constexpr Floor kHoldoutFloor{0.86, 0.80, 0.89, 0.86, 0.84, 0.80};

TEST(ClassifyEval, HeldOutStatementsWrittenWithoutSeeingTheRules) {
  std::vector<Row> rows = ReadCorpus("holdout.tsv");
  ASSERT_GE(rows.size(), 200u);
  auto classifier = MakeDefaultClassifier();
  std::vector<Prediction> preds;
  for (const Row& r : rows) {
    ASSERT_EQ(r.split, "holdout") << "holdout.tsv line " << r.line;
    preds.push_back(ClassifyLikeCli(*classifier, r));
  }
  SplitResult h = Evaluate(rows, preds, "holdout", 0);
  std::cout << "checks given the labelled section (holdout):\n";
  for (std::string_view id :
       {"vague-wording", "unquantified-provision", "resource-caveat", "outcome-no-timescale",
        "outcome-not-measurable", "report-voice", "jargon", "placement-in-draft"}) {
    Prf prf = ChecksGivenLabels(rows, id);
    std::cout << "  " << id << ": precision " << Fmt(prf.P()) << " recall " << Fmt(prf.R()) << " ("
              << prf.tp + prf.fn << " labelled)\n";
  }
  // The issue-5 measures: provision found to be vague or unquantified (either flag), and
  // outcomes judged SMART or not (neither outcome flag).
  Prf nonspecific;
  int outcomes = 0, smart_right = 0;
  for (const Row& r : rows) {
    std::set<std::string> got = FlagsGivenLabels(r);
    auto either = [](const std::set<std::string>& f) {
      return f.count("vague-wording") > 0 || f.count("unquantified-provision") > 0;
    };
    bool want = either(r.flags), flagged = either(got);
    nonspecific.tp += want && flagged;
    nonspecific.fp += !want && flagged;
    nonspecific.fn += want && !flagged;
    if (r.section == "E") {
      auto smart = [](const std::set<std::string>& f) {
        return f.count("outcome-no-timescale") == 0 && f.count("outcome-not-measurable") == 0;
      };
      ++outcomes;
      smart_right += smart(r.flags) == smart(got);
    }
  }
  std::cout << "  provision vague or unquantified: precision " << Fmt(nonspecific.P()) << " recall "
            << Fmt(nonspecific.R()) << "\n  outcomes judged SMART or not: " << smart_right << " of "
            << outcomes << " right\n";
  // First measured: 0.897 precision, 1.000 recall; 21 of 23 outcomes (0.91). Issue 5 asks for
  // 0.9 and 0.85 on wording from outside the project.
  EXPECT_GE(nonspecific.P(), 0.86);
  EXPECT_GE(nonspecific.R(), 0.95);
  EXPECT_GE(static_cast<double>(smart_right) / std::max(outcomes, 1), 0.85);
  EXPECT_GE(h.section_acc, kHoldoutFloor.section_acc);
  EXPECT_GE(h.area_acc, kHoldoutFloor.area_acc);
  EXPECT_GE(h.coarse_acc, kHoldoutFloor.coarse_acc);
  EXPECT_GE(h.macro_f1, kHoldoutFloor.macro_f1);
  EXPECT_GE(h.flag_p, kHoldoutFloor.flag_p);
  EXPECT_GE(h.flag_r, kHoldoutFloor.flag_r);
}

// The corpus is what the figures above mean: every row must carry a valid label.
TEST(ClassifyEval, CorpusLabelsAreValid) {
  std::vector<Row> rows = ReadCorpus();
  ASSERT_FALSE(rows.empty());
  std::map<std::string, std::map<std::string, int>> by_section;
  for (const Row& r : rows) {
    SCOPED_TRACE("corpus.tsv line " + std::to_string(r.line));
    EXPECT_TRUE(r.split == "tune" || r.split == "measure");
    EXPECT_TRUE(ParseSection(r.section).has_value()) << r.section;
    EXPECT_TRUE(ParseArea(r.area).has_value()) << r.area;
    for (const std::string& f : r.flags) EXPECT_TRUE(ParseFlagId(f).has_value()) << f;
    EXPECT_FALSE(r.text.empty());
    // Statements that are not plan content, and section K, raise no statement flags.
    if (r.section == "-" || r.section == "K") {
      EXPECT_TRUE(r.flags.empty());
    }
    ++by_section[r.section][r.split];
  }
  // Every section is present in both splits.
  for (Section s : AllSections()) {
    std::string id(Id(s));
    EXPECT_GE(by_section[id]["tune"], 5) << "section " << id;
    EXPECT_GE(by_section[id]["measure"], 5) << "section " << id;
  }
}

}  // namespace
}  // namespace ehcp
