// duplicate-in-plan: the same passage more than once in one draft (normalised: case,
// punctuation and spacing ignored). Short statements (under 5 words) repeat by nature.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "mappers/rules/text_scan.h"

namespace ehcp::checks {
namespace {

constexpr size_t kMinWords = 5;

std::string Normalise(std::string_view text) {
  std::string out;
  for (const rules::Token& t : rules::Tokenise(text)) {
    if (!t.is_word && !t.is_number) continue;
    if (!out.empty()) out += ' ';
    out += t.lower;
  }
  return out;
}

class DuplicateCheck : public Check {
 public:
  std::string_view name() const override { return "duplicate-in-plan"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    std::map<std::string, std::vector<const Statement*>> groups;
    std::vector<std::string> order;
    for (const Statement& s : view.statements) {
      if (!IsPlanContent(s.section) || WordCount(s.text) < kMinWords) continue;
      std::string key = Normalise(s.text);
      auto& g = groups[key];
      if (g.empty()) order.push_back(key);
      g.push_back(&s);
    }
    for (const std::string& key : order) {
      const auto& g = groups[key];
      if (g.size() < 2) continue;
      std::set<std::string> sections;
      std::vector<FlagSpan> spans;
      for (const Statement* s : g) {
        sections.insert(std::string(Id(s->section)));
        spans.push_back(WholeStatement(*s));
      }
      std::string where;
      for (const std::string& sec : sections) where += (where.empty() ? "" : ", ") + sec;
      std::string basis = "SEND Code of Practice 9.61";
      out.push_back(MakeFlag(
          FlagId::kDuplicateInPlan,
          "The same text appears " + std::to_string(g.size()) + " times in this draft (section" +
              (sections.size() > 1 ? "s " : " ") + where +
              "): keep it once, where it belongs, and remove the others (" + basis + ")",
          basis, std::move(spans)));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeDuplicateCheck() { return std::make_unique<DuplicateCheck>(); }

}  // namespace ehcp::checks
