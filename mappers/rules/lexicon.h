// Reviewed word lists that the slot parser and the checks read (ARCHITECTURE.md, practice 4).
// Every table is constant data; change wording here, not in the checks. Phrases are matched
// case-insensitively at word boundaries unless a table says otherwise.
#pragma once

#include <span>
#include <string_view>

namespace ehcp::rules {

// --- Vague wording in provision (DOMAIN.md §4) -------------------------------------------------

enum class VagueKind {
  kAccess,      // access to, opportunities to: does not say what is provided
  kFrequency,   // regular, frequent: a frequency without a number
  kDiscretion,  // as required, may, should: leaves it to someone's discretion
  kCeiling,     // up to, approximately: a ceiling or estimate, not an amount
  kOpenList,    // such as, e.g., etc.: the list is not closed
  kActor,       // the setting will, school staff: no named role, or no group size
  kBenefit,     // would benefit from: report wording, not a commitment
  kDeferral,    // following assessment, TBC: the decision is put off
};

struct VagueTerm {
  std::string_view phrase;
  VagueKind kind;
  bool needs_number = false;  // only vague before a number ("about 20 minutes", "up to 30")
};

std::span<const VagueTerm> VagueTerms();
// What is wrong with a kind of vague wording, as a clause: "does not say what will be provided".
std::string_view VagueReason(VagueKind kind);
// Kinds that are acceptable when the statement also gives a number, a frequency and a person
// ("regular weekly 30-minute sessions with a speech and language therapist").
bool VagueKindExcusedBySpecifics(VagueKind kind);

// Provision made subject to money or availability (unlawful: provision follows need).
std::span<const std::string_view> ResourceCaveats();
// Lower-case words for caveats in free wording: a resource ("funding", "bed", "panel",
// "availability") after "subject to", "within", "pending", "if", "when"; and for "if"/"when" a
// word saying the resource is found ("available", "secured", "approved").
bool IsCaveatResource(std::string_view lower_word);
bool IsCaveatAvailable(std::string_view lower_word);

// --- Jargon (DOMAIN.md §8) ---------------------------------------------------------------------

struct GlossaryEntry {
  std::string_view term;       // as written: "ASC", "SaLT", "KS2", "standardised score"
  std::string_view expansion;  // plain English: "autism spectrum condition"
  bool acronym;                // acronyms match case-sensitively; terms case-insensitively
};
std::span<const GlossaryEntry> Glossary();

// --- Report voice ------------------------------------------------------------------------------

struct ReportVoiceCue {
  std::string_view phrase;
  bool first_person;  // "I observed": allowed in section A, where it is a family's own voice
  bool exact_case;    // "I saw" must be a capital I
  // Only in health needs and provision (C, F, G, H1, H2, I): "I have started" or "I will see" is
  // the clinician there, but may be the child's own voice in B, D or an outcome.
  bool clinician_only = false;
};
std::span<const ReportVoiceCue> ReportVoiceCues();

// --- Placement (CFA s38(5)) ---------------------------------------------------------------------

// Types of school or setting that a draft must not name.
std::span<const std::string_view> SchoolTypeTerms();
// Words that end a school's proper name ("School", "Academy", "College"), exact case.
std::span<const std::string_view> SchoolNameHeads();
// Capitalised words that may precede "School" without making it a named school
// ("Primary", "Secondary", "Special").
bool IsGenericSchoolWord(std::string_view lower_word);

// --- Therapy (DOMAIN.md §2, F vs G) ------------------------------------------------------------

// Therapies that educate or train: special educational provision (belongs in F).
std::span<const std::string_view> EducationalTherapyTerms();
// Words showing a therapy is health care (swallowing, splints, medication): not flagged in G.
std::span<const std::string_view> HealthOnlyTherapyTerms();

// --- People and roles --------------------------------------------------------------------------

struct RoleTerm {
  std::string_view phrase;
  bool specific;  // false for "a familiar adult", "school staff": an actor with no named role
};
// Who delivers provision, longest phrases first.
std::span<const RoleTerm> RoleTerms();
// Lower-case words naming a relation to the child or a role that makes a nearby name context,
// not the child ("sister", "friend", "teacher", "mum").
bool IsRelationWord(std::string_view lower_word);
// Lower-case common English given names (about 300): data for the foreign-name check.
bool IsGivenName(std::string_view lower_word);
std::span<const std::string_view> GivenNames();
// Capitalised words that stand as a sentence's subject but are not names ("School", "Staff").
bool IsNonNameSubject(std::string_view lower_word);
// Titles that make the next word a surname of an adult ("Mrs", "Dr").
bool IsTitle(std::string_view lower_word);

// --- Provision slots ----------------------------------------------------------------------------

struct ProvisionType {
  std::string_view phrase;
  bool equipment;  // an item rather than a service: needs no hours
};
// What provision is, longest phrases first.
std::span<const ProvisionType> ProvisionTypes();
// Where provision happens ("in class", "withdrawal").
std::span<const std::string_view> SettingTerms();
// Frequencies that name no count of sessions but are continuous ("throughout the day",
// "in every lesson"): they answer "how often" without giving hours.
std::span<const std::string_view> ContinuousFrequencies();

// Wording that makes a statement read as provision (provision-outside-f).
std::span<const std::string_view> ProvisionCues();

// --- Outcomes -----------------------------------------------------------------------------------

// Wording that makes an outcome's subject a service or an adult ("will receive", "staff will").
std::span<const std::string_view> ServiceSubjectCues();
// Verbs for things that can be seen or counted ("read", "ask", "travel").
bool IsObservableVerb(std::string_view lower_word);
// Phrases that make an outcome measurable on their own ("independently", "4 out of 5").
std::span<const std::string_view> MeasurePhrases();
// Month names, lower case.
bool IsMonth(std::string_view lower_word);

}  // namespace ehcp::rules
