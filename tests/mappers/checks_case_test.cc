// Per-case checks: foreign-name, pronoun-mismatch, identity-conflict, duplicate-in-plan,
// golden-thread-gap, missing-advice, low-ocr-confidence. All names are invented.
#include <gtest/gtest.h>

#include <memory>

#include "mappers/checks/check.h"
#include "tests/mappers/check_test_util.h"

namespace ehcp {
namespace {

using testing_checks::FlagsOf;
using testing_checks::MakeStatement;

struct Case {
  ChildInfo child;
  std::vector<Document> documents;
  std::vector<Statement> statements;

  Case() {
    child.name = "Amelia Rose Hartley";
    child.preferred_name = "Millie";
    child.people = {{"Poppy Hartley", "sister"}, {"Mrs Okafor", "class teacher"}};
  }
  Statement& Add(std::string text, Section section, std::string doc = "D1",
                 std::string context = "") {
    Statement s = MakeStatement(std::move(text), section,
                                "S" + std::to_string(statements.size() + 1), std::move(doc));
    s.context = std::move(context);
    statements.push_back(std::move(s));
    return statements.back();
  }
  std::vector<Flag> Run(std::string_view check) const {
    CaseView view{child, documents, statements};
    std::vector<Flag> out;
    for (const auto& c : AllChecks())
      if (c->name() == check) c->Run(view, out);
    return out;
  }
};

TEST(ChecksCase, AllChecksHaveFixedOrderAndNames) {
  std::vector<std::string> names;
  for (const auto& c : AllChecks()) names.emplace_back(c->name());
  EXPECT_EQ(names,
            (std::vector<std::string>{"statement", "foreign-name", "pronoun-mismatch",
                                      "identity-conflict", "duplicate-in-plan", "golden-thread-gap",
                                      "missing-advice", "low-ocr-confidence", "form-answers"}));
}

TEST(ChecksForeignName, Positives) {
  for (auto [text, section, name] : std::vector<std::tuple<const char*, Section, const char*>>{
           {"Jayden will need a visual timetable.", Section::kF, "Jayden"},
           {"Jayden's reading age is 6 years.", Section::kB, "Jayden"},
           {"By July 2027, Olivia will read 40 words.", Section::kE, "Olivia"},
           {"Noah finds it hard to wait his turn.", Section::kB, "Noah"},
           {"In class, Harry will need prompts to start work.", Section::kB, "Harry"},
           {"Kayzee will need a quiet space.", Section::kF, "Kayzee"},
       }) {
    Case c;
    // An unlisted name is trusted as a name once it is capitalised mid-sentence in the case.
    c.Add("Adults will check that Kayzee has understood.", Section::kNotPlan);
    const Statement& s = c.Add(text, section);
    auto flags = c.Run("foreign-name");
    ASSERT_EQ(flags.size(), 1u) << text;
    EXPECT_EQ(
        s.text.substr(flags[0].spans[0].begin, flags[0].spans[0].end - flags[0].spans[0].begin),
        name);
    EXPECT_EQ(flags[0].severity, Severity::kBlock);
    EXPECT_NE(flags[0].message.find("Millie"), std::string::npos);
  }
}

TEST(ChecksForeignName, Negatives) {
  for (auto [text, section] : std::vector<std::pair<const char*, Section>>{
           {"Amelia will need a visual timetable.", Section::kF},
           {"Millie's reading age is 6 years.", Section::kB},
           {"She plays with Jack at lunchtime.", Section::kB},
           {"Her sister Poppy will help her at home.", Section::kD},
           {"Mrs Okafor, her class teacher, will review it.", Section::kF},
           {"Sam will be able to read 40 words.", Section::kNotPlan},
           {"Jack said Amelia is kind.", Section::kA},
           {"Staff will use a visual timetable.", Section::kF},
           {"Poppy's party was hard for her.", Section::kB},
           {"Transitions will need careful planning.", Section::kF},
           {"Lunchtime will be supervised by a teaching assistant.", Section::kF},
           {"Phonics will be taught daily for 20 minutes.", Section::kF},
       }) {
    Case c;
    c.Add(text, section);
    EXPECT_TRUE(c.Run("foreign-name").empty()) << text;
  }
}

TEST(ChecksForeignName, InfersTheChildWhenNoNameIsKnown) {
  Case c;
  c.child = ChildInfo{};
  c.Add("Leo finds it hard to follow instructions.", Section::kB);
  c.Add("Leo will need a visual timetable.", Section::kF);
  c.Add("Jayden will need a writing slope.", Section::kF);
  auto flags = c.Run("foreign-name");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].spans[0].statement, "S3");
}

TEST(ChecksPronoun, Positives) {
  {
    Case c;
    c.Add("She finds it hard to start work.", Section::kB, "D1", "C&I");
    c.Add("She needs prompts to stay on task.", Section::kB, "D1", "C&I");
    c.Add("He becomes upset at transitions.", Section::kB, "D1", "C&I");
    auto f = c.Run("pronoun-mismatch");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].spans[0].statement, "S3");
  }
  {  // across passages, against a clear case majority
    Case c;
    c.Add("She finds it hard to start work.", Section::kB, "D1", "A");
    c.Add("She needs prompts.", Section::kB, "D1", "A");
    c.Add("She likes art.", Section::kA, "D2", "B");
    c.Add("His handwriting is hard to read.", Section::kB, "D3", "C");
    auto f = c.Run("pronoun-mismatch");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].spans[0].statement, "S4");
  }
  for (const char* odd : {"He needs a quiet space.", "His reading is behind.",
                          "Adults should give him time.", "He will use his timetable."}) {
    Case c;
    c.Add("She is anxious in the playground.", Section::kB, "D1", "SEMH");
    c.Add("Her reading is improving.", Section::kB, "D1", "SEMH");
    c.Add(odd, Section::kB, "D1", "SEMH");
    EXPECT_EQ(c.Run("pronoun-mismatch").size(), 1u) << odd;
  }
}

TEST(ChecksPronoun, ASlipInsideOneSentence) {
  Case c;
  c.Add("She finds it hard to start work.", Section::kB, "D1", "C&I");
  c.Add("She needs prompts to stay on task.", Section::kB, "D1", "C&I");
  c.Add("Her spelling is improving.", Section::kB, "D1", "C&I");
  c.Add("She enjoys maths, although his reading is well below that of his peers.", Section::kB,
        "D2", "C&L");
  auto f = c.Run("pronoun-mismatch");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].spans[0].statement, "S4");
  // Quoted speech and another named person own their pronouns.
  for (const char* other : {"She said \"he always takes my pencil\" about a boy in her class.",
                            "She sits with Oliver, who helps her when his table finishes."}) {
    Case d;
    d.Add("She finds it hard to start work.", Section::kB, "D1", "C&I");
    d.Add("She needs prompts to stay on task.", Section::kB, "D1", "C&I");
    d.Add("Her spelling is improving.", Section::kB, "D1", "C&I");
    d.Add(other, Section::kB, "D2", "C&L");
    EXPECT_TRUE(d.Run("pronoun-mismatch").empty()) << other;
  }
}

TEST(ChecksPronoun, Negatives) {
  for (const char* other :
       {"Her brother says he is kind to her.", "His/her needs are reviewed.", "They enjoy Lego.",
        "Her teacher said he would help.", "Mum says he is a happy boy."}) {
    Case c;
    c.Add("She finds it hard to start work.", Section::kB, "D1", "C&I");
    c.Add("She needs prompts.", Section::kB, "D1", "C&I");
    c.Add(other, Section::kB, "D1", "C&I");
    EXPECT_TRUE(c.Run("pronoun-mismatch").empty()) << other;
  }
  Case c;  // form guidance is not plan content
  c.Add("She finds it hard to start work.", Section::kB);
  c.Add("He will be able to read.", Section::kNotPlan);
  EXPECT_TRUE(c.Run("pronoun-mismatch").empty());
}

Document Doc(std::string id, std::string file, DocKind kind, std::vector<std::string> lines) {
  Document d;
  d.info.id = std::move(id);
  d.info.file = std::move(file);
  d.info.kind = kind;
  for (std::string& l : lines) {
    Block b;
    b.text = std::move(l);
    d.blocks.push_back(std::move(b));
  }
  d.Finalize();
  return d;
}

TEST(ChecksIdentity, Positives) {
  struct Pair {
    const char* a;
    const char* b;
    const char* fact;
  };
  for (const Pair& p : std::vector<Pair>{
           {"Date of birth: 14/03/2016", "DOB: 14.03.2015", "date of birth"},
           {"D.O.B. 14th March 2016", "Date of birth: 2016-04-14", "date of birth"},
           {"Age: 9 years", "Age: 12", "age"},
           {"Year group: 4", "Year group: Year 6", "year group"},
           {"Name: Amelia Hartley", "Name: Jayden Smith", "name"},
           {"Amelia is in Year 4 at school.", "Amelia is in Year 5 this year.", "year group"},
       }) {
    Case c;
    c.documents.push_back(Doc("D1", "EP advice.pdf", DocKind::kEducationalPsychology, {p.a}));
    c.documents.push_back(Doc("D2", "SaLT report.pdf", DocKind::kSpeechLanguage, {p.b}));
    c.Add(p.b, Section::kNotPlan, "D2");
    auto f = c.Run("identity-conflict");
    ASSERT_EQ(f.size(), 1u) << p.a << " / " << p.b;
    EXPECT_NE(f[0].message.find(p.fact), std::string::npos) << f[0].message;
    EXPECT_NE(f[0].message.find("'EP advice.pdf' (D1)"), std::string::npos);
    EXPECT_NE(f[0].message.find("'SaLT report.pdf' (D2)"), std::string::npos);
    ASSERT_EQ(f[0].spans.size(), 1u);
    EXPECT_EQ(f[0].spans[0].statement, "S1");
  }
  Case c;  // against case.json
  c.child.date_of_birth = "2016-03-14";
  c.documents.push_back(Doc("D1", "OT.pdf", DocKind::kOccupationalTherapy, {"DOB: 15/03/2016"}));
  EXPECT_EQ(c.Run("identity-conflict").size(), 1u);
}

TEST(ChecksIdentity, Negatives) {
  struct Pair {
    const char* a;
    const char* b;
  };
  for (const Pair& p : std::vector<Pair>{
           {"Date of birth: 14/03/2016", "DOB: 14 March 2016"},
           {"Age: 9", "Age: 10"},  // a birthday between reports
           {"Name: Amelia Hartley", "Name: Millie Hartley"},
           {"Her brother, aged 12, helps her.", "Amelia, aged 9, enjoys art."},
           {"School name: Oakfield Primary School", "Name: Amelia Hartley"},
           {"Her sister is in Year 6.", "Year group: 4"},
       }) {
    Case c;
    c.documents.push_back(Doc("D1", "a.pdf", DocKind::kEducation, {p.a}));
    c.documents.push_back(Doc("D2", "b.pdf", DocKind::kMedical, {p.b}));
    EXPECT_TRUE(c.Run("identity-conflict").empty()) << p.a << " / " << p.b;
  }
}

TEST(ChecksDuplicate, PositivesAndNegatives) {
  Case c;
  c.Add("Amelia finds it hard to follow multi-step instructions.", Section::kB, "D1");
  c.Add("Amelia finds it hard to follow multi-step  instructions", Section::kB, "D2");
  c.Add("Amelia finds it hard to follow multi-step instructions.", Section::kF, "D3");
  c.Add("None identified.", Section::kC);
  c.Add("None identified.", Section::kD);
  c.Add("Amelia finds it hard to follow two-step instructions.", Section::kB);
  c.Add("Amelia finds it hard to follow multi-step instructions.", Section::kNotPlan);
  auto f = c.Run("duplicate-in-plan");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].spans.size(), 3u);
  EXPECT_NE(f[0].message.find("3 times"), std::string::npos);
  EXPECT_NE(f[0].message.find("sections B, F"), std::string::npos);
}

TEST(ChecksGoldenThread, PositivesAndNegatives) {
  Case c;
  c.Add("Amelia finds it hard to follow instructions.", Section::kB).area = Area::kCommunication;
  c.Add("Amelia is anxious in busy places.", Section::kB).area = Area::kSemh;
  c.Add("By July 2027 Amelia will ask for help.", Section::kE).area = Area::kSemh;
  c.Add("30 minutes of ELSA weekly.", Section::kF).area = Area::kSemh;
  c.Add("Daily handwriting practice for 10 minutes.", Section::kF).area = Area::kSensoryPhysical;
  c.Add("By July 2027 she will read 40 words.", Section::kE).area = Area::kCognition;
  c.Add("Reading practice daily for 10 minutes.", Section::kF).area = Area::kCognition;
  c.Add("General statement.", Section::kF).area = Area::kNone;
  auto f = c.Run("golden-thread-gap");
  // C&I: no outcome, no provision; S&P: provision without need; C&L: outcome and provision
  // without need (only the provision side is a gap); SEMH complete.
  ASSERT_EQ(f.size(), 4u);
  EXPECT_NE(f[0].message.find("Communication and interaction"), std::string::npos);
  EXPECT_NE(f[0].message.find("no outcome"), std::string::npos);
  EXPECT_NE(f[1].message.find("no provision"), std::string::npos);
  EXPECT_NE(f[2].message.find("Cognition and learning"), std::string::npos);
  EXPECT_NE(f[3].message.find("Sensory"), std::string::npos);
  for (const Flag& x : f) EXPECT_EQ(x.message.find("Social, emotional"), std::string::npos);
}

TEST(ChecksMissingAdvice, PositivesAndNegatives) {
  Case c;
  EXPECT_EQ(c.Run("missing-advice").size(), 5u);
  c.documents.push_back(Doc("D1", "p.docx", DocKind::kParentViews, {"x"}));
  c.documents.push_back(Doc("D2", "e.pdf", DocKind::kEducation, {"x"}));
  c.documents.push_back(Doc("D3", "ep.pdf", DocKind::kEducationalPsychology, {"x"}));
  c.documents.push_back(Doc("D4", "salt.pdf", DocKind::kSpeechLanguage, {"x"}));
  auto f = c.Run("missing-advice");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("social care"), std::string::npos);
  c.documents.push_back(Doc("D5", "sc.pdf", DocKind::kSocialCare, {"x"}));
  EXPECT_TRUE(c.Run("missing-advice").empty());
}

TEST(ChecksLowOcr, OneFlagPerPage) {
  Case c;
  Document d = Doc("D1", "scan.pdf", DocKind::kMedical, {"a", "b", "c", "d"});
  d.blocks[0].prov.confidence = 55;
  d.blocks[1].prov.confidence = 62;
  d.blocks[2].prov.confidence = 91;
  d.blocks[2].prov.page = 2;
  d.blocks[3].prov.page = 3;
  d.info.diagnostics.push_back({3, "page 3 was recognised with low confidence"});
  c.documents.push_back(d);
  Statement& s = c.Add("a", Section::kB);
  s.span.block = 0;
  auto f = c.Run("low-ocr-confidence");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_NE(f[0].message.find("Page 1 of 'scan.pdf'"), std::string::npos);
  EXPECT_NE(f[0].message.find("55%"), std::string::npos);
  ASSERT_EQ(f[0].spans.size(), 1u);
  EXPECT_NE(f[1].message.find("Page 3"), std::string::npos);
  EXPECT_EQ(f[0].severity, Severity::kInfo);
}

}  // namespace
}  // namespace ehcp

namespace ehcp {
namespace {

TEST(ChecksJargonInCase, FlaggedOnceAtFirstUseAndNotAfterAnExpansion) {
  Case c;
  c.Add("Millie sees the ELSA every Monday for 30 minutes.", Section::kF);
  c.Add("She will also see the ELSA on Fridays for 15 minutes.", Section::kF);
  c.Add("Millie has been referred to Child and Adolescent Mental Health Services (CAMHS).",
        Section::kC);
  c.Add("CAMHS will review her anxiety in six months.", Section::kG);
  auto jargon = FlagsOf(c.Run("statement"), FlagId::kJargon);
  ASSERT_EQ(jargon.size(), 1u);
  EXPECT_EQ(jargon[0].spans[0].statement, "S1");
  EXPECT_NE(jargon[0].message.find("ELSA"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
