#include "pipeline/runner/apply.h"

#include <nlohmann/json.hpp>
#include <optional>

#include "extractors/zip/zip_reader.h"
#include "output/json/plan_reader.h"
#include "output/writer.h"
#include "pipeline/base/hash.h"
#include "pipeline/runner/decisions_file.h"
#include "pipeline/runner/review_reader.h"

namespace ehcp {

StatusOr<ApplyReport> ApplyCaseReview(FileSystem& fs, const std::string& dir,
                                      const std::string& review_arg) {
  const std::string plan_path = JoinPath(dir, "plan.json");
  const std::string review_path = review_arg.empty() ? JoinPath(dir, "review.xlsx") : review_arg;
  StatusOr<std::string> plan_text = fs.ReadFile(plan_path);
  if (!plan_text.ok()) {
    return NotFound("'" + dir +
                    "' has no plan.json: give the folder 'ehcp draft' wrote for the "
                    "case (OUT/<case-id>)");
  }
  ASSIGN_OR_RETURN(Plan plan, ReadPlanJson(*plan_text, plan_path));
  // The desk's decisions file, when present, is read with the workbook (decisions_file.h).
  const std::string decisions_path = JoinPath(dir, kDecisionsFileName);
  std::optional<DecisionsFile> page;
  if (StatusOr<std::string> d = fs.ReadFile(decisions_path); d.ok()) {
    ASSIGN_OR_RETURN(DecisionsFile f, ReadDecisionsFile(*d, decisions_path));
    page = std::move(f);
  }
  StatusOr<std::string> xlsx = fs.ReadFile(review_path);
  ReviewDecisions decisions;
  std::string workbook_hash;
  if (xlsx.ok()) {
    ASSIGN_OR_RETURN(decisions,
                     ReadReviewDecisions(*xlsx, BaseName(review_path), ExtractOptions{}));
    RETURN_IF_ERROR(CheckReviewBelongsToPlan(decisions, plan, BaseName(review_path)));
    workbook_hash = ContentHash(*xlsx);
  } else if (!page) {
    return xlsx.status();
  }
  if (page) decisions = MergeDecisions(decisions, workbook_hash, *page);
  ApplyReport report;
  Plan applied = ApplyReview(std::move(plan), decisions, &report);

  struct Out {
    const char* name;
    Status (*writer)(const Plan&, ByteSink&);
  };
  std::vector<Out> outs = {{"plan.json", WritePlanJson}, {"draft-plan.docx", WriteDraftDocx}};
  if (fs.Exists(JoinPath(dir, "draft.html"))) outs.push_back({"draft.html", WriteDraftHtml});
  // With a decisions file the workbook is rewritten too, so that it holds the same decisions.
  if (page) outs.push_back({"review.xlsx", WriteReviewXlsx});
  // Render everything first, then write: a writer failure changes nothing.
  std::vector<std::pair<std::string, std::string>> rendered;
  for (const Out& o : outs) {
    StringSink sink;
    RETURN_IF_ERROR(o.writer(applied, sink).WithContext(std::string("could not make ") + o.name));
    rendered.emplace_back(o.name, sink.data());
  }
  for (const auto& [name, bytes] : rendered) {
    const std::string path = name == std::string("review.xlsx") ? review_path : JoinPath(dir, name);
    RETURN_IF_ERROR(fs.WriteFileAtomic(path, bytes));
    if (page && path == review_path) {
      // Record the merged decisions and the workbook they were written into.
      DecisionsFile merged;
      merged.decisions = decisions;
      merged.at = page->at;
      merged.workbook_hash = ContentHash(bytes);
      RETURN_IF_ERROR(fs.WriteFileAtomic(decisions_path, WriteDecisionsFile(merged)));
    }
  }
  // Record the new outputs in the manifest so that an unchanged re-run of `ehcp draft` keeps
  // the applied plan instead of redrafting over it.
  const std::string manifest_path = JoinPath(dir, ".ehcp-manifest.json");
  if (StatusOr<std::string> m = fs.ReadFile(manifest_path); m.ok()) {
    nlohmann::json j = nlohmann::json::parse(*m, nullptr, false);
    if (!j.is_discarded() && j.is_object()) {
      for (const auto& [name, bytes] : rendered) j["outputs"][name] = ContentHash(bytes);
      (void)fs.WriteFileAtomic(manifest_path, j.dump(1));
    }
  }
  return report;
}

}  // namespace ehcp
