#include "pipeline/runner/case_discovery.h"

#include <gtest/gtest.h>

namespace ehcp {
namespace {

TEST(CaseDiscovery, FolderOfFilesIsOneCase) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("cases/amy-hart/EP advice.pdf", "%PDF").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("cases/amy-hart/case.json", "{}").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("cases/amy-hart/~$school.docx", "lock").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("cases/amy-hart/.hidden", "x").ok());
  std::vector<std::string> notes;
  auto cases = DiscoverCases(fs, {"cases/amy-hart/"}, notes);
  ASSERT_TRUE(cases.ok()) << cases.status().message();
  ASSERT_EQ(cases->size(), 1u);
  EXPECT_EQ((*cases)[0].id, "amy-hart");
  EXPECT_EQ((*cases)[0].files, std::vector<std::string>{"cases/amy-hart/EP advice.pdf"});
  EXPECT_EQ((*cases)[0].case_json, "cases/amy-hart/case.json");
}

TEST(CaseDiscovery, FolderOfFoldersIsABatch) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("batch/b-case/one.txt", "a").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/a-case/two.txt", "b").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/README.md", "notes").ok());
  ASSERT_TRUE(fs.MakeDirs("batch/empty").ok());
  std::vector<std::string> notes;
  auto cases = DiscoverCases(fs, {"batch"}, notes);
  ASSERT_TRUE(cases.ok());
  ASSERT_EQ(cases->size(), 2u);
  EXPECT_EQ((*cases)[0].id, "a-case");
  EXPECT_EQ((*cases)[1].id, "b-case");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_NE(notes[0].find("README.md"), std::string::npos);
  EXPECT_NE(notes[1].find("empty"), std::string::npos);
}

TEST(CaseDiscovery, MissingPathAndFileArePlainErrors) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("one.pdf", "%PDF").ok());
  std::vector<std::string> notes;
  auto missing = DiscoverCases(fs, {"nowhere"}, notes);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "'nowhere' does not exist");
  auto file = DiscoverCases(fs, {"one.pdf"}, notes);
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.status().message().find("is a file"), std::string::npos);
}

TEST(CaseJson, ReadsChildAndPeople) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("case.json", R"({"child": {"name": "Amelia Rose Hartley",
    "preferred_name": "Millie", "date_of_birth": "2016-03-14"},
    "people": [{"name": "Jack", "role": "friend"}, {"role": "no name"}]})")
                  .ok());
  auto info = LoadCaseJson(fs, "case.json");
  ASSERT_TRUE(info.ok()) << info.status().message();
  EXPECT_EQ(info->name, "Amelia Rose Hartley");
  EXPECT_EQ(info->preferred_name, "Millie");
  EXPECT_EQ(info->date_of_birth, "2016-03-14");
  ASSERT_EQ(info->people.size(), 1u);
  EXPECT_EQ(info->people[0].role, "friend");
  EXPECT_EQ(info->name_source, "case.json");
}

TEST(CaseJson, BrokenJsonIsAPlainError) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("case.json", "{\"child\": ").ok());
  auto info = LoadCaseJson(fs, "case.json");
  ASSERT_FALSE(info.ok());
  EXPECT_NE(info.status().message().find("not valid JSON"), std::string::npos);
}

}  // namespace
}  // namespace ehcp
