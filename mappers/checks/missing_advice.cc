// missing-advice: a required kind of advice is absent (SEND Regulations 2014, reg 6(1)).
#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"

namespace ehcp::checks {
namespace {

struct Required {
  std::string_view what;  // "advice from the child's parent"
  std::string_view ask;   // whom to ask
  std::initializer_list<DocKind> kinds;
};

const Required kRequired[] = {
    {"the views of the child's parent or carer", "the family", {DocKind::kParentViews}},
    {"educational advice",
     "the child's school or setting (usually the SENCO)",
     {DocKind::kEducation, DocKind::kSpecialistTeacher}},
    {"psychological advice",
     "the educational psychology service",
     {DocKind::kEducationalPsychology}},
    {"health advice",
     "health (the designated clinical officer)",
     {DocKind::kMedical, DocKind::kSpeechLanguage, DocKind::kOccupationalTherapy,
      DocKind::kPhysiotherapy, DocKind::kCamhs}},
    {"social care advice", "children's social care", {DocKind::kSocialCare}},
};

class MissingAdviceCheck : public Check {
 public:
  std::string_view name() const override { return "missing-advice"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    const std::string basis = "SEND Regulations 2014, regulation 6(1)";
    for (const Required& r : kRequired) {
      bool present = std::any_of(view.documents.begin(), view.documents.end(), [&](auto& d) {
        return std::find(r.kinds.begin(), r.kinds.end(), d.info.kind) != r.kinds.end();
      });
      if (present) continue;
      out.push_back(MakeFlag(
          FlagId::kMissingAdvice,
          "No " + std::string(r.what) + " was found among the documents: request it from " +
              std::string(r.ask) + ", or record why it is not needed (" + basis + ")",
          basis, {}));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeMissingAdviceCheck() { return std::make_unique<MissingAdviceCheck>(); }

}  // namespace ehcp::checks
