// Checks on a form's own answers (docs/forms.md):
// - advice-incomplete: a piece of advice written on a form whose prompts are mostly unanswered
//   (at least 8 prompts, fewer than half with an answer under them);
// - conflicting-advice inside one document: a "No" to a question followed by a filled-in "If
//   yes…" (or a "Yes" followed by a filled-in "If no…"/"If not…").
#include <string>
#include <vector>

#include "mappers/checks/case_checks.h"
#include "mappers/checks/check_util.h"
#include "pipeline/base/text.h"

namespace ehcp::checks {
namespace {

constexpr int kMinPrompts = 8;
constexpr double kMaxUnanswered = 0.5;

std::string Lower(std::string_view s) {
  std::string l = ToLowerAscii(Trim(s));
  while (!l.empty() && (l.back() == '.' || l.back() == ' ')) l.pop_back();
  return l;
}

// "yes" or "no" when a bare answer says one of them plainly (a ticked box counts), "" otherwise.
std::string YesNo(const Block& b) {
  std::string l = Lower(b.text);
  // Ticked boxes: U+2612 (ballot box with X) or U+2611 (with check) before the option.
  for (std::string_view ticked : {"\u2612", "\u2611"}) {
    size_t at = l.find(ticked);
    if (at != std::string::npos) {
      std::string_view after = Trim(std::string_view(l).substr(at + ticked.size()));
      if (StartsWith(after, "yes")) return "yes";
      if (StartsWith(after, "no")) return "no";
      return "";
    }
  }
  if (l == "yes" || StartsWith(l, "yes ") || StartsWith(l, "yes,")) return "yes";
  if (l == "no" || StartsWith(l, "no ") || StartsWith(l, "no,")) return "no";
  return "";
}

const Statement* StatementOf(const CaseView& view, const std::string& doc, int block) {
  for (const Statement& s : view.statements) {
    if (s.document == doc && s.span.block == block) return &s;
  }
  return nullptr;
}

class FormAnswersCheck : public Check {
 public:
  std::string_view name() const override { return "form-answers"; }
  void Run(const CaseView& view, std::vector<Flag>& out) const override {
    for (const Document& d : view.documents) {
      Incomplete(d, out);
      Contradictions(view, d, out);
    }
  }

 private:
  static void Incomplete(const Document& d, std::vector<Flag>& out) {
    const DocumentInfo& info = d.info;
    if (info.form_prompts < kMinPrompts) return;
    double unanswered = 1.0 - static_cast<double>(info.form_answered) / info.form_prompts;
    if (unanswered <= kMaxUnanswered) return;
    std::string basis = "SEND Regulations 2014, regulation 6; SEND Code of Practice 9.46-9.49";
    out.push_back(MakeFlag(
        FlagId::kAdviceIncomplete,
        "'" + info.file + "' leaves " + std::to_string(info.form_prompts - info.form_answered) +
            " of its " + std::to_string(info.form_prompts) +
            " questions unanswered: ask the author to complete the advice before the plan "
            "relies on it (" + basis + ")",
        basis, {}));
  }

  static void Contradictions(const CaseView& view, const Document& d, std::vector<Flag>& out) {
    const std::vector<Block>& blocks = d.blocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
      const Block& answer = blocks[i];
      if (answer.role != BlockRole::kAnswer) continue;
      std::string said = YesNo(answer);
      if (said.empty()) continue;
      // The follow-up prompt within the next few blocks, and what was written under it.
      for (size_t j = i + 1; j < blocks.size() && j <= i + 4; ++j) {
        const Block& follow = blocks[j];
        if (follow.kind == BlockKind::kHeading) break;
        if (follow.role != BlockRole::kPrompt && follow.role != BlockRole::kGuidance) continue;
        std::string q = Lower(follow.text);
        bool if_yes = StartsWith(q, "if yes") || StartsWith(q, "if so");
        bool if_no = StartsWith(q, "if no") || StartsWith(q, "if not");
        if (!if_yes && !if_no) break;
        if ((said == "no" && !if_yes) || (said == "yes" && !if_no)) break;
        // A filled answer under the follow-up: content or personal details, not "N/A".
        for (size_t k = j + 1; k < blocks.size() && k <= j + 3; ++k) {
          const Block& filled = blocks[k];
          if (filled.kind == BlockKind::kHeading || filled.role == BlockRole::kPrompt) break;
          if (filled.role != BlockRole::kContent && filled.role != BlockRole::kPersonal) continue;
          if (Trim(filled.text).size() < 3) continue;
          std::vector<FlagSpan> spans;
          if (const Statement* s = StatementOf(view, d.info.id, static_cast<int>(k))) {
            spans.push_back(WholeStatement(*s));
          }
          std::string basis = "SEND Code of Practice 9.40: the advice must be clear and accurate";
          out.push_back(MakeFlag(
              FlagId::kConflictingAdvice,
              "'" + d.info.file + "' page " + std::to_string(filled.prov.page) + " answers '" +
                  said + "' to \"" + std::string(Trim(answer.label)).substr(0, 80) +
                  "\" but then fills in \"" + std::string(Trim(follow.text)).substr(0, 60) +
                  "\": ask the author which is right",
              basis, std::move(spans)));
          break;
        }
        break;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeFormAnswersCheck() { return std::make_unique<FormAnswersCheck>(); }

}  // namespace ehcp::checks
