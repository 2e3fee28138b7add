// The council's blank advice forms (`ehcp forms add`), kept as one editable TSV file per form
// in a forms folder (docs/forms.md). Their prompts, guidance and furniture are then recognised
// exactly in every case, and a council can give a prompt the section and area it asks about.
#pragma once

#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "mappers/form/form_reader.h"
#include "pipeline/base/fs.h"
#include "pipeline/base/status.h"

namespace ehcp {

// The forms folder used when none is given: "ehcp-forms" beside the corpus index.
std::string DefaultFormsDir(const std::string& corpus_path);

// What registering one blank form found.
struct RegisteredForm {
  std::string name;  // the form's name: its file name without the extension
  std::string file;  // the TSV written
  size_t prompts = 0, guidance = 0, other = 0;
};

// Reads a blank form (DOCX, PDF, text) and writes DIR/<name>.tsv with one line per piece of form
// text: role, section, area, text. An existing file of that name keeps the sections and areas a
// council gave its prompts. Fails with a plain message naming the file.
StatusOr<RegisteredForm> RegisterForm(FileSystem& fs, const std::string& dir,
                                      const std::string& path, const ExtractOptions& options);

// Every *.tsv form in DIR. A missing folder is an empty library; a malformed line is reported
// in `problems` (file and line) and skipped.
FormLibrary LoadForms(const FileSystem& fs, const std::string& dir,
                      std::vector<std::string>* problems = nullptr);

}  // namespace ehcp
