#include "mappers/classify/document_kind.h"

#include <array>
#include <map>

#include "mappers/classify/cues.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Form fields that name the author and the date of the advice.
constexpr std::array<std::string_view, 10> kAuthorFields = {
    "name of professional",      "author",       "report by",  "completed by", "report written by",
    "name of person completing", "professional", "written by", "signed",       "name of ep"};
constexpr std::array<std::string_view, 6> kRoleFields = {"designation", "role",  "job title",
                                                         "position",    "title", "profession"};
constexpr std::array<std::string_view, 6> kDateFields = {
    "date of report", "report date", "date of advice", "date completed", "date of letter", "date"};

std::string FieldValue(const Block& b, std::string_view field) {
  std::string lower = ToLowerAscii(b.text);
  if (b.kind == BlockKind::kTableCell && ToLowerAscii(Trim(b.label)).rfind(field, 0) == 0) {
    return std::string(Trim(b.text));
  }
  if (lower.rfind(field, 0) != 0) return "";
  size_t colon = b.text.find(':');
  if (colon == std::string::npos || colon > field.size() + 12) return "";
  return std::string(Trim(std::string_view(b.text).substr(colon + 1)));
}

// True when the block is a date field about something other than the advice: the child's
// date of birth ("Date of birth:", "DOB", a table row labelled "Date of birth"), a date of
// assessment or meeting is still the advice's date.
bool IsBirthDateField(const Block& b) {
  std::string head = ToLowerAscii(b.kind == BlockKind::kTableCell && !b.label.empty()
                                      ? b.label
                                      : b.text.substr(0, b.text.find(':')));
  return head.find("birth") != std::string::npos || head.find("dob") != std::string::npos ||
         head.find("d.o.b") != std::string::npos;
}

}  // namespace

DocumentDescription DescribeDocument(const Document& doc) {
  DocumentDescription out;
  std::map<DocKind, double> score;
  std::map<DocKind, std::string> why;
  int seen_title_blocks = 0;
  for (const Block& b : doc.blocks) {
    std::string lower = ToLowerAscii(b.text);
    double weight = 0.1;
    bool title_zone = seen_title_blocks < 4;
    if (title_zone) {
      weight = b.kind == BlockKind::kHeading ? 6.0 : 3.0;
      ++seen_title_blocks;
      if (out.title.empty() && (b.kind == BlockKind::kHeading || b.text.size() < 120)) {
        out.title = b.text;
      }
    } else if (b.kind == BlockKind::kHeading) {
      weight = 0.6;
    }
    // A form's copyright or design notice says nothing about the kind of advice.
    if (lower.find("\u00a9") != std::string::npos || lower.find("copyright") != std::string::npos) {
      if (title_zone) --seen_title_blocks;
      if (out.title == b.text) out.title.clear();
      continue;
    }
    for (const auto& cue : cues::kKinds) {
      if (lower.find(cue.phrase) == std::string::npos) continue;
      // Outside the title, words every piece of advice uses ("school", "parent") say nothing
      // about who wrote it: a parent's long story mentions the school on every page.
      if (!title_zone && (cue.phrase == "school" || cue.phrase == "nursery" ||
                          cue.phrase == "parent" || cue.phrase == "carer" ||
                          cue.phrase == "senco" || cue.phrase == "sendco" ||
                          cue.phrase == "early years")) {
        continue;
      }
      score[cue.kind] += weight;
      if (!why.count(cue.kind) || title_zone) {
        why[cue.kind] =
            std::string(title_zone ? "title " : "wording ") + "'" + b.text.substr(0, 80) + "'";
      }
      if (title_zone) break;  // the most specific cue in a title decides for that block
    }
    for (auto f : kAuthorFields) {
      if (out.author.empty()) out.author = FieldValue(b, f);
    }
    for (auto f : kRoleFields) {
      std::string role = FieldValue(b, f);
      if (!role.empty() && out.author.find(role) == std::string::npos && role.size() < 80) {
        out.author = out.author.empty() ? role : out.author + ", " + role;
        break;
      }
    }
    for (auto f : kDateFields) {
      if (out.date.empty() && !IsBirthDateField(b)) {
        std::string v = FieldValue(b, f);
        if (!v.empty() && v.size() < 40) out.date = v;
      }
    }
  }
  double best = 0;
  for (const auto& [kind, s] : score) {
    if (s > best) {
      best = s;
      out.kind = kind;
    }
  }
  if (best < 1.0) {
    out.kind = DocKind::kOther;
    out.reason = "no title or heading says what kind of advice this is";
  } else {
    out.reason = why[out.kind];
  }
  if (out.author.size() > 120) out.author = out.author.substr(0, 120);
  return out;
}

}  // namespace ehcp
