// Every enum of the model with one table of stable text ids (ARCHITECTURE.md, practice 8).
// Ids are written to plan.json, review.xlsx and `ehcp classify`; never rename one.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace ehcp {

// Plan sections (SEND Regulations 2014, reg 12). kNotPlan = report furniture, not plan content.
enum class Section { kA, kB, kC, kD, kE, kF, kG, kH1, kH2, kI, kJ, kK, kNotPlan };

// Broad areas of need (CoP chapter 6) plus preparing for adulthood.
enum class Area { kCommunication, kCognition, kSemh, kSensoryPhysical, kAdulthood, kNone };

enum class Severity { kBlock, kWarn, kInfo };

// DOMAIN.md §10.
enum class FlagId {
  kVagueWording,
  kUnquantifiedProvision,
  kResourceCaveat,
  kOutcomeNoTimescale,
  kOutcomeNotMeasurable,
  kOutcomeIsProvision,
  kProvisionOutsideF,
  kTherapyInG,
  kPlacementInDraft,
  kForeignName,
  kPronounMismatch,
  kIdentityConflict,
  kJargon,
  kReportVoice,
  kCopyPaste,
  kBoilerplate,
  kDuplicateInPlan,
  kConflictingAdvice,
  kMissingQuantityInAdvice,
  kGoldenThreadGap,
  kMissingAdvice,
  kLowOcrConfidence,
  kAdviceIncomplete,
};

enum class BlockKind { kHeading, kParagraph, kListItem, kTableCell };

// What a piece of advice is (who wrote it). Used for section K and to weigh advice.
enum class DocKind {
  kParentViews,
  kChildViews,
  kEducation,
  kEducationalPsychology,
  kSpeechLanguage,
  kOccupationalTherapy,
  kPhysiotherapy,
  kMedical,
  kCamhs,
  kSpecialistTeacher,
  kSocialCare,
  kAdulthood,
  kPreviousPlan,
  kOther,
};

// A file's format, decided from its first bytes.
enum class FileFormat { kPdf, kDocx, kText, kPng, kJpeg, kTiff, kUnknown };

// Stable text id ("F", "semh", "vague-wording", "table-cell", "speech-language", "pdf").
std::string_view Id(Section v);
std::string_view Id(Area v);
std::string_view Id(Severity v);
std::string_view Id(FlagId v);
std::string_view Id(BlockKind v);
std::string_view Id(DocKind v);
std::string_view Id(FileFormat v);

// Human label ("F. Special educational provision", "Social, emotional and mental health").
std::string_view Label(Section v);
std::string_view Label(Area v);
std::string_view Label(Severity v);
std::string_view Label(FlagId v);
std::string_view Label(BlockKind v);
std::string_view Label(DocKind v);
std::string_view Label(FileFormat v);

// Parsing from a stable id; nullopt when unknown.
std::optional<Section> ParseSection(std::string_view id);
std::optional<Area> ParseArea(std::string_view id);
std::optional<Severity> ParseSeverity(std::string_view id);
std::optional<FlagId> ParseFlagId(std::string_view id);
std::optional<BlockKind> ParseBlockKind(std::string_view id);
std::optional<DocKind> ParseDocKind(std::string_view id);
std::optional<FileFormat> ParseFileFormat(std::string_view id);

// Severity fixed for each flag id by DOMAIN.md §10.
Severity DefaultSeverity(FlagId v);

// All values in declaration order (for iteration, tests and dropdowns).
std::span<const Section> AllSections();
std::span<const Area> AllAreas();
std::span<const Severity> AllSeverities();
std::span<const FlagId> AllFlagIds();
std::span<const BlockKind> AllBlockKinds();
std::span<const DocKind> AllDocKinds();
std::span<const FileFormat> AllFileFormats();

// Sections that hold provision (F, G, H1, H2).
bool IsProvisionSection(Section s);

}  // namespace ehcp
