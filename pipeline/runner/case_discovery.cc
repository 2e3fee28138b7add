#include "pipeline/runner/case_discovery.h"

#include <filesystem>
#include <map>
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

// True when `path` is `dir` or inside it (both resolved).
bool IsInside(const std::string& path, const std::string& dir) {
  return path == dir || StartsWith(path, dir == "/" ? dir : dir + "/");
}

// Why an entry of a case folder is not read, or "" when it is a file to read (then `path` is
// what to open: the entry, or the file a link inside the folder points at).
std::string WhyNotRead(const FileSystem& fs, const std::string& real_dir, std::string& path) {
  FileKind kind = fs.KindOf(path);
  if (kind == FileKind::kRegular) return "";
  if (kind != FileKind::kSymlink) {
    return std::string("it is ") + KindName(kind) + ", not a document, and was not opened";
  }
  StatusOr<std::string> target = fs.ResolvedPath(path);
  if (!target.ok()) return "it is a symbolic link to something that does not exist";
  if (!IsInside(*target, real_dir)) {
    return "it is a symbolic link to '" + *target +
           "', outside the case folder, and was not followed: copy the file into the case "
           "folder if it belongs to this child";
  }
  FileKind to = fs.KindOf(*target);
  if (to == FileKind::kDirectory) return "-";  // a folder: not advice, not reported
  if (to != FileKind::kRegular) {
    return std::string("it is a symbolic link to ") + KindName(to) +
           ", not a document, and was not opened";
  }
  path = *target;
  return "";
}

StatusOr<CaseSource> ReadCase(const FileSystem& fs, const std::string& dir, const std::string& id) {
  CaseSource c;
  c.dir = dir;
  c.id = id;
  ASSIGN_OR_RETURN(std::vector<std::string> names, fs.ListDir(dir));
  std::string real_dir = fs.ResolvedPath(dir).value_or(dir);
  for (const auto& n : names) {
    std::string p = JoinPath(dir, n);
    if (fs.KindOf(p) == FileKind::kDirectory) continue;
    if (n != "case.json" && !IsAdviceFileName(n)) continue;
    std::string why = WhyNotRead(fs, real_dir, p);
    if (why == "-") continue;
    if (!why.empty()) {
      c.not_read.push_back({n, 0, "'" + n + "' was not read: " + why});
    } else if (n == "case.json") {
      c.case_json = p;
    } else {
      c.files.push_back(p);
    }
  }
  return c;
}

// The folder as the case it is: trailing slashes, "." and ".." resolved; its id is the name of
// the folder it names.
StatusOr<std::pair<std::string, std::string>> CaseFolder(const FileSystem& fs, std::string path) {
  std::string dir = std::filesystem::path(path).lexically_normal().string();
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  std::string id = BaseName(dir);
  if (id.empty() || id == "." || id == ".." || id == "/") {
    StatusOr<std::string> real = fs.ResolvedPath(dir);
    id = real.ok() ? BaseName(*real) : "";
  }
  if (id.empty() || id == "." || id == ".." || id == "/") {
    return InvalidArgument("'" + path +
                           "' has no folder name to use as the case id: give the case folder "
                           "by its name (cases/jack)");
  }
  return std::make_pair(dir, id);
}

}  // namespace

StatusOr<std::vector<CaseSource>> DiscoverCases(const FileSystem& fs,
                                                const std::vector<std::string>& paths,
                                                std::vector<std::string>& notes) {
  std::vector<CaseSource> cases;
  for (const std::string& given : paths) {
    std::string path = given;
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    if (!fs.Exists(path)) return NotFound("'" + path + "' does not exist");
    if (!fs.IsDir(path)) {
      return InvalidArgument("'" + path +
                             "' is a file: give the folder that holds a child's advice "
                             "(one case), or a folder of such folders (a batch)");
    }
    ASSIGN_OR_RETURN(auto folder, CaseFolder(fs, path));
    const auto& [dir, id] = folder;
    ASSIGN_OR_RETURN(std::vector<std::string> names, fs.ListDir(dir));
    std::vector<std::string> subdirs, loose;
    for (const auto& n : names) {
      if (n.empty() || n[0] == '.') continue;
      std::string p = JoinPath(dir, n);
      if (fs.IsDir(p)) {  // a linked case folder in a batch is a case; its files are checked
        subdirs.push_back(p);
      } else if (IsAdviceFileName(n)) {
        loose.push_back(n);
      }
    }
    if (subdirs.empty()) {
      ASSIGN_OR_RETURN(CaseSource c, ReadCase(fs, dir, id));
      if (c.files.empty() && c.not_read.empty()) {
        std::string why = "folder '" + dir +
                          "' has no advice files (PDF, Word, image or text files), so there "
                          "is nothing to draft";
        if (paths.size() == 1) return InvalidArgument(why);
        notes.push_back(why + "; it was skipped");
        continue;
      }
      cases.push_back(std::move(c));
      continue;
    }
    for (const auto& n : loose) {
      notes.push_back("'" + JoinPath(dir, n) +
                      "' is not inside a case folder and was skipped (a batch folder holds one "
                      "folder per child)");
    }
    for (const auto& d : subdirs) {
      ASSIGN_OR_RETURN(CaseSource c, ReadCase(fs, d, BaseName(d)));
      if (c.files.empty() && c.not_read.empty()) {
        notes.push_back("folder '" + d + "' has no advice files and was skipped");
        continue;
      }
      cases.push_back(std::move(c));
    }
  }
  // Each case is written to OUT/<id>: two folders with one name would overwrite each other.
  std::map<std::string, const CaseSource*> seen;
  std::vector<CaseSource> unique;
  for (CaseSource& c : cases) {
    auto [it, fresh] = seen.emplace(c.id, &c);
    if (fresh) continue;
    std::string a = fs.ResolvedPath(it->second->dir).value_or(it->second->dir);
    std::string b = fs.ResolvedPath(c.dir).value_or(c.dir);
    if (a == b) {
      notes.push_back("folder '" + c.dir + "' was given twice; it is drafted once");
      c.id.clear();
      continue;
    }
    return InvalidArgument("two case folders are both called '" + c.id + "': '" + it->second->dir +
                           "' and '" + c.dir + "'. Each case is written to OUT/" + c.id +
                           ", so one child's plan would overwrite the other's; nothing was "
                           "drafted. Rename one of the folders, or draft them in separate runs "
                           "with different --out folders");
  }
  for (CaseSource& c : cases) {
    if (!c.id.empty()) unique.push_back(std::move(c));
  }
  return unique;
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
