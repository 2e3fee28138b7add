// The Plan: everything the writers render. Writers never classify or check; they read this.
#pragma once

#include <string>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/flag.h"
#include "pipeline/model/statement.h"

namespace ehcp {

struct Person {
  std::string name;
  std::string role;  // "sister", "class teacher", "friend", "SENCO"
};

// Who the case is about. From case.json, or inferred from the documents.
struct ChildInfo {
  std::string name;            // full name, e.g. "Amelia Rose Hartley"
  std::string preferred_name;  // e.g. "Millie"; empty when none
  std::string date_of_birth;   // ISO 8601 (YYYY-MM-DD) where known
  std::vector<Person> people;  // family, friends and staff known to be context, not the child
  bool inferred = false;       // true when no case.json gave the name
  std::string name_source;     // how the name was found ("case.json", "'Name:' field in D2")
};

// A file that could not be read: reported, skipped, and listed as "Advice not read".
struct FailedFile {
  std::string file;
  int page = 0;        // 0 when the whole file failed
  std::string reason;  // plain English, with what to do
};

// Two sources that disagree (DOMAIN.md §7). Both sides are shown; the tool never picks one.
struct ConflictSide {
  std::string statement;  // Statement::id
  std::string document;   // DocumentInfo::id
  int page = 0;
  std::string value;  // the compared fact as the tool read it ("39 hours a year", "specialist")
};

struct Conflict {
  std::string id;     // "C01"…
  std::string kind;   // "provision", "placement", "need", "diagnosis"
  std::string topic;  // "speech and language therapy", "placement", "communication and interaction"
  std::string summary;  // plain English: what disagrees and what to do
  ConflictSide a, b;
  std::string flag;      // the conflicting-advice Flag::id
  std::string decision;  // from review: "include both", "prefer one with reason", "ask the authors"
  std::string decision_note;
};

// A short answer on a form (Yes / No / a ticked option), kept as a fact with its question: never
// a statement of the plan, shown in the review workbook, usable by checks.
struct FormFact {
  std::string document;  // DocumentInfo::id
  int page = 0;
  int block = 0;
  std::string question;  // the prompt, without its character limit
  std::string answer;    // as written
};

struct Plan {
  std::string case_id;       // the case folder's name
  std::string generated_on;  // ISO date; fixed by options for byte-identical output
  std::string tool_version;
  ChildInfo child;
  std::vector<DocumentInfo> documents;
  std::vector<Statement> statements;  // in document order; section decides where they render
  std::vector<Flag> flags;
  std::vector<Conflict> conflicts;
  std::vector<FailedFile> failures;
  std::vector<FormFact> facts;  // form answers, in document order

  const DocumentInfo* FindDocument(const std::string& id) const;
  const Statement* FindStatement(const std::string& id) const;
  // The id for a flag added after the plan was numbered: "FL" and one more than the highest.
  std::string NextFlagId() const;
  // Statements of one section that are in the draft (not rejected), in plan order.
  std::vector<const Statement*> InSection(Section s) const;
};

// The fingerprint of the draft: a hash of every statement's id, drafted section and drafted
// text (a review applied since is ignored, so it is the same before and after `ehcp apply`).
// plan.json and review.xlsx carry it, so that a workbook is only applied to the draft it was
// written for.
std::string DraftFingerprint(const Plan& plan);

}  // namespace ehcp
