// Writes the fixture's outputs to $EHCP_OUTPUT_DUMP for a person to open and look at.
#include <gtest/gtest.h>

#include <cstdlib>

#include "output/writer.h"
#include "pipeline/base/fs.h"
#include "tests/output/plan_fixture.h"

namespace ehcp {
namespace {

TEST(OutputDump, WritesFixtureOutputsWhenAsked) {
  const char* dir = std::getenv("EHCP_OUTPUT_DUMP");
  if (dir == nullptr) GTEST_SKIP() << "set EHCP_OUTPUT_DUMP to a folder to write the outputs";
  Plan plan = testing::MakeFixturePlan();
  FileSystem& fs = RealFileSystem();
  ASSERT_TRUE(fs.MakeDirs(dir).ok());
  struct Out {
    const char* name;
    Status (*write)(const Plan&, ByteSink&);
  };
  for (const Out& o : {Out{"draft-plan.docx", WriteDraftDocx}, Out{"plan.json", WritePlanJson},
                       Out{"review.xlsx", WriteReviewXlsx}, Out{"draft.html", WriteDraftHtml}}) {
    StringSink sink;
    ASSERT_TRUE(o.write(plan, sink).ok()) << o.name;
    ASSERT_TRUE(fs.WriteFileAtomic(JoinPath(dir, o.name), sink.data()).ok()) << o.name;
    EXPECT_FALSE(sink.data().empty());
  }
}

}  // namespace
}  // namespace ehcp
