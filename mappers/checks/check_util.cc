#include "mappers/checks/check_util.h"

#include "mappers/rules/text_scan.h"
#include "mappers/slots/slots.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {

Flag MakeFlag(FlagId rule, std::string message, std::string basis, std::vector<FlagSpan> spans) {
  Flag f;
  f.rule = rule;
  f.severity = DefaultSeverity(rule);
  f.message = std::move(message);
  f.basis = std::move(basis);
  f.spans = std::move(spans);
  return f;
}

FlagSpan WholeStatement(const Statement& s) { return FlagSpan{s.id, 0, 0}; }

FlagSpan SpanIn(const Statement& s, size_t begin, size_t end) { return FlagSpan{s.id, begin, end}; }

bool IsPlanContent(Section s) { return s != Section::kNotPlan && s != Section::kK; }

ProvisionSlots ProvisionOf(const Statement& s) {
  return s.provision ? *s.provision : ParseProvision(s.text);
}

OutcomeSlots OutcomeOf(const Statement& s) { return s.outcome ? *s.outcome : ParseOutcome(s.text); }

bool IsPlaceholder(std::string_view text) {
  static constexpr std::string_view kPlaceholders[] = {
      "none identified",     "not applicable", "n/a",           "none", "none at present",
      "no needs identified", "not known",      "none required", "nil",  "to follow"};
  std::string t = ToLowerAscii(Trim(text));
  while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.pop_back();
  for (std::string_view p : kPlaceholders)
    if (t == p) return true;
  return false;
}

size_t WordCount(std::string_view text) {
  size_t n = 0;
  for (const rules::Token& t : rules::Tokenise(text))
    if (t.is_word || t.is_number) ++n;
  return n;
}

std::string Quote(std::string_view words) { return "'" + std::string(words) + "'"; }

}  // namespace ehcp::checks
