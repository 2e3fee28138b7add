// Trains the classifier's model (mappers/classify/model.h) and writes it as C++ source.
//
//   train_classifier <source dir> <output .cc>
//
// Reads tests/data/classify/dev.tsv (rows of split "train") and corpus.tsv (split "tune"); the
// dev "test" split, corpus "measure" split and the held-out files are never read. Each statement
// is learned twice, with its heading and without, so that the model works either way. Two
// L2-regularised logistic regressions (LIBLINEAR, one against the rest, a deterministic solver)
// give the section and the area; Platt scaling, fitted on 5-fold out-of-fold predictions for
// the statements the model decides, calibrates the confidence. The same corpus gives the same
// file, byte for byte.
#include <linear.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "mappers/classify/classifier.h"
#include "mappers/classify/features.h"
#include "mappers/classify/model.h"
#include "pipeline/model/ids.h"

namespace ehcp::model {
// The trainer classifies with the rules alone.
const Weights& Embedded() {
  static const Weights empty;
  return empty;
}
}  // namespace ehcp::model

namespace {

using ehcp::Area;
using ehcp::Section;

struct Example {
  int row = 0;  // statement number (both variants of one statement share it)
  int section = 0, area = 0;
  bool certain = false;  // the rules are certain, so the model is not asked
  bool rules_right = false;
  std::vector<std::pair<uint32_t, double>> x;  // hashed index, value
};

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, '\t')) out.push_back(cur);
  if (!s.empty() && s.back() == '\t') out.emplace_back();
  return out;
}

size_t SectionIndex(Section s) { return static_cast<size_t>(s); }

bool Read(const std::string& path, const std::string& split, std::vector<Example>& out, int& row) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "train_classifier: cannot open " << path << "\n";
    return false;
  }
  std::string line;
  int n = 0;
  ehcp::features::Tokens tokens;
  std::vector<ehcp::features::Feature> fs;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line);
    if (f.size() < 6 || f[0] != split) continue;
    auto section = ehcp::ParseSection(f[1]);
    auto area = ehcp::ParseArea(f[2]);
    if (!section || !area) {
      std::cerr << "train_classifier: " << path << " line " << n << ": bad section or area\n";
      return false;
    }
    ++row;
    for (int with_heading = 1; with_heading >= 0; --with_heading) {
      if (with_heading == 1 && f[4].empty()) continue;
      std::string context = with_heading ? f[4] : "";
      ehcp::ClassifyInput input{.text = f[5], .context = context};
      ehcp::features::RuleEvidence ev = ehcp::RuleEvidenceFor(input);
      ehcp::features::Extract(f[5], context, ev, tokens, fs);
      Example e;
      e.row = row;
      e.section = static_cast<int>(SectionIndex(*section));
      e.area = static_cast<int>(*area);
      e.certain = ev.furniture || ev.advice_entry || ev.heading_names_section;
      e.rules_right = ehcp::ClassifyByRulesOnly(input).section == *section;
      for (const auto& ft : fs) e.x.emplace_back(ft.index, ft.value);
      out.push_back(std::move(e));
    }
  }
  return true;
}

// A LIBLINEAR problem over `rows`, with hashed indices mapped to 1 … dims.
struct Problem {
  std::vector<double> y;
  std::vector<std::vector<feature_node>> nodes;
  std::vector<feature_node*> x;
  problem prob{};
};

void Build(const std::vector<const Example*>& rows, const std::map<uint32_t, int>& dense, bool area,
           Problem& p) {
  p.y.clear();
  p.nodes.clear();
  for (const Example* e : rows) {
    p.y.push_back(area ? e->area : e->section);
    std::vector<feature_node> n;
    for (const auto& [h, v] : e->x) {
      auto it = dense.find(h);
      if (it != dense.end()) n.push_back({it->second, v});
    }
    std::sort(n.begin(), n.end(),
              [](const feature_node& a, const feature_node& b) { return a.index < b.index; });
    n.push_back({static_cast<int>(dense.size()) + 1, 1.0});  // bias
    n.push_back({-1, 0});
    p.nodes.push_back(std::move(n));
  }
  p.x.clear();
  for (auto& n : p.nodes) p.x.push_back(n.data());
  p.prob.l = static_cast<int>(rows.size());
  p.prob.n = static_cast<int>(dense.size()) + 1;
  p.prob.y = p.y.data();
  p.prob.x = p.x.data();
  p.prob.bias = -1;  // the bias is the last feature, added above
}

model* Train(const Problem& p, double c) {
  parameter param{};
  param.solver_type = L2R_LR;
  param.eps = 0.01;
  param.C = c;
  // Classes weighted by the square root of their rarity, so that the many outcome-bank rows of
  // dev.tsv do not make "outcome" the answer to everything.
  std::map<int, int> count;
  for (double y : p.y) ++count[static_cast<int>(y)];
  std::vector<int> labels;
  std::vector<double> weights;
  const double mean = double(p.y.size()) / std::max<size_t>(1, count.size());
  for (const auto& [label, n] : count) {
    labels.push_back(label);
    weights.push_back(std::clamp(std::sqrt(mean / n), 0.5, 3.0));
  }
  param.nr_weight = static_cast<int>(labels.size());
  param.weight_label = labels.data();
  param.weight = weights.data();
  if (const char* err = check_parameter(&p.prob, &param)) {
    std::cerr << "train_classifier: " << err << "\n";
    return nullptr;
  }
  return train(&p.prob, &param);
}

std::map<uint32_t, int> Dense(const std::vector<const Example*>& rows) {
  std::map<uint32_t, int> dense;
  for (const Example* e : rows)
    for (const auto& [h, v] : e->x) dense.emplace(h, 0);
  int i = 0;
  for (auto& [h, idx] : dense) idx = ++i;
  return dense;
}

constexpr double kC = 2.0;  // LIBLINEAR C (out-of-fold accuracy is flat from 0.5 to 8)

void NoPrint(const char*) {}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: train_classifier <source dir> <output .cc>\n";
    return 2;
  }
  set_print_string_function(NoPrint);
  const std::string dir = std::string(argv[1]) + "/tests/data/classify/";
  std::vector<Example> all;
  int row = 0;
  if (!Read(dir + "dev.tsv", "train", all, row) || !Read(dir + "corpus.tsv", "tune", all, row)) {
    return 1;
  }
  std::vector<const Example*> rows;
  for (const Example& e : all) rows.push_back(&e);

  // Out-of-fold section probabilities for calibration, five folds by runs of 8 statements (a
  // hand-written statement's variants sit together in dev.tsv, so they fall in one fold).
  std::vector<std::pair<double, int>> scored;  // (top probability, right)
  int oof_area_right = 0, oof_n = 0;
  for (int fold = 0; fold < 5; ++fold) {
    std::vector<const Example*> tr, te;
    for (const Example* e : rows) (e->row / 8 % 5 == fold ? te : tr).push_back(e);
    std::map<uint32_t, int> dense = Dense(tr);
    Problem p;
    Build(tr, dense, false, p);
    model* m = Train(p, kC);
    if (m == nullptr) return 1;
    Problem q;
    Build(te, dense, false, q);
    std::vector<double> prob(static_cast<size_t>(get_nr_class(m)));
    for (size_t i = 0; i < te.size(); ++i) {
      if (te[i]->certain) continue;
      double label = predict_probability(m, q.x[i], prob.data());
      double top = *std::max_element(prob.begin(), prob.end());
      scored.emplace_back(top, static_cast<int>(label) == te[i]->section);
    }
    free_and_destroy_model(&m);
    // The area model, out of fold, for the report below.
    Problem pa, qa;
    Build(tr, dense, true, pa);
    Build(te, dense, true, qa);
    model* ma = Train(pa, kC);
    if (ma == nullptr) return 1;
    for (size_t i = 0; i < te.size(); ++i) {
      if (te[i]->certain) continue;
      ++oof_n;
      oof_area_right += static_cast<int>(predict(ma, qa.x[i])) == te[i]->area;
    }
    free_and_destroy_model(&ma);
  }
  int oof_right = 0;
  for (const auto& sc : scored) oof_right += sc.second;
  std::cerr << "train_classifier: out of fold (C=" << kC << "): section "
            << double(oof_right) / std::max<size_t>(1, scored.size()) << ", area "
            << double(oof_area_right) / std::max(1, oof_n) << "\n";
  // Platt scaling on logit(p): Newton's method on the two parameters.
  double a = 1, b = 0;
  for (int it = 0; it < 50; ++it) {
    double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (const auto& [p, y] : scored) {
      double pc = std::clamp(p, 1e-6, 1 - 1e-6);
      double z = std::log(pc / (1 - pc));
      double q = 1 / (1 + std::exp(-(a * z + b)));
      double r = q - y, w = q * (1 - q) + 1e-9;
      ga += r * z, gb += r;
      haa += w * z * z, hab += w * z, hbb += w;
    }
    haa += 1e-6, hbb += 1e-6;
    double det = haa * hbb - hab * hab;
    double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
    a -= da, b -= db;
    if (std::abs(da) + std::abs(db) < 1e-10) break;
  }
  int certain = 0, certain_right = 0;
  for (const Example* e : rows) {
    if (!e->certain) continue;
    ++certain;
    certain_right += e->rules_right;
  }

  // The final models, on every training statement.
  std::map<uint32_t, int> dense = Dense(rows);
  std::vector<uint32_t> hash_of(dense.size() + 2, 0);
  for (const auto& [h, i] : dense) hash_of[static_cast<size_t>(i)] = h;
  std::vector<std::map<int, float>> weights(dense.size() + 2);  // dense index -> class -> w
  std::array<float, ehcp::model::kClasses> bias{};
  for (int area = 0; area <= 1; ++area) {
    Problem p;
    Build(rows, dense, area == 1, p);
    model* m = Train(p, kC);
    if (m == nullptr) return 1;
    int k = get_nr_class(m);
    std::vector<int> labels(static_cast<size_t>(k));
    get_labels(m, labels.data());
    int offset = area ? static_cast<int>(ehcp::model::kSections) : 0;
    for (int c = 0; c < k; ++c) {
      int cls = offset + labels[static_cast<size_t>(c)];
      for (int j = 1; j <= static_cast<int>(dense.size()); ++j) {
        double w = get_decfun_coef(m, j, c);
        if (std::abs(w) >= 0.04) weights[static_cast<size_t>(j)][cls] = static_cast<float>(w);
      }
      bias[static_cast<size_t>(cls)] =
          static_cast<float>(get_decfun_coef(m, static_cast<int>(dense.size()) + 1, c));
    }
    // A class with no training statement never wins.
    for (size_t c = 0; c < (area ? ehcp::model::kAreas : ehcp::model::kSections); ++c) {
      if (std::find(labels.begin(), labels.end(), static_cast<int>(c)) == labels.end()) {
        bias[offset + c] = -30;
      }
    }
    free_and_destroy_model(&m);
  }

  std::ostringstream idx, off, cls, wt;
  size_t count = 0, entries = 0;
  off << "0";
  char buf[48];
  for (size_t j = 1; j <= dense.size(); ++j) {
    if (weights[j].empty()) continue;
    idx << hash_of[j] << (++count % 12 ? "," : ",\n");
    for (const auto& [c, w] : weights[j]) {
      cls << c << ((entries + 1) % 30 ? "," : ",\n");
      std::snprintf(buf, sizeof buf, "%.4g", static_cast<double>(w));
      wt << buf << ((entries + 1) % 12 ? "," : ",\n");
      ++entries;
    }
    off << "," << entries;
    if (count % 12 == 0) off << "\n";
  }
  std::ofstream out(argv[2]);
  out << "// Generated by tools/train_classifier.cc from tests/data/classify/dev.tsv (train) and\n"
         "// corpus.tsv (tune). Do not edit.\n"
      << "#include \"mappers/classify/model.h\"\n\nnamespace ehcp::model {\nnamespace {\n"
      << "// " << rows.size() << " training examples, " << count << " features, " << entries
      << " weights.\n"
      << "const uint32_t kIndex[] = {\n"
      << idx.str() << "};\n"
      << "const uint32_t kOffset[] = {\n"
      << off.str() << "};\n"
      << "const uint8_t kClass[] = {\n"
      << cls.str() << "};\n"
      << "const float kWeight[] = {\n"
      << wt.str() << "};\n}  // namespace\n\n"
      << "const Weights& Embedded() {\n  static const Weights w{kIndex, kOffset, kClass, kWeight, "
      << count << ",\n    {";
  for (size_t c = 0; c < bias.size(); ++c) {
    std::snprintf(buf, sizeof buf, "%.6g", static_cast<double>(bias[c]));
    out << (c ? ", " : "") << buf;
  }
  std::snprintf(buf, sizeof buf, "%.6g, %.6g", a, b);
  out << "},\n    " << buf << ", ";
  std::snprintf(buf, sizeof buf, "%.4f", certain ? double(certain_right) / certain : 0.95);
  out << buf << "};\n  return w;\n}\n\n}  // namespace ehcp::model\n";
  std::cerr << "train_classifier: " << rows.size() << " examples, " << count << " features, "
            << entries << " weights; Platt a=" << a << " b=" << b << " (" << scored.size()
            << " out-of-fold), rules certain on " << certain << " (" << certain_right
            << " right)\n";
  return out.good() ? 0 : 1;
}
