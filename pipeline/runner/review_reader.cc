#include "pipeline/runner/review_reader.h"

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <vector>

#include "extractors/zip/zip_reader.h"
#include "pipeline/base/text.h"

namespace ehcp {
namespace {

using Row = std::map<int, std::string>;  // column -> text

StatusOr<pugi::xml_document*> Parse(pugi::xml_document& doc, const std::string& xml,
                                    const std::string& what) {
  RETURN_IF_ERROR(ParseXml(xml, what, XmlLimits{}, doc));
  return &doc;
}

// Text of a shared-string or inline-string item: plain <t> or rich-text runs <r><t>.
std::string ItemText(pugi::xml_node si) {
  std::string out;
  for (pugi::xml_node n : si.children()) {
    std::string_view name = n.name();
    if (name == "t") out += n.text().get();
    if (name == "r") out += n.child("t").text().get();
  }
  return out;
}

std::string LocalName(const char* qname) {
  std::string_view s(qname);
  auto pos = s.find(':');
  return std::string(pos == std::string_view::npos ? s : s.substr(pos + 1));
}

pugi::xml_node Child(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_node c : n.children()) {
    if (LocalName(c.name()) == local) return c;
  }
  return {};
}

std::string Attr(pugi::xml_node n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    if (LocalName(a.name()) == local) return a.value();
  }
  return "";
}

// Sheet name -> part path, through xl/workbook.xml and its relationships.
StatusOr<std::map<std::string, std::string>> SheetParts(const PartReader& parts,
                                                        const std::string& name) {
  ASSIGN_OR_RETURN(std::string wb_xml, parts("xl/workbook.xml"));
  ASSIGN_OR_RETURN(std::string rel_xml, parts("xl/_rels/workbook.xml.rels"));
  pugi::xml_document wb, rels;
  RETURN_IF_ERROR(Parse(wb, wb_xml, "'" + name + "' (workbook)").status());
  RETURN_IF_ERROR(Parse(rels, rel_xml, "'" + name + "' (relationships)").status());
  std::map<std::string, std::string> targets;
  for (pugi::xml_node r : Child(rels, "Relationships").children()) {
    std::string target = Attr(r, "Target");
    if (StartsWith(target, "/")) {
      target = target.substr(1);
    } else {
      target = "xl/" + target;
    }
    targets[Attr(r, "Id")] = target;
  }
  std::map<std::string, std::string> out;
  for (pugi::xml_node s : Child(Child(wb, "workbook"), "sheets").children()) {
    std::string rid = Attr(s, "id");
    if (targets.count(rid)) out[Attr(s, "name")] = targets[rid];
  }
  return out;
}

StatusOr<std::vector<std::string>> SharedStrings(const PartReader& parts) {
  std::vector<std::string> out;
  StatusOr<std::string> xml = parts("xl/sharedStrings.xml");
  // Too large to read is a refusal, not an empty table of strings.
  if (!xml.ok() && xml.status().code() == StatusCode::kLimitExceeded) return xml.status();
  if (!xml.ok()) return out;
  pugi::xml_document doc;
  if (!Parse(doc, *xml, "shared strings").ok()) return out;
  for (pugi::xml_node si : Child(doc, "sst").children()) {
    if (LocalName(si.name()) == "si") out.push_back(ItemText(si));
  }
  return out;
}

StatusOr<std::vector<Row>> ReadSheet(const PartReader& parts, const std::string& part,
                                     const std::vector<std::string>& shared,
                                     const std::string& what) {
  ASSIGN_OR_RETURN(std::string xml, parts(part));
  pugi::xml_document doc;
  RETURN_IF_ERROR(Parse(doc, xml, what).status());
  std::vector<Row> rows;
  pugi::xml_node data = Child(Child(doc, "worksheet"), "sheetData");
  for (pugi::xml_node row : data.children()) {
    if (LocalName(row.name()) != "row") continue;
    size_t r = static_cast<size_t>(
        std::max(1, row.attribute("r").as_int(static_cast<int>(rows.size()) + 1)));
    if (r > 1'000'000) return Corrupt(what + " has more rows than a review workbook can");
    if (rows.size() < r) rows.resize(r);
    int next_col = 0;
    for (pugi::xml_node c : row.children()) {
      if (LocalName(c.name()) != "c") continue;
      std::string ref = Attr(c, "r");
      int col = ref.empty() ? next_col : ColumnOf(ref);
      if (col < 0) continue;
      next_col = col + 1;
      std::string type = Attr(c, "t");
      std::string value;
      if (type == "s") {
        long idx = std::strtol(Child(c, "v").text().get(), nullptr, 10);
        if (idx >= 0 && static_cast<size_t>(idx) < shared.size()) {
          value = shared[static_cast<size_t>(idx)];
        } else {
          return Corrupt(what + " refers to a shared string that is missing (cell " + ref + ")");
        }
      } else if (type == "inlineStr") {
        value = ItemText(Child(c, "is"));
      } else {
        value = Child(c, "v").text().get();
      }
      rows[r - 1][col] = value;
    }
  }
  return rows;
}

// Header name (lower case) -> column, from the first row.
std::map<std::string, int> Headers(const std::vector<Row>& rows) {
  std::map<std::string, int> out;
  if (rows.empty()) return out;
  for (const auto& [col, text] : rows[0]) out[ToLowerAscii(Trim(text))] = col;
  return out;
}

std::string Cell(const Row& row, const std::map<std::string, int>& headers,
                 const std::string& header) {
  auto h = headers.find(header);
  if (h == headers.end()) return "";
  auto c = row.find(h->second);
  return c == row.end() ? "" : std::string(Trim(c->second));
}

}  // namespace

int ColumnOf(std::string_view ref) {
  int col = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
    col = col * 26 + (ref[i] - 'A' + 1);
    if (col > 16384) return -1;
  }
  if (i == 0) return -1;
  return col - 1;
}

StatusOr<ReviewDecisions> ReadReviewWorkbook(const PartReader& parts, const std::string& name) {
  auto not_review = InvalidArgument(
      "'" + name +
      "' is not an ehcp review workbook (no 'Statements' sheet with an 'id' column): use the "
      "review.xlsx written by 'ehcp draft'");
  StatusOr<std::map<std::string, std::string>> sheets = SheetParts(parts, name);
  if (!sheets.ok()) {
    if (sheets.status().code() == StatusCode::kNotFound) return not_review;
    return sheets.status().WithContext("'" + name + "' could not be read");
  }
  auto st = sheets->find("Statements");
  if (st == sheets->end()) return not_review;
  ASSIGN_OR_RETURN(std::vector<std::string> shared, SharedStrings(parts));
  ASSIGN_OR_RETURN(std::vector<Row> rows,
                   ReadSheet(parts, st->second, shared, "'" + name + "' sheet Statements"));
  auto headers = Headers(rows);
  if (!headers.count("id")) return not_review;

  ReviewDecisions out;
  // Values the tool does not know: each is named (sheet, row, value) and nothing is applied.
  std::vector<std::string> unknown;
  auto refuse = [&](const char* sheet, size_t i, const std::string& id, const char* column,
                    const std::string& value, const char* allowed) {
    unknown.push_back("sheet " + std::string(sheet) + ", row " + std::to_string(i + 1) + " (" + id +
                      "): " + column + " '" + Abbreviated(value, 60) + "' is not one of " +
                      allowed);
  };
  for (size_t i = 1; i < rows.size(); ++i) {
    std::string id = Cell(rows[i], headers, "id");
    if (id.empty()) continue;
    StatementDecision d;
    d.statement = id;
    std::string decision = Cell(rows[i], headers, "decision");
    if (IsUnknownDecision(decision)) {
      refuse("Statements", i, id, "Decision", decision, "accept, edit, move, reject");
    }
    d.decision = ParseDecision(decision);
    d.edited_text = Cell(rows[i], headers, "edited text");
    d.move_to = Cell(rows[i], headers, "move to section");
    d.note = Cell(rows[i], headers, "reviewer note");
    out.statements.push_back(std::move(d));
  }
  auto fl = sheets->find("Flags");
  if (fl != sheets->end()) {
    ASSIGN_OR_RETURN(std::vector<Row> frows,
                     ReadSheet(parts, fl->second, shared, "'" + name + "' sheet Flags"));
    auto fh = Headers(frows);
    for (size_t i = 1; i < frows.size(); ++i) {
      std::string id = Cell(frows[i], fh, "id");
      if (id.empty()) continue;
      std::string res = Cell(frows[i], fh, "resolution");
      if (!CanonicalResolution(res)) {
        refuse("Flags", i, id, "Resolution", res,
               "fixed, accepted with reason, ask the author, not an issue");
      }
      out.flags.push_back({id, res, Cell(frows[i], fh, "note")});
    }
  }
  auto co = sheets->find("Conflicts");
  if (co != sheets->end()) {
    ASSIGN_OR_RETURN(std::vector<Row> crows,
                     ReadSheet(parts, co->second, shared, "'" + name + "' sheet Conflicts"));
    auto ch = Headers(crows);
    for (size_t i = 1; i < crows.size(); ++i) {
      std::string id = Cell(crows[i], ch, "id");
      if (id.empty()) continue;
      std::string decision = Cell(crows[i], ch, "decision");
      if (!CanonicalConflictDecision(decision)) {
        refuse("Conflicts", i, id, "Decision", decision,
               "include both, prefer one with reason, ask the authors");
      }
      out.conflicts.push_back({id, decision, Cell(crows[i], ch, "note")});
    }
  }
  if (!unknown.empty()) {
    std::string list;
    for (size_t k = 0; k < unknown.size() && k < 20; ++k) list += (k ? "; " : " ") + unknown[k];
    if (unknown.size() > 20) list += "; and " + std::to_string(unknown.size() - 20) + " more";
    return InvalidArgument("'" + name + "' holds " + std::to_string(unknown.size()) +
                           " value(s) ehcp does not know, so none of its decisions were "
                           "applied: choose from the cell's list and apply again:" +
                           list);
  }
  // The Summary sheet says which case and draft the workbook was written for.
  if (auto su = sheets->find("Summary"); su != sheets->end()) {
    StatusOr<std::vector<Row>> srows =
        ReadSheet(parts, su->second, shared, "'" + name + "' sheet Summary");
    if (srows.ok()) {
      for (const Row& r : *srows) {
        auto key = r.find(0), value = r.find(1);
        if (key == r.end() || value == r.end()) continue;
        std::string k = ToLowerAscii(Trim(key->second));
        if (k == "case") out.case_id = std::string(Trim(value->second));
        if (k == "draft fingerprint") out.draft_fingerprint = std::string(Trim(value->second));
      }
    }
  }
  return out;
}

StatusOr<ReviewDecisions> ReadReviewDecisions(std::string_view xlsx_bytes, const std::string& name,
                                              const ExtractOptions& limits) {
  // A review workbook holds short cells: no part of one written by ehcp comes near 16 MB, and
  // Excel itself keeps at most 32,767 characters in a cell. Larger parts are refused before they
  // are inflated or parsed (and while inflating, should the declared size lie), so a small file
  // holding one huge string cannot exhaust memory.
  constexpr uint64_t kMaxPartBytes = 16ull << 20;
  ZipLimits zip_limits = ZipLimitsFrom(limits);
  zip_limits.max_entry_bytes = std::min(zip_limits.max_entry_bytes, kMaxPartBytes);
  zip_limits.max_total_bytes = std::min(zip_limits.max_total_bytes, 4 * kMaxPartBytes);
  StatusOr<std::unique_ptr<ZipReader>> zip = ZipReader::Open(xlsx_bytes, name, zip_limits);
  if (!zip.ok()) {
    if (zip.status().code() == StatusCode::kCorrupt) {
      return InvalidArgument("'" + name +
                             "' is not an Excel workbook (.xlsx): " + zip.status().message());
    }
    return zip.status();
  }
  ZipReader& reader = **zip;
  for (const ZipEntry& e : reader.entries()) {
    if (e.size > kMaxPartBytes) {
      return LimitExceeded("'" + name + "' holds a part ('" + e.name + "') of " +
                           std::to_string(e.size >> 20) +
                           " MB, far more than a review workbook's cells can hold (16 MB at "
                           "most): it is not a review workbook written by ehcp, or it was "
                           "damaged; use the review.xlsx from the case's output folder");
    }
  }
  PartReader parts = [&reader](const std::string& part) { return reader.Read(part); };
  return ReadReviewWorkbook(parts, name);
}

}  // namespace ehcp
