// jargon and report-voice.
#include <gtest/gtest.h>

#include <tuple>

#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

using testing_checks::FlaggedWords;
using testing_checks::FlagsOf;
using testing_checks::MakeStatement;
using testing_checks::Raises;

TEST(ChecksJargon, Positives) {
  for (auto [text, term] : std::vector<std::pair<const char*, const char*>>{
           {"Amelia has a diagnosis of ASC.", "ASC"},
           {"Leo is known to CAMHS.", "CAMHS"},
           {"The SENCO will review the plan.", "SENCO"},
           {"Her BPVS standard score was 78.", "BPVS"},
           {"Two TAs support the class.", "TAs"},
           {"He is working below ARE in maths.", "ARE"},
           {"By the end of KS2 she will read 40 words.", "KS2"},
       }) {
    Statement s = MakeStatement(text, Section::kB);
    auto flags = FlagsOf(StatementFlags(s), FlagId::kJargon);
    ASSERT_FALSE(flags.empty()) << text;
    EXPECT_EQ(FlaggedWords(s, flags[0]), term) << text;
    EXPECT_EQ(flags[0].severity, Severity::kInfo);
  }
  auto flags = StatementFlags(MakeStatement("Amelia has a diagnosis of ASC.", Section::kB));
  EXPECT_NE(flags[0].message.find("autism spectrum condition (ASC)"), std::string::npos);
}

TEST(ChecksJargon, Negatives) {
  for (const char* text : {
           "Amelia has a diagnosis of autism spectrum condition (ASC).",
           "Leo has ADHD (attention deficit hyperactivity disorder).",
           "The special educational needs co-ordinator (SENCO) will review it.",
           "COMMUNICATION AND INTERACTION NEEDS ARE DESCRIBED BELOW",
           "Amelia enjoys reading and drawing.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kB, FlagId::kJargon)) << text;
  }
  EXPECT_FALSE(Raises("Leo is known to CAMHS.", Section::kNotPlan, FlagId::kJargon));
}

TEST(ChecksReportVoice, Positives) {
  for (auto [text, words] : std::vector<std::pair<const char*, const char*>>{
           {"I observed Amelia in her maths lesson.", "I observed"},
           {"When I assessed Leo he was tired.", "I assessed"},
           {"In my opinion she needs a quiet space.", "In my opinion"},
           {"See section 4 for her test results.", "See section"},
           {"As mentioned above, Leo struggles with transitions.", "As mentioned above"},
           {"The writer recommends weekly sessions.", "The writer"},
           {"Her scores are given in this report.", "this report"},
       }) {
    Statement s = MakeStatement(text, Section::kB);
    auto flags = FlagsOf(StatementFlags(s), FlagId::kReportVoice);
    ASSERT_FALSE(flags.empty()) << text;
    EXPECT_EQ(FlaggedWords(s, flags[0]), words) << text;
  }
}

TEST(ChecksReportVoice, Negatives) {
  for (const char* text : {
           "Amelia was observed to find group work hard.",
           "Leo said he likes the sensory room.",
           "The therapist will review progress each term.",
           "She likes to see her friends at lunchtime.",
           "Amelia is in Year 4 and enjoys swimming.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kB, FlagId::kReportVoice)) << text;
  }
  // Section A: a parent's or child's own voice.
  EXPECT_FALSE(Raises("I feel she is happier at home.", Section::kA, FlagId::kReportVoice));
  EXPECT_FALSE(Raises("I observed that he loves trains.", Section::kA, FlagId::kReportVoice));
  EXPECT_TRUE(Raises("See section 4 of this report.", Section::kA, FlagId::kReportVoice));
}

TEST(ChecksReportVoice, CliniciansAndProfessionalsOwnWords) {
  for (auto [text, section, words] : std::vector<std::tuple<const char*, Section, const char*>>{
           {"It is my opinion that Yusuf requires a specialist setting.", Section::kI,
            "It is my opinion"},
           {"Callum told me that he wants to go back to school.", Section::kB, "told me"},
           {"I will see Ravi again in the general paediatric clinic in four months.", Section::kG,
            "I will see"},
           {"I have started melatonin 2 mg to be given 30 minutes before bedtime.", Section::kC,
            "I have started"},
           {"I have advised school to keep a water bottle on her desk.", Section::kF,
            "I have advised"},
           {"I would like to see Amelia's reading assessed again next year.", Section::kB,
            "I would like to see"},
       }) {
    Statement s = MakeStatement(text, section);
    auto flags = FlagsOf(StatementFlags(s), FlagId::kReportVoice);
    ASSERT_FALSE(flags.empty()) << text;
    EXPECT_EQ(FlaggedWords(s, flags[0]), words) << text;
  }
  // In section A, a named person telling "me" is the professional's voice; a family member
  // or teacher telling the child or parent is their own.
  EXPECT_TRUE(
      Raises("Idris told me that teachers pick on him.", Section::kA, FlagId::kReportVoice));
  for (const char* text : {
           "My teacher told me I am good at maths.",
           "Mum told me we are moving house.",
           "Mrs Shah told me I can use the calm room.",
           "He told me he was scared.",
           "I would like to see him make friends.",
       }) {
    EXPECT_FALSE(Raises(text, Section::kA, FlagId::kReportVoice)) << text;
  }
  // The child's own voice in a need or an outcome.
  EXPECT_FALSE(Raises("I have started Year 7 and I find it hard to find my classes.", Section::kB,
                      FlagId::kReportVoice));
  EXPECT_FALSE(
      Raises("I find it hard to remember what I have read.", Section::kB, FlagId::kReportVoice));
  EXPECT_FALSE(Raises("By July 2026 I will see my friends at the youth club every week.",
                      Section::kE, FlagId::kReportVoice));
}

}  // namespace
}  // namespace ehcp
