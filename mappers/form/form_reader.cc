#include "mappers/form/form_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// ---------------------------------------------------------------------------------------------
// Word lists (docs/forms.md says what each is for; tests/mappers/form_reader_test.cc which rows
// matter).

// Openings of instructions to the author of the advice.
constexpr std::string_view kGuidanceOpenings[] = {
    "please ",        "try to ",          "try and ",        "avoid ",           "do not ",
    "don't ",         "you should",       "you may ",        "you can ",         "you might ",
    "you will ",      "you must ",        "this section",    "use this ",        "in this section",
    "think about",    "remember ",        "make sure",       "note:",            "guidance:",
    "guidance ",      "tip:",             "for example",     "e.g.",             "eg ",
    "example:",       "examples:",        "example ",        "see step",         "see section",
    "see part",       "refer to",         "outcomes should", "outcomes must",    "provision should",
    "provision must", "each need",        "each outcome",    "where possible,",  "if you ",
    "when writing",   "when completing",  "it is important", "it is helpful",    "it may help",
    "it would help",  "it is useful",     "all outcomes",    "good outcomes",    "the outcomes ",
    "the provision ", "an outcome ",      "outcomes are ",   "specific provision should",
    "this form",      "this advice form", "the information you",                 "information you give",
    "we will use",    "we would like you", "we ask ",        "we need you",      "once completed",
    "when complete",  "return this",      "send this",       "completed forms",  "the purpose of this",
};

// Imperative verbs that open guidance only when the sentence speaks to the author about "the
// child" or the form (a recommendation such as "Use a visual timetable" is content).
constexpr std::string_view kImperatives[] = {
    "include ", "describe ", "give ", "list ", "state ", "record ", "consider ", "ensure ",
    "use ",     "complete ", "tick ", "attach ", "explain ", "write ", "summarise ", "add ",
    "identify ", "provide ", "outline ", "set out ", "detail ", "indicate ", "specify ", "insert ",
    "say ",     "for each ", "show ",  "name ",   "think ",  "note ",    "check ",   "avoid ",
};

// Words by which guidance speaks of the child in general, or of the form and its author.
constexpr std::string_view kAuthorAddressed[] = {
    "the child",  "the young person", "the pupil",   "the learner", "the student",
    "this section", "this form",      "this part",   "this box",    "your ",
    "you ",       "child's",          "young person's", "pupil's",  "he/she",
    "his/her",    "him/her",          "they/them",   "the family",  "the parents",
    "each area",  "each need",        "this advice", "the advice",  "characters",
    "outcome",    "provision",        "support",     "the plan",    "section ",
    "what is needed", "how often",    "by whom",     "who should",  "cycles",
};

// Prompt openings: questions and requests for a detail.
constexpr std::string_view kPromptOpenings[] = {
    "if yes",        "if so",           "if no",          "if not",       "if applicable",
    "if other",      "if the answer",   "please specify", "please state", "please give",
    "please tick",   "please describe", "please list",    "please provide", "please explain",
    "please include", "give details",   "details of",     "name of",      "date of",
    "contact details", "what ",         "how ",           "who ",         "when ",
    "where ",        "why ",            "which ",         "does ",        "do ",
    "is ",           "are ",            "has ",           "have ",        "can ",
    "could ",        "would ",          "will ",          "did ",         "was ",
    "tell us",       "tell me",         "describe ",      "list ",        "things ",
};

// Labels of personal details and contact tables; the values beside them are personal data.
constexpr std::string_view kPersonalLabels[] = {
    "name",          "full name",      "child's name",      "name of child",  "child name",
    "young person's name", "pupil name", "pupil's name",    "preferred name", "known as",
    "forename",      "forenames",      "first name",        "surname",        "last name",
    "family name",   "title",          "date of birth",     "dob",            "d.o.b.",
    "age",           "gender",         "sex",               "ethnicity",      "religion",
    "first language", "home language", "language spoken at home", "language", "interpreter",
    "interpreter required", "interpreter needed", "address", "home address", "address line 1",
    "address line 2", "address line 3", "town", "county", "postcode", "post code",
    "telephone",     "telephone number", "phone",           "phone number",   "home phone",
    "work phone",    "mobile",         "mobile number",     "mobile phone",   "email",
    "e-mail",        "email address",  "e-mail address",    "upn",            "unique pupil number",
    "nhs number",    "nhs no",         "uln",               "school",         "name of school",
    "school name",   "setting",        "current setting",   "name of setting", "education setting",
    "nursery",       "college",        "year group",        "ncy",            "national curriculum year",
    "class",         "attendance",     "attendance %",      "attendance (%)", "funding band",
    "band",          "looked after",   "looked after child", "child in care", "cla",
    "legal status",  "parental responsibility", "relationship", "relationship to child",
    "relationship to the child", "parent/carer", "parent / carer", "parents/carers", "carer",
    "gp",            "gp surgery",     "gp practice",       "key worker",     "social worker",
    "lead professional", "contact",    "contact name",      "contact number", "contact details",
    "completed by",  "form completed by", "advice completed by", "report completed by",
    "advice given by", "author",       "role",              "job title",      "position",
    "designation",   "organisation",   "service",           "team",           "signed",
    "signature",     "print name",     "date",              "date completed", "date of advice",
    "date of report", "date of assessment", "date of visit", "date of request", "primary need",
    "secondary need", "primary area of need", "diagnosis",  "diagnoses",      "sen status",
    "sen support",   "ehcp",           "ethnic origin",     "nationality",    "pronouns",
    "professional",  "agency",         "involvement",       "case number",    "reference",
    "ref",           "our ref",        "your ref",          "mosaic number",  "id number",
};

// Header cells of a family, contact or professionals table.
constexpr std::string_view kContactHeaders[] = {
    "title",        "forename",     "first name",    "surname",       "last name",
    "name",         "relationship", "address",       "postcode",      "telephone",
    "phone",        "mobile",       "email",         "e-mail",        "interpreter",
    "role",         "organisation", "agency",        "contact",       "date of birth",
    "home phone",   "work phone",   "contact number", "job title",    "service",
    "parental responsibility", "lives with child", "language",        "dob",
};

// Words of attached leaflets and notices that are not advice about the child.
constexpr std::string_view kLeafletHeadingCues[] = {
    "portal",         "log in",          "logging in",       "login",         "sign in",
    "password",       "verification",    "register",         "registration",  "privacy notice",
    "privacy",        "how we use your", "data protection",  "personal information",
    "your information", "mental capacity", "mediation",      "appeal",        "tribunal",
    "frequently asked", "leaflet",       "useful contacts",  "useful organisations",
    "sendiass",       "information, advice and support",    "local offer",   "your rights",
    "complaints",     "help and support for families",      "about this service",
    "how to use",     "getting started", "fair processing",  "gdpr",          "freedom of information",
};

// Words of leaflet text in the body (each counts once).
constexpr std::string_view kLeafletBodyCues[] = {
    "password",     "username",       "user name",     "verification code", "log in",
    "login",        "sign in",        "click",         "browser",           "account",
    "portal",       "upload",         "menu",          "dashboard",         "two-factor",
    "data protection", "lawful basis", "gdpr",        "retain",            "retention",
    "information commissioner", "privacy", "mental capacity act", "best interests",
    "lacks capacity", "capacity to",  "mediation",     "first-tier tribunal", "appeal",
    "helpline",     "www.",           "http",          "opening hours",     "monday to friday",
    "data controller", "processing",  "consent to share", "freedom of information",
};

// Page furniture that escaped the extractor.
constexpr std::string_view kFurnitureCues[] = {
    "official-sensitive", "official sensitive", "official",  "strictly confidential",
    "confidential",       "not protectively marked", "restricted", "copyright", "\u00a9",
    "all rights reserved", "version ",       "form ref",   "document ref",
};

bool OpensWithAny(std::string_view lower, std::span<const std::string_view> openings) {
  for (std::string_view o : openings) {
    if (lower.rfind(o, 0) == 0) return true;
  }
  return false;
}

bool ContainsAny(std::string_view lower, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (lower.find(w) != std::string_view::npos) return true;
  }
  return false;
}

size_t CountAny(std::string_view lower, std::span<const std::string_view> words) {
  size_t n = 0;
  for (std::string_view w : words) {
    if (lower.find(w) != std::string_view::npos) ++n;
  }
  return n;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Removes tick boxes and the characters around options.
std::string StripBoxes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // U+2610..U+2612 ballot boxes, U+25A1 white square, U+25A0 black square, U+2713/2714/2717/2718.
    if (text.compare(i, 3, "\u2610") == 0 || text.compare(i, 3, "\u2611") == 0 ||
        text.compare(i, 3, "\u2612") == 0 || text.compare(i, 3, "\u25A1") == 0 ||
        text.compare(i, 3, "\u25A0") == 0 || text.compare(i, 3, "\u2713") == 0 ||
        text.compare(i, 3, "\u2714") == 0 || text.compare(i, 3, "\u2717") == 0 ||
        text.compare(i, 3, "\u2718") == 0) {
      out += ' ';
      i += 3;
      continue;
    }
    out += text[i++];
  }
  return out;
}

bool HasTickBox(std::string_view text) {
  for (std::string_view box : {"\u2610", "\u2611", "\u2612", "\u25A1", "\u25A0"}) {
    if (text.find(box) != std::string_view::npos) return true;
  }
  return false;
}

// Position of a character limit such as "(2,000 characters max)", "(max 1500 characters)",
// "(maximum 300 words)"; npos when none.
size_t CharLimitAt(std::string_view lower) {
  for (size_t open = lower.find('('); open != std::string_view::npos;
       open = lower.find('(', open + 1)) {
    size_t close = lower.find(')', open);
    if (close == std::string_view::npos) return std::string_view::npos;
    std::string_view inner = lower.substr(open, close - open);
    bool digits = std::any_of(inner.begin(), inner.end(), IsDigit);
    if (inner.find("no limit") != std::string_view::npos ||
        inner.find("continue on") != std::string_view::npos) {
      return open;
    }
    if (digits && (inner.find("character") != std::string_view::npos ||
                   inner.find("word") != std::string_view::npos ||
                   inner.find("max") != std::string_view::npos)) {
      return open;
    }
  }
  return std::string_view::npos;
}

// Lower-cased text without tick boxes, with spaces collapsed.
std::string Lowered(std::string_view text) { return CollapseSpaces(ToLowerAscii(StripBoxes(text))); }

std::string LabelKey(std::string_view text) {
  std::string lower = Lowered(text);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '*' ||
                            lower.back() == '?')) {
    lower.pop_back();
  }
  if (size_t limit = CharLimitAt(lower); limit != std::string::npos) {
    lower = std::string(Trim(lower.substr(0, limit)));
  }
  // "Diagnosis (if any)", "Home language(s)"
  if (size_t paren = lower.find('('); paren != std::string::npos && paren > 0) {
    lower = std::string(Trim(lower.substr(0, paren)));
  }
  return lower;
}

bool IsPersonalLabel(std::string_view text) {
  std::string key = LabelKey(text);
  if (key.empty() || WordCount(key) > 7) return false;
  for (std::string_view l : kPersonalLabels) {
    if (key == l) return true;
  }
  // "Parent 1 name", "Mother's mobile", "School address", "Name of social worker"
  for (std::string_view tail : {" name", " address", " phone", " telephone", " mobile", " email",
                                " e-mail", " postcode", " date of birth", " contact details",
                                " contact number", " role", " number"}) {
    if (EndsWith(key, tail) && WordCount(key) <= 7) return true;
  }
  for (std::string_view head : {"name of ", "address of ", "contact details", "telephone",
                                "e-mail", "email", "national curriculum year", "current school",
                                "current setting", "date the ", "date of ", "home language",
                                "number of ", "attendance", "sen support since", "upn",
                                "unique pupil", "nhs number", "gp ", "school attended"}) {
    if (StartsWith(key, head) && WordCount(key) <= 6) return true;
  }
  return false;
}

bool IsContactHeader(std::string_view text) {
  std::string key = LabelKey(text);
  for (std::string_view h : kContactHeaders) {
    if (key == h || (StartsWith(key, h) && key.size() <= h.size() + 12)) return true;
  }
  return false;
}

bool IsQuestion(std::string_view text) {
  text = Trim(text);
  if (text.empty() || WordCount(text) > 35) return false;
  if (text.back() == '?') return text.find(". ") == std::string_view::npos;
  // "…? (500 characters max)" or "…?:"
  std::string lower = Lowered(text);
  size_t limit = CharLimitAt(lower);
  if (limit == std::string::npos && !lower.empty() && lower.back() == ')') limit = lower.rfind('(');
  std::string_view head = Trim(std::string_view(lower).substr(0, limit));
  while (!head.empty() && head.back() == ':') head.remove_suffix(1);
  return !head.empty() && head.back() == '?';
}

// A short line such as "Reading and writing:" or "Strengths and interests (500 characters max)".
bool IsLabelLine(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  std::string lower = Lowered(text);
  if (CharLimitAt(lower) != std::string::npos) return true;
  return text.back() == ':' && WordCount(text) <= 12 && text.find(". ") == std::string_view::npos;
}

bool IsFurniture(std::string_view text) {
  std::string lower = Lowered(text);
  if (lower.empty()) return false;
  size_t words = WordCount(lower);
  // "Page 3 of 12", "3 of 12", "- 4 -"
  if (words <= 5 && (lower.rfind("page ", 0) == 0 || lower.find(" of ") != std::string::npos) &&
      std::count_if(lower.begin(), lower.end(), IsDigit) >= 2 &&
      std::none_of(lower.begin(), lower.end(), [](char c) { return c == '.'; }) && words <= 4) {
    bool only_page = true;
    for (std::string_view w : Split(lower, ' ')) {
      if (w != "page" && w != "of" && !std::all_of(w.begin(), w.end(), IsDigit)) only_page = false;
    }
    if (only_page) return true;
  }
  if (words <= 60 && (lower.find("\u00a9") != std::string::npos ||
                      lower.find("copyright") != std::string::npos ||
                      lower.find("design and wording of this form") != std::string::npos)) {
    return true;
  }
  if (words <= 14) {
    for (std::string_view cue : kFurnitureCues) {
      if (lower.rfind(cue, 0) == 0 && (cue != "official" || words <= 3) &&
          (cue != "confidential" || words <= 4) && (cue != "version " || words <= 4)) {
        return true;
      }
    }
  }
  // A web address alone.
  if (words == 1 && (StartsWith(lower, "www.") || StartsWith(lower, "http"))) return true;
  return false;
}

bool SpeaksToAuthor(std::string_view lower) { return ContainsAny(lower, kAuthorAddressed); }

bool NamesChild(std::string_view text, const std::vector<std::string>& names) {
  for (const std::string& n : names) {
    if (n.size() >= 2 && text.find(n) != std::string_view::npos) return true;
  }
  return false;
}

// He, she, him, her, his: a sentence about one particular child (or person), which guidance,
// speaking of "the child" and "they", does not use.
bool SpeaksOfOnePerson(std::string_view lower) {
  for (std::string_view w : {" she ", " he ", " her ", " him ", " his ", " she's ", " he's ",
                             " herself ", " himself "}) {
    if ((" " + std::string(lower) + " ").find(w) != std::string::npos) return true;
  }
  std::string padded = " " + std::string(lower);
  for (std::string_view w : {" she ", " he ", " her ", " his "}) {
    if (padded.rfind(w, 0) == 0) return true;
  }
  return false;
}

// Openings that mark guidance whoever it speaks of.
constexpr std::string_view kSureGuidance[] = {
    "please ", "for example", "e.g.", "example:", "examples:", "guidance", "note:", "tip:",
    "this section", "in this section", "use this ", "see step", "see section", "see part",
    "outcomes should", "outcomes must", "provision should", "provision must", "each need",
    "each outcome", "all outcomes", "good outcomes", "this form", "this advice form",
    "the information you", "information you give", "we will use", "we would like you", "we ask ",
    "we need you", "once completed", "when complete", "return this", "send this",
    "completed forms", "the purpose of this", "when writing", "when completing", "if you ",
    "specific provision should"};

bool IsGuidance(std::string_view text, const std::vector<std::string>& child_names) {
  std::string lower = Lowered(text);
  if (lower.empty()) return false;
  if (NamesChild(text, child_names)) return false;
  // Form text about children in general, and the legal basis of the advice.
  if (!SpeaksOfOnePerson(lower) &&
      (lower.find("the child or young person") != std::string::npos ||
       lower.find("child/young person") != std::string::npos ||
       lower.find("children and young people") != std::string::npos ||
       lower.find("regulation 6") != std::string::npos ||
       lower.find("send regulations") != std::string::npos)) {
    return true;
  }
  // Strip a leading bullet or number ("1. Please…").
  std::string_view l = lower;
  while (!l.empty() && (IsDigit(l.front()) || l.front() == '.' || l.front() == ')' ||
                        l.front() == '(' || l.front() == '-' || l.front() == ' ')) {
    l.remove_prefix(1);
  }
  if (StartsWith(l, "\u2022")) l = Trim(l.substr(3));
  // Examples inside guidance speak of a made-up child ("e.g. By July, Alfie will…").
  for (std::string_view e : {"e.g.", "eg ", "for example", "example:", "examples:", "tell us "}) {
    if (StartsWith(l, e)) return true;
  }
  if (OpensWithAny(l, kSureGuidance) && !SpeaksOfOnePerson(l)) return true;
  // "Avoid…", "Do not…", "Try to…" and imperatives are guidance when they speak to the author
  // about children in general; addressed to staff about this child ("Do not ask her to read
  // aloud") they are recommendations.
  if (SpeaksOfOnePerson(l)) return false;
  if (OpensWithAny(l, kGuidanceOpenings) && SpeaksToAuthor(l)) return true;
  if (OpensWithAny(l, kImperatives) && SpeaksToAuthor(l)) return true;
  // Rules for writing outcomes or provision ("Outcomes should be SMART…") anywhere in a short
  // block.
  if (WordCount(l) <= 60 && (l.find("smart") != std::string_view::npos) &&
      (l.find("outcome") != std::string_view::npos)) {
    return true;
  }
  return false;
}

// Ends by introducing examples or a list of points to cover.
bool IntroducesList(std::string_view text) {
  std::string lower = Lowered(text);
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  if (lower.empty()) return false;
  if (lower.back() == ':') return true;
  for (std::string_view tail : {"for example", "e.g.", "such as", "examples", "for instance"}) {
    if (EndsWith(lower, tail) || EndsWith(lower, std::string(tail) + ".")) return true;
  }
  return false;
}

bool StartsWithQuote(std::string_view text) {
  text = Trim(text);
  return StartsWith(text, "\"") || StartsWith(text, "\u201c") || StartsWith(text, "'") ||
         StartsWith(text, "\u2018");
}

bool IsLeafletHeading(std::string_view text) {
  std::string lower = Lowered(text);
  if (WordCount(lower) > 14) return false;
  return ContainsAny(lower, kLeafletHeadingCues);
}

bool IsLeafletBody(std::string_view text) {
  std::string lower = Lowered(text);
  static constexpr std::string_view kStrong[] = {
      "data controller", "upload a document", "assessment records", "keep your information",
      "keep records", "names removed", "without your agreement", "verification code",
      "your personal data", "privacy notice", "log in to", "sign in to"};
  return CountAny(lower, kLeafletBodyCues) + 2 * CountAny(lower, kStrong) >= 2;
}

// Header texts of each table (row 0 cells, or cells marked as header cells), by table number.
struct TableInfo {
  std::vector<std::string> header;  // by column
  int columns = 0;
  int contact_headers = 0;
  bool personal = false;  // a contact / family / professionals table
  bool details = false;   // a label | value table of personal details
};

std::vector<TableInfo> Tables(const Document& doc) {
  std::vector<TableInfo> tables;
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTableCell || b.table < 0) continue;
    if (static_cast<size_t>(b.table) >= tables.size()) tables.resize(b.table + 1);
    TableInfo& t = tables[b.table];
    t.columns = std::max(t.columns, b.col + 1);
    bool header = b.header_cell || b.row == 0;
    if (header && b.col >= 0) {
      if (static_cast<size_t>(b.col) >= t.header.size()) t.header.resize(b.col + 1);
      if (t.header[b.col].empty()) t.header[b.col] = b.text;
      if (IsContactHeader(b.text)) ++t.contact_headers;
    }
  }
  for (TableInfo& t : tables) t.personal = t.columns >= 3 && t.contact_headers >= 3;
  // A label | value table whose labels are mostly personal details is a personal-details table.
  std::vector<int> labels(tables.size(), 0), personal(tables.size(), 0);
  for (const Block& b : doc.blocks) {
    if (b.kind != BlockKind::kTableCell || b.table < 0 || b.label.empty()) continue;
    ++labels[b.table];
    personal[b.table] += IsPersonalLabel(b.label);
  }
  for (size_t i = 0; i < tables.size(); ++i) {
    tables[i].details = personal[i] >= 3 && 2 * personal[i] >= labels[i];
  }
  return tables;
}

bool IsAddressLine(std::string_view text) {
  text = Trim(text);
  if (text.empty() || WordCount(text) > 8) return false;
  // "14 Beech Road", "Flat 2, 9 Mill Street"
  size_t i = 0;
  if (StartsWith(text, "Flat ") || StartsWith(text, "Apartment ")) {
    size_t comma = text.find(',');
    if (comma == std::string_view::npos) return false;
    i = comma + 1;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  if (i >= text.size() || !IsDigit(text[i])) return false;
  while (i < text.size() && (IsDigit(text[i]) || IsAlpha(text[i]))) ++i;
  std::string lower = ToLowerAscii(text);
  for (std::string_view s : {" road", " street", " lane", " avenue", " close", " drive", " way",
                             " crescent", " court", " gardens", " place", " terrace", " grove",
                             " hill", " walk", " row", " square", " mews", " rise", " view"}) {
    size_t at = lower.find(s);
    if (at != std::string::npos &&
        (at + s.size() == lower.size() || !IsAlpha(lower[at + s.size()]))) {
      return true;
    }
  }
  return false;
}

struct Run {
  std::string prompt;     // the current prompt (cleaned)
  const FormLine* known = nullptr;  // the registered line of the current prompt, if any
  int prompt_table = -2;  // table of the prompt (-1: not in a table)
  bool prompt_answered = false;
  int guidance_list = 0;  // list items / quoted lines still read as guidance examples
  int leaflet_level = 0;  // heading level that opened a leaflet (0: none)
};

}  // namespace

// ---------------------------------------------------------------------------------------------

bool HasPhoneNumber(std::string_view text) {
  // A run of digits, spaces, brackets and dashes holding 10 to 13 digits and starting with 0 or
  // +44 (UK numbers); NHS numbers (3-3-4 digits) count too.
  for (size_t i = 0; i < text.size(); ++i) {
    bool plus = text[i] == '+';
    if (!IsDigit(text[i]) && !plus && text[i] != '(') continue;
    if (i > 0 && (IsDigit(text[i - 1]) || IsAlpha(text[i - 1]) || text[i - 1] == '/')) continue;
    size_t j = i;
    int digits = 0;
    std::string d;
    while (j < text.size() && (IsDigit(text[j]) || text[j] == ' ' || text[j] == '(' ||
                               text[j] == ')' || text[j] == '-' || (j == i && plus))) {
      if (IsDigit(text[j])) {
        ++digits;
        d += text[j];
      }
      ++j;
    }
    if (j < text.size() && (text[j] == '/' || text[j] == '.' || text[j] == ':') && j + 1 < text.size() &&
        IsDigit(text[j + 1])) {
      continue;  // a date or a time
    }
    if (digits >= 10 && digits <= 13 &&
        (d[0] == '0' || (plus && StartsWith(d, "44")) || digits == 10)) {
      return true;
    }
    i = j;
  }
  return false;
}

bool HasEmailAddress(std::string_view text) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at == 0 || at + 1 >= text.size()) continue;
    if (!IsAlpha(text[at - 1]) && !IsDigit(text[at - 1]) && text[at - 1] != '.' &&
        text[at - 1] != '_') {
      continue;
    }
    size_t dot = text.find('.', at);
    size_t space = text.find(' ', at);
    if (dot != std::string_view::npos && (space == std::string_view::npos || dot < space) &&
        dot > at + 1) {
      return true;
    }
  }
  return false;
}

bool HasPostcode(std::string_view text) {
  // Outward code A9, A99, AA9, AA99, A9A, AA9A; a space; inward code 9AA.
  for (size_t i = 0; i + 5 < text.size() + 1; ++i) {
    if (!IsUpper(text[i]) || (i > 0 && (IsAlpha(text[i - 1]) || IsDigit(text[i - 1])))) continue;
    size_t j = i + 1;
    if (j < text.size() && IsUpper(text[j])) ++j;
    if (j >= text.size() || !IsDigit(text[j])) continue;
    ++j;
    if (j < text.size() && (IsDigit(text[j]) || IsUpper(text[j]))) ++j;
    if (j < text.size() && text[j] == ' ') ++j;
    if (j + 3 > text.size()) continue;
    if (IsDigit(text[j]) && IsUpper(text[j + 1]) && IsUpper(text[j + 2]) &&
        (j + 3 == text.size() || !IsAlpha(text[j + 3]))) {
      return true;
    }
  }
  return false;
}

bool IsBareAnswer(std::string_view text) {
  std::string lower = Lowered(text);
  while (!lower.empty() && (lower.back() == '.' || lower.back() == ' ')) lower.pop_back();
  std::string_view l = Trim(lower);
  if (l.empty()) return true;
  static constexpr std::string_view kAnswers[] = {
      "yes", "no", "n/a", "na", "n.a", "none", "not applicable", "not known", "unknown",
      "don't know", "do not know", "tbc", "-", "nil", "no concerns", "yes / no", "yes/no",
      "yes or no", "y", "n", "x", "not yet", "not sure", "ongoing", "none known", "nothing",
      "not relevant", "none at present", "no involvement", "not involved", "no change"};
  for (std::string_view a : kAnswers) {
    if (l == a) return true;
  }
  // "Yes – see attached", "No (not at present)"
  for (std::string_view a : {"yes ", "no ", "yes-", "no-", "yes,", "no,"}) {
    if (StartsWith(l, a) && WordCount(l) <= 4) return true;
  }
  // A lone number, percentage or date.
  bool all = std::all_of(l.begin(), l.end(), [](char c) {
    return IsDigit(c) || c == '/' || c == '.' || c == '%' || c == ' ' || c == '-' || c == ':';
  });
  if (all) return true;
  // An option list with tick boxes: "☒ Yes ☐ No", "☐ Mainstream ☒ Special".
  if (HasTickBox(text) && WordCount(l) <= 12) return true;
  return false;
}

std::string CleanPrompt(std::string_view prompt) {
  std::string s = CollapseSpaces(StripBoxes(prompt));
  std::string lower = ToLowerAscii(s);
  if (size_t limit = CharLimitAt(lower); limit != std::string::npos) s = s.substr(0, limit);
  std::string_view t = Trim(s);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ' || t.back() == '*')) t.remove_suffix(1);
  return std::string(t);
}

std::string FormKey(std::string_view text) {
  std::string lower = Lowered(text);
  if (size_t limit = CharLimitAt(lower); limit != std::string::npos) {
    size_t close = lower.find(')', limit);
    lower.erase(limit, close == std::string::npos ? std::string::npos : close - limit + 1);
  }
  std::string out;
  out.reserve(lower.size());
  for (char c : lower) {
    bool keep = IsAlpha(c) || IsDigit(c) || c == ' ' || static_cast<unsigned char>(c) >= 0x80;
    if (keep) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  std::string key = CollapseSpaces(out);
  // Numbering at the start ("3 ", "3a ").
  size_t i = 0;
  while (i < key.size() && IsDigit(key[i])) ++i;
  if (i > 0 && i + 1 < key.size() && key[i] == ' ') key = key.substr(i + 1);
  if (WordCount(key) < 2) return "";
  return key;
}

void FormLibrary::Add(std::string_view text, FormLine line) {
  std::string key = FormKey(text);
  if (key.empty()) return;
  if (line.role == BlockRole::kPrompt) {
    longest_prompt_words_ = std::max(longest_prompt_words_, WordCount(key));
  }
  lines_.insert_or_assign(std::move(key), std::move(line));
}

const FormLine* FormLibrary::Find(std::string_view block_text, size_t* prompt_bytes) const {
  if (lines_.empty()) return nullptr;
  std::string key = FormKey(block_text);
  if (key.empty()) return nullptr;
  if (auto it = lines_.find(key); it != lines_.end()) {
    if (prompt_bytes != nullptr) *prompt_bytes = block_text.size();
    return &it->second;
  }
  // The longest known prompt the block starts with, up to a colon or question mark.
  for (size_t end = block_text.find_first_of(":?"); end != std::string_view::npos;
       end = block_text.find_first_of(":?", end + 1)) {
    std::string head = FormKey(block_text.substr(0, end));
    if (head.empty()) continue;
    if (WordCount(head) > longest_prompt_words_ + 2) break;
    auto it = lines_.find(head);
    if (it != lines_.end() && it->second.role == BlockRole::kPrompt) {
      if (prompt_bytes != nullptr) *prompt_bytes = end + 1;
      return &it->second;
    }
  }
  return nullptr;
}

FormReading ReadForm(Document& doc, const std::vector<std::string>& child_names,
                     const FormLibrary* library) {
  FormReading out;
  std::vector<TableInfo> tables = Tables(doc);
  Run run;
  auto set_prompt = [&](const Block& b) {
    if (!run.prompt.empty() && run.prompt_answered) ++out.answered_prompts;
    run.prompt = CleanPrompt(b.text);
    run.prompt_table = b.kind == BlockKind::kTableCell ? b.table : -1;
    run.prompt_answered = false;
    run.known = nullptr;
    run.guidance_list = 0;
    ++out.prompts;
  };
  auto end_prompt = [&]() {
    if (!run.prompt.empty() && run.prompt_answered) ++out.answered_prompts;
    run.prompt.clear();
    run.prompt_answered = false;
    run.known = nullptr;
  };

  // The title block: short lines before the first heading or table.
  size_t title_end = 0;
  while (title_end < doc.blocks.size() && title_end < 8 &&
         doc.blocks[title_end].kind == BlockKind::kParagraph) {
    std::string_view t = Trim(doc.blocks[title_end].text);
    if (t.empty() || WordCount(t) > 14 || t.back() == '.' || t.back() == '?' ||
        NamesChild(t, child_names)) {
      break;
    }
    ++title_end;
  }
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    Block& b = doc.blocks[i];
    if (b.role == BlockRole::kFurniture) continue;  // marked so by the document itself
    if (i < title_end) {
      b.role = BlockRole::kFurniture;  // the form's title, council and service lines
      continue;
    }
    std::string_view text = Trim(b.text);
    const Block* next = i + 1 < doc.blocks.size() ? &doc.blocks[i + 1] : nullptr;

    // Leaflets: a heading naming one opens it; a heading at the same or a higher level that does
    // not closes it.
    if (b.kind == BlockKind::kHeading) {
      int level = std::max(1, b.heading_level);
      if (run.leaflet_level > 0 && level <= run.leaflet_level && !IsLeafletHeading(text)) {
        run.leaflet_level = 0;
      }
      if (run.leaflet_level == 0 && IsLeafletHeading(text)) run.leaflet_level = level;
      end_prompt();
      run.guidance_list = 0;
      b.role = run.leaflet_level > 0 ? BlockRole::kLeaflet : BlockRole::kContent;
      if (IsFurniture(text)) b.role = BlockRole::kFurniture;
      continue;
    }
    if (run.leaflet_level > 0) {
      b.role = BlockRole::kLeaflet;
      continue;
    }

    // The council's own form, where registered or learned.
    size_t prompt_bytes = 0;
    const FormLine* known = library != nullptr ? library->Find(text, &prompt_bytes) : nullptr;
    if (known != nullptr && prompt_bytes >= text.size()) {
      b.role = known->role;
      if (known->role == BlockRole::kPrompt) {
        set_prompt(b);
        run.known = known;
      }
      if (known->role == BlockRole::kGuidance && IntroducesList(text)) run.guidance_list = 12;
      continue;
    }

    if (IsFurniture(text)) {
      b.role = BlockRole::kFurniture;
      continue;
    }

    // Tables: header rows, contact tables, label | value rows.
    const TableInfo* table =
        b.kind == BlockKind::kTableCell && b.table >= 0 && static_cast<size_t>(b.table) < tables.size()
            ? &tables[b.table]
            : nullptr;
    if (table != nullptr && table->personal) {
      b.role = (b.header_cell || b.row == 0) ? BlockRole::kPrompt : BlockRole::kPersonal;
      continue;
    }
    if (table != nullptr && b.header_cell) {
      b.role = BlockRole::kPrompt;
      continue;
    }
    // A one-column table whose first row asks and whose later rows answer.
    if (table != nullptr && table->columns == 1 && b.row == 0 && WordCount(text) <= 20 &&
        !text.empty() && text.back() != '.') {
      b.role = BlockRole::kPrompt;
      set_prompt(b);
      continue;
    }
    if (table != nullptr && table->details && !b.label.empty() && WordCount(text) <= 15) {
      b.role = BlockRole::kPersonal;
      if (run.prompt == CleanPrompt(b.label)) run.prompt_answered = true;
      continue;
    }
    // A cell of a grid read with its column header ("Group size: 1:1") is content.
    if (table != nullptr && !b.column_header.empty() && table->columns >= 3 &&
        !IsBareAnswer(text) && !HasPhoneNumber(text) && !HasEmailAddress(text)) {
      b.role = BlockRole::kContent;
      if (!run.prompt.empty() && b.label.empty()) b.label = run.prompt;
      continue;
    }
    if (table != nullptr && !b.column_header.empty() && table->columns >= 3 && IsBareAnswer(text) &&
        std::any_of(text.begin(), text.end(), IsDigit)) {
      b.role = BlockRole::kContent;  // "1:1", "30 minutes", "3 pupils" in a provision grid
      if (!run.prompt.empty() && b.label.empty()) b.label = run.prompt;
      continue;
    }
    // A label cell (first column of a label | value row).
    if (table != nullptr && next != nullptr && next->kind == BlockKind::kTableCell &&
        next->table == b.table && next->row == b.row && !next->label.empty() &&
        Trim(next->label) == CleanPrompt(text).substr(0, next->label.size())) {
      b.role = IsGuidance(text, child_names) ? BlockRole::kGuidance : BlockRole::kPrompt;
      if (b.role == BlockRole::kPrompt) set_prompt(b);
      continue;
    }
    if (!b.label.empty() && IsPersonalLabel(b.label)) {
      b.role = BlockRole::kPersonal;
      if (run.prompt == CleanPrompt(b.label)) run.prompt_answered = true;
      continue;
    }
    // A prompt and its answer in one block: "Name of school: Hollin Lane Primary".
    if (size_t colon = text.find(": "); colon != std::string_view::npos && colon < 60 &&
                                         IsPersonalLabel(text.substr(0, colon))) {
      b.role = BlockRole::kPersonal;
      continue;
    }

    // Personal and contact data anywhere.
    if ((HasPhoneNumber(text) || HasEmailAddress(text) || HasPostcode(text) ||
         IsAddressLine(text)) &&
        WordCount(text) <= 30) {
      b.role = BlockRole::kPersonal;
      continue;
    }
    if (IsPersonalLabel(text) && IsLabelLine(std::string(text) + ":")) {
      // A bare personal-details label ("Date of birth") above its value.
      b.role = BlockRole::kPrompt;
      set_prompt(b);
      continue;
    }

    // Guidance, and the examples and points it introduces.
    if (IsGuidance(text, child_names)) {
      b.role = BlockRole::kGuidance;
      run.guidance_list = IntroducesList(text) ? 12 : 0;
      // "If yes, please give details" is the prompt for what follows.
      std::string lower = Lowered(text);
      if (OpensWithAny(lower, kPromptOpenings) && WordCount(text) <= 20 &&
          (text.back() == ':' || text.back() == '?' || CharLimitAt(lower) != std::string::npos ||
           StartsWith(lower, "if ") || StartsWith(lower, "please give") ||
           StartsWith(lower, "please specify") || StartsWith(lower, "please state"))) {
        b.role = BlockRole::kPrompt;
        set_prompt(b);
      }
      continue;
    }
    if (run.guidance_list > 0) {
      bool example = b.kind != BlockKind::kTableCell &&
                     (b.kind == BlockKind::kListItem || StartsWithQuote(text) ||
                      (WordCount(text) <= 40 && !NamesChild(text, child_names)));
      if (example && !NamesChild(text, child_names)) {
        b.role = BlockRole::kGuidance;
        --run.guidance_list;
        continue;
      }
      run.guidance_list = 0;
    }

    // Prompts: questions, labels with a colon or a character limit, "If yes…", and a short line
    // standing just before a table ("Strategies and provision currently in place").
    std::string lower = Lowered(text);
    bool bare = IsBareAnswer(text);
    static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday"};
    for (std::string_view d : kDays) {
      if (lower == d) bare = true;  // a diary's day column: a label, never a statement
    }
    bool short_line = !bare && b.kind == BlockKind::kParagraph && next != nullptr &&
                      WordCount(text) <= 12 && !text.empty() && text.back() != '.' &&
                      text.back() != '!' && !NamesChild(text, child_names);
    if (short_line && (next->kind == BlockKind::kTableCell ||
                       (next->kind == BlockKind::kParagraph &&
                        WordCount(next->text) >= 2 * WordCount(text) + 4))) {
      b.role = BlockRole::kPrompt;
      set_prompt(b);
      continue;
    }
    if (!bare && (IsQuestion(text) || IsLabelLine(text) ||
                  (OpensWithAny(lower, kPromptOpenings) && StartsWith(lower, "if ") &&
                   WordCount(text) <= 15))) {
      // A question in a parent's narrative paragraph is content: a prompt stands alone and is
      // followed by its answer (or by nothing).
      b.role = BlockRole::kPrompt;
      set_prompt(b);
      continue;
    }
    if (bare) {
      b.role = BlockRole::kAnswer;
      if (!run.prompt.empty() && b.label.empty()) b.label = run.prompt;
      if (!b.label.empty()) {
        run.prompt_answered = true;
        ++out.paired_answers;
      }
      continue;
    }
    if (IsLeafletBody(text)) {
      b.role = BlockRole::kLeaflet;
      continue;
    }

    b.role = BlockRole::kContent;
    if (run.known != nullptr && run.known->section) {
      b.prompt_section = run.known->section;
      b.prompt_area = run.known->area;
    }
    if (!run.prompt.empty() && (b.label.empty() || b.kind != BlockKind::kTableCell)) {
      if (b.label.empty()) b.label = run.prompt;
      run.prompt_answered = true;
    } else if (!b.label.empty()) {
      run.prompt_answered = true;
    }
  }
  end_prompt();
  for (const Block& b : doc.blocks) ++out.by_role[static_cast<int>(b.role)];
  return out;
}

}  // namespace ehcp
