// low-ocr-confidence: text recognised from a scan below the confidence threshold, one flag per
// page (blocks with prov.confidence < 70, or a document diagnostic about confidence).
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {
namespace {

constexpr double kThreshold = 70.0;

class LowOcrCheck : public Check {
 public:
  std::string_view name() const override { return "low-ocr-confidence"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    for (const Document& d : view.documents) {
      std::map<int, double> pages;  // page -> lowest confidence (-1 when from a diagnostic)
      std::set<int> low_blocks;
      for (size_t i = 0; i < d.blocks.size(); ++i) {
        const Block& b = d.blocks[i];
        if (!b.prov.confidence || *b.prov.confidence >= kThreshold) continue;
        low_blocks.insert(static_cast<int>(i));
        auto it = pages.find(b.prov.page);
        if (it == pages.end())
          pages[b.prov.page] = *b.prov.confidence;
        else
          it->second = std::min(it->second, *b.prov.confidence);
      }
      for (const Diagnostic& g : d.info.diagnostics)
        if (g.page > 0 && ContainsIgnoreCase(g.message, "confidence") && !pages.count(g.page))
          pages[g.page] = -1;
      for (const auto& [page, conf] : pages) {
        std::vector<FlagSpan> spans;
        for (const Statement& s : view.statements)
          if (s.document == d.info.id && s.page == page && low_blocks.count(s.span.block))
            spans.push_back(WholeStatement(s));
        std::string how =
            conf >= 0 ? " (lowest confidence " + std::to_string(static_cast<int>(conf)) + "%)" : "";
        out.push_back(MakeFlag(FlagId::kLowOcrConfidence,
                               "Page " + std::to_string(page) + " of '" + d.info.file +
                                   "' was read from a scan with low confidence" + how +
                                   ": check its text against the original before relying on it",
                               "Quality check on recognised text", std::move(spans)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeLowOcrCheck() { return std::make_unique<LowOcrCheck>(); }

}  // namespace ehcp::checks
