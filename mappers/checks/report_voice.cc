// report-voice: the advice's own voice pasted into the plan ("I observed", "see section 4").
// In section A first-person wording is the family's or child's own voice and is allowed.
#include <string>
#include <vector>

#include "mappers/checks/check_util.h"
#include "mappers/rules/lexicon.h"
#include "mappers/rules/text_scan.h"

namespace ehcp::checks {
namespace {

constexpr std::string_view kBasis = "SEND Code of Practice 9.61";

// For cues with a capital "I", the matched text must have the capital too.
bool CaseOk(const rules::ReportVoiceCue& cue, std::string_view text, size_t b) {
  if (!cue.exact_case) return true;
  for (size_t k = 0; k < cue.phrase.size(); ++k)
    if (cue.phrase[k] == 'I' && text[b + k] != 'I') return false;
  return true;
}

const rules::PhraseIndex& CueIndex() {
  static const rules::PhraseIndex index = [] {
    std::vector<rules::PhraseIndex::Entry> entries;
    for (const rules::ReportVoiceCue& cue : rules::ReportVoiceCues())
      entries.push_back({std::string(cue.phrase), false});
    return rules::PhraseIndex(std::move(entries));
  }();
  return index;
}

// "Idris told me": a named person telling the writer is the professional's voice even in section
// A ("Mum told me", "my teacher told me", "he told me" may be the family's or child's own).
bool NamedPersonToldMe(std::string_view text, size_t b) {
  std::vector<rules::Token> t = rules::Tokenise(text.substr(0, b));
  if (t.empty() || !t.back().is_word || !t.back().capitalised) return false;
  std::string_view w = t.back().lower;
  if (w.ends_with("'s")) return false;
  if (rules::IsRelationWord(w) || rules::IsNonNameSubject(w) || rules::IsTitle(w)) return false;
  if (t.size() >= 2 && rules::IsTitle(t[t.size() - 2].lower)) return false;  // "Mrs Shah told me"
  for (std::string_view p : {"he", "she", "they", "i", "we", "you", "it", "who", "someone"})
    if (w == p) return false;
  return true;
}

}  // namespace

void CheckReportVoice(const Statement& s, std::vector<Flag>& out) {
  if (!IsPlanContent(s.section)) return;
  std::vector<std::pair<size_t, size_t>> taken;
  auto cues = rules::ReportVoiceCues();
  for (const rules::PhraseHit& hit : CueIndex().FindAll(s.text)) {
    const rules::ReportVoiceCue& cue = cues[hit.phrase];
    if (cue.clinician_only && !IsProvisionSection(s.section) && s.section != Section::kC &&
        s.section != Section::kI)
      continue;
    if (cue.first_person && s.section == Section::kA &&
        !(cue.phrase == "told me" && NamedPersonToldMe(s.text, hit.begin)))
      continue;
    const size_t b = hit.begin, e = hit.end;
    bool covered = false;
    for (auto r : taken) covered = covered || (b < r.second && e > r.first);
    if (covered || !CaseOk(cue, s.text, b)) continue;
    taken.emplace_back(b, e);
    std::string words = s.text.substr(b, e - b);
    std::string what = cue.first_person
                           ? " is the report writer's own voice: rewrite it about the child "
                             "(for example '…was seen to…') and keep the source in "
                             "the citation"
                           : " refers to the report, not the plan: bring the content it points "
                             "to into the plan or remove the reference";
    out.push_back(MakeFlag(FlagId::kReportVoice,
                           Quote(words) + what + " (" + std::string(kBasis) + ")",
                           std::string(kBasis), {SpanIn(s, b, e)}));
  }
}

}  // namespace ehcp::checks
