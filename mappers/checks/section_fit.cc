// provision-outside-f and therapy-in-g: provision placed in the wrong section.
// provision-outside-f is raised in A-D only: in E the outcome-is-provision check already says
// that an "outcome" is provision, and two flags for one fault would be noise.
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"

namespace ehcp::checks {
namespace {

std::vector<std::pair<size_t, size_t>> FindTerm(std::string_view text, std::string_view term) {
  size_t caps = 0;
  for (char c : term) caps += (c >= 'A' && c <= 'Z') ? 1 : 0;
  return caps >= 2 ? rules::FindPhraseExact(text, term) : rules::FindPhrase(text, term);
}

}  // namespace

void CheckSectionFit(const Statement& s, std::vector<Flag>& out) {
  bool early = s.section == Section::kA || s.section == Section::kB || s.section == Section::kC ||
               s.section == Section::kD;
  if (early && !IsPlaceholder(s.text)) {
    std::pair<size_t, size_t> hit{0, 0};
    for (std::string_view cue : rules::ProvisionCues()) {
      auto hits = rules::FindPhrase(s.text, cue);
      if (!hits.empty()) {
        hit = hits[0];
        break;
      }
    }
    bool quantified = false;
    if (hit.second == 0) {
      ProvisionSlots slots = ProvisionOf(s);
      quantified = slots.hours_per_year.has_value() && WhoIsSpecific(slots);
    }
    if (hit.second > 0 || quantified) {
      std::string basis = "SEND Code of Practice 9.69";
      out.push_back(MakeFlag(
          FlagId::kProvisionOutsideF,
          "This reads as provision but sits in section " + std::string(Id(s.section)) +
              ": move it to section F (or G or H if it is health or social care provision); "
              "provision only has legal force in F (" +
              basis + ")",
          basis, {hit.second > 0 ? SpanIn(s, hit.first, hit.second) : WholeStatement(s)}));
    }
  }
  if (s.section == Section::kG) {
    for (std::string_view h : rules::HealthOnlyTherapyTerms())
      if (!rules::FindPhrase(s.text, h).empty()) return;
    for (std::string_view term : rules::EducationalTherapyTerms()) {
      auto hits = FindTerm(s.text, term);
      if (hits.empty()) continue;
      std::string basis = "SEND Code of Practice 9.73-9.74";
      out.push_back(
          MakeFlag(FlagId::kTherapyInG,
                   Quote(s.text.substr(hits[0].first, hits[0].second - hits[0].first)) +
                       " is therapy that educates or trains the child, which is normally special "
                       "educational provision: consider moving it to section F (" +
                       basis + ")",
                   basis, {SpanIn(s, hits[0].first, hits[0].second)}));
      return;
    }
  }
}

}  // namespace ehcp::checks
