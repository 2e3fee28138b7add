#!/usr/bin/env python3
"""Lowmoor City Council sample forms: a small line markup -> Flat ODT, plus one label per block.

Usage: fodt.py SOURCE.txt OUT.fodt OUT.blocks.json [--blank]

Every block of text the document shows (paragraph, heading, list item, table cell, header or
footer line) is written to OUT.blocks.json with the label the markup gives it, so the labels
come from the same source as the document and cannot drift. --blank writes the council's blank
form instead: answers, personal details, contacts, signatures and content are left out (empty
cells stay), and ticked boxes are unticked.

Markup, one block per line (blank lines ignored):
  @title: text                  document title (metadata)
  @header: text / @footer: text page header / footer line; {page} {pages} become fields
  @fontsize: 12                 base font size in points (default 11)
  @default: LABEL               default label for plain paragraphs and list items from here on
  = text                        Title paragraph            (label: title)
  # / ## / ### text             Heading 1 / 2 / 3          (label: heading)
  B text                        bold paragraph (a prompt)  (label: prompt)
  G text                        italic guidance            (label: guidance)
  X text                        indented italic example    (label: example)
  S text                        small grey paragraph       (label: default)
  - text / 1. text              bulleted / numbered list item (consecutive lines = one list;
                                a numbered list starting above 1 continues the previous one)
  |% 30,70                      column widths (percent) for the next table
  |#                           next table in small print (7pt, narrow padding)
  |@ L0 ; L1 ; ...              default labels per column for the next table's body cells
  |^ a | b                      header row (bold, shaded)
  |= text                       one cell spanning the row
  | a | b                       body row; " // " starts a new paragraph inside a cell
  ---                           page break before the next block
  anything else                 plain paragraph           (label: default)
Any block's text may start with {LABEL} to override its label. LABEL is
"kind [section [area]] [dup=ID] [note=free text...]" with kind one of
c(ontent) bg(background) pr(ompt) an(swer) gd(guidance) ex(ample) pe(rsonal) co(ntact)
lf(leaflet) fu(rniture) hd(heading) ti(title) sg(signature); "-" for an empty section/area.
Inline **bold** and *italic* are allowed; labels hold the plain text.
"""
import html
import json
import re
import sys

KINDS = {"c": "content", "bg": "background", "pr": "prompt", "an": "answer", "gd": "guidance",
         "ex": "example", "pe": "personal", "co": "contact", "lf": "leaflet", "fu": "furniture",
         "hd": "heading", "ti": "title", "sg": "signature"}
SECTIONS = {"A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K", ""}
AREAS = {"ci", "cl", "semh", "sp", "pfa", "-", ""}
# Kinds whose text is the filled-in part of a form (left out of the blank form).
FILLED = {"content", "background", "answer", "personal", "contact", "signature"}

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ')

GREEN = "#1d5c4d"
STYLES = f"""
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="@BASE@pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:line-height="120%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.35cm" fo:padding-bottom="0.1cm" fo:border-bottom="1.5pt solid {GREEN}"/>
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:background-color="#e2efe9" fo:padding="0.08cm"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="{GREEN}"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="3" style:class="text">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:text-underline-style="solid" fo:text-underline-width="auto" fo:text-underline-color="font-color"/>
  </style:style>
  <style:style style:name="Prompt" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Guidance" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:text-properties fo:font-style="italic" fo:color="#5a5a5a" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Example" style:family="paragraph" style:parent-style-name="Guidance" style:class="text">
   <style:paragraph-properties fo:margin-left="0.8cm"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:text-properties fo:color="#404040" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Table_20_Small" style:display-name="Table Small" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:paragraph-properties fo:line-height="100%"/>
   <style:text-properties fo:font-size="7pt"/>
  </style:style>
  <style:style style:name="Table_20_Small_20_Heading" style:display-name="Table Small Heading" style:family="paragraph" style:parent-style-name="Table_20_Small" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:class="list">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="8pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="8pt" fo:color="#404040"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="&#8226;">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:list-style style:name="Numbers">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
"""

AUTO = [
    '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
    '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f"/></style:style>',
    f'<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#cfe3da"/></style:style>',
    '<style:style style:name="CellSmall" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #7f7f7f"/></style:style>',
    '<style:style style:name="CellSmallHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#cfe3da"/></style:style>',
    '<style:style style:name="CellLabel" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#f0f0f0"/></style:style>',
]


def parse_label(spec):
    toks = spec.split()
    lab = {"kind": KINDS[toks[0]], "section": "", "area": "", "dup": "", "note": ""}
    pos = []
    i = 1
    while i < len(toks):
        t = toks[i]
        if t.startswith("dup="):
            lab["dup"] = t[4:]
        elif t.startswith("note="):
            lab["note"] = " ".join([t[5:]] + toks[i + 1:])
            break
        else:
            pos.append("" if t == "-" and not pos else t)
        i += 1
    if pos:
        lab["section"] = pos[0]
    if len(pos) > 1:
        lab["area"] = pos[1]
    if lab["section"] not in SECTIONS or lab["area"] not in AREAS:
        raise ValueError(f"bad label {{{spec}}}")
    if lab["kind"] in ("content",) and (not lab["section"] or not lab["area"]):
        raise ValueError(f"content needs section and area: {{{spec}}}")
    return lab


def split_label(text, default):
    m = re.match(r"^\{([^}]*)\}\s*(.*)$", text)
    if m:
        return parse_label(m.group(1)), m.group(2)
    return parse_label(default), text


def plain(s):
    s = re.sub(r"\*\*(.+?)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", s)
    return " ".join(s.split())


def inline(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Tb">\1</text:span>', s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r'<text:span text:style-name="Ti">\1</text:span>', s)
    return s


def untick(s):
    return s.replace("\u2612", "\u2610")


class Doc:
    def __init__(self, blank):
        self.blank = blank
        self.title = ""
        self.header, self.footer = [], []
        self.body, self.auto, self.blocks = [], [], []
        self.default = "c A -"
        self.pending_break = False
        self.widths = None
        self.coldefaults = None
        self.tables = 0
        self.small = False
        self.fontsize = "11"

    def style(self, base):
        if not self.pending_break:
            return base
        self.pending_break = False
        name = f"PB_{base}"
        if name not in {a[0] for a in self.auto}:
            self.auto.append((name, f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{base}"><style:paragraph-properties fo:break-before="page"/></style:style>'))
        return name

    def block(self, lab, text, where):
        """Record a block; return the text to show (None: leave out of a blank form)."""
        t = plain(text)
        if self.blank and lab["kind"] in FILLED:
            if "\u2612" in text or "\u2610" in text:
                return untick(text) if lab["kind"] == "answer" else None
            return None
        if t:
            self.blocks.append(dict(lab, text=t, where=where))
        return text

    def para(self, style, lab, text, where="body"):
        shown = self.block(lab, text, where)
        if shown is None:
            return
        self.body.append(f'<text:p text:style-name="{self.style(style)}">{inline(shown)}</text:p>')


def cell_xml(doc, text, default, head):
    out, in_list = [], False
    for part in text.split(" // "):
        part = part.strip()
        bullet = part.startswith("- ")
        if bullet:
            part = part[2:]
        if not part:
            continue
        lab, body = split_label(part, default)
        shown = doc.block(lab, body, "cell")
        if shown is None:
            continue
        if bullet and not in_list:
            out.append('<text:list text:style-name="Bullets">')
            in_list = True
        if not bullet and in_list:
            out.append("</text:list>")
            in_list = False
        if bullet:
            out.append(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(shown)}</text:p></text:list-item>')
        else:
            st = "Table_20_Heading" if head else ("Guidance" if lab["kind"] in ("guidance", "example") else "Table_20_Contents")
            if doc.small:
                st = "Table_20_Small_20_Heading" if head else "Table_20_Small"
            out.append(f'<text:p text:style-name="{st}">{inline(shown)}</text:p>')
    if in_list:
        out.append("</text:list>")
    return "".join(out) or '<text:p text:style-name="Table_20_Contents"/>'


def emit_table(doc, rows):
    ncols = max(len(c) for k, c in rows if k != "=")
    widths = doc.widths or [100 / ncols] * ncols
    coldef = doc.coldefaults or ["pr"] * ncols
    doc.widths = doc.coldefaults = None
    doc.tables += 1
    t = f"T{doc.tables}"
    total = 17.0
    doc.auto.append((t, f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{total}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>'))
    for i, w in enumerate(widths):
        doc.auto.append((f"{t}.C{i}", f'<style:style style:name="{t}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{total * w / 100:.2f}cm"/></style:style>'))
    if doc.pending_break:
        doc.body.append(f'<text:p text:style-name="{doc.style("Standard")}"/>')
    out = [f'<table:table table:name="Table{doc.tables}" table:style-name="{t}">']
    out += [f'<table:table-column table:style-name="{t}.C{i}"/>' for i in range(ncols)]
    for kind, cells in rows:
        out.append('<table:table-row table:style-name="RowKeep">')
        if kind == "=":
            out.append(f'<table:table-cell table:style-name="CellHead" table:number-columns-spanned="{ncols}" office:value-type="string">{cell_xml(doc, cells[0], "hd", True)}</table:table-cell>')
            out += ["<table:covered-table-cell/>"] * (ncols - 1)
        else:
            cells = cells + [""] * (ncols - len(cells))
            for j, c in enumerate(cells):
                head = kind == "^"
                default = "pr" if head else coldef[j]
                lab0 = parse_label(default)
                style = "CellHead" if head else ("CellLabel" if lab0["kind"] == "prompt" and ncols == 2 else "Cell")
                if doc.small:
                    style = "CellSmallHead" if head else "CellSmall"
                out.append(f'<table:table-cell table:style-name="{style}" office:value-type="string">{cell_xml(doc, c, default, head)}</table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    doc.small = False
    doc.body.append("".join(out))


def convert(src, blank=False):
    doc = Doc(blank)
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip() or line.startswith("//"):
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(":")
            val = val.strip()
            if key == "title":
                doc.title = val
            elif key == "header":
                doc.header.append(val)
            elif key == "footer":
                doc.footer.append(val)
            elif key == "fontsize":
                doc.fontsize = val
            elif key == "default":
                parse_label(val)
                doc.default = val
            else:
                raise ValueError(f"unknown directive @{key}")
            continue
        if line == "---":
            doc.pending_break = True
            continue
        if line.startswith("|%"):
            doc.widths = [float(x) for x in line[2:].split(",")]
            continue
        if line.startswith("|#"):
            doc.small = True
            continue
        if line.startswith("|@"):
            doc.coldefaults = [x.strip() for x in line[2:].split(";")]
            continue
        if line.startswith("|"):
            rows = []
            i -= 1
            while i < len(lines) and lines[i].startswith("|") and lines[i][1:2] not in ("%", "@", "#"):
                row = lines[i].rstrip()
                i += 1
                kind = ""
                if row[1:2] in ("^", "="):
                    kind, row = row[1], "|" + row[2:]
                row = row[1:]
                if row.endswith("|"):
                    row = row[:-1]
                rows.append((kind, [c.strip() for c in re.split(r"(?:^| )\|(?= |$)", row)]))
            emit_table(doc, rows)
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            level = len(m.group(1))
            lab, text = split_label(m.group(2), "hd")
            shown = doc.block(lab, text, "body")
            if shown is not None:
                doc.body.append(f'<text:h text:style-name="{doc.style(f"Heading_20_{level}")}" text:outline-level="{level}">{inline(shown)}</text:h>')
            continue
        lm = re.match(r"^(- |\d+\. )", line)
        if lm:
            numbered = lm.group(1)[0].isdigit()
            # "4. item" after a heading carries on the numbering of the list before it.
            carry_on = numbered and int(lm.group(1)[:-2]) > 1
            items = []
            i -= 1
            while i < len(lines):
                m2 = re.match(r"^(- |\d+\. )(.*)$", lines[i].rstrip())
                if not m2 or m2.group(1)[0].isdigit() != numbered:
                    break
                items.append(m2.group(2))
                i += 1
            out = []
            for it in items:
                lab, text = split_label(it, doc.default)
                shown = doc.block(lab, text, "body")
                if shown is not None:
                    out.append(f'<text:list-item><text:p text:style-name="{doc.style("List_20_Paragraph")}">{inline(shown)}</text:p></text:list-item>')
            if out:
                cont = ' text:continue-numbering="true"' if carry_on else ""
                doc.body.append(f'<text:list text:style-name="{"Numbers" if numbered else "Bullets"}"{cont}>' + "".join(out) + "</text:list>")
            continue
        styles = {"= ": ("Title", "ti"), "B ": ("Prompt", "pr"), "G ": ("Guidance", "gd"),
                  "X ": ("Example", "ex"), "S ": ("Small", None)}
        st, default = styles.get(line[:2], ("Standard", None))
        text = line[2:] if line[:2] in styles else line
        lab, text = split_label(text, default or doc.default)
        doc.para(st, lab, text)

    auto = AUTO + [a[1] for a in doc.auto]
    auto.append(
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')

    def fields(s):
        s = inline(s)
        s = s.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
        return s.replace("{pages}", "<text:page-count>1</text:page-count>")

    header = "".join(f'<text:p text:style-name="Header">{fields(h)}</text:p>' for h in doc.header)
    footer = "".join(f'<text:p text:style-name="Footer">{fields(f)}</text:p>' for f in doc.footer)
    master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
    master += f"<style:header>{header}</style:header>" if header else ""
    master += f"<style:footer>{footer}</style:footer>" if footer else ""
    master += "</style:master-page>"
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           f'<office:document {NS}office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
           f' <office:meta><dc:title>{html.escape(doc.title)}</dc:title><meta:generator>ehcp lowmoor sample forms</meta:generator></office:meta>\n'
           f"{STYLES.replace('@BASE@', doc.fontsize)}"
           f' <office:automatic-styles>{"".join(auto)}</office:automatic-styles>\n'
           f" <office:master-styles>{master}</office:master-styles>\n"
           f' <office:body><office:text>{"".join(doc.body)}</office:text></office:body>\n'
           "</office:document>\n")
    meta = {"header": [plain(h) for h in doc.header], "footer": [plain(f) for f in doc.footer],
            "blocks": doc.blocks}
    return xml, meta


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--blank"]
    if len(args) != 3:
        sys.exit("usage: fodt.py SOURCE.txt OUT.fodt OUT.blocks.json [--blank]")
    with open(args[0], encoding="utf-8") as f:
        xml, meta = convert(f.read(), blank="--blank" in sys.argv)
    with open(args[1], "w", encoding="utf-8") as f:
        f.write(xml)
    with open(args[2], "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
