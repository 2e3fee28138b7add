#include "pipeline/model/plan.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "pipeline/base/hash.h"
#include "pipeline/model/ids.h"

namespace ehcp {

std::string Plan::NextFlagId() const {
  int max = 0;
  for (const auto& f : flags) {
    if (f.id.size() > 2 && f.id.compare(0, 2, "FL") == 0) {
      max = std::max(max, std::atoi(f.id.c_str() + 2));
    }
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "FL%03d", max + 1);
  return buf;
}

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

std::string DraftFingerprint(const Plan& plan) {
  std::string key;
  for (const Statement& s : plan.statements) {
    key += s.id;
    key += '\x1f';
    key += Id(s.original_section.value_or(s.section));
    key += '\x1f';
    key += s.original_text.empty() ? s.text : s.original_text;
    key += '\x1e';
  }
  return ContentHash(key);
}

std::vector<const Statement*> Plan::InSection(Section sec) const {
  std::vector<const Statement*> out;
  for (const auto& s : statements) {
    if (s.section == sec && s.decision != "reject") out.push_back(&s);
  }
  return out;
}

}  // namespace ehcp
