#include "pipeline/model/ids.h"

#include <array>

namespace ehcp {
namespace {

template <typename E>
struct Entry {
  E value;
  std::string_view id;
  std::string_view label;
};

constexpr std::array<Entry<Section>, 13> kSections{{
    {Section::kA, "A", "A. Views, interests and aspirations"},
    {Section::kB, "B", "B. Special educational needs"},
    {Section::kC, "C", "C. Health needs related to special educational needs"},
    {Section::kD, "D", "D. Social care needs"},
    {Section::kE, "E", "E. Outcomes"},
    {Section::kF, "F", "F. Special educational provision"},
    {Section::kG, "G", "G. Health provision"},
    {Section::kH1, "H1", "H1. Social care provision under section 2 of the CSDPA 1970"},
    {Section::kH2, "H2", "H2. Other social care provision"},
    {Section::kI, "I", "I. Placement"},
    {Section::kJ, "J", "J. Personal budget"},
    {Section::kK, "K", "K. Advice and information"},
    {Section::kNotPlan, "-", "Not plan content"},
}};

constexpr std::array<Entry<Area>, 6> kAreas{{
    {Area::kCommunication, "ci", "Communication and interaction"},
    {Area::kCognition, "cl", "Cognition and learning"},
    {Area::kSemh, "semh", "Social, emotional and mental health"},
    {Area::kSensoryPhysical, "sp", "Sensory and/or physical"},
    {Area::kAdulthood, "pfa", "Preparing for adulthood"},
    {Area::kNone, "-", "General"},
}};

constexpr std::array<Entry<Severity>, 3> kSeverities{{
    {Severity::kBlock, "block", "Must fix"},
    {Severity::kWarn, "warn", "Warning"},
    {Severity::kInfo, "info", "Information"},
}};

constexpr std::array<Entry<FlagId>, 23> kFlags{{
    {FlagId::kVagueWording, "vague-wording", "Vague wording in provision"},
    {FlagId::kUnquantifiedProvision, "unquantified-provision", "Provision not quantified"},
    {FlagId::kResourceCaveat, "resource-caveat", "Provision subject to resources"},
    {FlagId::kOutcomeNoTimescale, "outcome-no-timescale", "Outcome has no timescale"},
    {FlagId::kOutcomeNotMeasurable, "outcome-not-measurable", "Outcome not measurable"},
    {FlagId::kOutcomeIsProvision, "outcome-is-provision", "Outcome describes provision"},
    {FlagId::kProvisionOutsideF, "provision-outside-f", "Provision outside section F"},
    {FlagId::kTherapyInG, "therapy-in-g", "Educational therapy in section G"},
    {FlagId::kPlacementInDraft, "placement-in-draft", "Placement named in draft"},
    {FlagId::kForeignName, "foreign-name", "Another child's name"},
    {FlagId::kPronounMismatch, "pronoun-mismatch", "Pronouns switch"},
    {FlagId::kIdentityConflict, "identity-conflict", "Identity details disagree"},
    {FlagId::kJargon, "jargon", "Unexplained jargon"},
    {FlagId::kReportVoice, "report-voice", "Report voice"},
    {FlagId::kCopyPaste, "copy-paste", "Text shared with another child"},
    {FlagId::kBoilerplate, "boilerplate", "Stock text"},
    {FlagId::kDuplicateInPlan, "duplicate-in-plan", "Repeated in this plan"},
    {FlagId::kConflictingAdvice, "conflicting-advice", "Advice disagrees"},
    {FlagId::kMissingQuantityInAdvice, "missing-quantity-in-advice", "Advice gives no amount"},
    {FlagId::kGoldenThreadGap, "golden-thread-gap", "Need, outcome and provision not linked"},
    {FlagId::kMissingAdvice, "missing-advice", "Advice missing"},
    {FlagId::kLowOcrConfidence, "low-ocr-confidence", "Scanned text may be misread"},
    {FlagId::kAdviceIncomplete, "advice-incomplete", "Advice form mostly unanswered"},
}};

constexpr std::array<Entry<BlockKind>, 4> kBlockKinds{{
    {BlockKind::kHeading, "heading", "Heading"},
    {BlockKind::kParagraph, "paragraph", "Paragraph"},
    {BlockKind::kListItem, "list-item", "List item"},
    {BlockKind::kTableCell, "table-cell", "Table cell"},
}};

constexpr std::array<Entry<DocKind>, 14> kDocKinds{{
    {DocKind::kParentViews, "parent-views", "Parent or carer views"},
    {DocKind::kChildViews, "child-views", "Child or young person's views"},
    {DocKind::kEducation, "education", "Educational advice (school or setting)"},
    {DocKind::kEducationalPsychology, "educational-psychology", "Educational psychology advice"},
    {DocKind::kSpeechLanguage, "speech-language", "Speech and language therapy advice"},
    {DocKind::kOccupationalTherapy, "occupational-therapy", "Occupational therapy advice"},
    {DocKind::kPhysiotherapy, "physiotherapy", "Physiotherapy advice"},
    {DocKind::kMedical, "medical", "Medical or paediatric advice"},
    {DocKind::kCamhs, "camhs", "Mental health (CAMHS) advice"},
    {DocKind::kSpecialistTeacher, "specialist-teacher", "Specialist teacher advice"},
    {DocKind::kSocialCare, "social-care", "Social care advice"},
    {DocKind::kAdulthood, "preparing-for-adulthood", "Preparing for adulthood advice"},
    {DocKind::kPreviousPlan, "previous-plan", "Previous plan or review"},
    {DocKind::kOther, "other", "Other information"},
}};

constexpr std::array<Entry<FileFormat>, 7> kFormats{{
    {FileFormat::kPdf, "pdf", "PDF document"},
    {FileFormat::kDocx, "docx", "Word document"},
    {FileFormat::kText, "text", "Plain text"},
    {FileFormat::kPng, "png", "PNG image"},
    {FileFormat::kJpeg, "jpeg", "JPEG image"},
    {FileFormat::kTiff, "tiff", "TIFF image"},
    {FileFormat::kUnknown, "unknown", "Unknown format"},
}};

template <typename E, size_t N>
const Entry<E>& Find(const std::array<Entry<E>, N>& table, E v) {
  for (const auto& e : table) {
    if (e.value == v) return e;
  }
  return table.back();  // unreachable for a complete table (checked by tests)
}

template <typename E, size_t N>
std::optional<E> Parse(const std::array<Entry<E>, N>& table, std::string_view id) {
  for (const auto& e : table) {
    if (e.id == id) return e.value;
  }
  return std::nullopt;
}

template <typename E, size_t N>
std::span<const E> All(const std::array<Entry<E>, N>& table) {
  static const std::array<E, N> values = [&] {
    std::array<E, N> out{};
    for (size_t i = 0; i < N; ++i) out[i] = table[i].value;
    return out;
  }();
  return values;
}

}  // namespace

std::string_view Id(Section v) { return Find(kSections, v).id; }
std::string_view Id(Area v) { return Find(kAreas, v).id; }
std::string_view Id(Severity v) { return Find(kSeverities, v).id; }
std::string_view Id(FlagId v) { return Find(kFlags, v).id; }
std::string_view Id(BlockKind v) { return Find(kBlockKinds, v).id; }
std::string_view Id(DocKind v) { return Find(kDocKinds, v).id; }
std::string_view Id(FileFormat v) { return Find(kFormats, v).id; }

std::string_view Label(Section v) { return Find(kSections, v).label; }
std::string_view Label(Area v) { return Find(kAreas, v).label; }
std::string_view Label(Severity v) { return Find(kSeverities, v).label; }
std::string_view Label(FlagId v) { return Find(kFlags, v).label; }
std::string_view Label(BlockKind v) { return Find(kBlockKinds, v).label; }
std::string_view Label(DocKind v) { return Find(kDocKinds, v).label; }
std::string_view Label(FileFormat v) { return Find(kFormats, v).label; }

std::optional<Section> ParseSection(std::string_view id) { return Parse(kSections, id); }
std::optional<Area> ParseArea(std::string_view id) { return Parse(kAreas, id); }
std::optional<Severity> ParseSeverity(std::string_view id) { return Parse(kSeverities, id); }
std::optional<FlagId> ParseFlagId(std::string_view id) { return Parse(kFlags, id); }
std::optional<BlockKind> ParseBlockKind(std::string_view id) { return Parse(kBlockKinds, id); }
std::optional<DocKind> ParseDocKind(std::string_view id) { return Parse(kDocKinds, id); }
std::optional<FileFormat> ParseFileFormat(std::string_view id) { return Parse(kFormats, id); }

std::span<const Section> AllSections() { return All(kSections); }
std::span<const Area> AllAreas() { return All(kAreas); }
std::span<const Severity> AllSeverities() { return All(kSeverities); }
std::span<const FlagId> AllFlagIds() { return All(kFlags); }
std::span<const BlockKind> AllBlockKinds() { return All(kBlockKinds); }
std::span<const DocKind> AllDocKinds() { return All(kDocKinds); }
std::span<const FileFormat> AllFileFormats() { return All(kFormats); }

Severity DefaultSeverity(FlagId v) {
  switch (v) {
    case FlagId::kUnquantifiedProvision:
    case FlagId::kResourceCaveat:
    case FlagId::kPlacementInDraft:
    case FlagId::kForeignName:
      return Severity::kBlock;
    case FlagId::kTherapyInG:
    case FlagId::kJargon:
    case FlagId::kBoilerplate:
    case FlagId::kDuplicateInPlan:
    case FlagId::kLowOcrConfidence:
      return Severity::kInfo;
    default:
      return Severity::kWarn;
  }
}

bool IsProvisionSection(Section s) {
  return s == Section::kF || s == Section::kG || s == Section::kH1 || s == Section::kH2;
}

}  // namespace ehcp
