// Helpers shared by the checks (private to mappers/checks).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/flag.h"
#include "pipeline/model/statement.h"

namespace ehcp::checks {

// A flag with the rule's default severity.
Flag MakeFlag(FlagId rule, std::string message, std::string basis, std::vector<FlagSpan> spans);
FlagSpan WholeStatement(const Statement& s);
FlagSpan SpanIn(const Statement& s, size_t begin, size_t end);

// Plan content: every section but kNotPlan and K (K is built from the documents).
bool IsPlanContent(Section s);
// Slots from the statement, or parsed from its text when the pipeline did not set them.
ProvisionSlots ProvisionOf(const Statement& s);
OutcomeSlots OutcomeOf(const Statement& s);
// "None identified", "Not applicable", "N/A": an empty section's placeholder.
bool IsPlaceholder(std::string_view text);
// Number of word tokens.
size_t WordCount(std::string_view text);
// Quotes a phrase for a message: 'access to'.
std::string Quote(std::string_view words);

// Statement-alone checks, one per flag family (each in its own file).
void CheckVagueWording(const Statement& s, std::vector<Flag>& out);
void CheckResourceCaveat(const Statement& s, std::vector<Flag>& out);
void CheckProvisionQuantity(const Statement& s, std::vector<Flag>& out);
void CheckOutcome(const Statement& s, std::vector<Flag>& out);
void CheckSectionFit(const Statement& s, std::vector<Flag>& out);
void CheckPlacement(const Statement& s, std::vector<Flag>& out);
void CheckJargon(const Statement& s, std::vector<Flag>& out);
// The glossary terms a statement uses and explains itself ("autism spectrum condition (ASC)").
std::vector<std::string> JargonExplainedIn(const Statement& s);
void CheckReportVoice(const Statement& s, std::vector<Flag>& out);

}  // namespace ehcp::checks
