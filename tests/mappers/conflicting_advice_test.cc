#include "mappers/checks/conflicting_advice.h"

#include <gtest/gtest.h>

namespace ehcp {
namespace {

Statement Prov(std::string id, std::string doc, std::string text, std::string words,
               std::optional<double> hours, Section sec = Section::kF) {
  Statement s;
  s.id = std::move(id);
  s.document = std::move(doc);
  s.page = 3;
  s.section = sec;
  s.text = std::move(text);
  ProvisionSlots p;
  p.quantity_text = std::move(words);
  p.hours_per_year = hours;
  s.provision = p;
  return s;
}

Statement Plain(std::string id, std::string doc, Section sec, Area area, std::string text) {
  Statement s;
  s.id = std::move(id);
  s.document = std::move(doc);
  s.section = sec;
  s.area = area;
  s.text = std::move(text);
  return s;
}

TEST(ConflictingAdvice, WeeklyAgainstTermlyTherapyIsAConflictWithBothSides) {
  std::vector<Statement> st = {
      Prov("S0001", "D1",
           "Millie will receive 30 minutes of direct speech and language therapy weekly.",
           "30 minutes weekly", 19.5),
      Prov("S0002", "D2", "Millie should have direct speech and language therapy once a term.",
           "one hour a term", 3.0),
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "provision");
  EXPECT_EQ(c[0].topic, "speech and language therapy (direct)");
  EXPECT_EQ(c[0].a.statement, "S0001");
  EXPECT_EQ(c[0].b.statement, "S0002");
  EXPECT_NE(c[0].a.value.find("19.5 hours"), std::string::npos);
  EXPECT_NE(c[0].b.value.find("3 hours"), std::string::npos);
  EXPECT_NE(c[0].summary.find("D1"), std::string::npos);
  EXPECT_NE(c[0].summary.find("D2"), std::string::npos);
}

TEST(ConflictingAdvice, SameAmountPhrasedDifferentlyIsNotAConflict) {
  std::vector<Statement> st = {
      Prov("S0001", "D1", "30 minutes of speech and language therapy weekly.", "30 minutes weekly",
           19.5),
      Prov("S0002", "D2", "Half an hour of speech and language therapy each week.",
           "half an hour each week", 19.5),
      Prov("S0003", "D3", "Occupational therapy for 40 minutes a fortnight.", "40 minutes", 13.0),
  };
  EXPECT_TRUE(FindConflicts({}, st).empty());
}

TEST(ConflictingAdvice, DirectTherapyAndAProgrammeAreComparedSeparately) {
  std::vector<Statement> st = {
      Prov("S0001", "D1", "Direct speech and language therapy, 1 hour weekly.", "1 hour weekly",
           39),
      Prov("S0002", "D2",
           "A speech and language therapy programme delivered by a teaching assistant for 10 "
           "minutes each day.",
           "10 minutes each day", 32.5),
      Prov("S0003", "D2", "Direct speech and language therapy, 1 hour each half term.",
           "1 hour each half term", 6),
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].topic, "speech and language therapy (direct)");
  EXPECT_EQ(c[0].b.statement, "S0003");
}

TEST(ConflictingAdvice, MissingQuantityIsNeverFilledInOrCompared) {
  std::vector<Statement> st = {
      Prov("S0001", "D1", "Weekly occupational therapy for 45 minutes.", "45 minutes weekly",
           29.25),
      Prov("S0002", "D2", "Occupational therapy as required.", "", std::nullopt),
  };
  EXPECT_TRUE(FindConflicts({}, st).empty());
}

TEST(ConflictingAdvice, MainstreamAgainstSpecialistPlacement) {
  std::vector<Statement> st = {
      Plain("S0001", "D1", Section::kI, Area::kNone,
            "I recommend that Millie's needs can be met in a mainstream school with support."),
      Plain("S0002", "D3", Section::kI, Area::kNone,
            "Millie's needs would be best met in a specialist school for children with autism."),
      Plain("S0003", "D1", Section::kB, Area::kCognition,
            "She enjoys mainstream lessons in art."),  // not a recommendation
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "placement");
  EXPECT_EQ(c[0].a.statement, "S0001");
  EXPECT_EQ(c[0].b.statement, "S0002");
  EXPECT_EQ(PlacementRecommendation("She enjoys mainstream lessons in art."), "");
}

TEST(ConflictingAdvice, NoNeedInOneSourceAgainstANeedInAnother) {
  std::vector<Statement> st = {
      Plain("S0001", "D1", Section::kB, Area::kNone,
            "There are no concerns about Leo's communication at home or school."),
      Plain("S0002", "D2", Section::kB, Area::kCommunication,
            "Leo has significant difficulties understanding spoken language."),
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "need");
  EXPECT_EQ(c[0].topic, "communication and interaction");
}

TEST(ConflictingAdvice, DiagnosisGivenAndRuledOut) {
  std::vector<Statement> st = {
      Plain("S0001", "D4", Section::kC, Area::kNone,
            "Leo received a diagnosis of autism in March 2024."),
      Plain("S0002", "D2", Section::kC, Area::kNone,
            "Leo does not meet the criteria for a diagnosis of autism."),
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, "diagnosis");
  EXPECT_EQ(c[0].topic, "autism");
  EXPECT_EQ(c[0].a.document, "D4");
}

TEST(ConflictingAdvice, ProvisionTypesAndDelivery) {
  EXPECT_EQ(ProvisionType("Weekly SALT sessions"), "speech and language therapy");
  EXPECT_EQ(ProvisionType("Daily support from a teaching assistant"), "teaching assistant support");
  EXPECT_EQ(ProvisionType("Support with reading"), "");
  EXPECT_EQ(Delivery("a programme devised by the therapist"), "indirect");
  EXPECT_EQ(Delivery("direct therapy"), "direct");
  EXPECT_EQ(Delivery("therapy"), "");
}

}  // namespace
}  // namespace ehcp

namespace ehcp {
namespace {

TEST(ConflictingAdvice, WeeklyAgainstTermlyWithoutAmountsComparesFrequenciesOnly) {
  std::vector<Statement> st = {
      Prov("S0001", "D1", "Speech and language therapy will be provided termly.", "", std::nullopt),
      Prov("S0002", "D2", "Millie will receive 1:1 speech and language therapy weekly.", "",
           std::nullopt),
      Prov("S0003", "D3", "Occupational therapy once a week.", "", std::nullopt),
      Prov("S0004", "D4", "Occupational therapy every week in school.", "", std::nullopt),
  };
  auto c = FindConflicts({}, st);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].topic, "speech and language therapy (how often)");
  EXPECT_NE(c[0].a.value.find("termly (about 3 times a school year)"), std::string::npos);
  EXPECT_NE(c[0].b.value.find("weekly (about 39 times"), std::string::npos);
  EXPECT_NE(c[0].summary.find("do not fill in"), std::string::npos);
}

TEST(ConflictingAdvice, FrequencyOfStaffTrainingOrOfAProgrammeIsNotTheChildsTherapy) {
  std::vector<Statement> st = {
      // D1: staff training once a year, and a daily programme delivered by a teaching assistant.
      Plain("S0001", "D1", Section::kF, Area::kCommunication,
            "Adults working with Millie will receive training in developmental language disorder "
            "from the speech and language therapist once a year."),
      Plain("S0002", "D1", Section::kF, Area::kCommunication,
            "A speech and language therapy programme delivered by a teaching assistant daily."),
      // D2: the therapist's own sessions, termly; D3: direct therapy weekly.
      Plain("S0003", "D2", Section::kF, Area::kCommunication,
            "Speech and language therapy will be provided termly."),
      Plain("S0004", "D3", Section::kF, Area::kCommunication,
            "Millie will have direct speech and language therapy weekly with the therapist."),
  };
  auto c = FindConflicts({}, st);
  // Termly against weekly is the disagreement; the daily programme is compared with neither
  // (it is delivered by others, D3's therapy is direct) except the undeclared termly sessions,
  // and the yearly training is never compared.
  bool termly_weekly = false;
  for (const Conflict& x : c) {
    EXPECT_NE(x.a.statement, "S0001") << x.summary;
    EXPECT_NE(x.b.statement, "S0001") << x.summary;
    EXPECT_FALSE((x.a.statement == "S0002" && x.b.statement == "S0004") ||
                 (x.a.statement == "S0004" && x.b.statement == "S0002"))
        << x.summary;
    termly_weekly = termly_weekly || (x.a.statement == "S0003" && x.b.statement == "S0004");
  }
  EXPECT_TRUE(termly_weekly);
}

TEST(ConflictingAdvice, CountsPerWeekAreReadAndDailyLivingIsNotAFrequency) {
  std::vector<Statement> st = {
      Plain("S0001", "D1", Section::kF, Area::kSensoryPhysical,
            "An occupational therapy programme to develop his daily living skills, reviewed each "
            "half term."),
      Plain("S0002", "D2", Section::kF, Area::kSensoryPhysical,
            "Occupational therapy programme once a week at the weekend club."),
      Plain("S0003", "D3", Section::kF, Area::kSensoryPhysical,
            "An occupational therapy programme four times a week."),
  };
  auto c = FindConflicts({}, st);
  bool four_vs_once = false;
  for (const Conflict& x : c) {
    // D1 says each half term (6 a year), not daily: "daily living" is not how often.
    EXPECT_EQ(x.a.value.find("daily"), std::string::npos) << x.summary;
    EXPECT_EQ(x.b.value.find("daily"), std::string::npos) << x.summary;
    four_vs_once = four_vs_once || ((x.a.statement == "S0002" && x.b.statement == "S0003") &&
                                    x.b.value.find("four times a week") != std::string::npos);
  }
  EXPECT_TRUE(four_vs_once);
}

TEST(ConflictingAdvice, BestPlacedInASpecialistSchoolIsARecommendation) {
  EXPECT_EQ(PlacementRecommendation(
                "In my opinion Toby would be best placed in a specialist school for pupils with "
                "social, emotional and mental health needs."),
            "specialist");
  EXPECT_EQ(PlacementRecommendation("In my view Toby's needs can be met in a mainstream "
                                    "secondary school with the provision described."),
            "mainstream");
}

}  // namespace
}  // namespace ehcp
