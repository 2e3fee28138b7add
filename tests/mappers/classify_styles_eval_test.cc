// Measures the classifier (rules and the learned model together) on statements in many councils'
// and professions' styles: the test split of tests/data/classify/dev.tsv (never trained on), the
// held-out sets holdout.tsv and, when present, holdout-styles.tsv (written by someone who never
// saw the rules), each classified without its heading and with it. Prints coarse accuracy (views
// / needs / outcomes / provision), section accuracy and macro-F1, area accuracy, the figures per
// style, the rules alone for comparison, and a reliability table of the confidence. Fails below
// the floors (the figures first measured, rounded down by about 0.02).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "mappers/classify/classifier.h"
#include "mappers/classify/model.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

struct Row {
  int line = 0;
  std::string split, section, area, context, text, style;
};

std::vector<std::string> Fields(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, '\t')) out.push_back(cur);
  if (!s.empty() && s.back() == '\t') out.emplace_back();
  return out;
}

bool IsStyleToken(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || c == '-' || c == '_' || (c >= '0' && c <= '9');
  });
}

// Rows of a TSV in corpus.tsv's columns, with an optional seventh `style` column (before or
// after the text: the one that is a single lower-case token).
std::vector<Row> Read(const std::string& file, bool* present = nullptr) {
  const std::string path = std::string(EHCP_SOURCE_DIR) + "/tests/data/classify/" + file;
  std::ifstream in(path);
  if (present != nullptr) *present = in.good();
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Fields(line);
    if (f.size() != 6 && f.size() != 7) {
      ADD_FAILURE() << path << " line " << n << " has " << f.size() << " columns, not 6 or 7";
      continue;
    }
    Row r{n, f[0], f[1], f[2], f[4], f[5], "-"};
    if (f.size() == 7) {
      if (IsStyleToken(f[6]) || !IsStyleToken(f[5])) {
        r.style = f[6];
      } else {
        r.style = f[5];
        r.text = f[6];
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string Coarse(const std::string& s) {
  if (s == "A") return "views";
  if (s == "B" || s == "C" || s == "D") return "needs";
  if (s == "E") return "outcomes";
  if (s == "F" || s == "G" || s == "H1" || s == "H2") return "provision";
  return "other";
}

struct Got {
  std::string section, area;
  double confidence;
  bool low;  // carries the low-confidence reason
};

struct Figures {
  int n = 0;
  double coarse = 0, section = 0, area = 0, macro_f1 = 0;
};

Figures Score(const std::vector<Row>& rows, const std::vector<Got>& got) {
  Figures f;
  std::map<std::string, std::array<int, 3>> prf;  // tp, fp, fn
  int c = 0, s = 0, a = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    ++f.n;
    c += Coarse(rows[i].section) == Coarse(got[i].section);
    s += rows[i].section == got[i].section;
    a += rows[i].area == got[i].area;
    if (rows[i].section == got[i].section) {
      ++prf[rows[i].section][0];
    } else {
      ++prf[got[i].section][1];
      ++prf[rows[i].section][2];
    }
  }
  double sum = 0;
  int k = 0;
  for (const auto& [sec, v] : prf) {
    if (v[0] + v[2] == 0) continue;  // only sections present in the labels
    double p = v[0] + v[1] ? double(v[0]) / (v[0] + v[1]) : 0;
    double r = double(v[0]) / (v[0] + v[2]);
    sum += p + r > 0 ? 2 * p * r / (p + r) : 0;
    ++k;
  }
  int n = std::max(1, f.n);
  f.coarse = double(c) / n;
  f.section = double(s) / n;
  f.area = double(a) / n;
  f.macro_f1 = k ? sum / k : 0;
  return f;
}

std::string Fmt(double v) {
  char b[16];
  std::snprintf(b, sizeof b, "%.3f", v);
  return b;
}

std::vector<Got> ClassifyAll(const std::vector<Row>& rows, bool heading, bool rules_only) {
  auto classifier = MakeDefaultClassifier();
  std::vector<Got> out;
  for (const Row& r : rows) {
    std::string text = FixUtf8(r.text);
    ClassifyInput in{.text = text, .context = heading ? std::string_view(r.context) : ""};
    Classification c = rules_only ? ClassifyByRulesOnly(in) : classifier->Classify(in);
    bool low = std::find(c.reasons.begin(), c.reasons.end(), "low confidence: check the section") !=
               c.reasons.end();
    out.push_back({std::string(Id(c.section)), std::string(Id(c.area)), c.confidence, low});
  }
  return out;
}

void PrintLine(const std::string& what, const Figures& f) {
  char b[160];
  std::snprintf(b, sizeof b, "%-34s %5d   %s   %s   %s   %s\n", what.c_str(), f.n,
                Fmt(f.coarse).c_str(), Fmt(f.section).c_str(), Fmt(f.macro_f1).c_str(),
                Fmt(f.area).c_str());
  std::cout << b;
}

// Figures for one set: without headings, with headings, rules alone, and per style.
Figures Report(const std::string& name, const std::vector<Row>& rows, Figures* with_heading) {
  std::cout << "\n== " << name << " ==\n"
            << "                                       n   coarse  section  macroF1  area\n";
  std::vector<Got> plain = ClassifyAll(rows, false, false);
  Figures f = Score(rows, plain);
  PrintLine("model+rules, no heading", f);
  Figures h = Score(rows, ClassifyAll(rows, true, false));
  PrintLine("model+rules, heading given", h);
  PrintLine("rules alone, no heading", Score(rows, ClassifyAll(rows, false, true)));
  PrintLine("rules alone, heading given", Score(rows, ClassifyAll(rows, true, true)));
  std::map<std::string, std::vector<size_t>> by_style;
  for (size_t i = 0; i < rows.size(); ++i) by_style[rows[i].style].push_back(i);
  if (by_style.size() > 1) {
    std::cout << "per style, no heading:\n";
    for (const auto& [style, idx] : by_style) {
      std::vector<Row> rs;
      std::vector<Got> gs;
      for (size_t i : idx) rs.push_back(rows[i]), gs.push_back(plain[i]);
      PrintLine("  " + style, Score(rs, gs));
    }
  }
  if (std::getenv("EHCP_EVAL_ALL_ERRORS") != nullptr && name.find("dev") != std::string::npos) {
    for (size_t i = 0; i < rows.size(); ++i) {
      if (rows[i].section == plain[i].section && rows[i].area == plain[i].area) continue;
      std::cout << "  want " << rows[i].section << "/" << rows[i].area << " got "
                << plain[i].section << "/" << plain[i].area << " [" << rows[i].style << "] "
                << rows[i].text << "\n";
    }
  }
  if (with_heading != nullptr) *with_heading = h;
  return f;
}

// Of statements given a confidence in each band, how many were right.
void Reliability(const std::vector<Row>& rows, const std::vector<Got>& got) {
  const double edges[] = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001};
  std::cout << "reliability (no heading): confidence band, n, mean confidence, share right\n";
  for (size_t b = 0; b + 1 < std::size(edges); ++b) {
    int n = 0, right = 0;
    double sum = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
      if (got[i].confidence < edges[b] || got[i].confidence >= edges[b + 1]) continue;
      ++n;
      sum += got[i].confidence;
      right += rows[i].section == got[i].section;
    }
    char line[128];
    std::snprintf(line, sizeof line, "  [%.2f, %.2f)  %5d   %s   %s\n", edges[b],
                  std::min(1.0, edges[b + 1]), n, n ? Fmt(sum / n).c_str() : "  -  ",
                  n ? Fmt(double(right) / n).c_str() : "  -  ");
    std::cout << line;
  }
}

// Floors: coarse, section accuracy, macro-F1, area accuracy, without headings. Measured (rules
// alone in brackets), with headings after the bar:
//   dev.tsv test split (540): 0.906 0.869 0.836 0.691  (0.58 0.50 0.52 0.61) | 0.933 0.915 0.882
//   0.731 holdout.tsv (260):        0.858 0.812 0.807 0.827  (0.70 0.61 0.60 0.71) | 0.915 0.900
//   0.905 0.846
constexpr double kDevFloor[4] = {0.88, 0.85, 0.81, 0.67};
constexpr double kHoldoutFloor[4] = {0.83, 0.79, 0.78, 0.80};

TEST(ClassifyStyles, DevCorpusTestSplitNeverTrainedOn) {
  std::vector<Row> all = Read("dev.tsv");
  ASSERT_GE(all.size(), 2000u);
  std::vector<Row> rows;
  for (const Row& r : all) {
    EXPECT_TRUE(r.split == "train" || r.split == "test") << "dev.tsv line " << r.line;
    EXPECT_NE(r.style, "-") << "dev.tsv line " << r.line;
    if (r.split == "test") rows.push_back(r);
  }
  ASSERT_GE(rows.size(), 300u);
  Figures h;
  Figures f = Report("dev.tsv test split", rows, &h);
  Reliability(rows, ClassifyAll(rows, false, false));
  EXPECT_GE(f.coarse, kDevFloor[0]);
  EXPECT_GE(f.section, kDevFloor[1]);
  EXPECT_GE(f.macro_f1, kDevFloor[2]);
  EXPECT_GE(f.area, kDevFloor[3]);
  EXPECT_GE(h.coarse, f.coarse - 0.01);
}

TEST(ClassifyStyles, HeldOutWithoutHeadings) {
  std::vector<Row> rows = Read("holdout.tsv");
  ASSERT_GE(rows.size(), 200u);
  Figures h;
  Figures f = Report("holdout.tsv", rows, &h);
  Reliability(rows, ClassifyAll(rows, false, false));
  EXPECT_GE(f.coarse, kHoldoutFloor[0]);
  EXPECT_GE(f.section, kHoldoutFloor[1]);
  EXPECT_GE(f.macro_f1, kHoldoutFloor[2]);
  EXPECT_GE(f.area, kHoldoutFloor[3]);
}

// Written by a separate helper who never saw the rules; measured only, never tuned on. Until it
// exists the test says so and passes.
TEST(ClassifyStyles, HeldOutStylesWhenPresent) {
  bool present = false;
  std::vector<Row> rows = Read("holdout-styles.tsv", &present);
  if (!present) GTEST_SKIP() << "tests/data/classify/holdout-styles.tsv is not there yet";
  ASSERT_GE(rows.size(), 100u);
  Report("holdout-styles.tsv", rows, nullptr);
  Reliability(rows, ClassifyAll(rows, false, false));
}

// The reasons name what decided: the model's strongest words, and a low-confidence mark exactly
// when the confidence is low.
TEST(ClassifyStyles, ReasonsNameTheModelsStrongestFeatures) {
  auto classifier = MakeDefaultClassifier();
  Classification c = classifier->Classify(
      {.text = "Pupil recognises when they need a break and asks for one", .context = ""});
  EXPECT_EQ(c.section, Section::kE);
  ASSERT_FALSE(c.reasons.empty());
  bool model_reason = false;
  for (const std::string& r : c.reasons) {
    model_reason =
        model_reason || (r.rfind("model: ", 0) == 0 && r.find("\u2192 E") != std::string::npos);
  }
  EXPECT_TRUE(model_reason) << c.reasons.front();
  // A heading that names a section is the rules' last word, whatever the wording.
  Classification h =
      classifier->Classify({.text = "Pupil recognises when they need a break and asks for one",
                            .context = "Section F: Provision"});
  EXPECT_EQ(h.section, Section::kF);
  for (const std::string& r : h.reasons) EXPECT_EQ(r.find("model:"), std::string::npos) << r;
  // Across the dev test split, the mark appears exactly on the model's low-confidence calls.
  std::vector<Row> rows = Read("dev.tsv");
  int low = 0;
  for (const Row& r : rows) {
    if (r.split != "test") continue;
    Classification k = classifier->Classify({.text = r.text, .context = ""});
    bool by_model = std::any_of(k.reasons.begin(), k.reasons.end(),
                                [](const std::string& x) { return x.rfind("model:", 0) == 0; });
    bool marked = std::find(k.reasons.begin(), k.reasons.end(),
                            "low confidence: check the section") != k.reasons.end();
    for (const std::string& x : k.reasons) {
      if (x.rfind("model:", 0) == 0) {
        EXPECT_NE(x.find("\u2192 " + std::string(Id(k.section))), std::string::npos) << x;
      }
    }
    EXPECT_EQ(marked, by_model && k.confidence < 0.5) << r.text;
    low += marked;
  }
  EXPECT_GT(low, 0);
}

}  // namespace
}  // namespace ehcp
