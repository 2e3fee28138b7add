// Finds the cases to draft. A case is a folder of files about one child; a batch is a folder
// of case folders. The case id is the folder name.
#pragma once

#include <string>
#include <vector>

#include "pipeline/base/fs.h"
#include "pipeline/model/plan.h"

namespace ehcp {

struct CaseSource {
  std::string id;                  // folder name
  std::string dir;                 // folder path
  std::vector<std::string> files;  // paths of the advice files, sorted by name
  std::string case_json;           // path of case.json, empty when absent
  // Entries of the folder that are not read, with why: links to places outside the case
  // folder, named pipes, sockets, devices. Listed as "Advice not read"; never opened.
  std::vector<FailedFile> not_read;
};

// Expands each PATH (trailing slashes, "." and ".." resolved, so that "cases/jack/." is the
// case "jack", never the output root): a folder with sub-folders is a batch (each sub-folder
// holding files is a case; loose files beside them are reported in `notes` and skipped); a folder
// of files is one case. Hidden files, Office lock files ("~$…") and case.json are not advice. Only
// regular files inside the case folder are read: a symbolic link is followed only when it points at
// a regular file inside the same folder; anything else is in `not_read`. A case folder with no
// advice files at all is not a case (a note; an error when it is the only PATH). Two cases
// with the same id (their outputs would share OUT/<id>) are an error naming both folders, and
// nothing is drafted. Errors name the path ("'cases/x' does not exist").
StatusOr<std::vector<CaseSource>> DiscoverCases(const FileSystem& fs,
                                                const std::vector<std::string>& paths,
                                                std::vector<std::string>& notes);

// Reads case.json: {"child": {"name", "preferred_name", "date_of_birth"},
// "people": [{"name", "role"}]}. Errors say what is wrong and where.
StatusOr<ChildInfo> LoadCaseJson(const FileSystem& fs, const std::string& path);

}  // namespace ehcp
