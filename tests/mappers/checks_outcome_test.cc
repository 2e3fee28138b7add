// outcome-no-timescale, outcome-not-measurable, outcome-is-provision.
#include <gtest/gtest.h>

#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

using testing_checks::Raises;

TEST(ChecksOutcome, NoTimescale) {
  for (const char* text : {"Amelia will read 40 common exception words.",
                           "Leo will ask an adult for help in 4 out of 5 lessons.",
                           "Amelia will travel independently to school.",
                           "Leo will name 5 emotions.", "Amelia will write a full sentence."}) {
    EXPECT_TRUE(Raises(text, Section::kE, FlagId::kOutcomeNoTimescale)) << text;
  }
  for (const char* text : {"By July 2027 Amelia will read 40 common exception words.",
                           "By the end of Key Stage 2, Leo will ask for help.",
                           "Within 12 months Amelia will name 5 emotions.",
                           "By her next annual review, Amelia will write a sentence.",
                           "By the time he transfers to secondary school, Leo will travel "
                           "independently."}) {
    EXPECT_FALSE(Raises(text, Section::kE, FlagId::kOutcomeNoTimescale)) << text;
  }
  EXPECT_FALSE(Raises("Amelia will read.", Section::kB, FlagId::kOutcomeNoTimescale));
}

TEST(ChecksOutcome, NotMeasurable) {
  for (const char* text : {"By July 2027 Amelia will be happy.",
                           "By the end of Year 6 Leo will achieve his potential.",
                           "Amelia will be more confident by the end of the academic year.",
                           "Leo will make progress in reading by July 2027.",
                           "By the end of Key Stage 2 Amelia will develop her social skills."}) {
    EXPECT_TRUE(Raises(text, Section::kE, FlagId::kOutcomeNotMeasurable)) << text;
  }
  for (const char* text : {"By July 2027 Amelia will read 40 common exception words.",
                           "Leo will ask an adult for help in 4 out of 5 lessons by July 2027.",
                           "By the end of Year 11, Leo will travel independently to college.",
                           "Within 12 months Amelia will name 5 emotions.",
                           "By July 2027 Amelia will dress independently after PE."}) {
    EXPECT_FALSE(Raises(text, Section::kE, FlagId::kOutcomeNotMeasurable)) << text;
  }
}

TEST(ChecksOutcome, IsProvision) {
  for (const char* text :
       {"Amelia will receive speech and language therapy.",
        "Staff will use a visual timetable with Leo.",
        "The school will provide a laptop by July 2027.", "Leo will have access to a quiet space.",
        "Amelia will be supported by a teaching assistant."}) {
    auto flags = StatementFlags(testing_checks::MakeStatement(text, Section::kE));
    EXPECT_FALSE(testing_checks::FlagsOf(flags, FlagId::kOutcomeIsProvision).empty()) << text;
    // One fault, one flag.
    EXPECT_TRUE(testing_checks::FlagsOf(flags, FlagId::kOutcomeNoTimescale).empty()) << text;
  }
  for (const char* text :
       {"By July 2027 Amelia will read 40 words.",
        "Leo will ask for help in 4 out of 5 lessons by July 2027.",
        "With adult support, Amelia will write 3 sentences by July 2027.",
        "By Year 6 Leo will use his timetable independently.", "Amelia will be happy."}) {
    EXPECT_FALSE(Raises(text, Section::kE, FlagId::kOutcomeIsProvision)) << text;
  }
}

}  // namespace
}  // namespace ehcp
