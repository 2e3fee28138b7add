// Measures the provision and outcome checks on the labelled sets in tests/data/checks/.
// Rows are split into "tune" (used while writing the rules) and "measure" (held out); the test
// prints precision, recall and accuracy for both and fails when the held-out figures fall below
// precision/recall 0.9 (vague-wording, unquantified-provision) or accuracy 0.85 (SMART).
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

struct Row {
  std::string split, label, text;
};

std::vector<Row> ReadTsv(const std::string& name) {
  std::ifstream in(std::string(EHCP_SOURCE_DIR) + "/tests/data/checks/" + name);
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    rows.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return rows;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool predicted) {
    if (truth && predicted)
      ++tp;
    else if (!truth && predicted)
      ++fp;
    else if (truth && !predicted)
      ++fn;
    else
      ++tn;
  }
  double Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  double Accuracy() const { return double(tp + tn) / std::max(1, tp + tn + fp + fn); }
};

bool HasFlag(const std::vector<Flag>& flags, FlagId id) {
  for (const Flag& f : flags)
    if (f.rule == id) return true;
  return false;
}

TEST(ChecksEval, ProvisionVagueAndUnquantified) {
  std::vector<Row> rows = ReadTsv("provision_vague.tsv");
  ASSERT_GE(rows.size(), 100u);
  for (std::string split : {"tune", "measure"}) {
    Counts vague, unq;
    for (const Row& r : rows) {
      if (r.split != split) continue;
      auto flags = StatementFlags(testing_checks::MakeStatement(r.text, Section::kF));
      // DOMAIN.md §4 counts resource caveats as non-specific wording; the tool raises them
      // under their own id (resource-caveat, block).
      bool pv = HasFlag(flags, FlagId::kVagueWording) || HasFlag(flags, FlagId::kResourceCaveat);
      bool pu = HasFlag(flags, FlagId::kUnquantifiedProvision);
      bool tv = r.label.find("vague") != std::string::npos;
      bool tu = r.label.find("unquantified") != std::string::npos;
      vague.Add(tv, pv);
      unq.Add(tu, pu);
      if (pv != tv || pu != tu)
        std::cout << "  [" << split << "] label=" << r.label << " vague=" << pv
                  << " unquantified=" << pu << ": " << r.text << "\n";
    }
    std::cout << split << ": vague-wording precision " << vague.Precision() << " recall "
              << vague.Recall() << " (tp " << vague.tp << " fp " << vague.fp << " fn " << vague.fn
              << "); unquantified-provision precision " << unq.Precision() << " recall "
              << unq.Recall() << " (tp " << unq.tp << " fp " << unq.fp << " fn " << unq.fn << ")\n";
    if (split == "measure") {
      EXPECT_GE(vague.Precision(), 0.9);
      EXPECT_GE(vague.Recall(), 0.9);
      EXPECT_GE(unq.Precision(), 0.9);
      EXPECT_GE(unq.Recall(), 0.9);
    }
  }
}

TEST(ChecksEval, OutcomesSmart) {
  std::vector<Row> rows = ReadTsv("outcomes_smart.tsv");
  ASSERT_GE(rows.size(), 80u);
  for (std::string split : {"tune", "measure"}) {
    Counts smart;
    for (const Row& r : rows) {
      if (r.split != split) continue;
      auto flags = StatementFlags(testing_checks::MakeStatement(r.text, Section::kE));
      bool predicted = !HasFlag(flags, FlagId::kOutcomeNoTimescale) &&
                       !HasFlag(flags, FlagId::kOutcomeNotMeasurable) &&
                       !HasFlag(flags, FlagId::kOutcomeIsProvision);
      bool truth = r.label == "smart";
      smart.Add(truth, predicted);
      if (predicted != truth)
        std::cout << "  [" << split << "] label=" << r.label << " predicted smart=" << predicted
                  << ": " << r.text << "\n";
    }
    std::cout << split << ": SMART accuracy " << smart.Accuracy() << " precision "
              << smart.Precision() << " recall " << smart.Recall() << " (n "
              << smart.tp + smart.tn + smart.fp + smart.fn << ")\n";
    if (split == "measure") {
      EXPECT_GE(smart.Accuracy(), 0.85);
    }
  }
}

}  // namespace
}  // namespace ehcp
