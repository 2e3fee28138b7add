#include "mappers/classify/classifier.h"

#include <array>
#include <cstdio>

#include "mappers/classify/cues.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

constexpr size_t kSections = 13;
constexpr size_t kAreas = 6;

bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
}

// True when `phrase` occurs in `text` at the start of a word.
bool Has(std::string_view text, std::string_view phrase) {
  for (size_t pos = text.find(phrase); pos != std::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    if (pos == 0 || !IsWordChar(text[pos - 1])) return true;
  }
  return false;
}

// Padded, lower-cased text with typographic apostrophes made plain.
std::string Prepare(std::string_view s) {
  std::string out = ToLowerAscii(s);
  for (size_t p = out.find("\xE2\x80\x99"); p != std::string::npos; p = out.find("\xE2\x80\x99")) {
    out.replace(p, 3, "'");
  }
  return out;
}

bool HasDigitQuantity(std::string_view lower) {
  for (size_t i = 0; i < lower.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(lower[i]))) {
      std::string_view rest = lower.substr(i);
      for (std::string_view unit : {" minute", " min", " hour", " session", " times", "x "}) {
        if (rest.find(unit) != std::string_view::npos && rest.find(unit) < 12) return true;
      }
    }
  }
  return false;
}

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

size_t Index(Section s) { return static_cast<size_t>(s); }
size_t Index(Area a) { return static_cast<size_t>(a); }

// What the kind of document says about where its statements belong.
void KindPrior(DocKind kind, std::array<double, kSections>& score, std::vector<std::string>& why) {
  switch (kind) {
    case DocKind::kParentViews:
    case DocKind::kChildViews:
      score[Index(Section::kA)] += 2.0;
      why.push_back(std::string("document is ") + std::string(Label(kind)));
      break;
    case DocKind::kMedical:
      score[Index(Section::kC)] += 0.8;
      break;
    case DocKind::kSocialCare:
      score[Index(Section::kD)] += 0.8;
      break;
    default:
      break;
  }
}

class RuleClassifier final : public Classifier {
 public:
  Classification Classify(const ClassifyInput& in) const override {
    Classification out;
    std::string text = Prepare(in.text);
    std::string context = Prepare(in.context);
    std::array<double, kSections> score{};
    std::vector<std::string> reasons;

    // 1. The document's own structure.
    std::optional<Section> structural;
    if (!context.empty()) {
      for (const auto& cue : cues::kContext) {
        if (Has(context, cue.phrase)) {
          structural = cue.section;
          score[Index(cue.section)] += 3.0;
          reasons.push_back((in.block_kind == BlockKind::kTableCell ? "table label " : "heading ") +
                            Quote(in.context));
          break;
        }
      }
    }
    // 2. The kind of document.
    KindPrior(in.doc_kind, score, reasons);
    // 3. The wording.
    std::array<std::string_view, kSections> best_cue{};
    std::array<double, kSections> best_weight{};
    for (const auto& cue : cues::kWording) {
      if (!Has(text, cue.phrase)) continue;
      size_t i = Index(cue.section);
      score[i] += cue.weight;
      if (cue.weight > best_weight[i]) {
        best_weight[i] = cue.weight;
        best_cue[i] = cue.phrase;
      }
    }
    if (HasDigitQuantity(text)) {
      score[Index(Section::kF)] += 1.5;
      best_cue[Index(Section::kF)] = best_cue[Index(Section::kF)].empty()
                                         ? std::string_view("a quantity")
                                         : best_cue[Index(Section::kF)];
    }
    // A guidance note or form prompt is never plan content.
    if (text.size() < 3) score[Index(Section::kNotPlan)] += 5;
    // Sections E, F and G/H from a structural "Provision"/"Outcomes" heading are trusted, but a
    // health or social care statement under a provision heading moves to G or H.
    if (structural == Section::kF) {
      for (Section s : {Section::kG, Section::kH1, Section::kH2}) {
        if (best_weight[Index(s)] >= 2) score[Index(s)] += 2.5;
      }
    }
    // Statements under a "Views" heading stay views unless strongly something else.
    size_t top = 0;
    double total = 0;
    for (size_t i = 0; i < kSections; ++i) {
      total += score[i];
      if (score[i] > score[top]) top = i;
    }
    if (score[top] <= 0) {
      out.section = Section::kB;  // plain description of the child, by default a need
      out.confidence = 0.3;
      reasons.push_back("no cue: described as a need");
    } else {
      out.section = AllSections()[top];
      out.confidence = std::min(0.99, std::max(0.3, score[top] / (total + 0.5)));
      if (!best_cue[top].empty()) reasons.push_back("cue " + Quote(best_cue[top]));
    }
    out.area = ClassifyArea(text, context, out.section, reasons);
    out.reasons = std::move(reasons);
    return out;
  }

 private:
  static Area ClassifyArea(const std::string& text, const std::string& context, Section section,
                           std::vector<std::string>& reasons) {
    if (section == Section::kNotPlan || section == Section::kK || section == Section::kJ ||
        section == Section::kI) {
      return Area::kNone;
    }
    // A table label or heading naming an area decides.
    std::array<double, kAreas> ctx{};
    for (const auto& cue : cues::kAreas) {
      if (cue.weight >= 5 && Has(context, cue.phrase)) {
        reasons.push_back("area from " + Quote(cue.phrase));
        return cue.area;
      }
      if (Has(context, cue.phrase)) ctx[Index(cue.area)] += cue.weight;
    }
    std::array<double, kAreas> score{};
    for (const auto& cue : cues::kAreas) {
      if (Has(text, cue.phrase)) score[Index(cue.area)] += cue.weight;
    }
    for (size_t i = 0; i < kAreas; ++i) score[i] += 0.5 * ctx[i];
    size_t top = Index(Area::kNone);
    double best = 1.0;  // needs at least one clear cue
    for (size_t i = 0; i < kAreas; ++i) {
      if (score[i] > best) {
        best = score[i];
        top = i;
      }
    }
    if (section == Section::kA && best < 2) return Area::kNone;
    return AllAreas()[top];
  }
};

}  // namespace

std::unique_ptr<Classifier> MakeDefaultClassifier() { return std::make_unique<RuleClassifier>(); }

}  // namespace ehcp
