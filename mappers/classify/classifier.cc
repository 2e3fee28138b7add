#include "mappers/classify/classifier.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <span>
#include <unordered_map>

#include "mappers/classify/cues.h"
#include "mappers/classify/features.h"
#include "mappers/classify/model.h"
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

// Which phrases of a cue table occur in a text at the start of a word, found in one pass over the
// text's word starts instead of one search per phrase: phrases are indexed by their first two
// bytes. The answer is the same as calling Has() for every phrase.
class CueIndex {
 public:
  template <typename Table>
  explicit CueIndex(const Table& table) {
    for (const auto& cue : table) phrases_.push_back(cue.phrase);
    for (size_t i = 0; i < phrases_.size(); ++i) {
      by_start_[Key(phrases_[i], 0)].push_back(static_cast<uint32_t>(i));
    }
  }
  // matched[i] is set for every phrase i found in `text` (which is lower-cased).
  void Match(std::string_view text, std::vector<char>& matched) const {
    matched.assign(phrases_.size(), 0);
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if (pos != 0 && IsWordChar(text[pos - 1])) continue;
      auto it = by_start_.find(Key(text, pos));
      if (it == by_start_.end()) continue;
      for (uint32_t i : it->second) {
        if (!matched[i] && text.compare(pos, phrases_[i].size(), phrases_[i]) == 0) matched[i] = 1;
      }
    }
  }

 private:
  static uint32_t Key(std::string_view s, size_t pos) {
    uint32_t a = static_cast<unsigned char>(s[pos]);
    uint32_t b = pos + 1 < s.size() ? static_cast<unsigned char>(s[pos + 1]) : 0x100;
    return a << 9 | b;
  }
  std::vector<std::string_view> phrases_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_start_;
};

const CueIndex& WordingIndex() {
  static const CueIndex index(cues::kWording);
  return index;
}

const CueIndex& AreaIndex() {
  static const CueIndex index(cues::kAreas);
  return index;
}

// Lower-cased text with typographic quotes, dashes, bullets and no-break spaces made plain, so
// that a cue after them still starts a word.
std::string Prepare(std::string_view s) {
  static constexpr std::pair<std::string_view, std::string_view> kPlain[] = {
      {"\xE2\x80\x99", "'"}, {"\xE2\x80\x98", "'"}, {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},
      {"\xE2\x80\x93", "-"}, {"\xE2\x80\x94", "-"}, {"\xE2\x80\xA2", "*"},  {"\xC2\xA0", " "}};
  std::string out = ToLowerAscii(s);
  if (out.find('\xE2') == std::string::npos && out.find('\xC2') == std::string::npos) return out;
  std::string plain;
  plain.reserve(out.size());
  for (size_t i = 0; i < out.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kPlain) {
      if (out.compare(i, from.size(), from) == 0) {
        plain += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) plain += out[i++];
  }
  return plain;
}

// A number followed, within the next two words, by a unit of time or a count of sessions:
// "30 minutes", "a 15-minute", "3 x 20 min", "twice" is handled by the wording cues. "2 times
// tables" and "minor" are not quantities.
bool HasDigitQuantity(std::string_view lower) {
  for (size_t i = 0; i < lower.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(lower[i]))) continue;
    if (i > 0 && std::isdigit(static_cast<unsigned char>(lower[i - 1]))) continue;
    std::string_view rest = lower.substr(i, 24);
    size_t p = 0;
    while (p < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[p])) ||
                               rest[p] == '.' || rest[p] == ':')) {
      ++p;
    }
    rest = rest.substr(p);
    if (!rest.empty() && (rest[0] == ' ' || rest[0] == '-')) rest.remove_prefix(1);
    if (rest.rfind("x ", 0) == 0) return true;
    for (std::string_view unit : {"minutes", "minute", "mins", "min", "hours", "hour", "hrs",
                                  "sessions", "session", "times"}) {
      if (rest.rfind(unit, 0) != 0) continue;
      std::string_view after = rest.substr(unit.size());
      if (!after.empty() && IsWordChar(after[0])) continue;
      if (unit == "times" && after.rfind(" table", 0) == 0) continue;
      return true;
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

// What the context path (headings and labels, outermost first, joined by " > ") says.
struct Structure {
  std::vector<std::pair<Section, double>> votes;  // sections the deciding part names, and weights
  std::optional<Section> decided;                 // set when that part names only one section
  size_t part = 0;                                // index of the deciding part in the path
  bool names_section = false;                     // decided by a part that names a plan section
};

// Sections named by one part of a context, each with its weight. Specific phrases are matched
// first and blanked in `part` so that a shorter phrase inside them is not matched again, here or
// by a later table.
std::vector<std::pair<Section, double>> SectionsNamedBy(std::string& part,
                                                        std::span<const cues::SectionCue> table) {
  std::vector<std::pair<Section, double>> found;
  for (const auto& cue : table) {
    for (size_t pos = part.find(cue.phrase); pos != std::string::npos;
         pos = part.find(cue.phrase, pos + 1)) {
      if (pos != 0 && IsWordChar(part[pos - 1])) continue;
      bool seen = false;
      for (const auto& f : found) seen = seen || f.first == cue.section;
      if (!seen) found.emplace_back(cue.section, cue.weight);
      part.replace(pos, cue.phrase.size(), cue.phrase.size(), ' ');
    }
  }
  return found;
}

// The parts of a context path, outermost first.
std::vector<std::string_view> SplitContext(std::string_view context) {
  std::vector<std::string_view> parts;
  if (context.empty()) return parts;
  for (size_t start = 0;;) {
    size_t sep = context.find(" > ", start);
    parts.push_back(context.substr(start, sep == std::string_view::npos ? sep : sep - start));
    if (sep == std::string_view::npos) break;
    start = sep + 3;
  }
  return parts;
}

Structure ReadStructure(std::string_view context) {
  Structure out;
  if (context.empty()) return out;
  std::vector<std::string_view> parts = SplitContext(context);
  // The innermost part that names a plan section decides; failing that, the innermost part that
  // describes needs. A part naming two sections matched in the table's order of priority uses
  // the first ("Medical history" is C), except that a part naming outcomes and provision together,
  // or needs and provision ("Needs and provision", "Strengths and interests"), only leans towards
  // each and leaves the wording to decide.
  for (std::span<const cues::SectionCue> table :
       {std::span<const cues::SectionCue>(cues::kContext),
        std::span<const cues::SectionCue>(cues::kNeedContext)}) {
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
      std::string part(*it);
      part += ' ';  // so that "section i " matches a part that ends there
      auto named = SectionsNamedBy(part, table);
      if (named.empty()) continue;
      out.part = static_cast<size_t>(parts.rend() - it) - 1;
      bool mixed = false;
      if (table.data() == cues::kContext) {
        bool e = false, f = false;
        for (const auto& n : named) {
          e = e || n.first == Section::kE;
          f = f || n.first == Section::kF;
        }
        mixed = e && f;
        Section first = named.front().first;
        if (!mixed && (f || first == Section::kA || first == Section::kNotPlan)) {
          for (const auto& n : SectionsNamedBy(part, cues::kNeedWords)) {
            named.push_back(n);
            mixed = true;
          }
        }
      }
      if (!mixed) {
        out.decided = named.front().first;
        out.names_section = table.data() == cues::kContext;
        out.votes.push_back(named.front());
        if (table.data() == cues::kNeedContext) {
          // "Special educational needs > Sensory and/or physical": the strongest need wording
          // anywhere on the path counts.
          for (std::string_view other : parts) {
            std::string o(other);
            for (const auto& n : SectionsNamedBy(o, table)) {
              out.votes.front().second = std::max(out.votes.front().second, n.second);
            }
          }
        }
      } else {
        for (const auto& [section, weight] : named) out.votes.emplace_back(section, 2.0);
      }
      return out;
    }
  }
  return out;
}

bool IsFormField(std::string_view name) {
  name = Trim(name);
  while (!name.empty() && (name.back() == ':' || name.back() == ' ')) name.remove_suffix(1);
  for (std::string_view f : cues::kFormFields) {
    if (name == f) return true;
  }
  return false;
}

bool HasYear(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0) &&
        std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
        (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
        (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])))) {
      return true;
    }
  }
  return false;
}

// "page 3 of 17" anywhere: a running header or footer the extractor did not remove.
bool HasPageNofM(std::string_view text) {
  for (size_t pos = text.find("page "); pos != std::string_view::npos;
       pos = text.find("page ", pos + 1)) {
    size_t i = pos + 5;
    size_t digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i, ++digits;
    if (digits > 0 && text.substr(i, 4) == " of " && i + 4 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[i + 4]))) {
      return true;
    }
  }
  return false;
}

bool HasAnyVerb(std::string_view lower) {
  for (std::string_view verb :
       {" is ",         " will ",  " has ",   " was ",   " should ", " can ",  " needs ",
        " need ",       " would ", " are ",   " have ",  " had ",    " saw ",  " met ",
        " recommends ", " finds ", " uses ",  " gets ",  " likes ",  " like ", " wants ",
        " shows ",      " to be ", " could ", " may ",   " must ",   " does ", " did ",
        " says ",       " said ",  " goes ",  " takes ", " becomes "}) {
    if (lower.find(verb) != std::string_view::npos) return true;
  }
  return false;
}

// "3/12/24", "03.12.2024": digits, a slash or dot, digits, the same again.
bool HasNumericDate(std::string_view t) {
  for (size_t i = 0; i + 5 <= t.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(t[i]))) continue;
    size_t j = i;
    int parts = 0;
    while (parts < 3) {
      size_t d = j;
      while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
      if (d == j || d - j > 4) break;
      ++parts;
      if (parts == 3 || d >= t.size() || (t[d] != '/' && t[d] != '.')) {
        j = d;
        break;
      }
      j = d + 1;
    }
    if (parts == 3) return true;
  }
  return false;
}

bool HasMonth(std::string_view t) {
  for (std::string_view m : {"january", "february", "march", "april", "june", "july", "august",
                             "september", "october", "november", "december"}) {
    if (Has(t, m)) return true;
  }
  return false;
}

size_t CapitalisedWords(std::string_view original) {
  size_t n = 0;
  bool start = true;
  for (char c : original) {
    if (start && c >= 'A' && c <= 'Z') ++n;
    start = c == ' ' || c == '(' || c == '/';
  }
  return n;
}

// A form field's value that is identity or administration ("Tobias James Wren", "23/11/2010",
// "Castlebrook Academy, Year 9", "Dr Ruth Abara, Consultant Community Paediatrician") rather than
// something said about the child: short, no verb, and mostly names or a date.
bool IsIdentityValue(std::string_view original, std::string_view lower) {
  size_t words = WordCount(lower);
  if (words == 0 || words > 12 || HasAnyVerb(" " + std::string(lower) + " ")) return false;
  bool digits = std::any_of(lower.begin(), lower.end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (digits && words <= 8) return true;
  return CapitalisedWords(original) * 2 >= words;
}

// "Priya Desai, Highly Specialist Speech and Language Therapist": a name and a job title with no
// verb, as under a signature or at the top of a report.
bool IsAuthorLine(std::string_view original, std::string_view lower) {
  if (WordCount(lower) > 14) return false;
  size_t comma = lower.find(',');
  if (comma == std::string_view::npos) return false;
  // The part before the comma is a name: two to four capitalised words, or a title and a name.
  std::string_view name = Trim(original.substr(0, comma));
  size_t name_words = WordCount(name);
  if (name_words < 2 || name_words > 4 || CapitalisedWords(name) < name_words) return false;
  std::string_view t = lower;
  if (size_t paren = t.find(" ("); paren != std::string_view::npos) t = t.substr(0, paren);
  while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
  bool role_at_end = false;
  for (std::string_view role :
       {"therapist",    "psychologist",  "teacher", "paediatrician", "senco",
        "sendco",       "social worker", "nurse",   "consultant",    "headteacher",
        "head teacher", "manager",       "officer", "adviser",       "advisor",
        "practitioner", "clinician",     "doctor",  "audiologist",   "specialist"}) {
    role_at_end =
        role_at_end || (t.size() >= role.size() && t.substr(t.size() - role.size()) == role);
  }
  if (!role_at_end) return false;
  std::string padded = " " + std::string(lower) + " ";
  for (std::string_view w : {" from ", " with ", " to ", " by ", "meeting"}) {
    if (padded.find(w) != std::string::npos) return false;
  }
  return !HasAnyVerb(padded);
}

// An entry in a plan's list of advice (section K): "Speech and language therapy advice, Hannah
// Oduya, …, 3 March 2025", "Appendix 3: Educational psychology advice – Dr F Kowalczyk …",
// "Social care advice: nil return received …". `text` is lower-cased.
bool IsAdviceListEntry(std::string_view text) {
  if (WordCount(text) > 30 || HasAnyVerb(" " + std::string(text) + " ")) return false;
  if (text.rfind("appendix ", 0) == 0) {
    // "Appendix 3: …", "Appendix C – …"
    size_t i = 9;
    while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view rest = text.substr(i);
    return rest.rfind(":", 0) == 0 || rest.rfind(" –", 0) == 0 || rest.rfind(" -", 0) == 0;
  }
  if (!(HasYear(text) || text.find("nil return") != std::string::npos)) return false;
  for (std::string_view noun : {"advice", "report", "views", "assessment"}) {
    size_t pos = text.find(noun);
    if (pos == std::string_view::npos || WordCount(text.substr(0, pos)) > 7) continue;
    if (text.rfind("date of", 0) == 0) return false;
    // "The report from 2023 …" is about a report, not an entry in a list.
    bool sentence = false;
    for (std::string_view det : {"the ", "this ", "a ", "an ", "her ", "his ", "their ", "my ",
                                 "our ", "in ", "at ", "as "}) {
      sentence = sentence || text.rfind(det, 0) == 0;
    }
    if (sentence) return false;
    std::string_view after = text.substr(pos + noun.size());
    static constexpr std::string_view kJoints[] = {",",      " –",         " - ", ":",
                                                   " from ", " submitted", " by "};
    // After "assessment" only a list separator: "Reading assessment (June 2024): …" is a finding.
    std::span<const std::string_view> joints(kJoints, noun == "assessment" ? 3 : 7);
    for (std::string_view joint : joints) {
      if (after.rfind(joint, 0) == 0) return true;
    }
  }
  return false;
}

// An opening phrase followed by the end of the text or a non-letter.
bool OpensWith(std::string_view text, std::string_view opening) {
  if (text.rfind(opening, 0) != 0) return false;
  if (text.size() == opening.size()) return true;
  char next = text[opening.size()];
  char last = opening.back();
  return !IsWordChar(last) || !IsWordChar(next);
}

// Why a statement is form or letter furniture ("" when it is not). `lower` and `context` are
// lower-cased; `original` is the statement as written.
std::string FurnitureReason(std::string_view original, std::string_view lower,
                            std::string_view context) {
  std::string_view text = Trim(lower);
  original = Trim(original);
  std::vector<std::string_view> parts = SplitContext(context);
  if (!parts.empty() && IsFormField(parts.back()) && IsIdentityValue(original, text)) {
    return "form field " + Quote(Trim(parts.back()));
  }
  if (!text.empty() && text.back() == ':' && WordCount(text) <= 6) return "a form label";
  if (IsFormField(text)) return "a form label";
  std::string_view bare = text;
  while (!bare.empty() && (bare.back() == ':' || bare.back() == ' ')) bare.remove_suffix(1);
  if (size_t paren = bare.find(" ("); paren != std::string_view::npos && bare.back() == ')') {
    bare = bare.substr(0, paren);  // "Preparing for adulthood (from Year 9)"
  }
  for (std::string_view h : cues::kHeaderCells) {
    if (bare == h) return "a table heading";
  }
  for (const auto& cue : cues::kAreas) {
    if (cue.weight >= 5 && bare == cue.phrase) return "a table heading";
  }
  size_t colon = text.find(':');
  if (colon != std::string_view::npos && colon < 40 && IsFormField(text.substr(0, colon)) &&
      colon + 1 <= original.size() &&
      IsIdentityValue(Trim(original.substr(colon + 1)), Trim(text.substr(colon + 1)))) {
    return "form field " + Quote(text.substr(0, colon));
  }
  // Tick boxes, quoted examples and page furniture that escaped the extractor.
  for (std::string_view box : {"\u2610", "\u2611", "\u2612"}) {
    if (text.find(box) != std::string_view::npos) return "a tick-box form field";
  }
  if (text.find("example: \"") != std::string_view::npos ||
      text.find("example: \u201c") != std::string_view::npos) {
    return "an example given as form guidance";
  }
  if (HasPageNofM(text)) return "page furniture";
  if (IsAuthorLine(original, text)) return "an author's name and role";
  if (IsAdviceListEntry(text)) return "";
  for (std::string_view opening : cues::kFurnitureOpenings) {
    if (OpensWith(text, opening)) {
      return opening.find("example") != std::string_view::npos
                 ? "an example given as form guidance"
                 : "letter or form furniture " + Quote(opening);
    }
  }
  for (std::string_view closing : cues::kLetterClosings) {
    if (OpensWith(text, closing) && WordCount(text) <= 6) return "a letter's closing";
  }
  return "";
}

class RuleClassifier final : public Classifier {
 public:
  explicit RuleClassifier(bool use_model = true)
      : model_(model::Embedded()), use_model_(use_model && !model_.empty()) {}

  Classification Classify(const ClassifyInput& in) const override { return Run(in, nullptr); }

  // The rules, then (unless the rules are certain) the model. With `evidence`, only fills it in.
  Classification Run(const ClassifyInput& in, features::RuleEvidence* evidence) const {
    Classification out;
    std::string text = Prepare(in.text);
    std::string context = Prepare(in.context);
    std::array<double, kSections> score{};
    std::vector<std::string> reasons;

    // 1. The document's own structure.
    Structure st = ReadStructure(context);
    for (const auto& [section, weight] : st.votes) score[Index(section)] += weight;
    if (!st.votes.empty()) {
      std::vector<std::string_view> written = SplitContext(in.context);
      bool label = in.block_kind == BlockKind::kTableCell && st.part + 1 == written.size();
      reasons.push_back((label ? "table label " : "heading ") +
                        Quote(st.part < written.size() ? written[st.part] : in.context));
    }
    std::optional<Section> structural = st.decided;
    // 2. The kind of document.
    KindPrior(in.doc_kind, score, reasons);
    // 3. The wording.
    std::array<std::string_view, kSections> best_cue{};
    std::array<double, kSections> best_weight{};
    std::vector<char> matched;
    WordingIndex().Match(text, matched);
    for (size_t k = 0; k < matched.size(); ++k) {
      if (!matched[k]) continue;
      const cues::SectionCue& cue = cues::kWording[k];
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
    // Form fields, form labels, guidance examples and letter closings are never plan content.
    if (text.size() < 3) score[Index(Section::kNotPlan)] += 5;
    const bool advice_entry = IsAdviceListEntry(text);
    if (advice_entry) {
      score[Index(Section::kK)] += 8;
      reasons.insert(reasons.begin(), "an entry in a list of advice");
    }
    std::string furniture = FurnitureReason(in.text, text, context);
    if (!furniture.empty()) {
      score[Index(Section::kNotPlan)] += 20;
      reasons.insert(reasons.begin(), furniture);
    }
    // Provision wording under a health or social care provision heading is health or social care
    // provision; a health or social care statement under a provision heading moves to G or H.
    if (structural == Section::kG || structural == Section::kH1 || structural == Section::kH2) {
      score[Index(*structural)] += score[Index(Section::kF)];
      score[Index(Section::kF)] = 0;
      if (structural == Section::kH1 && best_weight[Index(Section::kH2)] >= 2.5) {
        score[Index(Section::kH2)] += score[Index(Section::kH1)];
        score[Index(Section::kH1)] = 0;
      }
    }
    // Provision wording under an "Outcomes" heading stays an outcome: the draft keeps the advice's
    // structure and the checks raise outcome-is-provision.
    if (structural == Section::kE) {
      score[Index(Section::kE)] += score[Index(Section::kF)];
      score[Index(Section::kF)] = 0;
    }
    if (structural == Section::kF) {
      for (Section s : {Section::kG, Section::kH1, Section::kH2}) {
        if (best_weight[Index(s)] >= 2) score[Index(s)] += 2.5;
      }
    }
    // The rules are certain about furniture, lists of advice and a heading that names a plan
    // section; otherwise the model decides, with the rules' scores among its features.
    const bool certain = !furniture.empty() || advice_entry || st.names_section;
    if (evidence != nullptr || (use_model_ && !certain)) {
      features::RuleEvidence ev =
          Evidence(score, text, advice_entry, !furniture.empty(), st.names_section);
      if (evidence != nullptr) {
        *evidence = ev;
        return out;
      }
      return ByModel(in, text, context, ev, std::move(reasons));
    }
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
    // When the model is in use, a certain rule is given the share of certain rules found right
    // on the training corpus.
    size_t before = reasons.size();
    out.area = ClassifyArea(text, context, out.section, reasons);
    if (use_model_) {
      out.confidence = model_.rules_certain();
      // Unless a heading named the area, the model judges it (within what the section allows):
      // on the corpus and the held-out set it is right more often than the rules' area cues.
      if (reasons.size() == before && !NoArea(out.section)) {
        features::RuleEvidence ev =
            Evidence(score, text, advice_entry, !furniture.empty(), st.names_section);
        thread_local features::Tokens tokens;
        thread_local std::vector<features::Feature> x;
        features::Extract(in.text, in.context, ev, tokens, x);
        out.area = AreaFromModel(model_.Predict(x), out.section);
      }
    }
    out.reasons = std::move(reasons);
    return out;
  }

 private:
  Classification ByModel(const ClassifyInput& in, const std::string& text,
                         const std::string& context, const features::RuleEvidence& ev,
                         std::vector<std::string> reasons) const {
    thread_local features::Tokens tokens;
    thread_local std::vector<features::Feature> x;
    features::Extract(in.text, in.context, ev, tokens, x);
    model::Prediction p = model_.Predict(x);
    Classification out;
    out.section = AllSections()[p.best_section];
    out.confidence = p.confidence;
    std::string why = "model:";
    for (size_t i = 0; i < p.strongest.size(); ++i) why += (i ? ", " : " ") + p.strongest[i];
    if (p.strongest.empty()) why += " the statement as a whole";
    why += std::string(" \u2192 ") + std::string(Id(out.section));
    reasons.push_back(why);
    if (out.confidence < kLowConfidence) reasons.push_back("low confidence: check the section");
    // A heading naming an area decides it, as for the rules; otherwise the model does, within
    // what the section allows (needs, outcomes and provision always have an area; placement,
    // budgets, the list of advice and furniture never do).
    size_t before = reasons.size();
    Area rule_area = ClassifyArea(text, context, out.section, reasons);
    if (reasons.size() > before || NoArea(out.section)) {
      out.area = rule_area;
    } else {
      out.area = AreaFromModel(p, out.section);
    }
    out.reasons = std::move(reasons);
    return out;
  }

  // What the rules found, as the model's features.
  static features::RuleEvidence Evidence(const std::array<double, kSections>& score,
                                         const std::string& text, bool advice_entry, bool furniture,
                                         bool names_section) {
    features::RuleEvidence ev;
    ev.score = score;
    ev.quantity = HasDigitQuantity(text);
    ev.advice_entry = advice_entry;
    ev.furniture = furniture;
    ev.heading_names_section = names_section;
    ev.verb = HasAnyVerb(" " + text + " ");
    ev.date = HasYear(text) || HasNumericDate(text) || HasMonth(text);
    std::vector<char> area_cues;
    AreaIndex().Match(text, area_cues);
    for (size_t k = 0; k < area_cues.size(); ++k) {
      if (area_cues[k]) ev.area[Index(cues::kAreas[k].area)] += cues::kAreas[k].weight;
    }
    return ev;
  }

  // The model's area, none for the sections that never have one.
  static Area AreaFromModel(const model::Prediction& p, Section section) {
    if (NoArea(section)) return Area::kNone;
    return AllAreas()[p.best_area];
  }

  static bool NoArea(Section s) {
    return s == Section::kNotPlan || s == Section::kI || s == Section::kJ || s == Section::kK;
  }

  static constexpr double kLowConfidence = 0.5;
  model::Model model_;
  bool use_model_;

  static Area ClassifyArea(const std::string& text, const std::string& context, Section section,
                           std::vector<std::string>& reasons) {
    // Report furniture, placement, budgets and the list of advice have no area. Needs, outcomes
    // and provision are set out by area; elsewhere (views, health, social care) the area is given
    // only when the wording clearly names one.
    if (section == Section::kNotPlan || section == Section::kI || section == Section::kJ ||
        section == Section::kK) {
      return Area::kNone;
    }
    bool by_area = section == Section::kB || section == Section::kE || section == Section::kF;
    // A table label or heading naming an area decides, the innermost first.
    std::vector<std::string_view> parts = SplitContext(context);
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
      for (const auto& cue : cues::kAreas) {
        if (cue.weight >= 5 && Has(*it, cue.phrase)) {
          reasons.push_back("area from " + Quote(cue.phrase));
          return cue.area;
        }
      }
    }
    std::string_view inner = parts.empty() ? std::string_view() : parts.back();
    std::array<double, kAreas> ctx{};
    for (const auto& cue : cues::kAreas) {
      if (Has(inner, cue.phrase)) ctx[Index(cue.area)] += cue.weight;
    }
    std::array<double, kAreas> score{};
    std::vector<char> matched;
    AreaIndex().Match(text, matched);
    for (size_t k = 0; k < matched.size(); ++k) {
      if (matched[k]) score[Index(cues::kAreas[k].area)] += cues::kAreas[k].weight;
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
    if (!by_area && best < 2) return Area::kNone;
    return AllAreas()[top];
  }
};

}  // namespace

std::unique_ptr<Classifier> MakeDefaultClassifier() { return std::make_unique<RuleClassifier>(); }

features::RuleEvidence RuleEvidenceFor(const ClassifyInput& input) {
  static const RuleClassifier rules(false);
  features::RuleEvidence ev;
  rules.Run(input, &ev);
  return ev;
}

Classification ClassifyByRulesOnly(const ClassifyInput& input) {
  static const RuleClassifier rules(false);
  return rules.Run(input, nullptr);
}

}  // namespace ehcp
