// The rule classifier: the document's structure first, then the kind of document, then wording.
#include "mappers/classify/classifier.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "mappers/classify/document_kind.h"
#include "mappers/classify/model.h"

namespace ehcp {
namespace {

struct Case {
  const char* text;
  const char* context;
  Section section;
  Area area;
};

Classification ClassifyOne(std::string_view text, std::string_view context = "",
                           DocKind kind = DocKind::kOther,
                           BlockKind block = BlockKind::kParagraph) {
  static const auto classifier = MakeDefaultClassifier();
  return classifier->Classify(
      {.text = text, .context = context, .block_kind = block, .doc_kind = kind});
}

void Expect(const Case& c) {
  Classification got = ClassifyOne(c.text, c.context);
  EXPECT_EQ(Label(got.section), Label(c.section)) << c.text << " | " << c.context;
  EXPECT_EQ(Label(got.area), Label(c.area)) << c.text << " | " << c.context;
}

TEST(Classifier, TheInnermostHeadingThatNamesASectionDecides) {
  // An area label under "Outcomes" or "Provision" sets the area; the outer heading the section.
  Expect({"Toby will be happier in school.",
          "Section 4: Outcomes > Social, emotional and mental health", Section::kE, Area::kSemh});
  Expect({"Toby will have access to the Hub at break and lunchtime when needed.",
          "Section 5: Special educational provision required > Social, emotional and mental health",
          Section::kF, Area::kSemh});
  Expect({"Toby avoids situations where he might be seen to fail.",
          "Section 3: Special educational needs > Social, emotional and mental health", Section::kB,
          Area::kSemh});
  // The same sentence without structure is judged by its wording alone.
  Expect({"Toby will have a 15-minute check-in with his key adult every morning.", "", Section::kF,
          Area::kSemh});
}

TEST(Classifier, AdviceUnderOutcomesStaysAnOutcomeEvenWhenItReadsLikeProvision) {
  // The draft keeps the advice's structure; the checks then raise outcome-is-provision.
  Expect({"Millie will receive speech and language therapy to develop her narrative skills.",
          "Outcomes", Section::kE, Area::kCommunication});
}

TEST(Classifier, ProvisionWordingUnderHealthOrSocialCareHeadingsGoesToGOrH) {
  Expect({"Toby will receive a block of six 45-minute occupational therapy sessions in school.",
          "5. Health provision (Section G)", Section::kG, Area::kSensoryPhysical});
  Expect({"Jayden will receive a short breaks package of 3 hours per week with a support worker.",
          "4. Social care provision", Section::kH1, Area::kNone});
  Expect({"Overnight short breaks at Hazel House will be considered.", "4. Social care provision",
          Section::kH2, Area::kNone});
  // And a health statement under a provision heading moves out of F.
  // (The area is the learned model's, which puts paediatric reviews under sensory and/or
  // physical, as the corpora often do.)
  EXPECT_EQ(ClassifyOne("Millie will be reviewed by the community paediatric team in six months.",
                        "Provision")
                .section,
            Section::kG);
}

TEST(Classifier, AHeadingNamingTwoSectionsLeavesTheWordingToDecide) {
  Expect({"Millie finds it hard to follow instructions with more than two parts.",
          "Needs and provision", Section::kB, Area::kCommunication});
  Expect(
      {"Millie will have a daily 10-minute precision teaching session with a teaching assistant.",
       "Needs and provision", Section::kF, Area::kCognition});
}

TEST(Classifier, ViewsHeadingsKeepTheFamilysWords) {
  Expect({"She finds reading really hard and gets upset.", "Parent and carer views", Section::kA,
          Area::kCognition});
  Expect({"I like Minecraft and drawing.", "", Section::kA, Area::kNone});
}

TEST(Classifier, ReportFurnitureIsNotPlanContent) {
  Expect({"Example: \"By the end of Year 3, Sam will be able to write three sentences.\"",
          "Section 4: Outcomes", Section::kNotPlan, Area::kNone});
  Expect(
      {"Westmere Borough Council processes this information under the UK General Data "
       "Protection Regulation.",
       "6. Anything else", Section::kNotPlan, Area::kNone});
  Expect({"Parents gave written consent for this assessment on 20 January 2025.", "2. Consent",
          Section::kNotPlan, Area::kNone});
  Expect({"\u2612 Yes \u2610 No", "Parents consulted", Section::kNotPlan, Area::kNone});
  Expect({"Appendix C: Educational advice | Ref: WBC/EHC/24/0990 | Page 3 of 3", "Declaration",
          Section::kNotPlan, Area::kNone});
  Expect(
      {"Outcomes should be SMART. Example: \"By the end of Year 3, Sam will write three "
       "sentences.\"",
       "Section 4: Outcomes", Section::kNotPlan, Area::kNone});
  Expect({"Louise Brennan", "5. Direct payments > Team manager", Section::kNotPlan, Area::kNone});
  Expect({"Preparing for adulthood (from Year 9)", "Section 5: Provision", Section::kNotPlan,
          Area::kNone});
  Expect({"Priya Desai, Highly Specialist Speech and Language Therapist", "", Section::kNotPlan,
          Area::kNone});
  // A sentence about a therapist is not an author line.
  Expect({"Millie will see the speech and language therapist, Priya Desai, weekly.", "",
          Section::kF, Area::kCommunication});
  Expect({"I met Toby at school on two occasions and spoke with his mother by telephone.",
          "1. Reason for involvement", Section::kNotPlan, Area::kNone});
}

TEST(Classifier, ATestScoreInterpretedAsANeedIsANeed) {
  Expect(
      {"Millie's BPVS score of 78 suggests her understanding of spoken vocabulary is well "
       "below that expected for her age.",
       "Assessment Standard score Percentile", Section::kB, Area::kCommunication});
}

TEST(Classifier, HealthNeedsAndHealthProvisionFromWording) {
  Expect({"Millie has difficulty falling asleep, which affects her concentration at school.", "",
          Section::kC, Area::kNone});
  Expect({"Toby has hypermobile joints in his hands and knees.", "Health needs", Section::kC,
          Area::kSensoryPhysical});
}

TEST(Classifier, OutsideNeedsOutcomesAndProvisionAnAreaNeedsClearWording) {
  // Views and health needs carry an area only when their wording clearly names one; placement,
  // budgets, the list of advice and report furniture never do.
  Classification a = ClassifyOne(
      "We would like Toby to learn to travel on the bus to college on his own by the time he is "
      "16.",
      "What we would like for Toby", DocKind::kParentViews);
  EXPECT_EQ(a.section, Section::kA);
  EXPECT_EQ(a.area, Area::kAdulthood);
  Classification b = ClassifyOne("I like Minecraft and drawing.", "All about me");
  EXPECT_EQ(b.section, Section::kA);
  EXPECT_EQ(b.area, Area::kNone);
  Classification k = ClassifyOne(
      "Speech and language therapy advice, Hannah Oduya, Speech and Language Therapist, "
      "3 March 2025.",
      "Advice and information");
  EXPECT_EQ(k.section, Section::kK);
  EXPECT_EQ(k.area, Area::kNone);
}

TEST(Classifier, EntriesInAListOfAdviceAreSectionK) {
  Expect({"Paediatric advice, Dr A Mensah, Consultant Paediatrician, 11 November 2024.", "",
          Section::kK, Area::kNone});
  Expect({"Social care advice: nil return received from the Children with Disabilities Team.",
          "List of advice", Section::kK, Area::kNone});
  // A sentence that mentions a report is not an entry.
  Expect({"The report from 2023 said that Millie finds it hard to follow instructions.", "",
          Section::kB, Area::kCommunication});
}

TEST(Classifier, ReasonsQuoteTheDecidingHeadingAsWritten) {
  Classification c = ClassifyOne("Toby will be happier in school.",
                                 "Section 4: Outcomes > Social, emotional and mental health",
                                 DocKind::kEducation, BlockKind::kTableCell);
  ASSERT_FALSE(c.reasons.empty());
  EXPECT_EQ(c.reasons.front(), "heading 'Section 4: Outcomes'");
  Classification label = ClassifyOne("Toby will be happier in school.", "Outcomes",
                                     DocKind::kEducation, BlockKind::kTableCell);
  EXPECT_EQ(label.reasons.front(), "table label 'Outcomes'");
}

TEST(Classifier, ProvisionWithAHyphenatedQuantityIsProvision) {
  Classification c = ClassifyOne("A 15-minute check-in with his key adult before registration.");
  EXPECT_EQ(c.section, Section::kF);
}

TEST(Classifier, ContentUnderFormLikeHeadingsIsNeverDropped) {
  // Each of these reads like a field or a signature at first sight, but says something about the
  // child: dropping it as "not plan content" would silently lose it from the plan.
  struct Kept {
    const char* text;
    const char* context;
  };
  for (const Kept& k : std::initializer_list<Kept>{
           {"We would like her to have speech and language therapy every week.", "Views > Parents"},
           {"A small class of no more than 8 pupils with a teacher and two assistants.",
            "Provision > Setting"},
           {"CAMHS will offer 6 sessions of CBT for anxiety.", "Health provision > Service"},
           {"School: Sam needs adult support to start every written task.", ""},
           {"Age: she is working well below the level expected for her age.", ""},
           {"Termly review meetings with parents, class teacher and SENCO.", "Provision"},
           {"Support from a familiar adult, ideally a specialist teacher.", "Provision"},
           {"E.g. use of a visual timetable and a now/next board.", "Strategies"},
           {"Enclosed spaces such as the lift cause him significant distress.", "Sensory"},
           {"Best wishes are for him to be happy at school.", "Views"},
           {"Keep instructions short and check understanding.", "Guidance for staff"},
           {"He has difficulty climbing stairs and tires quickly.", "Physical limitations"},
           {"Reading assessment (June 2024): reading age 6y 2m, well below her age.", "Attainment"},
           {"The strategies in this report should be used in all lessons.", "Recommendations"},
       }) {
    Classification c = ClassifyOne(k.text, k.context);
    EXPECT_NE(c.section, Section::kNotPlan) << k.text << " | " << k.context;
    EXPECT_NE(c.section, Section::kK) << k.text << " | " << k.context;
  }
}

TEST(Classifier, AGenericPreferenceIsNotPlacement) {
  // The section is the point here; the area is the learned model's (issue 15), which reads
  // "work" as preparing for adulthood.
  EXPECT_EQ(
      ClassifyOne("She prefers to work at a table near the window.", "Sensory preferences").section,
      Section::kB);
  Expect({"Mr and Mrs Nowak have requested Oakhill Academy.", "Parental preference", Section::kI,
          Area::kNone});
}

TEST(Classifier, TimesTablesAndTypographicQuotesAreReadRight) {
  // "2 times tables" is not a quantity of provision: the rules do not read it as one. (The
  // learned model, deciding without a heading, leans to F, with a confidence that says so.)
  Classification tables =
      ClassifyByRulesOnly({.text = "He knows his 2 times tables.", .context = ""});
  EXPECT_NE(tables.section, Section::kF);
  Classification judged = ClassifyOne("He knows his 2 times tables.");
  if (judged.section == Section::kF) {
    EXPECT_LT(judged.confidence, 0.6);
  }
  Classification quoted =
      ClassifyOne("\u201cI don\u2019t like loud noises in the hall.\u201d", "All about me");
  EXPECT_EQ(quoted.section, Section::kA);
}

Document DocWithTitle(std::vector<std::string> texts) {
  Document d;
  for (size_t i = 0; i < texts.size(); ++i) {
    Block b;
    b.kind = i == 0 ? BlockKind::kHeading : BlockKind::kParagraph;
    b.heading_level = i == 0 ? 1 : 0;
    b.text = texts[i];
    d.blocks.push_back(b);
  }
  return d;
}

TEST(DocumentKind, SchoolAdviceByItsTitleOrItsRegulation) {
  EXPECT_EQ(DescribeDocument(DocWithTitle({"Appendix C: Advice from the education setting",
                                           "Toby is a polite and honest student."}))
                .kind,
            DocKind::kEducation);
  EXPECT_EQ(DescribeDocument(DocWithTitle({"Appendix C",
                                           "This advice is requested under Regulation 6(1)(b) of "
                                           "the SEND Regulations 2014."}))
                .kind,
            DocKind::kEducation);
}

TEST(DocumentKind, AnNhsClinicLetterIsMedicalAdvice) {
  EXPECT_EQ(
      DescribeDocument(DocWithTitle({"Westmere and Dunsford NHS Foundation Trust",
                                     "Child Development Centre, Dunsford Road", "Dear Dr Patel,"}))
          .kind,
      DocKind::kMedical);
  // A therapy service within the trust is still that therapy.
  EXPECT_EQ(DescribeDocument(DocWithTitle({"Westmere and Dunsford NHS Foundation Trust - "
                                           "Children's Speech and Language Therapy",
                                           "Isla was seen in clinic."}))
                .kind,
            DocKind::kSpeechLanguage);
}

// Section K lists each piece of advice with its date: the child's date of birth is not it.
TEST(DocumentKind, DateOfBirthIsNotTheAdvicesDate) {
  DocumentDescription d = DescribeDocument(
      DocWithTitle({"Educational Psychology Advice", "Name: Robin Example",
                    "Date of birth: 14/03/2016", "DOB: 14.03.2016", "Date of report: 2 May 2024"}));
  EXPECT_EQ(d.date, "2 May 2024");
  Document table = DocWithTitle({"Educational Psychology Advice"});
  Block cell;
  cell.kind = BlockKind::kTableCell;
  cell.label = "Date of birth";
  cell.text = "14/03/2016";
  table.blocks.push_back(cell);
  EXPECT_EQ(DescribeDocument(table).date, "") << "no date of the advice is given";
  Block dated;
  dated.text = "Date: 9 April 2024";
  table.blocks.push_back(dated);
  EXPECT_EQ(DescribeDocument(table).date, "9 April 2024");
}

}  // namespace
}  // namespace ehcp
