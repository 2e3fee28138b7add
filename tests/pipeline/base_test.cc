#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unicode/uchar.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "pipeline/base/fs.h"
#include "pipeline/base/hash.h"
#include "pipeline/base/status.h"
#include "pipeline/base/text.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

StatusOr<int> Half(int n) {
  if (n % 2) return InvalidArgument(std::to_string(n) + " is odd");
  return n / 2;
}

Status UseHalf(int n, int* out) {
  ASSIGN_OR_RETURN(int h, Half(n));
  *out = h;
  return Status::Ok();
}

TEST(Status, CarriesCodeAndMessageAndContext) {
  Status st = Corrupt("the file is truncated").WithContext("page 4 of 'OT report.pdf'");
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kCorrupt);
  EXPECT_EQ(st.message(), "page 4 of 'OT report.pdf': the file is truncated");
  int out = 0;
  EXPECT_TRUE(UseHalf(8, &out).ok());
  EXPECT_EQ(out, 4);
  Status odd = UseHalf(7, &out);
  EXPECT_EQ(odd.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(odd.message(), "7 is odd");
}

TEST(Text, TrimCollapseAndCase) {
  EXPECT_EQ(Trim("\xC2\xA0  Millie reads\t\n"), "Millie reads");
  EXPECT_EQ(CollapseSpaces("  a \n\t b\xC2\xA0 c "), "a b c");
  EXPECT_EQ(ToLower("ÉCOLE Speech"), "école speech");
  EXPECT_TRUE(IsValidUtf8("café – ok"));
  EXPECT_FALSE(IsValidUtf8("bad \xC3("));
  EXPECT_EQ(FixUtf8("bad \xC3("), "bad \xEF\xBF\xBD(");
  EXPECT_EQ(Utf8Length("café"), 4u);
  EXPECT_TRUE(ContainsIgnoreCase("Speech and Language Therapy", "LANGUAGE"));
  EXPECT_EQ(Split("a,b,,c", ',').size(), 4u);
}

TEST(Hash, StableAndSensitive) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 32u);
}

// Stored hashes (corpus, manifests) must not change: the one-pass ContentHash is the two
// FNV-1a passes it was defined as, and FNV-1a itself gives its published test value.
TEST(Hash, IsTwoFnvPassesWithTheDocumentedSeeds) {
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  for (std::string_view s : {"", "a", "Sam needs a visual timetable.", "\xE2\x80\x99x"}) {
    uint64_t a = Fnv1a64(s);
    uint64_t b = Fnv1a64(s, 0x84222325cbf29ce4ULL ^ s.size());
    char want[33];
    std::snprintf(want, sizeof want, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    EXPECT_EQ(ContentHash(s), want) << s;
  }
}

// The ASCII shortcut for white space agrees with ICU's White_Space property.
TEST(Text, AsciiWhiteSpaceMatchesIcu) {
  for (int c = 1; c < 0x80; ++c) {
    std::string s = std::string("a") + static_cast<char>(c) + "b";
    bool space = u_isUWhiteSpace(c) != 0;
    EXPECT_EQ(CollapseSpaces(s), space ? "a b" : s) << c;
    EXPECT_EQ(Trim(std::string(1, static_cast<char>(c))).empty(), space) << c;
  }
}

TEST(FileSystem, AtomicWritesAreOwnerOnly) {
  testing::TempDir tmp;
  FileSystem& fs = RealFileSystem();
  std::string dir = JoinPath(tmp.path(), "out/case-1");
  ASSERT_TRUE(fs.MakeDirs(dir).ok());
  std::string file = JoinPath(dir, "plan.json");
  ASSERT_TRUE(fs.WriteFileAtomic(file, "{}").ok());
  struct stat st;
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600);
  ASSERT_EQ(::stat(dir.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700);
  auto back = fs.ReadFile(file);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "{}");
  auto names = fs.ListDir(dir);
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, std::vector<std::string>{"plan.json"});  // no temporary file left behind
  auto missing = fs.ReadFile(JoinPath(dir, "nope.pdf"));
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("nope.pdf"), std::string::npos);
}

TEST(FileSystem, MemoryFileSystemListsFoldersAndFiles) {
  MemFileSystem fs;
  ASSERT_TRUE(fs.WriteFileAtomic("batch/amy/ep.pdf", "x").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/amy/school.docx", "y").ok());
  ASSERT_TRUE(fs.WriteFileAtomic("batch/ben/parent.txt", "z").ok());
  EXPECT_TRUE(fs.IsDir("batch"));
  EXPECT_TRUE(fs.IsDir("batch/amy"));
  EXPECT_FALSE(fs.IsDir("batch/amy/ep.pdf"));
  EXPECT_EQ(*fs.ListDir("batch"), (std::vector<std::string>{"amy", "ben"}));
  EXPECT_EQ(*fs.ListDir("batch/amy"), (std::vector<std::string>{"ep.pdf", "school.docx"}));
  EXPECT_EQ(BaseName("batch/amy/ep.pdf"), "ep.pdf");
  EXPECT_EQ(BaseName("batch/amy/"), "amy");
}

}  // namespace
}  // namespace ehcp
