#include "pipeline/model/plan.h"

namespace ehcp {

const DocumentInfo* Plan::FindDocument(const std::string& id) const {
  for (const auto& d : documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

const Statement* Plan::FindStatement(const std::string& id) const {
  for (const auto& s : statements) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::vector<const Statement*> Plan::InSection(Section sec) const {
  std::vector<const Statement*> out;
  for (const auto& s : statements) {
    if (s.section == sec && s.decision != "reject") out.push_back(&s);
  }
  return out;
}

}  // namespace ehcp
