#include "mappers/assemble/apply_review.h"

#include <gtest/gtest.h>

#include <map>

namespace ehcp {
namespace {

Statement Make(std::string id, Section sec, std::string text) {
  Statement s;
  s.id = std::move(id);
  s.section = sec;
  s.text = std::move(text);
  s.document = "D1";
  s.page = 2;
  return s;
}

Plan SamplePlan() {
  Plan p;
  p.statements = {
      Make("S0001", Section::kB, "Millie finds it hard to follow multi-step instructions."),
      Make("S0002", Section::kF, "Millie will have regular access to a small group."),
      Make("S0003", Section::kB, "Millie will receive 30 minutes of speech therapy weekly."),
      Make("S0004", Section::kA, "I observed Millie in class."),
  };
  Flag vague;
  vague.id = "FL001";
  vague.rule = FlagId::kVagueWording;
  vague.spans = {{"S0002", 0, 0}};
  Flag voice;
  voice.id = "FL002";
  voice.rule = FlagId::kReportVoice;
  voice.spans = {{"S0004", 0, 0}};
  Flag gap;
  gap.id = "FL003";
  gap.rule = FlagId::kGoldenThreadGap;
  gap.spans = {{"S0001", 0, 0}, {"S0004", 0, 0}};
  p.flags = {vague, voice, gap};
  return p;
}

TEST(ApplyReview, ParsesDecisions) {
  EXPECT_EQ(ParseDecision(" Accept "), Decision::kAccept);
  EXPECT_EQ(ParseDecision("REJECT"), Decision::kReject);
  EXPECT_EQ(ParseDecision("edit"), Decision::kEdit);
  EXPECT_EQ(ParseDecision("move"), Decision::kMove);
  EXPECT_EQ(ParseDecision("maybe"), Decision::kNone);
}

TEST(ApplyReview, RejectTakesStatementOutOfTheDraftAndClosesItsOwnFlags) {
  ReviewDecisions d;
  d.statements = {{"S0004", Decision::kReject, "", "", "report furniture"}};
  ApplyReport r;
  Plan p = ApplyReview(SamplePlan(), d, &r);
  EXPECT_EQ(r.rejected, 1);
  const Statement* s = p.FindStatement("S0004");
  ASSERT_NE(s, nullptr);
  EXPECT_FALSE(s->in_draft());
  EXPECT_EQ(s->reviewer_note, "report furniture");
  for (const auto& f : p.flags) {
    if (f.id == "FL002") {
      EXPECT_EQ(f.resolution, "statement rejected");
    }
    if (f.id == "FL003") {
      EXPECT_TRUE(f.open());
    }  // it concerns S0001 too
  }
}

TEST(ApplyReview, ApplyingTwiceGivesTheSamePlanAndClearingUndoes) {
  ReviewDecisions d;
  d.statements = {
      {"S0001", Decision::kEdit, "Millie needs instructions one step at a time.", "", ""},
      {"S0003", Decision::kMove, "", "F", ""}};
  Plan once = ApplyReview(SamplePlan(), d, nullptr);
  Plan twice = ApplyReview(once, d, nullptr);
  EXPECT_EQ(twice.FindStatement("S0001")->text, "Millie needs instructions one step at a time.");
  EXPECT_EQ(twice.FindStatement("S0001")->original_text,
            "Millie finds it hard to follow multi-step instructions.");
  EXPECT_EQ(twice.FindStatement("S0003")->section, Section::kF);
  Plan undone = ApplyReview(twice, ReviewDecisions{}, nullptr);
  EXPECT_EQ(undone.FindStatement("S0001")->text,
            "Millie finds it hard to follow multi-step instructions.");
  EXPECT_EQ(undone.FindStatement("S0003")->section, Section::kB);
  EXPECT_TRUE(undone.FindStatement("S0001")->decision.empty());
}

TEST(ApplyReview, EditKeepsCitationAndOriginalWords) {
  ReviewDecisions d;
  d.statements = {{"S0002", Decision::kEdit,
                   "Millie will have 30 minutes of small-group (4 pupils) language work daily, "
                   "led by a trained teaching assistant.",
                   "", ""}};
  ApplyReport r;
  Plan p = ApplyReview(SamplePlan(), d, &r);
  const Statement* s = p.FindStatement("S0002");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.edited, 1);
  EXPECT_EQ(s->decision, "edit");
  EXPECT_EQ(s->original_text, "Millie will have regular access to a small group.");
  EXPECT_EQ(s->document, "D1");
  EXPECT_EQ(s->page, 2);
  EXPECT_NE(s->text.find("30 minutes"), std::string::npos);
}

TEST(ApplyReview, MoveChangesSectionAndBadSectionIsAProblem) {
  ReviewDecisions d;
  d.statements = {{"S0003", Decision::kNone, "", "f", ""},
                  {"S0001", Decision::kMove, "", "Z", ""},
                  {"S9999", Decision::kAccept, "", "", ""}};
  ApplyReport r;
  Plan p = ApplyReview(SamplePlan(), d, &r);
  EXPECT_EQ(p.FindStatement("S0003")->section, Section::kF);
  EXPECT_EQ(p.FindStatement("S0001")->section, Section::kB);
  EXPECT_EQ(r.moved, 1);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_NE(r.problems[0].find("'Z'"), std::string::npos);
  EXPECT_NE(r.problems[1].find("S9999"), std::string::npos);
}

TEST(ApplyReview, FlagResolutionsAreRecordedAndCloseTheFlag) {
  ReviewDecisions d;
  d.flags = {{"FL003", "Not an issue", "need is met by the outcome in E"},
             {"FL001", "ask the author", ""}};
  ApplyReport r;
  Plan p = ApplyReview(SamplePlan(), d, &r);
  EXPECT_EQ(r.flags_resolved, 2);
  for (const auto& f : p.flags) {
    if (f.id == "FL003") {
      EXPECT_EQ(f.resolution, "not an issue");
      EXPECT_EQ(f.resolution_note, "need is met by the outcome in E");
      EXPECT_FALSE(f.open());
    }
    if (f.id == "FL001") {
      EXPECT_TRUE(f.open());
    }
  }
}

// Flag ids never change across apply: the edited statement's vague-wording flag keeps FL001 and
// is closed as no longer raised; applying again, or undoing, gives back the same ids.
TEST(ApplyReview, FlagIdsAreStable) {
  ReviewDecisions d;
  d.statements = {{"S0002", Decision::kEdit,
                   "Millie will have 30 minutes of small-group language work daily, led by a "
                   "trained teaching assistant.",
                   "", ""}};
  Plan once = ApplyReview(SamplePlan(), d, nullptr);
  std::map<std::string, const Flag*> by_id;
  for (const auto& f : once.flags) by_id[f.id] = &f;
  ASSERT_TRUE(by_id.count("FL001"));
  EXPECT_EQ(by_id["FL001"]->rule, FlagId::kVagueWording);
  EXPECT_EQ(by_id["FL001"]->resolution, "no longer raised");
  EXPECT_FALSE(by_id["FL001"]->open());
  EXPECT_EQ(by_id["FL002"]->rule, FlagId::kReportVoice);
  EXPECT_EQ(by_id["FL003"]->rule, FlagId::kGoldenThreadGap);
  // (The fixture's flags are not every flag the checks raise: restoring S0002's words raises
  // the missing ones once, under new ids; from then on nothing changes.)
  Plan twice = ApplyReview(once, d, nullptr);
  Plan thrice = ApplyReview(twice, d, nullptr);
  for (size_t i = 0; i < once.flags.size(); ++i) {
    EXPECT_EQ(twice.flags[i].id, once.flags[i].id);
    EXPECT_EQ(twice.flags[i].rule, once.flags[i].rule);
  }
  ASSERT_EQ(thrice.flags.size(), twice.flags.size());
  for (size_t i = 0; i < twice.flags.size(); ++i) {
    EXPECT_EQ(thrice.flags[i].id, twice.flags[i].id);
    EXPECT_EQ(thrice.flags[i].rule, twice.flags[i].rule);
    EXPECT_EQ(thrice.flags[i].resolution, twice.flags[i].resolution);
  }
  Plan undone = ApplyReview(twice, ReviewDecisions{}, nullptr);
  for (const auto& f : undone.flags) {
    if (f.id == "FL001") {
      EXPECT_TRUE(f.open()) << "the restored text raises it again, under its old id";
    }
  }
}

TEST(ApplyReview, ResolutionsAreReadTolerantlyAndUnknownOnesAreNot) {
  EXPECT_EQ(CanonicalResolution("Ask author"), "ask the author");
  EXPECT_EQ(CanonicalResolution("  ASK  THE AUTHOR. "), "ask the author");
  EXPECT_EQ(CanonicalResolution("Not an issue"), "not an issue");
  EXPECT_EQ(CanonicalResolution(""), "");
  EXPECT_EQ(CanonicalResolution("delete everything"), std::nullopt);
  EXPECT_EQ(CanonicalConflictDecision("Include both"), "include both");
  EXPECT_EQ(CanonicalConflictDecision("yes"), std::nullopt);
  EXPECT_TRUE(IsUnknownDecision("yes"));
  EXPECT_FALSE(IsUnknownDecision(" Reject. "));
  EXPECT_FALSE(IsUnknownDecision(""));
}

TEST(ApplyReview, AWorkbookBelongsToOneCaseAndOneDraft) {
  Plan p = SamplePlan();
  p.case_id = "jayden-pryce";
  ReviewDecisions d;
  d.case_id = "tobias-wren";
  d.draft_fingerprint = DraftFingerprint(p);
  Status other = CheckReviewBelongsToPlan(d, p, "tobias-review.xlsx");
  EXPECT_NE(other.message().find("review workbook 'tobias-review.xlsx' belongs to case "
                                 "'tobias-wren', not 'jayden-pryce'; nothing was changed"),
            std::string::npos)
      << other.message();
  d.case_id = "jayden-pryce";
  EXPECT_TRUE(CheckReviewBelongsToPlan(d, p, "r.xlsx").ok());
  // The fingerprint is of the draft: an applied review does not change it.
  ReviewDecisions edit;
  edit.statements = {{"S0001", Decision::kEdit, "New words.", "", ""}};
  EXPECT_TRUE(CheckReviewBelongsToPlan(d, ApplyReview(p, edit, nullptr), "r.xlsx").ok());
  p.statements[1].text += " Changed.";
  EXPECT_NE(CheckReviewBelongsToPlan(d, p, "r.xlsx").message().find("another draft"),
            std::string::npos);
  d.draft_fingerprint.clear();
  EXPECT_NE(CheckReviewBelongsToPlan(d, p, "r.xlsx").message().find("does not say"),
            std::string::npos);
}

}  // namespace
}  // namespace ehcp
