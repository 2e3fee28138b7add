#include "pipeline/runner/forms.h"

#include <map>

#include "extractors/registry.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

constexpr std::string_view kHeader =
    "# One line per piece of the form's own text. Columns (tab-separated):\n"
    "#   role     prompt | guidance | answer | personal | leaflet | furniture\n"
    "#   section  for a prompt: the plan section its answers belong to (A-K), or - to let the\n"
    "#            wording decide; edit freely\n"
    "#   area     ci | cl | semh | sp | pfa, or -\n"
    "#   text     the form's words, as printed\n";

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return std::string(Trim(out));
}

std::optional<BlockRole> ParseRole(std::string_view id) {
  for (BlockRole r : {BlockRole::kPrompt, BlockRole::kGuidance, BlockRole::kAnswer,
                      BlockRole::kPersonal, BlockRole::kLeaflet, BlockRole::kFurniture}) {
    if (id == RoleId(r)) return r;
  }
  return std::nullopt;
}

std::string StemOf(const std::string& path) {
  std::string base = BaseName(path);
  if (size_t dot = base.rfind('.'); dot != std::string::npos && dot > 0) base.resize(dot);
  std::string out;
  for (char c : base) {
    bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    out += ok ? c : '-';
  }
  return out.empty() ? "form" : out;
}

// Section and area a council set for each prompt in an earlier version of the file.
std::map<std::string, std::pair<std::string, std::string>> KeptMappings(const FileSystem& fs,
                                                                         const std::string& file) {
  std::map<std::string, std::pair<std::string, std::string>> kept;
  StatusOr<std::string> old = fs.ReadFile(file);
  if (!old.ok()) return kept;
  for (const std::string& line : Split(*old, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() < 4) continue;
    if (cols[1] != "-" || cols[2] != "-") kept[FormKey(cols[3])] = {cols[1], cols[2]};
  }
  return kept;
}

}  // namespace

std::string DefaultFormsDir(const std::string& corpus_path) {
  size_t slash = corpus_path.find_last_of('/');
  return slash == std::string::npos ? "ehcp-forms"
                                     : JoinPath(corpus_path.substr(0, slash), "ehcp-forms");
}

StatusOr<RegisteredForm> RegisterForm(FileSystem& fs, const std::string& dir,
                                      const std::string& path, const ExtractOptions& options) {
  StatusOr<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  StatusOr<Document> doc = ExtractBytes(*bytes, BaseName(path), options);
  if (!doc.ok()) return doc.status();
  // A blank form has no child: everything on it is the form's own text.
  ReadForm(*doc, {}, nullptr);
  RegisteredForm out;
  out.name = StemOf(path);
  out.file = JoinPath(dir, out.name + ".tsv");
  auto kept = KeptMappings(fs, out.file);
  std::string tsv = "# ehcp form '" + out.name + "', registered from '" + BaseName(path) + "'\n";
  tsv += kHeader;
  std::map<std::string, bool> seen;
  for (const Block& b : doc->blocks) {
    std::string text = Escape(b.text);
    std::string key = FormKey(text);
    if (key.empty() || seen[key]) continue;
    seen[key] = true;
    BlockRole role = b.role;
    // Headings stay headings (they give context); any other text left on a blank form is the
    // form's own wording: examples, explanations, notes.
    if (b.kind == BlockKind::kHeading) continue;
    if (role == BlockRole::kContent || role == BlockRole::kUnknown) role = BlockRole::kGuidance;
    std::string section = "-", area = "-";
    if (auto it = kept.find(key); it != kept.end()) std::tie(section, area) = it->second;
    tsv += std::string(RoleId(role)) + "\t" + section + "\t" + area + "\t" + text + "\n";
    if (role == BlockRole::kPrompt) ++out.prompts;
    else if (role == BlockRole::kGuidance) ++out.guidance;
    else ++out.other;
  }
  if (out.prompts + out.guidance + out.other == 0) {
    return Unsupported("'" + BaseName(path) + "' holds no text that could be read as a form");
  }
  RETURN_IF_ERROR(fs.MakeDirs(dir));
  RETURN_IF_ERROR(fs.WriteFileAtomic(out.file, tsv));
  return out;
}

FormLibrary LoadForms(const FileSystem& fs, const std::string& dir,
                      std::vector<std::string>* problems) {
  FormLibrary lib;
  if (!fs.IsDir(dir)) return lib;
  StatusOr<std::vector<std::string>> names = fs.ListDir(dir);
  if (!names.ok()) return lib;
  for (const std::string& name : *names) {
    if (!EndsWith(name, ".tsv")) continue;
    std::string file = JoinPath(dir, name);
    StatusOr<std::string> text = fs.ReadFile(file);
    if (!text.ok()) {
      if (problems) problems->push_back("form '" + file + "' could not be read: " + text.status().message());
      continue;
    }
    std::string form = name.substr(0, name.size() - 4);
    int line_no = 0;
    for (const std::string& line : Split(*text, '\n')) {
      ++line_no;
      if (Trim(line).empty() || line[0] == '#') continue;
      std::vector<std::string> cols = Split(line, '\t');
      std::optional<BlockRole> role = cols.size() >= 4 ? ParseRole(Trim(cols[0])) : std::nullopt;
      std::optional<Section> section;
      if (cols.size() >= 4 && Trim(cols[1]) != "-" && !Trim(cols[1]).empty()) {
        section = ParseSection(Trim(cols[1]));
      }
      std::optional<Area> area =
          cols.size() >= 4 ? ParseArea(Trim(cols[2]).empty() ? "-" : Trim(cols[2])) : std::nullopt;
      bool bad_section = cols.size() >= 4 && Trim(cols[1]) != "-" && !Trim(cols[1]).empty() &&
                         !section;
      if (!role || !area || bad_section) {
        if (problems) {
          problems->push_back("form '" + file + "' line " + std::to_string(line_no) +
                              " was skipped: expected role, section, area and text separated "
                              "by tabs (see the lines starting with #)");
        }
        continue;
      }
      lib.Add(cols[3], {*role, section, *area, form});
    }
  }
  return lib;
}

}  // namespace ehcp
