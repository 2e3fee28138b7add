// provision-outside-f, therapy-in-g, placement-in-draft.
#include <gtest/gtest.h>

#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

using testing_checks::FlaggedWords;
using testing_checks::FlagsOf;
using testing_checks::MakeStatement;
using testing_checks::Raises;

TEST(ChecksProvisionOutsideF, Positives) {
  for (auto [text, section] : std::vector<std::pair<const char*, Section>>{
           {"Amelia would benefit from a social skills group.", Section::kB},
           {"She will receive speech and language therapy weekly.", Section::kB},
           {"Leo should have access to a quiet space.", Section::kC},
           {"It is recommended that a teaching assistant supports him.", Section::kB},
           {"30 minutes daily with a teaching assistant.", Section::kD},
       }) {
    EXPECT_TRUE(Raises(text, section, FlagId::kProvisionOutsideF)) << text;
  }
}

TEST(ChecksProvisionOutsideF, Negatives) {
  for (auto [text, section] : std::vector<std::pair<const char*, Section>>{
           {"Amelia finds it hard to follow multi-step instructions.", Section::kB},
           {"She would benefit from a social skills group.", Section::kF},
           {"Leo enjoys football and drawing.", Section::kA},
           {"Amelia has a diagnosis of autism.", Section::kC},
           {"She would benefit from a social skills group.", Section::kNotPlan},
       }) {
    EXPECT_FALSE(Raises(text, section, FlagId::kProvisionOutsideF)) << text;
  }
}

TEST(ChecksTherapyInG, PositivesAndNegatives) {
  for (const char* text :
       {"Weekly speech and language therapy from a therapist.",
        "Occupational therapy programme for fine motor skills.", "Physiotherapy exercises daily.",
        "SaLT review each term.", "A sensory diet devised by the OT."}) {
    auto flags = FlagsOf(StatementFlags(MakeStatement(text, Section::kG)), FlagId::kTherapyInG);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(flags[0].severity, Severity::kInfo);
  }
  for (const char* text : {"Review of medication by the paediatrician.",
                           "Speech and language therapist to monitor her swallowing.",
                           "Physiotherapist to review splints termly.",
                           "CAMHS appointments monthly.", "Annual hearing test by audiology."}) {
    EXPECT_FALSE(Raises(text, Section::kG, FlagId::kTherapyInG)) << text;
  }
  EXPECT_FALSE(Raises("Weekly speech and language therapy.", Section::kF, FlagId::kTherapyInG));
}

TEST(ChecksTherapyInG, HealthOnlyTherapyIsNotFlagged) {
  for (const char* text : {
           "Chest physiotherapy will be carried out twice daily by staff trained by the "
           "respiratory physiotherapist.",
           "Physiotherapy for airway clearance each morning.",
           "Hydrotherapy with the physiotherapist once a week for pain in her hips.",
           "The speech and language therapist from the dysphagia team will assess her eating and "
           "drinking.",
           "Speech and language therapy to review his swallow safety each term.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kG, FlagId::kTherapyInG)) << text;
  }
  // Therapy that teaches still raises it in G.
  for (const char* text : {
           "Physiotherapy blocks of six weekly sessions to teach Maisie to climb stairs safely.",
           "Speech and language therapy review once a year to update her communication targets.",
           "Hydrotherapy with the physiotherapist to build her walking skills.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kG, FlagId::kTherapyInG)) << text;
  }
}

TEST(ChecksPlacement, Positives) {
  for (auto [text, words] : std::vector<std::pair<const char*, const char*>>{
           {"Amelia will attend Oakfield Primary School.", "Oakfield Primary School"},
           {"Leo needs a place at a specialist school.", "specialist school"},
           {"She should move to Brookside Academy.", "Brookside Academy"},
           {"A special school would meet his needs.", "special school"},
           {"Leo's needs can be met in a mainstream school.", "mainstream school"},
           {"A resourced provision for autism is recommended.", "resourced provision"},
           {"St Mary's CE Primary School will support her.", "St Mary's CE Primary School"},
       }) {
    Statement s = MakeStatement(text, Section::kF);
    auto flags = FlagsOf(StatementFlags(s), FlagId::kPlacementInDraft);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(FlaggedWords(s, flags[0]), words);
    EXPECT_EQ(flags[0].severity, Severity::kBlock);
  }
}

TEST(ChecksPlacement, Negatives) {
  for (const char* text : {
           "School staff will use a visual timetable.",
           "Leo will have access to the mainstream curriculum.",
           "Amelia will be ready for Secondary School by July 2027.",
           "Advice from the Royal College of Speech and Language Therapists was followed.",
           "The school will provide 30 minutes daily of phonics.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kPlacementInDraft)) << text;
  }
  EXPECT_FALSE(Raises("Amelia attends Oakfield Primary School.", Section::kNotPlan,
                      FlagId::kPlacementInDraft));
  // The school the child attends now, or attended, named in needs and views.
  for (const char* text : {"Amelia has attended Oakfield Primary School since Reception.",
                           "At Brookside Academy she sits at the front of the class.",
                           "In her mainstream school she finds the dinner hall too loud."}) {
    EXPECT_FALSE(Raises(text, Section::kB, FlagId::kPlacementInDraft)) << text;
    EXPECT_FALSE(Raises(text, Section::kA, FlagId::kPlacementInDraft)) << text;
  }
  // A recommended or wanted placement in needs or views still is one.
  for (const char* text : {"We want Leo to move to Brookside Academy.",
                           "Her needs can be met in a mainstream primary school."}) {
    EXPECT_TRUE(Raises(text, Section::kB, FlagId::kPlacementInDraft)) << text;
    EXPECT_TRUE(Raises(text, Section::kA, FlagId::kPlacementInDraft)) << text;
  }
}

}  // namespace
}  // namespace ehcp
