#include "pipeline/model/ids.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace ehcp {
namespace {

template <typename E, typename ParseFn>
void ExpectRoundTrip(std::span<const E> all, ParseFn parse) {
  std::set<std::string> seen;
  for (E v : all) {
    std::string id(Id(v));
    EXPECT_FALSE(id.empty());
    EXPECT_TRUE(seen.insert(id).second) << "duplicate id " << id;
    auto back = parse(id);
    ASSERT_TRUE(back.has_value()) << id;
    EXPECT_EQ(*back, v) << id;
    EXPECT_FALSE(Label(v).empty()) << id;
  }
  EXPECT_FALSE(parse("no-such-id").has_value());
}

TEST(Ids, EveryEnumRoundTrips) {
  ExpectRoundTrip(AllSections(), ParseSection);
  ExpectRoundTrip(AllAreas(), ParseArea);
  ExpectRoundTrip(AllSeverities(), ParseSeverity);
  ExpectRoundTrip(AllFlagIds(), ParseFlagId);
  ExpectRoundTrip(AllBlockKinds(), ParseBlockKind);
  ExpectRoundTrip(AllDocKinds(), ParseDocKind);
  ExpectRoundTrip(AllFileFormats(), ParseFileFormat);
}

TEST(Ids, StableTextIdsMatchTheDomainCatalogue) {
  EXPECT_EQ(Id(Section::kH1), "H1");
  EXPECT_EQ(Id(Section::kNotPlan), "-");
  EXPECT_EQ(Id(Area::kSemh), "semh");
  EXPECT_EQ(Id(Area::kNone), "-");
  EXPECT_EQ(Id(FlagId::kMissingQuantityInAdvice), "missing-quantity-in-advice");
  EXPECT_EQ(Id(FlagId::kLowOcrConfidence), "low-ocr-confidence");
  EXPECT_EQ(AllFlagIds().size(), 23u);
  EXPECT_EQ(Id(FlagId::kAdviceIncomplete), "advice-incomplete");
  EXPECT_EQ(AllSections().size(), 13u);
}

TEST(Ids, SeveritiesFollowTheCatalogue) {
  EXPECT_EQ(DefaultSeverity(FlagId::kForeignName), Severity::kBlock);
  EXPECT_EQ(DefaultSeverity(FlagId::kPlacementInDraft), Severity::kBlock);
  EXPECT_EQ(DefaultSeverity(FlagId::kResourceCaveat), Severity::kBlock);
  EXPECT_EQ(DefaultSeverity(FlagId::kUnquantifiedProvision), Severity::kBlock);
  EXPECT_EQ(DefaultSeverity(FlagId::kVagueWording), Severity::kWarn);
  EXPECT_EQ(DefaultSeverity(FlagId::kJargon), Severity::kInfo);
  EXPECT_EQ(DefaultSeverity(FlagId::kTherapyInG), Severity::kInfo);
}

}  // namespace
}  // namespace ehcp
