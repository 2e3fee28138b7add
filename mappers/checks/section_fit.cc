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

// Acronyms (more than one capital) match exactly; other terms ignore case.
bool IsAcronymTerm(std::string_view term) {
  size_t caps = 0;
  for (char c : term) caps += (c >= 'A' && c <= 'Z') ? 1 : 0;
  return caps >= 2;
}

rules::PhraseIndex IndexOf(std::span<const std::string_view> terms, bool acronyms_exact) {
  std::vector<rules::PhraseIndex::Entry> entries;
  for (std::string_view t : terms)
    entries.push_back({std::string(t), acronyms_exact && IsAcronymTerm(t)});
  return rules::PhraseIndex(std::move(entries));
}

const rules::PhraseIndex& ProvisionCueIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::ProvisionCues(), false);
  return index;
}
const rules::PhraseIndex& HealthOnlyIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::HealthOnlyTherapyTerms(), false);
  return index;
}
const rules::PhraseIndex& TherapyIndex() {
  static const rules::PhraseIndex index = IndexOf(rules::EducationalTherapyTerms(), true);
  return index;
}

}  // namespace

void CheckSectionFit(const Statement& s, std::vector<Flag>& out) {
  bool early = s.section == Section::kA || s.section == Section::kB || s.section == Section::kC ||
               s.section == Section::kD;
  if (early && !IsPlaceholder(s.text)) {
    std::pair<size_t, size_t> hit{0, 0};
    std::vector<rules::PhraseHit> cues = ProvisionCueIndex().FindAll(s.text);
    if (!cues.empty()) hit = {cues[0].begin, cues[0].end};  // the first cue's first hit
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
    if (HealthOnlyIndex().Any(s.text)) return;
    std::vector<rules::PhraseHit> therapies = TherapyIndex().FindAll(s.text);
    if (therapies.empty()) return;
    const rules::PhraseHit& hit = therapies[0];  // the first term's first hit
    std::string basis = "SEND Code of Practice 9.73-9.74";
    out.push_back(MakeFlag(FlagId::kTherapyInG,
                           Quote(s.text.substr(hit.begin, hit.end - hit.begin)) +
                               " is therapy that educates or trains the child, which is normally "
                               "special educational provision: consider moving it to section F (" +
                               basis + ")",
                           basis, {SpanIn(s, hit.begin, hit.end)}));
  }
}

}  // namespace ehcp::checks
