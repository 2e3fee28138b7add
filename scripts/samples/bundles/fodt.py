"""A small Writer document model for the Northfold advice bundles.

Every block of text (paragraph, list item, heading, table cell paragraph) is written to a Flat
ODT file AND recorded as a label (what the text is: kind, plan section, area of need), so the
documents and their labels come from one source and cannot drift. Page numbers are filled in
after LibreOffice has laid the document out (build.py).
"""

import html
import re

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
)


def pstyle(name, display, parent, para="", text="", extra=""):
    disp = f' style:display-name="{display}"' if display else ""
    return (f'<style:style style:name="{name}"{disp} style:family="paragraph" '
            f'style:parent-style-name="{parent}" {extra}>'
            f'<style:paragraph-properties {para}/><style:text-properties {text}/></style:style>')


STYLES = "".join([
    ' <office:font-face-decls>',
    '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss" style:font-pitch="variable"/>',
    '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" style:font-family-generic="swiss" style:font-pitch="variable"/>',
    '</office:font-face-decls><office:styles>',
    '<style:default-style style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb"/>'
    '<style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>',
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="115%"/></style:style>',
    pstyle("Title", "", "Standard", 'fo:margin-bottom="0.3cm"', 'fo:font-size="16pt" fo:font-weight="bold" fo:color="#1d4e3a"', 'style:class="chapter"'),
    pstyle("Subtitle", "", "Standard", 'fo:margin-bottom="0.3cm"', 'fo:font-size="12.5pt" fo:color="#1d4e3a"', 'style:class="chapter"'),
    pstyle("Heading_20_1", "Heading 1", "Standard", 'fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', 'fo:font-size="13.5pt" fo:font-weight="bold" fo:color="#1d4e3a"', 'style:default-outline-level="1" style:class="text"'),
    pstyle("Heading_20_1_20_Break", "Heading 1 Break", "Heading_20_1", 'fo:break-before="page"', "", 'style:default-outline-level="1" style:class="text"'),
    pstyle("Heading_20_2", "Heading 2", "Standard", 'fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"', 'fo:font-size="12pt" fo:font-weight="bold" fo:color="#2f6b4f"', 'style:default-outline-level="2" style:class="text"'),
    pstyle("Heading_20_3", "Heading 3", "Standard", 'fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"', 'fo:font-size="11pt" fo:font-weight="bold"', 'style:default-outline-level="3" style:class="text"'),
    pstyle("Guidance", "", "Standard", "", 'fo:font-style="italic" fo:color="#505050" fo:font-size="10pt"'),
    pstyle("Example", "", "Guidance", 'fo:margin-left="0.6cm"', ""),
    pstyle("Notice", "", "Standard", "", 'fo:color="#404040" fo:font-size="8.5pt"'),
    pstyle("Leaflet", "", "Standard", "", 'fo:font-size="10.5pt"'),
    pstyle("Table_20_Contents", "Table Contents", "Standard", 'fo:margin-bottom="0.08cm" fo:line-height="110%"', "", 'style:class="extra"'),
    pstyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "", 'fo:font-weight="bold"', 'style:class="extra"'),
    pstyle("Prompt", "", "Table_20_Contents", "", 'fo:font-weight="bold" fo:font-size="10.5pt"'),
    pstyle("CellGuidance", "", "Table_20_Contents", "", 'fo:font-style="italic" fo:color="#505050" fo:font-size="9.5pt"'),
    pstyle("Small_20_Cell", "Small Cell", "Table_20_Contents", 'fo:margin-bottom="0cm" fo:line-height="100%"', 'fo:font-size="7.5pt"'),
    pstyle("Small_20_Head", "Small Head", "Small_20_Cell", "", 'fo:font-weight="bold"'),
    pstyle("List_20_Paragraph", "List Paragraph", "Standard", 'fo:margin-bottom="0.1cm"', "", 'style:class="list"'),
    pstyle("Header", "", "Standard", 'fo:text-align="center" fo:margin-bottom="0cm"', 'fo:font-size="8.5pt" fo:color="#404040"', 'style:class="extra"'),
    pstyle("Footer", "", "Standard", 'fo:text-align="center" fo:margin-bottom="0cm"', 'fo:font-size="8.5pt" fo:color="#404040"', 'style:class="extra"'),
    '<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="&#8226;">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>'
    '</style:list-level-properties></text:list-level-style-bullet></text:list-style>',
    '<text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>'
    '</style:list-level-properties></text:list-level-style-number></text:list-style>',
    '</office:styles>',
])

AUTO = [
    '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
    '<style:style style:name="RowSplit" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>',
    '<style:style style:name="RowTall" style:family="table-row"><style:table-row-properties style:min-row-height="3cm" fo:keep-together="always"/></style:style>',
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.18cm" fo:border="0.5pt solid #000000"/></style:style>',
    '<style:style style:name="CellShade" style:family="table-cell"><style:table-cell-properties fo:padding="0.18cm" fo:border="0.5pt solid #000000" fo:background-color="#dde9e1"/></style:style>',
    '<style:style style:name="CellTight" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>',
    '<style:style style:name="CellTightShade" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000" fo:background-color="#dde9e1"/></style:style>',
    '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="2pt"/></style:style>',
]

KINDS = {"content", "background", "prompt", "answer", "guidance", "example", "personal", "contact",
         "leaflet", "furniture", "heading", "title", "signature"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class P:
    """One paragraph of text with its label. None fields inherit the slot's defaults."""

    def __init__(self, text, kind=None, sec=None, area=None, dup="", note="", style=None):
        self.text, self.kind, self.sec, self.area = text, kind, sec, area
        self.dup, self.note, self.style = dup, note, style

    def resolved(self, kind, sec="", area=""):
        return P(self.text, self.kind or kind, self.sec if self.sec is not None else sec,
                 self.area if self.area is not None else area, self.dup, self.note, self.style)


def as_p(x, kind, sec="", area=""):
    if isinstance(x, P):
        return x.resolved(kind, sec, area)
    return P(x, kind, sec, area)


class Doc:
    def __init__(self, file, title, header, footer_extra=None):
        self.file = file
        self.title_text = title
        self.header = header  # list of lines (furniture)
        self.footer_extra = footer_extra or []
        self.body = []
        self.labels = []
        self.auto = []
        self.ntables = 0
        self.h1_break = False
        self.h1_seen = False

    # -- recording ---------------------------------------------------------------------------
    def _rec(self, p):
        t = norm(p.text)
        if not t:
            return
        assert p.kind in KINDS, p.kind
        if p.kind in ("content", "background"):
            assert p.sec, f"{self.file}: {p.kind} without section: {t[:60]}"
        self.labels.append({"file": self.file, "page": 0, "text": t, "kind": p.kind,
                            "section": p.sec or "", "area": p.area or "", "dup": p.dup,
                            "note": p.note})

    def _para(self, p, style):
        self._rec(p)
        return f'<text:p text:style-name="{p.style or style}">{html.escape(p.text, quote=False)}</text:p>'

    # -- body blocks -------------------------------------------------------------------------
    def para(self, x, kind="content", sec="", area="", style="Standard"):
        self.body.append(self._para(as_p(x, kind, sec, area), style))

    def paras(self, items, kind="content", sec="", area="", style="Standard"):
        for x in items:
            self.para(x, kind, sec, area, style)

    def title(self, text, sub=None):
        self.para(text, "title", style="Title")
        if sub:
            self.para(sub, "title", style="Subtitle")

    def heading(self, text, level=1):
        p = as_p(text, "heading")
        self._rec(p)
        st = f"Heading_20_{level}"
        if level == 1:
            if self.h1_break and self.h1_seen:
                st = "Heading_20_1_20_Break"
            self.h1_seen = True
        self.body.append(f'<text:h text:style-name="{st}" text:outline-level="{level}">{html.escape(p.text, quote=False)}</text:h>')

    def guide(self, text):
        self.para(text, "guidance", style="Guidance")

    def example(self, text):
        self.para(text, "example", style="Example")

    def notice(self, text, kind="furniture"):
        self.para(text, kind, style="Notice")

    def leaflet(self, text, style="Leaflet"):
        self.para(text, "leaflet", style=style)

    def pagebreak(self):
        self.body.append('<text:p text:style-name="PB"/>')

    def items(self, items, kind="content", sec="", area="", numbered=False):
        items = list(items)
        if not items:
            return
        out = [f'<text:list text:style-name="{"Numbers" if numbered else "Bullets"}">']
        for x in items:
            out.append(f'<text:list-item>{self._para(as_p(x, kind, sec, area), "List_20_Paragraph")}</text:list-item>')
        out.append("</text:list>")
        self.body.append("".join(out))

    # -- tables ------------------------------------------------------------------------------
    def table(self, rows, widths, head=0, shade_first=False, small=False, split=False, tall_empty=True, shade_rows=()):
        """rows: list of rows; a row is a list of cells; a cell is None/''/str/P or a list of
        those (a str cell is a prompt in a header row or shaded column, else an answer).
        A row may be ("span", cell) for one cell across all columns (shaded)."""
        self.ntables += 1
        t = f"T{self.ntables}"
        total = 17.0
        ncols = len(widths)
        self.auto.append(f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{total}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>')
        for i, w in enumerate(widths):
            self.auto.append(f'<style:style style:name="{t}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{total * w / 100:.2f}cm"/></style:style>')
        out = [f'<table:table table:name="Table{self.ntables}" table:style-name="{t}">']
        out += [f'<table:table-column table:style-name="{t}.C{i}"/>' for i in range(ncols)]
        for r, row in enumerate(rows):
            if r == 0 and head:
                out.append("<table:table-header-rows>")
            is_head = r < head
            span = isinstance(row, tuple) and row[0] == "span"
            cells = [row[1]] if span else list(row) + [None] * (ncols - len(row))
            empty_row = all(not _cell_text(c) for c in cells)
            rstyle = "RowTall" if (empty_row and tall_empty) else ("RowSplit" if split else "RowKeep")
            out.append(f'<table:table-row table:style-name="{rstyle}">')
            for j, c in enumerate(cells):
                shade = is_head or span or r in shade_rows or (shade_first and j == 0)
                cstyle = ("CellTightShade" if shade else "CellTight") if small else ("CellShade" if shade else "Cell")
                if small:
                    pst = "Small_20_Head" if shade else "Small_20_Cell"
                else:
                    pst = "Prompt" if shade else "Table_20_Contents"
                default_kind = "prompt" if shade else "answer"
                spanattr = f' table:number-columns-spanned="{ncols}"' if span else ""
                out.append(f'<table:table-cell table:style-name="{cstyle}"{spanattr} office:value-type="string">{self._cell(c, default_kind, pst)}</table:table-cell>')
            if span:
                out += ["<table:covered-table-cell/>"] * (ncols - 1)
            out.append("</table:table-row>")
            if head and r == head - 1:
                out.append("</table:table-header-rows>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def _cell(self, c, default_kind, pst):
        if c is None or c == "":
            return '<text:p text:style-name="Table_20_Contents"/>'
        if not isinstance(c, list):
            c = [c]
        out = []
        for x in c:
            p = as_p(x, default_kind)
            style = p.style or pst
            if p.kind == "guidance" or p.kind == "example":
                style = p.style or "CellGuidance"
            if p.text.startswith("\u2022 "):
                p = P(p.text[2:], p.kind, p.sec, p.area, p.dup, p.note, p.style)
                out.append(f'<text:list text:style-name="Bullets"><text:list-item>{self._para(p, "List_20_Paragraph")}</text:list-item></text:list>')
                continue
            out.append(self._para(p, style))
        return "".join(out) or '<text:p text:style-name="Table_20_Contents"/>'

    def box(self, prompt, answers, kind="content", sec="", area="", guidance=(), tall=True):
        """A form question in a shaded row with guidance under it, and an answer row below."""
        head = [P(prompt, "prompt")] + [P(g, "guidance") if not isinstance(g, P) else g for g in guidance]
        ans = [as_p(a, kind, sec, area) for a in answers]
        self.table([[head], [ans]], [100], tall_empty=tall, split=True, shade_rows=(0,))

    def grid(self, pairs, widths=(35, 65), value_kind="answer", value_sec=""):
        """Label | value rows (personal details, yes/no questions)."""
        rows = []
        for label, value in pairs:
            if isinstance(value, list):
                value = [as_p(v, value_kind, value_sec) for v in value]
            elif value:
                value = as_p(value, value_kind, value_sec)
            rows.append([P(label, "prompt"), value])
        self.table(rows, list(widths), shade_first=True, tall_empty=False)

    # -- output ------------------------------------------------------------------------------
    def fodt(self):
        header = "".join(f'<text:p text:style-name="Header">{html.escape(h, quote=False)}</text:p>' for h in self.header)
        foot = ('<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number>'
                ' of <text:page-count>1</text:page-count></text:p>')
        foot += "".join(f'<text:p text:style-name="Footer">{html.escape(f, quote=False)}</text:p>' for f in self.footer_extra)
        layout = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
                  'style:print-orientation="portrait" fo:margin-top="1.1cm" fo:margin-bottom="1.1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
                  '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.45cm"/></style:header-style>'
                  '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.45cm"/></style:footer-style></style:page-layout>')
        master = (f'<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>{header}</style:header>'
                  f'<style:footer>{foot}</style:footer></style:master-page>')
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document {NS}office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
                f' <office:meta><dc:title>{html.escape(self.title_text)}</dc:title><meta:generator>ehcp samples bundles</meta:generator></office:meta>\n'
                f'{STYLES}\n <office:automatic-styles>{"".join(AUTO + self.auto)}{layout}</office:automatic-styles>\n'
                f' <office:master-styles>{master}</office:master-styles>\n'
                f' <office:body><office:text>{"".join(self.body)}</office:text></office:body>\n</office:document>\n')

    def furniture(self):
        """Header/footer lines (without the page line), labelled per page by build.py."""
        return list(self.header), list(self.footer_extra)


def _cell_text(c):
    if c is None or c == "":
        return ""
    if isinstance(c, list):
        return "".join(_cell_text(x) for x in c)
    return c.text if isinstance(c, P) else c
