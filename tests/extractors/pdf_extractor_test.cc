// The PDF extractor on PDFs written at test time (tests/extractors/pdf_fixture.h): furniture
// removal, de-hyphenation, headings, lists, two-column form tables across a page break, page
// numbers, scanned pages, limits and damaged or protected files.
#include "extractors/pdf/pdf_extractor.h"

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <memory>
#include <random>

#include "extractors/cleanup/cleanup.h"
#include "extractors/ocr/ocr.h"
#include "pipeline/base/text.h"
#include "tests/extractors/pdf_fixture.h"
#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

using testing::MakeEncryptedPdf;
using testing::MakePdf;
using testing::PdfFixturePage;
using testing::PdfRun;
using testing::WrapText;

constexpr int kPages = 5;
constexpr double kLeft = 60;
constexpr double kRight = 220;  // right column of the form table
constexpr double kPitch = 14;

// Builds one fixture page and remembers the body text it should yield, in reading order.
struct PageWriter {
  PdfFixturePage page;
  double y = 70;
  std::vector<std::string>* expected;

  void Furniture(int number) {
    page.runs.push_back({kLeft, 40, 9, false, "Ref: EHC/0423"});
    page.runs.push_back({460, 40, 9, false, "Page " + std::to_string(number) + " of 5"});
    page.runs.push_back({230, 815, 9, true, "STRICTLY CONFIDENTIAL"});
  }
  void Heading(const std::string& text, double size, bool bold = true) {
    y += size + 10;
    page.runs.push_back({kLeft, y, size, bold, text});
    expected->push_back(text);
    y += 6;
  }
  // Lines as given (already broken); `joined` is what the paragraph should read as.
  void Lines(const std::vector<std::string>& lines, const std::string& joined) {
    y += 8;
    for (const std::string& l : lines) {
      y += kPitch;
      page.runs.push_back({kLeft, y, 11, false, l});
    }
    expected->push_back(joined);
  }
  void Paragraph(const std::string& text) { Lines(WrapText(text, 460, 11), text); }
  void Bullet(const std::string& marker, const std::string& text) {
    y += kPitch + 3;
    page.runs.push_back({kLeft, y, 11, false, marker});
    std::vector<std::string> lines = WrapText(text, 420, 11);
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i) y += kPitch;
      page.runs.push_back({kLeft + 14, y, 11, false, lines[i]});
    }
    expected->push_back(text);
  }
  // One table row; returns the right-column lines that did not fit above `bottom`.
  std::vector<std::string> Row(const std::string& label, const std::string& text,
                               double bottom = 760) {
    y += kPitch + 8;
    std::vector<std::string> left = WrapText(label, 140, 11);
    std::vector<std::string> right = WrapText(text, 300, 11);
    size_t n = std::max(left.size(), right.size());
    std::vector<std::string> rest;
    for (size_t i = 0; i < n; ++i) {
      double ly = y + kPitch * static_cast<double>(i);
      if (ly > bottom) {
        rest.assign(right.begin() + static_cast<long>(i), right.end());
        break;
      }
      if (i < left.size()) page.runs.push_back({kLeft, ly, 11, false, left[i]});
      if (i < right.size()) page.runs.push_back({kRight, ly, 11, false, right[i]});
    }
    y += kPitch * static_cast<double>(n - 1);
    expected->push_back(label);
    expected->push_back(text);
    return rest;
  }
};

const char kSemhText[] =
    "Sam finds it hard to manage his feelings when routines change without warning. He can "
    "become withdrawn and tearful, and at times he leaves the classroom without permission. "
    "Staff report that he responds well to a calm adult who names the feeling and offers a "
    "choice of two activities. He has a small number of friends and enjoys playing football "
    "with them at lunchtime, although disagreements about the rules often end with him "
    "walking away. He would benefit from a weekly session with the emotional literacy "
    "support assistant and from a quiet place to go when he feels overwhelmed. His parents "
    "describe similar difficulties at home, particularly at bedtime and before school on "
    "Monday mornings.";

struct Fixture {
  std::string pdf;
  std::vector<std::string> expected;  // body text, in reading order
};

const Fixture& Report() {
  static const Fixture kFixture = [] {
    Fixture f;
    std::vector<PdfFixturePage> pages;

    PageWriter p1{{}, 70, &f.expected};
    p1.Furniture(1);
    p1.page.runs.push_back({240, 828, 9, false, "www.northbridge.gov.uk"});
    p1.Heading("Educational Psychology Advice", 18);
    p1.Heading("1. Background", 14);
    p1.Lines({"Sam is a cheerful pupil in Year 4 who was referred for an assess-",
              "ment of his learning needs. His parents are concerned about his well-",
              "being at school and report that he has completed a 6-",
              "week social skills group run by the school."},
             "Sam is a cheerful pupil in Year 4 who was referred for an assessment of his "
             "learning needs. His parents are concerned about his well-being at school and "
             "report that he has completed a 6-week social skills group run by the school.");
    p1.Paragraph(
        "I met Sam in school on two occasions and observed him in his literacy lesson and at "
        "playtime. I also spoke with his class teacher, the school's special educational needs "
        "co-ordinator and his mother, who gave her consent for this assessment.");
    p1.Heading("Recommended strategies", 11);
    p1.Bullet("\x95", "Use a visual timetable at the start of each day.");
    p1.Bullet("\x95",
              "Give instructions in short chunks and check his understanding by asking him to "
              "repeat them back in his own words.");
    p1.Bullet("-", "Offer a quiet space when he feels overwhelmed.");
    pages.push_back(p1.page);

    PageWriter p2{{}, 70, &f.expected};
    p2.Furniture(2);
    p2.Heading("2. Areas of need", 14);
    p2.Row("Communication and interaction",
           "Sam understands everyday language but misses the meaning of longer instructions "
           "given to the whole class. He speaks in full sentences and enjoys talking about "
           "his interests.");
    p2.Row("Cognition and learning",
           "Sam reads at a level about two years below that expected for his age. He has "
           "difficulty holding information in mind while he works, and he needs repetition "
           "and practical materials to learn new number facts.");
    p2.Row("Sensory and/or physical",
           "His fine motor skills are developing and he tires quickly when writing by hand.");
    p2.y = 640;
    std::vector<std::string> rest = p2.Row("Social, emotional and mental health", kSemhText);
    pages.push_back(p2.page);

    PageWriter p3{{}, 70, &f.expected};
    p3.Furniture(3);
    p3.y = 90;
    for (size_t i = 0; i < rest.size(); ++i) {
      p3.page.runs.push_back({kRight, p3.y + kPitch * static_cast<double>(i), 11, false, rest[i]});
    }
    p3.y += kPitch * static_cast<double>(rest.size());
    p3.Heading("3.2 Communication", 11, false);
    p3.Paragraph(
        "Sam should have a daily opportunity to practise new vocabulary linked to the topic "
        "being taught, in a small group led by a trained teaching assistant.");
    pages.push_back(p3.page);

    pages.push_back(PdfFixturePage{});  // page 4: a scan, no text layer

    PageWriter p5{{}, 70, &f.expected};
    p5.Furniture(5);
    p5.Heading("4. Summary", 14);
    p5.Paragraph(
        "3 weeks of therapy were completed in the spring term. Sam has made good progress and "
        "the strategies above should continue for at least the next year.");
    pages.push_back(p5.page);

    f.pdf = MakePdf(pages);
    return f;
  }();
  return kFixture;
}

StatusOr<Document> Extract(const std::string& bytes, ExtractOptions options = {}) {
  return PdfExtractor().Extract(bytes, "EP advice.pdf", options);
}

const Document& ReportDoc() {
  static const Document kDoc = [] {
    StatusOr<Document> d = Extract(Report().pdf);
    EXPECT_TRUE(d.ok()) << d.status().message();
    Document doc = d.ok() ? *d : Document{};
    CleanupDocument(doc);
    return doc;
  }();
  return kDoc;
}

size_t Levenshtein(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({sub, prev[j] + 1, cur[j - 1] + 1});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string JoinAll(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p + " ";
  return CollapseSpaces(out);
}

const Block* Find(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks) {
    if (b.text.find(needle) != std::string::npos) return &b;
  }
  return nullptr;
}

TEST(PdfExtractorTest, BodyTextIsAccurate) {
  const Document& doc = ReportDoc();
  std::vector<std::string> got;
  for (const Block& b : doc.blocks) got.push_back(b.text);
  std::string expected = JoinAll(Report().expected);
  std::string actual = JoinAll(got);
  double accuracy = 1.0 - static_cast<double>(Levenshtein(expected, actual)) /
                              static_cast<double>(expected.size());
  std::printf("[ measured ] character accuracy %.4f over %zu characters\n", accuracy,
              expected.size());
  EXPECT_GE(accuracy, 0.995) << "expected:\n" << expected << "\nactual:\n" << actual;
}

TEST(PdfExtractorTest, PageFurnitureIsRemoved) {
  const Document& doc = ReportDoc();
  ASSERT_FALSE(doc.blocks.empty());
  for (const Block& b : doc.blocks) {
    for (const char* furniture : {"EHC/0423", "Page ", "CONFIDENTIAL", "northbridge"}) {
      EXPECT_EQ(b.text.find(furniture), std::string::npos) << b.text;
      EXPECT_EQ(b.label.find(furniture), std::string::npos) << b.label;
    }
  }
  // A body sentence that starts with a number is not mistaken for a page number.
  EXPECT_NE(Find(doc, "3 weeks of therapy were completed"), nullptr);
}

TEST(PdfExtractorTest, JoinsSplitWordsAndKeepsRealHyphens) {
  const Block* b = Find(ReportDoc(), "referred for an");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(b->text.find("an assessment of his learning"), std::string::npos) << b->text;
  EXPECT_NE(b->text.find("his well-being at school"), std::string::npos) << b->text;
  EXPECT_NE(b->text.find("a 6-week social skills group"), std::string::npos) << b->text;
  EXPECT_EQ(b->kind, BlockKind::kParagraph);
  EXPECT_EQ(b->prov.page, 1);
}

TEST(PdfExtractorTest, DetectsHeadingsWithLevels) {
  const Document& doc = ReportDoc();
  std::vector<std::pair<std::string, int>> headings;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kHeading) headings.emplace_back(b.text, b.heading_level);
  }
  std::vector<std::pair<std::string, int>> want = {{"Educational Psychology Advice", 1},
                                                   {"1. Background", 1},
                                                   {"Recommended strategies", 3},
                                                   {"2. Areas of need", 1},
                                                   {"3.2 Communication", 2},
                                                   {"4. Summary", 1}};
  EXPECT_EQ(headings, want);
}

TEST(PdfExtractorTest, BulletsBecomeListItemsWithoutTheMarker) {
  std::vector<const Block*> items;
  for (const Block& b : ReportDoc().blocks) {
    if (b.kind == BlockKind::kListItem) items.push_back(&b);
  }
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0]->text, "Use a visual timetable at the start of each day.");
  EXPECT_EQ(items[0]->list_label, "\xE2\x80\xA2");
  EXPECT_EQ(items[1]->text,
            "Give instructions in short chunks and check his understanding by asking him to "
            "repeat them back in his own words.");
  EXPECT_EQ(items[2]->text, "Offer a quiet space when he feels overwhelmed.");
  EXPECT_EQ(items[2]->list_label, "-");
}

TEST(PdfExtractorTest, FormTableComesRowByRowWithLabels) {
  std::vector<const Block*> cells;
  for (const Block& b : ReportDoc().blocks) {
    if (b.kind == BlockKind::kTableCell) cells.push_back(&b);
  }
  ASSERT_EQ(cells.size(), 8u);
  const char* labels[] = {"Communication and interaction", "Cognition and learning",
                          "Sensory and/or physical", "Social, emotional and mental health"};
  for (int row = 0; row < 4; ++row) {
    const Block& label = *cells[2 * row];
    const Block& text = *cells[2 * row + 1];
    EXPECT_EQ(label.text, labels[row]);
    EXPECT_EQ(label.col, 0);
    EXPECT_EQ(label.row, row);
    EXPECT_EQ(text.col, 1);
    EXPECT_EQ(text.row, row);
    EXPECT_EQ(text.label, labels[row]);
    EXPECT_EQ(text.table, label.table);
    EXPECT_EQ(text.prov.page, 2);
    ASSERT_TRUE(text.prov.bbox.has_value());
    EXPECT_NEAR(text.prov.bbox->x0, kRight, 1.0);
  }
  EXPECT_TRUE(StartsWith(cells[3]->text, "Sam reads at a level about two years below"));
  // The last row runs on at the top of page 3 with an empty left column: one block, which
  // keeps the label and the page where the row starts.
  EXPECT_EQ(cells[7]->text, kSemhText);
  ASSERT_TRUE(cells[7]->prov.bbox.has_value());
  EXPECT_LT(cells[7]->prov.bbox->y1, 842);
}

TEST(PdfExtractorTest, PageNumbersAndBoxes) {
  const Document& doc = ReportDoc();
  EXPECT_EQ(doc.info.pages, kPages);
  EXPECT_EQ(doc.info.format, FileFormat::kPdf);
  EXPECT_EQ(Find(doc, "Educational Psychology Advice")->prov.page, 1);
  EXPECT_EQ(Find(doc, "daily opportunity")->prov.page, 3);
  EXPECT_EQ(Find(doc, "Summary")->prov.page, 5);
  for (const Block& b : doc.blocks) {
    ASSERT_TRUE(b.prov.bbox.has_value());
    EXPECT_LT(b.prov.bbox->x0, b.prov.bbox->x1);
    EXPECT_LT(b.prov.bbox->y0, b.prov.bbox->y1);
    EXPECT_GT(b.prov.bbox->y0, 0.08 * 842);  // nothing from the header band
  }
  const Block* title = Find(doc, "Educational Psychology Advice");
  EXPECT_NEAR(title->prov.bbox->x0, kLeft, 1.0);
}

TEST(PdfExtractorTest, ScannedPageIsReportedNotInvented) {
  const Document& doc = ReportDoc();
  // Page 4 is blank, standing in for a scan: it is recognised, nothing is invented, and the
  // caseworker is told the page has no readable text.
  for (const Block& b : doc.blocks) EXPECT_NE(b.prov.page, 4);
  EXPECT_EQ(doc.info.recognised_pages, std::vector<int>{4});
  bool found = std::any_of(
      doc.info.diagnostics.begin(), doc.info.diagnostics.end(), [](const Diagnostic& d) {
        return d.page == 4 && ContainsIgnoreCase(d.message, "page 4 of 'EP advice.pdf'") &&
               ContainsIgnoreCase(d.message, "no readable text");
      });
  EXPECT_TRUE(found);

  ExtractOptions no_ocr;
  no_ocr.ocr = false;
  StatusOr<Document> d = Extract(Report().pdf, no_ocr);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->info.diagnostics.size(), 1u);
  EXPECT_EQ(d->info.diagnostics[0].page, 4);
  EXPECT_NE(d->info.diagnostics[0].message.find("text recognition is off"), std::string::npos);
}

// Scanned pages are rendered and recognised on several threads (each rendering from its own
// copy of the document), with or without shared engines: the same blocks as on one thread.
TEST(PdfExtractorTest, ScannedPagesReadTheSameOnSeveralThreads) {
  const std::string pdf = testing::ReadFileOrDie(
      testing::SourceDir() + "/samples/amelia-hartley/paediatric-clinic-letter.pdf");
  ExtractOptions one;
  StatusOr<Document> a = Extract(pdf, one);
  ASSERT_TRUE(a.ok()) << a.status().message();
  ASSERT_EQ(a->info.recognised_pages, (std::vector<int>{1, 2}));
  ASSERT_GT(a->blocks.size(), 5u);
  OcrEngines engines(2);
  ExtractOptions shared;
  shared.ocr_threads = 3;
  shared.ocr_engines = &engines;
  StatusOr<Document> b = Extract(pdf, shared);
  ASSERT_TRUE(b.ok()) << b.status().message();
  EXPECT_EQ(b->info.recognised_pages, a->info.recognised_pages);
  ASSERT_EQ(b->blocks.size(), a->blocks.size());
  for (size_t i = 0; i < a->blocks.size(); ++i) {
    EXPECT_EQ(b->blocks[i].text, a->blocks[i].text);
    EXPECT_EQ(b->blocks[i].prov.page, a->blocks[i].prov.page);
  }
}

TEST(PdfExtractorTest, ReadsOnlyTheFirstPagesWithinTheLimit) {
  ExtractOptions options;
  options.max_pages = 2;
  StatusOr<Document> d = Extract(Report().pdf, options);
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->info.pages, kPages);
  ASSERT_FALSE(d->blocks.empty());
  for (const Block& b : d->blocks) EXPECT_LE(b.prov.page, 2);
  ASSERT_FALSE(d->info.diagnostics.empty());
  EXPECT_NE(d->info.diagnostics[0].message.find("only the first 2 of 5 pages of 'EP advice.pdf'"),
            std::string::npos)
      << d->info.diagnostics[0].message;
}

TEST(PdfExtractorTest, RefusesFilesOverTheSizeLimit) {
  ExtractOptions options;
  options.max_file_bytes = 100;
  StatusOr<Document> d = Extract(Report().pdf, options);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kLimitExceeded);
  EXPECT_NE(d.status().message().find("'EP advice.pdf'"), std::string::npos);
}

TEST(PdfExtractorTest, PasswordProtectedFileSaysWhatToDo) {
  StatusOr<Document> d = Extract(MakeEncryptedPdf());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kEncrypted);
  EXPECT_EQ(d.status().message(),
            "'EP advice.pdf' is protected by a password: save an unprotected copy and add it "
            "again");
}

TEST(PdfExtractorTest, TruncatedAndRandomBytesAreCorrupt) {
  const std::string& pdf = Report().pdf;
  std::string random(4000, '\0');
  std::mt19937 rng(42);
  for (char& c : random) c = static_cast<char>(rng() & 0xFF);
  for (const std::string& bytes : {pdf.substr(0, pdf.size() * 2 / 5), random,
                                   std::string("%PDF-1.4\n") + random, std::string()}) {
    StatusOr<Document> d = Extract(bytes);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.status().code(), StatusCode::kCorrupt);
    EXPECT_NE(d.status().message().find("'EP advice.pdf'"), std::string::npos);
  }
}

TEST(PdfExtractorTest, RendersAPageForRecognition) {
  const std::string& pdf = Report().pdf;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  ASSERT_NE(doc, nullptr);
  std::unique_ptr<poppler::page> page(doc->create_page(0));
  ASSERT_NE(page, nullptr);
  StatusOr<Raster> r = RenderPage(*page, 72);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->width, 595);
  EXPECT_EQ(r->height, 842);
  EXPECT_EQ(r->dpi, 72);
  EXPECT_GE(r->stride, r->width * r->channels);
  ASSERT_EQ(r->pixels.size(), static_cast<size_t>(r->stride) * static_cast<size_t>(r->height));
  // Text is dark on white: some pixels are dark, most are light.
  size_t dark = 0;
  for (int y = 0; y < r->height; ++y) {
    for (int x = 0; x < r->width; ++x) {
      size_t i = static_cast<size_t>(y) * static_cast<size_t>(r->stride) +
                 static_cast<size_t>(x) * static_cast<size_t>(r->channels);
      if (r->pixels[i] < 128) ++dark;
    }
  }
  size_t all = static_cast<size_t>(r->width) * static_cast<size_t>(r->height);
  EXPECT_GT(dark, 1000u);
  EXPECT_LT(dark, all / 5);
}

}  // namespace
}  // namespace ehcp
