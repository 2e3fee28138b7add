#include "mappers/slots/slots.h"

#include <gtest/gtest.h>

namespace ehcp {
namespace {

struct HoursCase {
  const char* text;
  double hours;
};

class ProvisionHours : public testing::TestWithParam<HoursCase> {};

TEST_P(ProvisionHours, NormalisesToA39WeekYear) {
  ProvisionSlots s = ParseProvision(GetParam().text);
  ASSERT_TRUE(s.hours_per_year.has_value()) << GetParam().text;
  EXPECT_DOUBLE_EQ(*s.hours_per_year, GetParam().hours) << GetParam().text;
  EXPECT_FALSE(s.amount.empty());
  EXPECT_FALSE(s.quantity_text.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, ProvisionHours,
    testing::Values(HoursCase{"30 minutes twice weekly", 39}, HoursCase{"6 hours per term", 18},
                    HoursCase{"a daily 10-minute session", 32.5},
                    HoursCase{"3 x 20 min sessions a week", 39},
                    HoursCase{"1 hour weekly for the first two terms", 26},
                    HoursCase{"20\xE2\x80\x93"
                              "30 minutes daily",
                              65},
                    HoursCase{"half an hour each week", 19.5}, HoursCase{"one hour a week", 39},
                    HoursCase{"15 hours per week", 585},
                    HoursCase{"5 sessions of 45 minutes per half term", 22.5},
                    HoursCase{"an hour termly", 3}, HoursCase{"2 hours annually", 2},
                    HoursCase{"45 minutes fortnightly", 14.625},
                    HoursCase{"30 minutes three times a week", 58.5},
                    HoursCase{"two 30-minute sessions a week", 39},
                    HoursCase{"1 hour each half term", 6}, HoursCase{"an hour once a year", 1}));

TEST(ProvisionSlotsTest, FullStatementFillsEverySlot) {
  ProvisionSlots s = ParseProvision(
      "30 minutes twice weekly of 1:1 speech and language therapy in a quiet room, delivered by "
      "a qualified speech and language therapist");
  EXPECT_EQ(s.what, "speech and language therapy");
  EXPECT_EQ(s.who, "qualified speech and language therapist");
  EXPECT_EQ(s.amount, "30 minutes");
  EXPECT_EQ(s.frequency, "twice weekly");
  EXPECT_EQ(s.group_size, "1:1");
  EXPECT_EQ(s.setting, "in a quiet room");
  EXPECT_EQ(s.quantity_text, "30 minutes twice weekly");
  EXPECT_DOUBLE_EQ(*s.hours_per_year, 39);
  EXPECT_TRUE(WhoIsSpecific(s));
}

TEST(ProvisionSlotsTest, WhoKeepsTraining) {
  ProvisionSlots s = ParseProvision(
      "a daily 15-minute programme delivered by a teaching assistant trained by the therapist");
  EXPECT_EQ(s.who, "teaching assistant trained by the therapist");
  EXPECT_EQ(s.what, "programme");
  EXPECT_DOUBLE_EQ(*s.hours_per_year, 48.75);
  EXPECT_EQ(ParseProvision("Termly review by the SENCO").who, "SENCO");
}

TEST(ProvisionSlotsTest, FrequencyAloneHasNoAmount) {
  for (const char* text : {"fortnightly", "each half term", "three times a week", "termly",
                           "annually", "once a year"}) {
    ProvisionSlots s = ParseProvision(text);
    EXPECT_FALSE(s.hours_per_year.has_value()) << text;
    EXPECT_TRUE(s.amount.empty()) << text;
    EXPECT_EQ(s.frequency, text);
    EXPECT_FALSE(s.has_amount()) << text;
  }
}

TEST(ProvisionSlotsTest, RangeKeepsBothEndsAndCountsTheLower) {
  ProvisionSlots s = ParseProvision(
      "20\xE2\x80\x93"
      "30 minutes daily");
  EXPECT_EQ(s.amount,
            "20\xE2\x80\x93"
            "30 minutes");
  EXPECT_EQ(s.frequency, "daily");
  EXPECT_DOUBLE_EQ(*s.hours_per_year, 65);
}

TEST(ProvisionSlotsTest, DurationIsRecorded) {
  ProvisionSlots s = ParseProvision("1 hour weekly for the first two terms");
  EXPECT_EQ(s.duration, "for the first two terms");
  EXPECT_EQ(s.quantity_text, "1 hour weekly for the first two terms");
  EXPECT_DOUBLE_EQ(*ParseProvision("30 minutes daily for 6 weeks").hours_per_year, 15);
}

TEST(ProvisionSlotsTest, GroupSizes) {
  EXPECT_EQ(ParseProvision("1:1 support").group_size, "1:1");
  EXPECT_EQ(ParseProvision("one-to-one teaching").group_size, "one-to-one");
  EXPECT_EQ(ParseProvision("in a small group of up to 4 pupils").group_size,
            "small group of up to 4 pupils");
  EXPECT_EQ(ParseProvision("in a small group").group_size, "small group");
}

TEST(ProvisionSlotsTest, NoAmountMeansUnset) {
  ProvisionSlots s = ParseProvision("Regular speech and language therapy as required.");
  EXPECT_FALSE(s.hours_per_year.has_value());
  EXPECT_TRUE(s.amount.empty());
  EXPECT_TRUE(s.frequency.empty());
  EXPECT_EQ(s.what, "speech and language therapy");
  ProvisionSlots y = ParseProvision("A Year 4 pupil needs support in class.");
  EXPECT_TRUE(y.frequency.empty());
}

TEST(ProvisionSlotsTest, PeriodsWithNumbersAndNames) {
  ProvisionSlots a = ParseProvision("30 minutes every six weeks with the SENCO.");
  EXPECT_EQ(a.frequency, "every six weeks");
  ASSERT_TRUE(a.hours_per_year.has_value());
  EXPECT_DOUBLE_EQ(*a.hours_per_year, 0.5 * 39 / 6);
  EXPECT_EQ(ParseProvision("Reviewed every 12 months.").frequency, "every 12 months");
  EXPECT_EQ(ParseProvision("Three-monthly medication reviews.").frequency, "Three-monthly");
  EXPECT_EQ(ParseProvision("An annual review of her shunt.").frequency, "annual");
  EXPECT_EQ(ParseProvision("Training for staff each September.").frequency, "each September");
  EXPECT_TRUE(ParseProvision("Training for each of the staff.").frequency.empty());
  ProvisionSlots d = ParseProvision("A play scheme for 10 days.");
  EXPECT_EQ(d.duration, "for 10 days");
}

TEST(ProvisionSlotsTest, NamedTeamsAndPluralRolesAreSpecific) {
  EXPECT_TRUE(WhoIsSpecific(ParseProvision("reviewed by the diabetes team")));
  EXPECT_TRUE(WhoIsSpecific(ParseProvision("Wheelchair services will reassess it")));
  EXPECT_TRUE(WhoIsSpecific(ParseProvision("support from two teaching assistants")));
  EXPECT_TRUE(WhoIsSpecific(ParseProvision("checked by the TAs")));
  EXPECT_TRUE(WhoIsSpecific(ParseProvision("seen by the orthoptist")));
  EXPECT_FALSE(WhoIsSpecific(ParseProvision("support from the learning support team")));
  EXPECT_FALSE(WhoIsSpecific(ParseProvision("support from the SEN team")));
  EXPECT_FALSE(WhoIsSpecific(ParseProvision("support from the team")));
}

TEST(ProvisionSlotsTest, LeadingEquipment) {
  EXPECT_TRUE(LeadsWithEquipment("A height-adjustable chair with support for her feet."));
  EXPECT_TRUE(LeadsWithEquipment("Ear defenders and a quiet space."));
  EXPECT_FALSE(LeadsWithEquipment("Support to use her ear defenders."));
  EXPECT_FALSE(LeadsWithEquipment("Weekly speech and language therapy."));
  EXPECT_FALSE(LeadsWithEquipment(""));
}

TEST(ProvisionSlotsTest, UnnamedActorsAreNotSpecific) {
  EXPECT_FALSE(WhoIsSpecific(ParseProvision("support from a familiar adult")));
  EXPECT_FALSE(WhoIsSpecific(ParseProvision("school staff will support her")));
  EXPECT_TRUE(WhatIsEquipment(ParseProvision("a writing slope")));
}

struct AnchorCase {
  const char* text;
  const char* anchor;
};

class OutcomeAnchors : public testing::TestWithParam<AnchorCase> {};

TEST_P(OutcomeAnchors, FindsTheTimeAnchor) {
  EXPECT_EQ(ParseOutcome(GetParam().text).time_anchor, GetParam().anchor) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Phrases, OutcomeAnchors,
    testing::Values(
        AnchorCase{"Amelia will read 40 common exception words by July 2027.", "by July 2027"},
        AnchorCase{"By the end of Key Stage 2, Amelia will write a paragraph.",
                   "By the end of Key Stage 2"},
        AnchorCase{"By the end of Year 6 she will count to 100.", "By the end of Year 6"},
        AnchorCase{"Within 12 months Leo will name 5 emotions.", "Within 12 months"},
        AnchorCase{"By the end of the academic year Leo will use a visual timetable.",
                   "By the end of the academic year"},
        AnchorCase{"By her next annual review, Amelia will ask for help.",
                   "By her next annual review"},
        AnchorCase{"By the time he transfers to secondary school, Leo will travel independently.",
                   "By the time he transfers to secondary school"},
        AnchorCase{"Amelia will be able to ask for help.", ""},
        AnchorCase{"Amelia will be supported by an adult in class.", ""}));

TEST(OutcomeSlotsTest, MeasurableElements) {
  EXPECT_EQ(ParseOutcome("By July 2027 Amelia will read 40 common exception words.").measure,
            "read 40 common exception words");
  EXPECT_FALSE(
      ParseOutcome("Amelia will ask an adult for help in 4 out of 5 lessons").measure.empty());
  EXPECT_FALSE(ParseOutcome("Leo will travel independently to college").measure.empty());
  EXPECT_TRUE(ParseOutcome("Amelia will be happy by July 2027.").measure.empty());
  EXPECT_TRUE(
      ParseOutcome("Amelia will achieve her potential by the end of Year 6.").measure.empty());
  EXPECT_TRUE(ParseOutcome("Amelia will make progress in reading by July 2027.").measure.empty());
  // A year in the anchor is not a count.
  EXPECT_TRUE(ParseOutcome("Amelia will be confident by the end of Year 6.").measure.empty());
}

TEST(OutcomeSlotsTest, SubjectIsChild) {
  EXPECT_TRUE(ParseOutcome("Amelia will read 40 words by July 2027.").subject_is_child);
  EXPECT_FALSE(ParseOutcome("Amelia will receive speech therapy weekly.").subject_is_child);
  EXPECT_FALSE(ParseOutcome("Staff will use a visual timetable.").subject_is_child);
  EXPECT_FALSE(ParseOutcome("The school will provide a laptop.").subject_is_child);
  EXPECT_FALSE(ParseOutcome("Leo will have access to a quiet space.").subject_is_child);
}

}  // namespace
}  // namespace ehcp

namespace ehcp {
namespace {

TEST(SlotsRobustness, OddInputsGiveNoAmountAndNoAnchor) {
  for (const char* text : {"",         " ",    "-",  "30",         "30 -",         "x",
                           "1:",       "for",  "by", "within the", "\xE2\x80\x93", "\xC2\xA0",
                           "\xFF\xFE", "half", "an", "3 x",        "Year",         "20\xE2\x80\x93",
                           "e.g.",     "'"}) {
    ProvisionSlots s = ParseProvision(text);
    EXPECT_FALSE(s.hours_per_year.has_value()) << text;
    OutcomeSlots o = ParseOutcome(text);
    EXPECT_TRUE(o.time_anchor.empty()) << text;
  }
}

}  // namespace
}  // namespace ehcp
