#include "pipeline/model/golden_thread.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace ehcp {
namespace {

// Statements for an invented child, Sam Carter.
class Thread {
 public:
  const Statement* Add(Section sec, Area area, std::string text) {
    Statement s;
    s.id = "S" + std::to_string(store_.size() + 1);
    s.section = sec;
    s.area = area;
    s.text = std::move(text);
    store_.push_back(std::move(s));
    all_.push_back(&store_.back());
    return all_.back();
  }
  std::vector<AreaThread> Trace() const {
    ChildInfo child;
    child.name = "Samuel Carter";
    child.preferred_name = "Sammy";
    child.people = {{"Priya Desai", "speech and language therapist"}};
    return TraceGoldenThread(all_, child);
  }

 private:
  std::deque<Statement> store_;
  std::vector<const Statement*> all_;
};

TEST(GoldenThread, LinksOutcomesAndProvisionToTheNeedTheyShareWordsWith) {
  Thread t;
  auto* listen = t.Add(Section::kB, Area::kCommunication,
                       "Sammy finds it hard to understand spoken instructions with several steps.");
  auto* words = t.Add(Section::kB, Area::kCommunication,
                      "Sammy's expressive vocabulary is limited for his age.");
  auto* follow = t.Add(Section::kE, Area::kCommunication,
                       "By July 2026 Sammy will follow spoken instructions with three steps.");
  auto* topic = t.Add(Section::kF, Area::kCommunication,
                      "Sammy will be taught new topic vocabulary before each lesson.");
  auto* chunk = t.Add(Section::kF, Area::kCommunication,
                      "Adults will chunk spoken instructions and check understanding.");
  auto* visual = t.Add(Section::kF, Area::kCommunication,
                       "Sammy will have an individual visual timetable checked each morning.");
  auto threads = t.Trace();
  ASSERT_EQ(threads.size(), 1u);
  const AreaThread& ci = threads[0];
  EXPECT_EQ(ci.area, Area::kCommunication);
  EXPECT_EQ(ci.needs, (std::vector<const Statement*>{listen, words}));
  ASSERT_EQ(ci.rows.size(), 3u);
  EXPECT_EQ(ci.rows[0].need, listen);
  EXPECT_EQ(ci.rows[0].outcomes, (std::vector<const Statement*>{follow}));
  EXPECT_EQ(ci.rows[0].provision, (std::vector<const Statement*>{chunk}));
  EXPECT_EQ(ci.rows[1].need, words);
  EXPECT_TRUE(ci.rows[1].outcomes.empty());
  EXPECT_EQ(ci.rows[1].provision, (std::vector<const Statement*>{topic}));
  // Shares no content word with a need ("will", "have", "each" and the child's name are not
  // content): a row of its own.
  EXPECT_EQ(ci.rows[2].need, nullptr);
  EXPECT_EQ(ci.rows[2].provision, (std::vector<const Statement*>{visual}));
}

TEST(GoldenThread, ProvisionFollowsAnOutcomeWithoutANeed) {
  Thread t;
  auto* need = t.Add(Section::kB, Area::kSemh, "Sammy becomes anxious at lunchtime.");
  auto* calm = t.Add(Section::kE, Area::kSemh, "By July 2026 Sammy will use a calm card.");
  auto* card = t.Add(Section::kF, Area::kSemh, "Staff will teach Sammy to use his calm card.");
  auto* quiet = t.Add(Section::kF, Area::kSemh, "A quiet room is open to Sammy at lunchtime.");
  auto threads = t.Trace();
  ASSERT_EQ(threads.size(), 1u);
  ASSERT_EQ(threads[0].rows.size(), 2u);
  EXPECT_EQ(threads[0].rows[0].need, need);
  EXPECT_EQ(threads[0].rows[0].provision, (std::vector<const Statement*>{quiet}));
  EXPECT_EQ(threads[0].rows[1].need, nullptr);
  EXPECT_EQ(threads[0].rows[1].outcomes, (std::vector<const Statement*>{calm}));
  EXPECT_EQ(threads[0].rows[1].provision, (std::vector<const Statement*>{card}));
}

TEST(GoldenThread, AreasInCatalogueOrderAndNoAreaIsNeverLinked) {
  Thread t;
  auto* other_need = t.Add(Section::kB, Area::kNone, "Sammy struggles with reading.");
  auto* semh = t.Add(Section::kB, Area::kSemh, "Sammy worries about reading aloud.");
  auto* cl = t.Add(Section::kB, Area::kCognition, "Sammy reads two years below his age.");
  auto* other_prov = t.Add(Section::kF, Area::kNone, "Daily reading with an adult.");
  t.Add(Section::kC, Area::kCognition, "Sammy has glasses for reading.");  // not B, E or F
  auto threads = t.Trace();
  ASSERT_EQ(threads.size(), 3u);
  EXPECT_EQ(threads[0].area, Area::kCognition);
  EXPECT_EQ(threads[0].needs, (std::vector<const Statement*>{cl}));
  EXPECT_EQ(threads[1].area, Area::kSemh);
  EXPECT_EQ(threads[1].needs, (std::vector<const Statement*>{semh}));
  EXPECT_EQ(threads[2].area, Area::kNone);
  ASSERT_EQ(threads[2].rows.size(), 2u);
  EXPECT_EQ(threads[2].rows[0].need, other_need);
  EXPECT_TRUE(threads[2].rows[0].provision.empty());
  EXPECT_EQ(threads[2].rows[1].provision, (std::vector<const Statement*>{other_prov}));
}

TEST(GoldenThread, NamesOfTheChildAndTheirPeopleAndAreaNamesDoNotLink) {
  Thread t;
  auto* a = t.Add(Section::kB, Area::kCommunication,
                  "Samuel Carter has difficulties with communication and interaction.");
  auto* b = t.Add(Section::kB, Area::kCommunication, "Sammy stammers when he is rushed.");
  auto* p = t.Add(Section::kF, Area::kCommunication,
                  "Priya Desai will give Samuel a stammering programme; he will not be rushed.");
  auto threads = t.Trace();
  ASSERT_EQ(threads.size(), 1u);
  ASSERT_EQ(threads[0].rows.size(), 2u);
  EXPECT_EQ(threads[0].rows[0].need, a);
  EXPECT_TRUE(threads[0].rows[0].provision.empty());
  EXPECT_EQ(threads[0].rows[1].need, b);
  EXPECT_EQ(threads[0].rows[1].provision, (std::vector<const Statement*>{p}));
}

TEST(GoldenThread, WordFamiliesMatch) {
  Thread t;
  auto* tutor = t.Add(Section::kB, Area::kSemh, "Sammy told his tutor he feels left out.");
  auto* anxiety = t.Add(Section::kB, Area::kSemh, "Sammy's anxiety keeps him from lessons.");
  auto* calm = t.Add(Section::kE, Area::kSemh,
                     "By July 2026 Sammy will use a calming strategy when he feels anxious.");
  auto* slow = t.Add(Section::kB, Area::kCognition, "Sammy writes very slowly.");
  auto* laptop = t.Add(Section::kF, Area::kCognition, "A laptop for all written work.");
  auto threads = t.Trace();
  ASSERT_EQ(threads.size(), 2u);
  EXPECT_EQ(threads[0].rows[0].need, slow);
  EXPECT_EQ(threads[0].rows[0].provision, (std::vector<const Statement*>{laptop}));
  EXPECT_EQ(threads[1].rows[0].need, tutor);
  EXPECT_TRUE(threads[1].rows[0].outcomes.empty());
  EXPECT_EQ(threads[1].rows[1].need, anxiety);
  EXPECT_EQ(threads[1].rows[1].outcomes, (std::vector<const Statement*>{calm}));
}

}  // namespace
}  // namespace ehcp
