// Reads a piece of advice as the form it usually is (docs/forms.md): which blocks are the
// form's prompts, bare answers, guidance to the author, personal and contact data, attached
// leaflets and page furniture, and which are content written about the child. Each answer is
// paired with its prompt, which then acts as the answer's context (it decides section and area
// as a heading does).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/ids.h"

namespace ehcp {

// A line of a council's blank form (registered with `ehcp forms add`, or learned because it
// recurs in the same kind of document across cases), with what it is and, for a prompt, the
// section and area it asks about when the council's mapping file says so.
struct FormLine {
  BlockRole role = BlockRole::kPrompt;
  std::optional<Section> section;
  Area area = Area::kNone;
  std::string form;  // the blank form's name, or "learned"
};

// The lines of every known form, looked up by their normalised text (FormKey). Immutable once
// built; shared by every case of a run.
class FormLibrary {
 public:
  void Add(std::string_view text, FormLine line);
  // The known line whose text is the block's text, or the longest known prompt that the block
  // starts with (a prompt and its answer in one block: "Name of school: Hollin Lane").
  const FormLine* Find(std::string_view block_text, size_t* prompt_bytes = nullptr) const;
  size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }

 private:
  std::unordered_map<std::string, FormLine> lines_;
  size_t longest_prompt_words_ = 0;
};

// The text a form line is known by: lower case, spaces collapsed, tick boxes, character limits
// ("(2,000 characters max)"), numbering and closing punctuation removed. "" for text too short
// to be recognised safely (fewer than two words).
std::string FormKey(std::string_view text);

// What the form reader found in one document.
struct FormReading {
  size_t by_role[8] = {};  // indexed by BlockRole
  size_t paired_answers = 0;
  size_t answered_prompts = 0;  // prompts with content or an answer under them
  size_t prompts = 0;
  // The share of the form's prompts left unanswered (0 when the document has few prompts).
  double unanswered_share() const {
    return prompts == 0 ? 0 : 1.0 - static_cast<double>(answered_prompts) / prompts;
  }
};

// Sets every block's role and, for content and answers under a prompt, its `label` to the prompt
// (without its character limit). Names: the child's names (a block naming the child is never
// guidance). `library` may be null. Pure apart from the blocks it updates.
FormReading ReadForm(Document& doc, const std::vector<std::string>& child_names,
                     const FormLibrary* library);

// Helpers used by the reader and by the checks on statements.
bool HasPhoneNumber(std::string_view text);
bool HasEmailAddress(std::string_view text);
bool HasPostcode(std::string_view text);
// A bare form answer: Yes / No / N/A / None / a ticked option / a lone date or number.
bool IsBareAnswer(std::string_view text);
// The prompt with its character limit and trailing colon removed.
std::string CleanPrompt(std::string_view prompt);

}  // namespace ehcp
