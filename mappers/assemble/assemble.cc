#include "mappers/assemble/assemble.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "mappers/assemble/child_inference.h"
#include "mappers/checks/check.h"
#include "mappers/checks/conflicting_advice.h"
#include "mappers/classify/document_kind.h"
#include "mappers/segment/segmenter.h"
#include "mappers/slots/slots.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

std::string Numbered(const char* prefix, size_t n, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%0*zu", prefix, width, n);
  return buf;
}

void DescribeAll(std::vector<Document>& docs) {
  for (size_t i = 0; i < docs.size(); ++i) {
    Document& d = docs[i];
    d.info.id = "D" + std::to_string(i + 1);
    DocumentDescription desc = DescribeDocument(d);
    d.info.kind = desc.kind;
    if (!desc.title.empty()) d.info.title = desc.title;
    if (!desc.author.empty()) d.info.author = desc.author;
    if (!desc.date.empty()) d.info.date = desc.date;
  }
}

// Why a block of this role is not plan content ("" for content).
std::string_view NotPlanReason(BlockRole role) {
  switch (role) {
    case BlockRole::kPrompt: return "a form prompt";
    case BlockRole::kAnswer: return "a form answer (kept with its question as a fact)";
    case BlockRole::kGuidance: return "guidance to the author of the advice";
    case BlockRole::kPersonal: return "personal or contact details";
    case BlockRole::kLeaflet: return "an attached leaflet or notice";
    case BlockRole::kFurniture: return "page furniture";
    case BlockRole::kUnknown:
    case BlockRole::kContent: return "";
  }
  return "";
}

// "14 Beech Road": a house number and a street.
bool IsAddressLineLike(std::string_view text) {
  text = Trim(text);
  return !text.empty() && std::isdigit(static_cast<unsigned char>(text[0])) &&
         WordCount(text) <= 6;
}

// Personal data inside a sentence: never in the draft body.
std::string_view PersonalDataIn(std::string_view text) {
  if (HasEmailAddress(text)) return "holds an e-mail address (personal data)";
  if (HasPhoneNumber(text)) return "holds a phone number (personal data)";
  if (HasPostcode(text)) return "holds a postal address (personal data)";
  return "";
}

// The comma-separated parts of a short line that hold no phone number, e-mail or postcode.
std::string WithoutPersonalData(const std::string& line) {
  if (PersonalDataIn(line).empty() && !IsAddressLineLike(line)) return line;
  std::string out;
  for (const std::string& part : Split(line, ',')) {
    std::string_view p = Trim(part);
    if (p.empty() || !PersonalDataIn(p).empty() || IsAddressLineLike(p)) break;
    if (!out.empty()) out += ", ";
    out += p;
  }
  return out;
}

// Reads every document as a form: block roles, prompts as the context of their answers, and the
// form's short answers as facts.
void ReadForms(std::vector<Document>& docs, const ChildInfo& child, const FormLibrary* forms,
               std::vector<FormFact>& facts) {
  std::vector<std::string> names;
  for (const std::string& n : Split(child.name, ' ')) {
    if (n.size() >= 2) names.push_back(n);
  }
  if (!child.preferred_name.empty()) names.push_back(child.preferred_name);
  for (Document& d : docs) {
    // A title or author line taken from an address block must not carry personal data into
    // section K.
    d.info.title = WithoutPersonalData(d.info.title);
    d.info.author = WithoutPersonalData(d.info.author);
    FormReading reading = ReadForm(d, names, forms);
    d.info.form_prompts = static_cast<int>(reading.prompts);
    d.info.form_answered = static_cast<int>(reading.answered_prompts);
    for (size_t i = 0; i < d.blocks.size(); ++i) {
      const Block& b = d.blocks[i];
      if (b.role != BlockRole::kAnswer || b.label.empty() || Trim(b.text).empty()) continue;
      facts.push_back({d.info.id, b.prov.page, static_cast<int>(i), b.label, std::string(Trim(b.text))});
    }
  }
}

// The section a plan's own title gives the statement, over the classifier's choice.
void ApplyPlanTitle(const BlockSection& where, Statement& s) {
  s.section = where.section;
  s.confidence = 0.99;
  if (where.title.empty()) {
    s.reasons.insert(s.reasons.begin(), "before the plan's first section title");
  } else {
    s.reasons.insert(s.reasons.begin(), "plan section title '" + where.title + "'");
  }
  if (s.section == Section::kNotPlan || s.section == Section::kI || s.section == Section::kJ ||
      s.section == Section::kK) {
    s.area = Area::kNone;
  }
}

std::vector<Statement> SegmentAndClassify(
    const std::vector<Document>& docs, const Classifier& classifier,
    const std::vector<std::vector<BlockSection>>& block_sections) {
  std::vector<Statement> all;
  for (size_t di = 0; di < docs.size(); ++di) {
    const Document& d = docs[di];
    const std::vector<BlockSection>* titles =
        di < block_sections.size() && !block_sections[di].empty() ? &block_sections[di] : nullptr;
    for (Statement& s : SegmentDocument(d)) {
      s.document = d.info.id;
      std::string_view not_plan = NotPlanReason(s.role);
      if (not_plan.empty()) not_plan = PersonalDataIn(s.text);
      if (!not_plan.empty() && titles == nullptr) {
        s.section = Section::kNotPlan;
        s.area = Area::kNone;
        s.confidence = 0.95;
        s.reasons = {std::string(not_plan)};
        all.push_back(std::move(s));
        continue;
      }
      Classification c = classifier.Classify({.text = s.text,
                                              .context = s.context,
                                              .block_kind = s.block_kind,
                                              .doc_kind = d.info.kind});
      s.section = c.section;
      s.area = c.area;
      s.confidence = c.confidence;
      s.reasons = std::move(c.reasons);
      const Block& block = d.blocks[static_cast<size_t>(s.span.block)];
      if (block.prompt_section) {
        s.section = *block.prompt_section;
        if (block.prompt_area != Area::kNone) s.area = block.prompt_area;
        s.confidence = 0.95;
        s.reasons.insert(s.reasons.begin(), "the council's form: prompt '" + block.label + "'");
      }
      if (titles != nullptr && static_cast<size_t>(s.span.block) < titles->size()) {
        ApplyPlanTitle((*titles)[s.span.block], s);
      }
      if (IsProvisionSection(s.section)) s.provision = ParseProvision(s.text);
      if (s.section == Section::kE) s.outcome = ParseOutcome(s.text);
      all.push_back(std::move(s));
    }
  }
  for (size_t i = 0; i < all.size(); ++i) all[i].id = Numbered("S", i + 1, 4);
  return all;
}

// One flag per problem: flags of one rule with the same message (the same term, phrase or
// rule on many statements) become one flag listing every place; the Word draft still comments
// each place.
void GroupFlags(std::vector<Flag>& flags) {
  std::map<std::pair<FlagId, std::string>, size_t> first;
  std::vector<Flag> grouped;
  std::vector<size_t> places;
  for (Flag& f : flags) {
    if (f.spans.empty()) {
      grouped.push_back(std::move(f));
      places.push_back(0);
      continue;
    }
    auto [it, inserted] = first.emplace(std::make_pair(f.rule, ToLowerAscii(f.message)),
                                        grouped.size());
    if (inserted) {
      grouped.push_back(std::move(f));
      places.push_back(1);
      continue;
    }
    Flag& g = grouped[it->second];
    for (FlagSpan& sp : f.spans) g.spans.push_back(std::move(sp));
    ++places[it->second];
  }
  for (size_t i = 0; i < grouped.size(); ++i) {
    if (places[i] > 1) grouped[i].message += " (" + std::to_string(places[i]) + " places)";
  }
  flags = std::move(grouped);
}

// Orders flags by the first statement they concern (case-level flags last), numbers them, and
// links each statement to its flags.
void NumberFlags(std::vector<Flag>& flags, std::vector<Statement>& statements) {
  std::map<std::string, size_t> order;
  for (size_t i = 0; i < statements.size(); ++i) order[statements[i].id] = i;
  auto key = [&](const Flag& f) {
    size_t first = statements.size();
    for (const auto& sp : f.spans) {
      auto it = order.find(sp.statement);
      if (it != order.end()) first = std::min(first, it->second);
    }
    return first;
  };
  std::stable_sort(flags.begin(), flags.end(),
                   [&](const Flag& a, const Flag& b) { return key(a) < key(b); });
  for (size_t i = 0; i < flags.size(); ++i) {
    Flag& f = flags[i];
    f.id = Numbered("FL", i + 1, 3);
    for (const auto& sp : f.spans) {
      auto it = order.find(sp.statement);
      if (it == order.end()) continue;
      auto& list = statements[it->second].flags;
      if (std::find(list.begin(), list.end(), f.id) == list.end()) list.push_back(f.id);
    }
  }
}

// Each conflict gets an id (C01…) and one conflicting-advice flag on both statements.
void AddConflicts(Plan& plan) {
  plan.conflicts = FindConflicts(plan.documents, plan.statements);
  size_t next_flag = plan.flags.size() + 1;
  for (size_t i = 0; i < plan.conflicts.size(); ++i) {
    Conflict& c = plan.conflicts[i];
    c.id = Numbered("C", i + 1, 2);
    Flag f;
    f.id = Numbered("FL", next_flag++, 3);
    f.rule = FlagId::kConflictingAdvice;
    f.severity = DefaultSeverity(f.rule);
    f.message = c.summary;
    f.basis =
        "SEND Code of Practice 0-25, chapter 9: the local authority weighs conflicting "
        "advice and gives its reasons";
    f.spans = {{c.a.statement, 0, 0}, {c.b.statement, 0, 0}};
    c.flag = f.id;
    for (Statement& s : plan.statements) {
      if (s.id == c.a.statement || s.id == c.b.statement) s.flags.push_back(f.id);
    }
    plan.flags.push_back(std::move(f));
  }
}

}  // namespace

Plan BuildPlan(PlanInputs inputs, const Classifier& classifier) {
  Plan plan;
  plan.case_id = inputs.case_id;
  plan.generated_on = inputs.generated_on;
  plan.tool_version = inputs.tool_version;
  plan.failures = std::move(inputs.failures);

  DescribeAll(inputs.documents);
  plan.child = InferChild(inputs.documents, inputs.child);
  if (inputs.block_sections.empty()) {
    ReadForms(inputs.documents, plan.child, inputs.forms, plan.facts);
  }
  plan.statements = SegmentAndClassify(inputs.documents, classifier, inputs.block_sections);

  // AllChecks() includes the statement-alone checks (StatementFlags) as its first check.
  std::vector<Flag> flags;
  CaseView view{plan.child, inputs.documents, plan.statements};
  for (const auto& check : AllChecks()) check->Run(view, flags);
  GroupFlags(flags);
  NumberFlags(flags, plan.statements);
  plan.flags = std::move(flags);
  for (Document& d : inputs.documents) plan.documents.push_back(d.info);
  AddConflicts(plan);
  return plan;
}

}  // namespace ehcp
