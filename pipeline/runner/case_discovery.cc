#include "pipeline/runner/case_discovery.h"

#include <nlohmann/json.hpp>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

bool IsAdviceFileName(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  if (StartsWith(name, "~$") || StartsWith(name, ".~lock")) return false;
  if (name == "case.json") return false;
  if (EndsWith(name, ".part") || name.find(".part-") != std::string::npos) return false;
  return true;
}

StatusOr<CaseSource> ReadCase(const FileSystem& fs, const std::string& dir) {
  CaseSource c;
  c.dir = dir;
  c.id = BaseName(dir);
  ASSIGN_OR_RETURN(std::vector<std::string> names, fs.ListDir(dir));
  for (const auto& n : names) {
    std::string p = JoinPath(dir, n);
    if (fs.IsDir(p)) continue;
    if (n == "case.json") {
      c.case_json = p;
    } else if (IsAdviceFileName(n)) {
      c.files.push_back(p);
    }
  }
  return c;
}

}  // namespace

StatusOr<std::vector<CaseSource>> DiscoverCases(const FileSystem& fs,
                                                const std::vector<std::string>& paths,
                                                std::vector<std::string>& notes) {
  std::vector<CaseSource> cases;
  for (std::string path : paths) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    if (!fs.Exists(path)) return NotFound("'" + path + "' does not exist");
    if (!fs.IsDir(path)) {
      return InvalidArgument("'" + path +
                             "' is a file: give the folder that holds a child's advice "
                             "(one case), or a folder of such folders (a batch)");
    }
    ASSIGN_OR_RETURN(std::vector<std::string> names, fs.ListDir(path));
    std::vector<std::string> subdirs, loose;
    for (const auto& n : names) {
      if (n.empty() || n[0] == '.') continue;
      std::string p = JoinPath(path, n);
      if (fs.IsDir(p)) {
        subdirs.push_back(p);
      } else if (IsAdviceFileName(n)) {
        loose.push_back(n);
      }
    }
    if (subdirs.empty()) {
      ASSIGN_OR_RETURN(CaseSource c, ReadCase(fs, path));
      cases.push_back(std::move(c));
      continue;
    }
    for (const auto& n : loose) {
      notes.push_back("'" + JoinPath(path, n) +
                      "' is not inside a case folder and was skipped (a batch folder holds one "
                      "folder per child)");
    }
    for (const auto& d : subdirs) {
      ASSIGN_OR_RETURN(CaseSource c, ReadCase(fs, d));
      if (c.files.empty()) {
        notes.push_back("folder '" + d + "' has no advice files and was skipped");
        continue;
      }
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

StatusOr<ChildInfo> LoadCaseJson(const FileSystem& fs, const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, fs.ReadFile(path));
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Corrupt("'" + path + "' is not valid JSON: check it in a text editor");
  }
  ChildInfo info;
  auto str = [](const nlohmann::json& o, const char* key) -> std::string {
    auto it = o.find(key);
    return (it != o.end() && it->is_string()) ? it->get<std::string>() : std::string();
  };
  if (auto it = j.find("child"); it != j.end()) {
    if (!it->is_object()) return Corrupt("'" + path + "': \"child\" must be an object");
    info.name = str(*it, "name");
    info.preferred_name = str(*it, "preferred_name");
    info.date_of_birth = str(*it, "date_of_birth");
  }
  if (auto it = j.find("people"); it != j.end()) {
    if (!it->is_array()) return Corrupt("'" + path + "': \"people\" must be a list");
    for (const auto& p : *it) {
      if (!p.is_object()) continue;
      Person person{str(p, "name"), str(p, "role")};
      if (!person.name.empty()) info.people.push_back(std::move(person));
    }
  }
  if (!info.name.empty()) info.name_source = "case.json";
  return info;
}

}  // namespace ehcp
