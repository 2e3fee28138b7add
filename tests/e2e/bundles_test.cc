// End to end: the real `ehcp draft` on the realistic council bundles (samples/ cases built as
// councils' Word forms, labelled block by block in tests/data/bundles/<case>/labels.jsonl by
// helpers who never read the reader's code). Measured twice: without registered forms, and
// with the councils' blank forms (tests/data/forms/<council>/) registered by `ehcp forms add`.
// Figures are printed; floors (issue 12) fail the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "tests/testing/test_util.h"

namespace ehcp {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::Quote;
using testing::ReadFileOrDie;
using testing::ReadZipEntries;
using testing::RunEhcp;
using testing::SourceDir;
using testing::TempDir;

// Lower case, typographic quotes and dashes made plain, whitespace collapsed.
std::string Norm(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    auto three = [&](const char* u) { return s.compare(i, 3, u) == 0; };
    if (three("\u2018") || three("\u2019")) {
      out += '\'';
      i += 3;
    } else if (three("\u201c") || three("\u201d")) {
      out += '"';
      i += 3;
    } else if (three("\u2013") || three("\u2014")) {
      out += '-';
      i += 3;
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out += ' ';
      i += 2;
    } else if (std::isspace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
      ++i;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Label {
  std::string file, text, norm, kind, section, area, dup;
};

std::vector<Label> ReadLabels(const std::string& path) {
  std::vector<Label> out;
  std::istringstream in(ReadFileOrDie(path));
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    json j = json::parse(line);
    Label l{j.value("file", ""), j.value("text", ""), "", j.value("kind", ""),
            j.value("section", ""), j.value("area", ""), j.value("dup", "")};
    l.norm = Norm(l.text);
    if (!l.norm.empty()) out.push_back(std::move(l));
  }
  return out;
}

bool IsNotPlanKind(const std::string& k) {
  return k == "prompt" || k == "answer" || k == "guidance" || k == "example" || k == "personal" ||
         k == "contact" || k == "leaflet" || k == "furniture" || k == "signature" || k == "title" ||
         k == "heading";
}

bool SameSection(const std::string& a, const std::string& b) {
  auto h = [](const std::string& s) { return s == "H1" || s == "H2" ? std::string("H") : s; };
  return h(a) == h(b);
}

struct Figures {
  int not_plan = 0, not_plan_in_draft = 0;
  int content = 0, content_kept = 0, content_right = 0;
  int background = 0, background_in_draft = 0;
  int flags_on_form_text = 0;
  int draft_statements = 0, unmatched = 0;
  std::vector<std::string> leaks, lost, wrong, flagged;
};

struct Drafted {
  std::string out;
  json plan;
  std::string docx_text;
};

class RealBundles : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir();
    cases_ = new std::vector<std::string>();
    std::string labels = SourceDir() + "/tests/data/bundles";
    if (!fs::is_directory(labels)) return;
    for (const auto& e : fs::directory_iterator(labels)) {
      if (fs::exists(e.path() / "labels.jsonl") &&
          fs::is_directory(SourceDir() + "/samples/" + e.path().filename().string())) {
        cases_->push_back(e.path().filename().string());
      }
    }
    std::sort(cases_->begin(), cases_->end());
    if (cases_->empty()) return;
    // The realistic cases as one batch, without and then with the councils' blank forms.
    std::string batch = tmp_->path() + "/cases";
    fs::create_directories(batch);
    for (const auto& c : *cases_) {
      fs::copy(SourceDir() + "/samples/" + c, batch + "/" + c, fs::copy_options::recursive);
    }
    for (int with_forms = 0; with_forms < 2; ++with_forms) {
      std::string out = tmp_->path() + (with_forms ? "/with-forms" : "/plain");
      std::string forms = tmp_->path() + "/forms" + std::to_string(with_forms);
      if (with_forms) {
        std::string blank;
        for (const auto& e : fs::recursive_directory_iterator(SourceDir() + "/tests/data/forms")) {
          if (e.is_regular_file()) blank += " " + Quote(e.path().string());
        }
        auto r = RunEhcp("forms add" + blank + " --forms " + Quote(forms));
        EXPECT_EQ(r.exit_code, 0) << r.err;
      }
      auto r = RunEhcp("draft " + Quote(batch) + " --out " + Quote(out) + " --forms " +
                       Quote(forms) + " --no-corpus --date 2026-11-22 --jobs 2");
      EXPECT_LE(r.exit_code, 1) << r.err;
      (with_forms ? outs_with_ : outs_plain_) = out;
    }
  }
  static void TearDownTestSuite() {
    delete tmp_;
    delete cases_;
  }

  static Figures Measure(const std::string& out, const std::string& c) {
    Figures f;
    std::vector<Label> labels = ReadLabels(SourceDir() + "/tests/data/bundles/" + c + "/labels.jsonl");
    json plan = json::parse(ReadFileOrDie(out + "/" + c + "/plan.json"));
    std::map<std::string, std::string> file_of;
    for (const auto& d : plan["documents"]) file_of[d["id"]] = d["file"];
    // Each labelled block: the draft statements that came from it.
    std::vector<std::vector<const json*>> hits(labels.size());
    std::map<std::string, size_t> label_of_statement;
    for (const auto& s : plan["statements"]) {
      std::string n = Norm(s["text"].get<std::string>());
      std::string file = file_of[s["source"]["document"]];
      size_t best = labels.size();
      for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].file != file || labels[i].norm.find(n) == std::string::npos) continue;
        if (best == labels.size() || labels[i].norm.size() < labels[best].norm.size()) best = i;
      }
      bool in_draft = s["section"] != "-" && s.value("decision", "") != "reject";
      if (in_draft) ++f.draft_statements;
      if (best == labels.size()) {
        if (in_draft) ++f.unmatched;
        continue;
      }
      label_of_statement[s["id"]] = best;
      if (in_draft) hits[best].push_back(&s);
    }
    for (size_t i = 0; i < labels.size(); ++i) {
      const Label& l = labels[i];
      if (IsNotPlanKind(l.kind)) {
        ++f.not_plan;
        if (!hits[i].empty()) {
          ++f.not_plan_in_draft;
          f.leaks.push_back(l.kind + ": " + l.text.substr(0, 90));
        }
      } else if (l.kind == "background") {
        ++f.background;
        f.background_in_draft += !hits[i].empty();
      } else if (l.kind == "content") {
        ++f.content;
        if (hits[i].empty()) {
          f.lost.push_back(l.section + ": " + l.text.substr(0, 90));
          continue;
        }
        ++f.content_kept;
        bool right = std::any_of(hits[i].begin(), hits[i].end(), [&](const json* s) {
          return SameSection((*s)["section"], l.section);
        });
        f.content_right += right;
        if (!right) {
          f.wrong.push_back(l.section + " -> " + (*hits[i][0])["section"].get<std::string>() +
                            ": " + l.text.substr(0, 80));
        }
      }
    }
    std::map<std::string, std::string> statement_of_flag;
    for (const auto& fl : plan["flags"]) {
      for (const auto& sp : fl["spans"]) {
        auto it = label_of_statement.find(sp["statement"]);
        if (it == label_of_statement.end()) continue;
        const Label& l = labels[it->second];
        if (l.kind == "guidance" || l.kind == "example" || l.kind == "prompt") {
          ++f.flags_on_form_text;
          f.flagged.push_back(fl["rule"].get<std::string>() + " on " + l.kind + ": " +
                              l.text.substr(0, 80));
        }
      }
    }
    return f;
  }

  static std::string DocxText(const std::string& out, const std::string& c) {
    auto parts = ReadZipEntries(ReadFileOrDie(out + "/" + c + "/draft-plan.docx"));
    std::string xml = parts["word/document.xml"];
    std::string text;
    bool tag = false;
    for (char ch : xml) {
      if (ch == '<') tag = true;
      else if (ch == '>') {
        tag = false;
        text += ' ';
      } else if (!tag) text += ch;
    }
    return text;
  }

  static void Report(const std::string& what, const std::string& c, const Figures& f) {
    std::cout << "[bundles] " << c << " (" << what << "): not plan content in the draft "
              << f.not_plan_in_draft << "/" << f.not_plan << "; content kept " << f.content_kept
              << "/" << f.content << ", in the right section " << f.content_right << "/"
              << f.content << "; background in the draft " << f.background_in_draft << "/"
              << f.background << "; flags on form text " << f.flags_on_form_text
              << "; draft statements " << f.draft_statements << " (" << f.unmatched
              << " not matched to a label)\n";
    for (size_t i = 0; i < f.leaks.size() && i < 25; ++i) std::cout << "   leak  " << f.leaks[i] << "\n";
    for (size_t i = 0; i < f.lost.size() && i < 25; ++i) std::cout << "   lost  " << f.lost[i] << "\n";
    for (size_t i = 0; i < f.wrong.size() && i < 25; ++i) std::cout << "   wrong " << f.wrong[i] << "\n";
    for (size_t i = 0; i < f.flagged.size() && i < 25; ++i) std::cout << "   flag  " << f.flagged[i] << "\n";
  }

  static TempDir* tmp_;
  static std::vector<std::string>* cases_;
  static std::string outs_plain_, outs_with_;
};

TempDir* RealBundles::tmp_ = nullptr;
std::vector<std::string>* RealBundles::cases_ = nullptr;
std::string RealBundles::outs_plain_;
std::string RealBundles::outs_with_;

// Floors over all labelled bundles together: the figures reached (README, "How well it reads
// forms"), a little below. Issue 12's targets are higher (at most 2% of form text in the draft,
// none with registered forms; 95% of content kept, 90% in its section): raise these as the
// reader improves, never lower them to pass.
struct Floors {
  double max_not_plan_share;
  double min_content_kept;
  double min_content_right;
  int max_flags_on_form_text;
};
constexpr Floors kWithoutForms{0.04, 0.90, 0.76, 80};
constexpr Floors kWithForms{0.025, 0.90, 0.78, 2};

TEST_F(RealBundles, FormTextStaysOutOfTheDraftAndContentIsKept) {
  if (cases_->empty()) GTEST_SKIP() << "no labelled bundles in tests/data/bundles";
  for (int with_forms = 0; with_forms < 2; ++with_forms) {
    Figures all;
    for (const auto& c : *cases_) {
      Figures f = Measure(with_forms ? outs_with_ : outs_plain_, c);
      Report(with_forms ? "forms registered" : "no forms registered", c, f);
      all.not_plan += f.not_plan;
      all.not_plan_in_draft += f.not_plan_in_draft;
      all.content += f.content;
      all.content_kept += f.content_kept;
      all.content_right += f.content_right;
      all.flags_on_form_text += f.flags_on_form_text;
    }
    SCOPED_TRACE(with_forms ? "with registered forms" : "without registered forms");
    const Floors& floors = with_forms ? kWithForms : kWithoutForms;
    double leak = static_cast<double>(all.not_plan_in_draft) / std::max(1, all.not_plan);
    double kept = static_cast<double>(all.content_kept) / std::max(1, all.content);
    double right = static_cast<double>(all.content_right) / std::max(1, all.content);
    std::cout << "[bundles] all cases (" << (with_forms ? "forms registered" : "no forms")
              << "): form text in the draft " << leak << ", content kept " << kept
              << ", in the right section " << right << ", flags on form text "
              << all.flags_on_form_text << "\n";
    EXPECT_LE(leak, floors.max_not_plan_share);
    EXPECT_GE(kept, floors.min_content_kept);
    EXPECT_GE(right, floors.min_content_right);
    EXPECT_LE(all.flags_on_form_text, floors.max_flags_on_form_text);
  }
}

TEST_F(RealBundles, NoPhoneNumberEmailOrStreetAddressInTheWordDraft) {
  if (cases_->empty()) GTEST_SKIP() << "no labelled bundles in tests/data/bundles";
  // Written independently of the reader's own patterns.
  std::regex phone(R"((\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b)");
  std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  std::regex postcode(R"(\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b)");
  for (const std::string& out : {outs_plain_, outs_with_}) {
    for (const auto& c : *cases_) {
      std::string text = DocxText(out, c);
      std::smatch m;
      EXPECT_FALSE(std::regex_search(text, m, phone)) << c << ": " << m.str();
      EXPECT_FALSE(std::regex_search(text, m, email)) << c << ": " << m.str();
      EXPECT_FALSE(std::regex_search(text, m, postcode)) << c << ": " << m.str();
    }
  }
}

}  // namespace
}  // namespace ehcp
