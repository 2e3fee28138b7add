#include "tests/output/plan_fixture.h"

#include <cstring>

namespace ehcp::testing {
namespace {

DocumentInfo Doc(std::string id, std::string file, FileFormat format, DocKind kind, int pages,
                 std::string title, std::string author, std::string date) {
  DocumentInfo d;
  d.id = std::move(id);
  d.file = std::move(file);
  d.format = format;
  d.kind = kind;
  d.pages = pages;
  d.title = std::move(title);
  d.author = std::move(author);
  d.date = std::move(date);
  d.content_hash = "0123456789abcdef0123456789abcde" + d.id.substr(1);
  return d;
}

Statement Stmt(std::string id, std::string doc, int page, Section section, Area area,
               std::string text, std::string context) {
  Statement s;
  s.id = std::move(id);
  s.document = std::move(doc);
  s.page = page;
  s.span = {2, 0, text.size()};
  s.text = std::move(text);
  s.context = std::move(context);
  s.section = section;
  s.area = area;
  s.confidence = 0.8;
  s.reasons = {"table label '" + s.context + "'"};
  return s;
}

FlagSpan SpanOf(const Statement& s, const char* words) {
  size_t at = s.text.find(words);
  if (at == std::string::npos) return {s.id, 0, 0};
  return {s.id, at, at + std::strlen(words)};
}

}  // namespace

Plan MakeFixturePlan() {
  Plan plan;
  plan.case_id = "case-0042";
  plan.generated_on = "2025-03-14";
  plan.tool_version = "0.1.0";
  plan.child.name = "Oliver James Pemberton";
  plan.child.preferred_name = "Ollie";
  plan.child.date_of_birth = "2016-05-09";
  plan.child.people = {{"Maisie", "sister"}, {"Mrs Okafor", "class teacher"}};
  plan.child.name_source = "case.json";

  plan.documents = {
      Doc("D1", "Parent views.docx", FileFormat::kDocx, DocKind::kParentViews, 2,
          "Parent and child views", "Mrs K Pemberton, mother", "2025-01-20"),
      Doc("D2", "EP report.pdf", FileFormat::kPdf, DocKind::kEducationalPsychology, 9,
          "Psychological advice", "Dr R Vance, Educational Psychologist", "2025-02-03"),
      Doc("D3", "SaLT advice scan.pdf", FileFormat::kPdf, DocKind::kSpeechLanguage, 4,
          "Speech and language therapy advice", "T Adeyemi, Speech and Language Therapist",
          "2025-02-10"),
  };
  plan.documents[2].recognised_pages = {1, 2, 3, 4};
  plan.documents[2].diagnostics = {{3, "page 3 was recognised with low confidence (61%)"}};

  auto& st = plan.statements;
  st.push_back(
      Stmt("S0001", "D3", 3, Section::kF, Area::kCommunication, kQuantifiedProvision, "Provision"));
  st.back().provision = ProvisionSlots{"speech and language therapy",
                                       "qualified speech and language therapist",
                                       "30 minutes",
                                       "twice weekly",
                                       "",
                                       "1:1",
                                       "",
                                       "30 minutes ... twice weekly",
                                       39.0};
  st.push_back(Stmt("S0002", "D1", 1, Section::kA, Area::kNone, kChildQuote, "Ollie's views"));
  st.push_back(Stmt("S0003", "D2", 2, Section::kB, Area::kCommunication,
                    "Ollie has a diagnosis of ASC and finds it hard to follow multi-step "
                    "instructions.",
                    "Communication and interaction"));
  st.push_back(Stmt("S0004", "D2", 4, Section::kB, Area::kSemh,
                    "Ollie becomes anxious when routines change without warning.",
                    "Social, emotional and mental health"));
  st.push_back(Stmt("S0005", "D2", 5, Section::kC, Area::kNone,
                    "Ollie takes melatonin to help him sleep.", "Health"));
  st.push_back(Stmt("S0006", "D2", 6, Section::kE, Area::kCommunication,
                    "By July 2026 Ollie will follow a two-step instruction in 4 out of 5 lessons.",
                    "Outcomes"));
  st.back().outcome = OutcomeSlots{"By July 2026", "follow a two-step instruction", true};
  st.push_back(Stmt("S0007", "D2", 7, Section::kF, Area::kSemh, kVagueProvision, "Provision"));
  st.back().provision = ProvisionSlots{};
  st.back().provision->what = "social skills group";
  st.push_back(Stmt("S0008", "D3", 4, Section::kG, Area::kNone,
                    "The community paediatrician will review Ollie's sleep every six months.",
                    "Health provision"));
  st.push_back(Stmt("S0009", "D2", 8, Section::kI, Area::kNone, kPlacementText, "Placement"));
  st.push_back(Stmt("S0010", "D2", 1, Section::kNotPlan, Area::kNone, kNotPlanText, ""));

  Flag vague;
  vague.id = "FL001";
  vague.rule = FlagId::kVagueWording;
  vague.severity = Severity::kWarn;
  vague.message = "Provision says 'regular access to' without how often or for how long.";
  vague.basis = "SEND Code of Practice 9.69";
  vague.spans = {SpanOf(st[6], kVagueWords)};
  Flag placement;
  placement.id = "FL002";
  placement.rule = FlagId::kPlacementInDraft;
  placement.severity = Severity::kBlock;
  placement.message = "A school is named; a draft plan must not name a school.";
  placement.basis = "Children and Families Act 2014, section 38(5)";
  placement.spans = {{"S0009", 0, 0}};
  Flag jargon;
  jargon.id = "FL003";
  jargon.rule = FlagId::kJargon;
  jargon.severity = Severity::kInfo;
  jargon.message = "'ASC' is not explained: write 'autism spectrum condition (ASC)'.";
  jargon.basis = "SEND Code of Practice 9.61";
  jargon.spans = {SpanOf(st[2], "ASC")};
  Flag conflict;
  conflict.id = "FL004";
  conflict.rule = FlagId::kConflictingAdvice;
  conflict.severity = Severity::kWarn;
  conflict.message = "D3 and D2 recommend different support for communication: compare them.";
  conflict.basis = "SEND Code of Practice 9.61";
  conflict.spans = {{"S0001", 0, 0}, {"S0007", 0, 0}};
  conflict.resolution = "ask the author";
  conflict.resolution_note = "Emailed both authors";
  Flag missing;
  missing.id = "FL005";
  missing.rule = FlagId::kMissingAdvice;
  missing.severity = Severity::kWarn;
  missing.message = "No social care advice was found: request it or record why it is not needed.";
  missing.basis = "SEND Regulations 2014, regulation 6";
  plan.flags = {vague, placement, jargon, conflict, missing};
  st[0].flags = {"FL004"};
  st[2].flags = {"FL003"};
  st[6].flags = {"FL001", "FL004"};
  st[8].flags = {"FL002"};

  plan.failures = {{"OT report.pdf", 0,
                    "the file is protected by a password; ask the occupational therapist for an "
                    "unlocked copy"}};
  return plan;
}

}  // namespace ehcp::testing
