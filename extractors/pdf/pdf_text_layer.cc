#include "extractors/pdf/pdf_text_layer.h"

// Poppler's core headers (libpoppler-private-dev).
#include <Catalog.h>
#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <Object.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>
#include <goo/GooString.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "pipeline/base/text.h"

namespace ehcp {
namespace {

// Parts of a font name that mean a bold face ("Arial-BoldMT", "ABCDEF+Calibri,Bold").
constexpr std::array<std::string_view, 6> kBoldMarks = {"bold",     "black", "heavy",
                                                        "semibold", "demi",  "extrabold"};

bool IsBoldFont(const TextFontInfo* font) {
  if (font == nullptr) return false;
  // By name only, as poppler-cpp gave it: the descriptor's ForceBold flag is set on fonts that
  // are not bold to look at, and would turn body text into headings.
  const GooString* name = font->getFontName();
  if (name == nullptr) return false;
  std::string_view n(name->c_str(), static_cast<size_t>(name->getLength()));
  return std::any_of(kBoldMarks.begin(), kBoldMarks.end(),
                     [&](std::string_view m) { return ContainsIgnoreCase(n, m); });
}

// TextWord::getText() hands over a GooString the caller owns (Poppler 22); later Poppler
// versions return it in a unique_ptr. Both become a std::string here.
[[maybe_unused]] std::string TakeText(GooString* text) {
  std::unique_ptr<GooString> owned(text);
  return owned ? owned->toStr() : std::string();
}
[[maybe_unused]] std::string TakeText(std::unique_ptr<GooString> text) {
  return text ? text->toStr() : "";
}

// The extractor reports problems itself (as diagnostics naming the file and page).
void IgnorePopplerError(ErrorCategory /*category*/, Goffset /*pos*/, const char* /*message*/) {}

// Poppler 22 creates a process-wide sRGB colour profile (GfxState::sRGBProfile) the first time
// any graphics state is made, reading text or rendering, without a lock: two documents starting
// on two threads would race on it (ThreadSanitizer shows it). The first state is made here, once,
// before any page is read; call_once makes every other thread wait until it exists.
void MakeFirstGraphicsStateOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    GlobalParamsIniter params(IgnorePopplerError);
    PDFRectangle box(0, 0, 1, 1);
    GfxState state(72, 72, &box, 0, true);
  });
}

// Poppler's text engine, also noting which marked content each character is drawn in. TextPage
// numbers the characters of a page by their position in the content stream (TextWord::
// getCharPos); the same count is kept here from the calls that advance it (drawChar and
// incCharCount), with the marked-content id in force from each position on. One pass over the
// page gives both the words and their marks.
class MarkedTextOutputDev final : public TextOutputDev {
 public:
  MarkedTextOutputDev()
      : TextOutputDev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                      /*append=*/false) {}

  void startPage(int page, GfxState* state, XRef* xref) override {
    TextOutputDev::startPage(page, state, xref);
    pos_ = 0;
    stack_.clear();
    forms_ = 0;
    marks_.assign(1, {0, kPdfNoMcid});
  }
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double ox, double oy,
                CharCode c, int bytes, const Unicode* u, int ulen) override {
    TextOutputDev::drawChar(state, x, y, dx, dy, ox, oy, c, bytes, u, ulen);
    pos_ += bytes;
  }
  void incCharCount(int chars) override {
    TextOutputDev::incCharCount(chars);
    pos_ += chars;
  }
  void beginForm(Ref id) override {
    TextOutputDev::beginForm(id);
    ++forms_;
  }
  void endForm(Ref id) override {
    TextOutputDev::endForm(id);
    if (forms_ > 0) --forms_;
  }
  void beginMarkedContent(const char* name, Dict* properties) override {
    TextOutputDev::beginMarkedContent(name, properties);
    int mark = Current();
    if (name != nullptr && std::strcmp(name, "Artifact") == 0) {
      mark = kPdfArtifact;
    } else if (mark != kPdfArtifact && properties != nullptr) {
      Object mcid = properties->lookup("MCID");
      if (mcid.isInt() && mcid.getInt() >= 0) mark = forms_ > 0 ? kPdfFormMcid : mcid.getInt();
    }
    stack_.push_back(mark);
    Mark();
  }
  void endMarkedContent(GfxState* state) override {
    TextOutputDev::endMarkedContent(state);
    if (!stack_.empty()) stack_.pop_back();
    Mark();
  }

  // The mark in force at content position `pos`.
  int MarkAt(int pos) const {
    auto it = std::upper_bound(marks_.begin(), marks_.end(), pos,
                               [](int p, const std::pair<int, int>& m) { return p < m.first; });
    return it == marks_.begin() ? kPdfNoMcid : std::prev(it)->second;
  }

 private:
  int Current() const { return stack_.empty() ? kPdfNoMcid : stack_.back(); }
  void Mark() {
    int mark = Current();
    if (marks_.back().second == mark) return;
    if (marks_.back().first == pos_) {
      marks_.back().second = mark;
    } else {
      marks_.emplace_back(pos_, mark);
    }
  }

  int pos_ = 0;
  int forms_ = 0;           // form XObjects being drawn
  std::vector<int> stack_;  // the mark of each open marked-content sequence
  std::vector<std::pair<int, int>> marks_{{0, kPdfNoMcid}};  // (from position, mark), ascending
};

// Reads the words of one page through `dev`; `marks`, when given, sets each word's mcid and order.
std::vector<PdfWord> ReadWords(PDFDoc& doc, int index, TextOutputDev& dev,
                               const MarkedTextOutputDev* marks) {
  std::vector<PdfWord> words;
  if (index < 0 || index >= doc.getNumPages() || !dev.isOk()) return words;
  // The same settings as poppler-cpp's page::text_list(): 72 dpi (so units are points), no
  // rotation, the crop box, reading order rather than physical layout.
  doc.displayPageSlice(&dev, index + 1, 72, 72, 0, /*useMediaBox=*/false, /*crop=*/false,
                       /*printing=*/false, -1, -1, -1, -1);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  if (!list) return words;
  int n = list->getLength();
  words.reserve(static_cast<size_t>(std::max(n, 0)));
  // A page uses a handful of fonts: judge each once.
  std::vector<std::pair<const TextFontInfo*, bool>> bold;
  auto is_bold = [&](const TextFontInfo* font) {
    for (const auto& [f, b] : bold) {
      if (f == font) return b;
    }
    bold.emplace_back(font, IsBoldFont(font));
    return bold.back().second;
  };
  for (int i = 0; i < n; ++i) {
    const TextWord* word = list->get(i);
    if (word == nullptr || word->getLength() <= 0) continue;
    PdfWord w;
    w.text = TakeText(word->getText());
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word->getBBox(&x0, &y0, &x1, &y1);
    w.box = {x0, y0, x1, y1};
    w.size = word->getFontSize();
    w.bold = is_bold(word->getFontInfo(0));
    if (marks != nullptr) {
      w.order = word->getCharPos();
      w.mcid = marks->MarkAt(w.order);
    }
    words.push_back(std::move(w));
  }
  return words;
}

// The structure tree is read straight from its objects rather than through Poppler's
// StructTreeRoot, which also parses the parent tree, every attribute and every string of every
// element, and recurses without a depth limit: on a 100-page tagged form that costs about as much
// again as this reader, which fetches each element once, keeps what the blocks need and stops at
// kMaxTreeDepth.
constexpr int kMaxTreeDepth = 200;
constexpr size_t kMaxTreeElements = 1'000'000;
constexpr int kMaxRoleMapSteps = 16;

struct TypeName {
  std::string_view name;
  PdfStructType type;
  int level;
};
// The standard structure types (PDF 1.7 and 2.0). Anything else goes through the RoleMap, and
// a type that maps to none of these is read as a grouping element (its content is kept).
constexpr auto kTypes = std::to_array<TypeName>({
    {"Document", PdfStructType::kGroup, 0},
    {"DocumentFragment", PdfStructType::kGroup, 0},
    {"Part", PdfStructType::kGroup, 0},
    {"Art", PdfStructType::kGroup, 0},
    {"Sect", PdfStructType::kGroup, 0},
    {"Div", PdfStructType::kGroup, 0},
    {"NonStruct", PdfStructType::kGroup, 0},
    {"Private", PdfStructType::kGroup, 0},
    {"TOC", PdfStructType::kGroup, 0},
    {"Index", PdfStructType::kGroup, 0},
    {"Form", PdfStructType::kGroup, 0},
    {"Aside", PdfStructType::kGroup, 0},
    {"P", PdfStructType::kParagraph, 0},
    {"BlockQuote", PdfStructType::kParagraph, 0},
    {"Caption", PdfStructType::kParagraph, 0},
    {"Note", PdfStructType::kParagraph, 0},
    {"FENote", PdfStructType::kParagraph, 0},
    {"TOCI", PdfStructType::kParagraph, 0},
    {"Formula", PdfStructType::kParagraph, 0},
    {"Title", PdfStructType::kParagraph, 0},
    {"H", PdfStructType::kHeading, 1},
    {"H1", PdfStructType::kHeading, 1},
    {"H2", PdfStructType::kHeading, 2},
    {"H3", PdfStructType::kHeading, 3},
    {"H4", PdfStructType::kHeading, 4},
    {"H5", PdfStructType::kHeading, 5},
    {"H6", PdfStructType::kHeading, 6},
    {"Span", PdfStructType::kInline, 0},
    {"Quote", PdfStructType::kInline, 0},
    {"Reference", PdfStructType::kInline, 0},
    {"BibEntry", PdfStructType::kInline, 0},
    {"Code", PdfStructType::kInline, 0},
    {"Link", PdfStructType::kInline, 0},
    {"Annot", PdfStructType::kInline, 0},
    {"Ruby", PdfStructType::kInline, 0},
    {"RB", PdfStructType::kInline, 0},
    {"RT", PdfStructType::kInline, 0},
    {"RP", PdfStructType::kInline, 0},
    {"Warichu", PdfStructType::kInline, 0},
    {"WT", PdfStructType::kInline, 0},
    {"WP", PdfStructType::kInline, 0},
    {"Em", PdfStructType::kInline, 0},
    {"Strong", PdfStructType::kInline, 0},
    {"Sub", PdfStructType::kInline, 0},
    {"L", PdfStructType::kList, 0},
    {"LI", PdfStructType::kListItem, 0},
    {"Lbl", PdfStructType::kListLabel, 0},
    {"LBody", PdfStructType::kListBody, 0},
    {"Table", PdfStructType::kTable, 0},
    {"THead", PdfStructType::kTableHead, 0},
    {"TBody", PdfStructType::kTableBody, 0},
    {"TFoot", PdfStructType::kTableBody, 0},
    {"TR", PdfStructType::kRow, 0},
    {"TH", PdfStructType::kHeaderCell, 0},
    {"TD", PdfStructType::kCell, 0},
    {"Figure", PdfStructType::kFigure, 0},
    {"Artifact", PdfStructType::kGroup, -1},
});

const TypeName* StandardType(std::string_view name) {
  for (const TypeName& t : kTypes) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

// Copies the structure tree's elements into a PdfStructTree.
class TreeReader {
 public:
  TreeReader(PDFDoc& doc, const Object& root, PdfStructTree& out)
      : xref_(doc.getXRef()),
        out_(out),
        seen_(static_cast<size_t>(std::max(xref_->getNumObjects(), 0)), 0) {
    role_map_ = root.dictLookup("RoleMap");
    Catalog* catalog = doc.getCatalog();
    int n = catalog->getNumPages();
    for (int i = 1; i <= n; ++i) {
      if (const Ref* r = catalog->getPageRef(i)) pages_.emplace(*r, i);
    }
  }

  // Reads `kids` (a /K value: an element, marked content, or an array of them) into `into`
  // (the roots when null), on page `page` unless an item names its own.
  void ReadKids(const Object& kids, std::vector<PdfStructKid>* into, int page, int depth) {
    if (kids.isArray()) {
      int n = kids.arrayGetLength();
      for (int i = 0; i < n; ++i) {
        const Object& k = kids.arrayGetNF(i);
        ReadKid(k, into, page, depth);
      }
    } else {
      ReadKid(kids, into, page, depth);
    }
  }

 private:
  void ReadKid(const Object& kid, std::vector<PdfStructKid>* into, int page, int depth) {
    if (kid.isInt()) {
      if (into != nullptr && kid.getInt() >= 0) into->push_back({-1, page, kid.getInt()});
      return;
    }
    Object fetched;
    const Object* d = &kid;
    if (kid.isRef()) {
      // Each object is read once: a cycle, or an element listed twice, stops here.
      int num = kid.getRefNum();
      if (num < 0 || static_cast<size_t>(num) >= seen_.size() || seen_[static_cast<size_t>(num)]) {
        return;
      }
      seen_[static_cast<size_t>(num)] = 1;
      fetched = xref_->fetch(kid.getRef());
      d = &fetched;
    }
    if (!d->isDict()) return;
    Object s = d->dictLookup("S");
    if (!s.isName()) {
      // Marked content given by reference (MCR) or an object reference (OBJR).
      Object mcid = d->dictLookup("MCID");
      if (into == nullptr || !mcid.isInt() || mcid.getInt() < 0) return;
      // Marked content in a form XObject's own stream (/Stm) is not the page's MCID.
      if (d->dictLookupNF("Stm").isRef()) return;
      into->push_back({-1, PageOf(*d, page), mcid.getInt()});
      return;
    }
    if (depth > kMaxTreeDepth || out_.elements.size() >= kMaxTreeElements) return;
    int level = 0;
    PdfStructType type = Resolve(s.getName(), level);
    if (level < 0) return;  // an Artifact element: page furniture
    int index = static_cast<int>(out_.elements.size());
    out_.elements.emplace_back();
    PdfStructElement el;
    el.type = type;
    el.heading_level = level;
    if (type == PdfStructType::kHeaderCell || type == PdfStructType::kCell) ReadSpans(*d, el);
    int own_page = PageOf(*d, page);
    ReadKids(d->dictLookupNF("K"), &el.kids, own_page, depth + 1);
    out_.elements[static_cast<size_t>(index)] = std::move(el);
    if (into != nullptr) {
      into->push_back({index, 0, -1});
    } else {
      out_.roots.push_back(index);
    }
  }

  PdfStructType Resolve(const char* name, int& level) const {
    std::string n = name;
    for (int step = 0; step < kMaxRoleMapSteps; ++step) {
      if (const TypeName* t = StandardType(n)) {
        level = t->level;
        return t->type;
      }
      if (!role_map_.isDict()) break;
      Object mapped = role_map_.dictLookup(n.c_str());
      if (!mapped.isName()) break;
      n = mapped.getName();
    }
    level = 0;
    return PdfStructType::kGroup;
  }

  // /ColSpan and /RowSpan from the table attributes (/A: a dictionary or an array of them).
  void ReadSpans(const Object& d, PdfStructElement& el) const {
    Object a = d.dictLookup("A");
    auto read = [&](const Object& attrs) {
      if (!attrs.isDict()) return;
      Object cs = attrs.dictLookup("ColSpan");
      if (cs.isInt()) el.col_span = std::clamp(cs.getInt(), 1, 1000);
      Object rs = attrs.dictLookup("RowSpan");
      if (rs.isInt()) el.row_span = std::clamp(rs.getInt(), 1, 1000);
    };
    if (a.isArray()) {
      for (int i = 0; i < a.arrayGetLength() && i < 16; ++i) read(a.arrayGet(i));
    } else {
      read(a);
    }
  }

  int PageOf(const Object& d, int inherited) const {
    const Object& pg = d.dictLookupNF("Pg");
    if (!pg.isRef()) return inherited;
    auto it = pages_.find(pg.getRef());
    return it == pages_.end() ? 0 : it->second;
  }

  XRef* xref_;
  PdfStructTree& out_;
  std::vector<char> seen_;
  Object role_map_;
  std::map<Ref, int> pages_;
};

class PopplerTextLayer final : public PdfTextLayer {
 public:
  explicit PopplerTextLayer(std::string_view bytes)
      // MemStream reads the caller's bytes in place: it does not copy or free them.
      : doc_(new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull))) {}

  bool ok() const { return doc_.isOk(); }

  std::vector<PdfWord> Words(int index) const override {
    TextOutputDev dev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                      /*append=*/false);
    return ReadWords(doc_, index, dev, nullptr);
  }

  std::vector<PdfWord> MarkedWords(int index) const override {
    MarkedTextOutputDev dev;
    return ReadWords(doc_, index, dev, &dev);
  }

  std::optional<PdfStructTree> StructureTree() const override {
    XRef* xref = doc_.getXRef();
    Catalog* catalog = doc_.getCatalog();
    if (xref == nullptr || catalog == nullptr || !catalog->isOk()) return std::nullopt;
    Object root = xref->getCatalog().dictLookup("StructTreeRoot");
    if (!root.isDict()) return std::nullopt;
    PdfStructTree tree;
    TreeReader reader(doc_, root, tree);
    reader.ReadKids(root.dictLookupNF("K"), nullptr, 0, 0);
    if (tree.elements.empty()) return std::nullopt;
    return tree;
  }

 private:
  // Poppler's process-wide settings live while any document is open; poppler-cpp counts its
  // own documents the same way, so the two share them. The first holder sets the error callback.
  GlobalParamsIniter params_{IgnorePopplerError};
  // displayPageSlice is not const in Poppler, though reading a page changes no visible state.
  mutable PDFDoc doc_;
};

}  // namespace

std::unique_ptr<PdfTextLayer> PdfTextLayer::Open(std::string_view bytes) {
  if (bytes.size() > static_cast<size_t>(INT_MAX)) return nullptr;
  MakeFirstGraphicsStateOnce();
  auto layer = std::make_unique<PopplerTextLayer>(bytes);
  if (!layer->ok()) return nullptr;
  return layer;
}

}  // namespace ehcp
