// vague-wording, resource-caveat, unquantified-provision, missing-quantity-in-advice.
#include <gtest/gtest.h>

#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

using testing_checks::FlaggedWords;
using testing_checks::FlagsOf;
using testing_checks::MakeStatement;
using testing_checks::Raises;

TEST(ChecksVagueWording, Positives) {
  for (const char* text : {
           "Amelia will have access to a small group.",
           "Regular speech and language therapy as required.",
           "Opportunities to develop social skills at lunchtime.",
           "Up to 30 minutes of precision teaching daily with a teaching assistant.",
           "Strategies such as visual supports and movement breaks.",
           "Amelia would benefit from a social skills group.",
           "Occupational therapy to be determined by the school following assessment.",
           "School staff will support her with writing.",
           "A weekly session of 20\xE2\x80\x93"
           "45 minutes with a teaching assistant.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kF, FlagId::kVagueWording)) << text;
  }
}

TEST(ChecksVagueWording, Negatives) {
  for (const char* text : {
           "Regular weekly 30-minute sessions with a speech and language therapist.",
           "One hour a week of individual speech and language therapy delivered by a qualified "
           "speech and language therapist.",
           "A daily 15-minute programme delivered by a teaching assistant trained by the "
           "therapist.",
           "Small group of up to 4 pupils for 30 minutes three times a week, led by the class "
           "teacher.",
           "Precision teaching for 10 minutes daily with a teaching assistant.",
           "In May 2026 the SENCO will review the programme for 1 hour.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kVagueWording)) << text;
  }
  // Only provision sections.
  EXPECT_FALSE(Raises("She may need regular reassurance.", Section::kB, FlagId::kVagueWording));
  EXPECT_FALSE(
      Raises("Access to a small group as required.", Section::kNotPlan, FlagId::kVagueWording));
}

TEST(ChecksVagueWording, MessageNamesWordsAndBasis) {
  Statement s = MakeStatement("Amelia will have access to a laptop.", Section::kF);
  auto flags = StatementFlags(s);
  auto vague = FlagsOf(flags, FlagId::kVagueWording);
  ASSERT_EQ(vague.size(), 1u);
  EXPECT_EQ(FlaggedWords(s, vague[0]), "have access to");
  EXPECT_EQ(vague[0].message,
            "'have access to' does not say what will be provided: state who will do what, how "
            "often and for how long (SEND Code of Practice 9.69)");
  EXPECT_EQ(vague[0].basis, "SEND Code of Practice 9.69");
  EXPECT_EQ(vague[0].severity, Severity::kWarn);
  EXPECT_EQ(vague[0].spans[0].statement, "S0001");
}

TEST(ChecksResourceCaveat, PositivesAndNegatives) {
  for (const char* text : {
           "Weekly speech and language therapy, subject to availability.",
           "A teaching assistant for 15 hours per week within existing resources.",
           "Occupational therapy subject to funding.",
           "ELSA sessions for 30 minutes weekly, resources permitting.",
           "The school will provide a laptop if funding allows.",
       }) {
    auto flags = FlagsOf(StatementFlags(MakeStatement(text, Section::kF)), FlagId::kResourceCaveat);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(flags[0].severity, Severity::kBlock);
  }
  for (const char* text : {
           "Weekly speech and language therapy for 30 minutes from a therapist.",
           "The teaching assistant will be available at lunchtime for 20 minutes daily.",
           "Funding for a laptop is in section J.",
           "Resources such as a writing slope will be used in class.",
           "The therapist will check availability of the room each term.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kResourceCaveat)) << text;
  }
  EXPECT_FALSE(Raises("Mum said therapy was subject to availability.", Section::kA,
                      FlagId::kResourceCaveat));
}

TEST(ChecksUnquantified, Positives) {
  for (const char* text : {
           "Support with social skills.",
           "Opportunities to develop her communication.",
           "Help with reading and spelling.",
           "Access to a quiet, calm environment and support with regulation.",
           "Support from a familiar adult to manage transitions.",
           "Speech and language therapy as required.",
       }) {
    auto flags =
        FlagsOf(StatementFlags(MakeStatement(text, Section::kF)), FlagId::kUnquantifiedProvision);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(flags[0].severity, Severity::kBlock);
  }
}

TEST(ChecksUnquantified, Negatives) {
  for (const char* text : {
           "Weekly sessions with the speech and language therapist.",
           "30 minutes of precision teaching.",
           "Support from a teaching assistant trained in Lego therapy.",
           "A writing slope.",
           "None identified.",
           "A teaching assistant will support her throughout the day.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kUnquantifiedProvision)) << text;
  }
  EXPECT_FALSE(Raises("Support with social skills.", Section::kB, FlagId::kUnquantifiedProvision));
}

TEST(ChecksMissingQuantity, AskTheAuthorWhenSomethingButNotHoursIsGiven) {
  for (const char* text : {
           "Weekly sessions with the speech and language therapist.",
           "30 minutes of precision teaching with a teaching assistant.",
           "Support from a teaching assistant trained in Lego therapy.",
           "Occupational therapy from the OT each half term.",
           "Fortnightly ELSA sessions.",
       }) {
    auto flags =
        FlagsOf(StatementFlags(MakeStatement(text, Section::kF)), FlagId::kMissingQuantityInAdvice);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_NE(flags[0].message.find("ask the author"), std::string::npos);
  }
  for (const char* text : {
           "30 minutes of speech and language therapy weekly from a therapist.",
           "Support with social skills.",  // unquantified instead
           "A writing slope.",
           "A teaching assistant will support her throughout the day.",
           "6 hours per term of specialist teaching.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kMissingQuantityInAdvice)) << text;
  }
  // Not from a document: the plan writer's own text.
  EXPECT_TRUE(
      FlagsOf(StatementFlags(MakeStatement("Fortnightly ELSA sessions.", Section::kF, "S1", "")),
              FlagId::kMissingQuantityInAdvice)
          .empty());
}

}  // namespace
}  // namespace ehcp
