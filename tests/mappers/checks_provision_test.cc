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

TEST(ChecksResourceCaveat, FreeWording) {
  for (auto [text, words] : std::vector<std::pair<const char*, const char*>>{
           {"A hoist and shower chair will be provided if funding can be secured.",
            "if funding can be secured"},
           {"Four hours a week of home support, subject to the panel's approval of funding.",
            "subject to the panel's"},
           {"A laptop within the school's existing resources.",
            "within the school's existing resources"},
           {"Overnight respite will be provided when a bed becomes available.",
            "when a bed becomes available"},
           {"Sleep clinic appointment subject to the availability of the sleep service.",
            "subject to the availability"},
           {"Weekly swimming with a support worker, funding permitting.", "funding permitting"},
           {"A residential short break once a place is available.", "once a place is available"},
           {"Specialist seating, pending funding approval.", "pending funding"},
       }) {
    Statement s = MakeStatement(text, Section::kH1);
    auto flags = FlagsOf(StatementFlags(s), FlagId::kResourceCaveat);
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(FlaggedWords(s, flags[0]), words) << text;
    EXPECT_EQ(flags[0].severity, Severity::kBlock);
  }
  for (const char* text : {
           "Poppy is subject to a child in need plan and sees her social worker monthly.",
           "Funding for a one-week accessible holiday each summer, with a support worker.",
           "Access to Numicon and other concrete resources in all maths lessons.",
           "A calm space within the classroom, used when she asks for it.",
           "When a place at the club is offered, a support worker will go with him weekly.",
           "If funding is the family's choice, a direct payment will be made monthly.",
           "Subject to review by the physiotherapist each term.",
           "Within 6 weeks, a social worker will complete an assessment.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kH1, FlagId::kResourceCaveat)) << text;
  }
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

TEST(ChecksUnquantified, FrequenciesWrittenWithNumbersAndNames) {
  for (const char* text : {
           "Zainab will be reviewed in the paediatric clinic every six months.",
           "Her wheelchair will be reassessed every 12 months.",
           "The annual cardiology review will continue at the children's hospital.",
           "Her hip X-rays will be reviewed annually.",
           "Medication appointments will be three-monthly.",
           "Six monthly reviews of her orthoses.",
           "A hearing test once a year.",
           "Refresher training on her care plan each September.",
           "A bi-annual review of her glasses.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kG, FlagId::kUnquantifiedProvision)) << text;
  }
  // Not frequencies: a month that is not a name, a number that is not a count of units.
  for (const char* text : {
           "Support with reading every may be helpful.",
           "Each of the six activities will be supported.",
           "Support with every 12 words of spelling.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kF, FlagId::kUnquantifiedProvision)) << text;
  }
}

TEST(ChecksUnquantified, NamedRolesAndServicesAreAWho) {
  for (const char* text : {
           "The orthoptist will review her glasses and patching.",
           "Wheelchair services will reassess his wheelchair.",
           "A habilitation specialist will provide mobility training.",
           "Her care plan will be reviewed by the diabetes team.",
           "Staff will be trained by the epilepsy specialist nurse.",
           "Cognitive behavioural therapy with a CAMHS practitioner.",
           "The GP will monitor his asthma.",
           "A paediatric dietitian will assess his calorie intake.",
           "Teachers will give Nell printed notes at the end of every lesson.",
           "Support from two teaching assistants.",
           "An assessment by the specialist teaching service.",
           "A bed provided by the children's occupational therapy equipment service.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kG, FlagId::kUnquantifiedProvision)) << text;
  }
  // A school's own department or team, or an unnamed kind of service, is not a who.
  for (const char* text : {
           "Rhys will continue to receive support from the learning support team.",
           "Support from the SEN team.",
           "Support from the pastoral team.",
           "Poppy and her mother will be offered family support services.",
           "Support from the team.",
           "Support from staff.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kF, FlagId::kUnquantifiedProvision)) << text;
  }
}

TEST(ChecksUnquantified, EquipmentNeedsNoHours) {
  for (const char* text : {
           "A height-adjustable chair with a footplate and a side-lying board for floor "
           "activities.",
           "A move-and-sit cushion for carpet time.",
           "Ear defenders kept in his tray and in the hall for assemblies.",
           "A writing slope for all written work.",
           "Time-out card and a designated calm space.",
           "Access to Numicon and other concrete resources in all maths lessons.",
           "Continence products to be supplied.",
           "A specialist car seat and a portable ramp for family outings.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kF, FlagId::kUnquantifiedProvision)) << text;
  }
  // Provision that only mentions equipment is not equipment.
  for (const char* text : {
           "Support to use a visual timetable.",
           "Strategies such as visual supports, now and next boards and movement breaks.",
           "Help to organise his ear defenders and pencil case.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kF, FlagId::kUnquantifiedProvision)) << text;
  }
}

TEST(ChecksUnquantified, OneOffAmounts) {
  for (const char* text : {
           "A holiday play scheme for 10 days during the summer holidays.",
           "A careers interview twice in Year 11.",
           "A block of six sessions of sleep hygiene advice.",
           "A home adaptations assessment within 8 weeks.",
           "A follow-up appointment in four months.",
           "A Care Act needs assessment by December 2025.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kH1, FlagId::kUnquantifiedProvision)) << text;
  }
  for (const char* text : {
           "Support with money skills in Year 11.",
           "Help with travel within the community.",
           "A needs assessment by the end.",
           "Support with reading once he has settled.",
       }) {
    EXPECT_TRUE(Raises(text, Section::kH1, FlagId::kUnquantifiedProvision)) << text;
  }
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
  // A periodic review with its frequency and its clinician has no session length to ask for;
  // without the frequency it still needs one.
  EXPECT_FALSE(
      Raises("Toby will be reviewed in the community paediatric clinic every six months "
             "by a consultant paediatrician.",
             Section::kG, FlagId::kMissingQuantityInAdvice));
  EXPECT_TRUE(Raises("Toby will be reviewed by a consultant paediatrician.", Section::kG,
                     FlagId::kMissingQuantityInAdvice) ||
              Raises("Toby will be reviewed by a consultant paediatrician.", Section::kG,
                     FlagId::kUnquantifiedProvision));
  // Not from a document: the plan writer's own text.
  EXPECT_TRUE(
      FlagsOf(StatementFlags(MakeStatement("Fortnightly ELSA sessions.", Section::kF, "S1", "")),
              FlagId::kMissingQuantityInAdvice)
          .empty());
}

}  // namespace
}  // namespace ehcp
