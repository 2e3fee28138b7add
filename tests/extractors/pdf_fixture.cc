#include "tests/extractors/pdf_fixture.h"

#include <cstdio>
#include <sstream>

namespace ehcp::testing {
namespace {

constexpr double kPageWidth = 595;
constexpr double kPageHeight = 842;

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string ContentStream(const PdfFixturePage& page) {
  std::string s;
  for (const PdfRun& r : page.runs) {
    if (r.artifact) {
      s += "/Artifact BMC ";
    } else if (r.mcid >= 0) {
      s += "/P << /MCID " + std::to_string(r.mcid) + " >> BDC ";
    }
    s += "BT /" + std::string(r.bold ? "F2" : "F1") + " " + Num(r.size) + " Tf 1 0 0 1 " +
         Num(r.x) + " " + Num(kPageHeight - r.y) + " Tm (" + Escape(r.text) + ") Tj ET";
    s += r.artifact || r.mcid >= 0 ? " EMC\n" : "\n";
  }
  return s;
}

// Collects numbered objects and writes them with an xref table.
class Writer {
 public:
  int Reserve() { return ++count_; }
  void Set(int id, std::string body) {
    if (static_cast<size_t>(id) > bodies_.size()) bodies_.resize(id);
    bodies_[id - 1] = std::move(body);
  }
  std::string Finish(int root, const std::string& extra_trailer) {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets(bodies_.size());
    // Write objects in reverse id order so the catalogue (id 1) and page tree come last.
    for (size_t k = bodies_.size(); k-- > 0;) {
      offsets[k] = out.size();
      out += std::to_string(k + 1) + " 0 obj\n" + bodies_[k] + "\nendobj\n";
    }
    size_t xref = out.size();
    out += "xref\n0 " + std::to_string(bodies_.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
      char buf[24];
      std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
      out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(bodies_.size() + 1) + " /Root " +
           std::to_string(root) + " 0 R " + extra_trailer + ">>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
  }

 private:
  int count_ = 0;
  std::vector<std::string> bodies_;
};

// Replaces every "{KEY:N}" in `body` with "ids[N - base] 0 R".
std::string Resolve(std::string body, const std::string& key, const std::vector<int>& ids,
                    int base) {
  const std::string open = "{" + key + ":";
  for (size_t at = body.find(open); at != std::string::npos; at = body.find(open, at)) {
    size_t close = body.find('}', at);
    int n = std::stoi(body.substr(at + open.size(), close - at - open.size())) - base;
    std::string ref = std::to_string(ids.at(static_cast<size_t>(n))) + " 0 R";
    body.replace(at, close - at + 1, ref);
    at += ref.size();
  }
  return body;
}

std::string Build(const std::vector<PdfFixturePage>& pages, const std::string& encrypt,
                  const std::vector<std::string>& struct_objects = {}) {
  Writer w;
  int catalog = w.Reserve();
  int tree = w.Reserve();
  int f1 = w.Reserve();
  int f2 = w.Reserve();
  w.Set(f1, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  w.Set(f2,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  std::string kids;
  std::vector<int> page_ids;
  for (const PdfFixturePage& p : pages) {
    int page = w.Reserve();
    page_ids.push_back(page);
    int content = w.Reserve();
    std::string stream = ContentStream(p);
    w.Set(content,
          "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "endstream");
    w.Set(page, "<< /Type /Page /Parent " + std::to_string(tree) +
                    " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
                    std::to_string(f1) + " 0 R /F2 " + std::to_string(f2) +
                    " 0 R >> >> /Contents " + std::to_string(content) + " 0 R >>");
    kids += std::to_string(page) + " 0 R ";
  }
  w.Set(tree,
        "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>");
  std::string tagged;
  if (!struct_objects.empty()) {
    std::vector<int> ids;
    for (size_t i = 0; i < struct_objects.size(); ++i) ids.push_back(w.Reserve());
    for (size_t i = 0; i < struct_objects.size(); ++i) {
      w.Set(ids[i], Resolve(Resolve(struct_objects[i], "obj", ids, 0), "page", page_ids, 1));
    }
    tagged = "/MarkInfo << /Marked true >> /StructTreeRoot " + std::to_string(ids[0]) + " 0 R ";
  }
  w.Set(catalog, "<< /Type /Catalog /Pages " + std::to_string(tree) + " 0 R " + tagged + ">>");
  std::string trailer;
  if (!encrypt.empty()) {
    int enc = w.Reserve();
    w.Set(enc, encrypt);
    trailer = "/Encrypt " + std::to_string(enc) +
              " 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
  }
  return w.Finish(catalog, trailer);
}

}  // namespace

std::string MakePdf(const std::vector<PdfFixturePage>& pages) { return Build(pages, ""); }

std::string MakeTaggedPdf(const std::vector<PdfFixturePage>& pages,
                          const std::vector<std::string>& struct_objects) {
  return Build(pages, "", struct_objects);
}

std::string MakeEncryptedPdf() {
  // RC4 40-bit standard handler whose /U entry does not match the empty password, so a reader
  // must ask for a password. The content need not be encrypted: it is never reached.
  const std::string hex32(64, 'A');
  std::string enc = "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + hex32 + "> /U <" +
                    std::string(64, '5') + "> >>";
  PdfFixturePage page;
  page.runs.push_back({60, 100, 11, false, "Secret text"});
  return Build({page}, enc);
}

std::vector<std::string> WrapText(const std::string& text, double width, double size) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string word, line;
  const double per_char = 0.55 * size;
  while (in >> word) {
    std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && candidate.size() * per_char > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

}  // namespace ehcp::testing

// Rendering a page makes poppler initialise fontconfig, which keeps a few hundred bytes for the
// life of the process. LeakSanitizer reads this hook in sanitizer builds; elsewhere it is an
// unused function.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
