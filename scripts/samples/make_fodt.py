#!/usr/bin/env python3
"""Turn a sample document written in a small line-based markup into a Flat ODT (.fodt).

The markup (one construct per line; blank lines are ignored):

  @title: Document title           metadata (dc:title)
  @header: text                    a page-header line (repeatable); {page} and {pages} become fields
  @footer: text                    a page-footer line (repeatable)
  @splitrows                       let table rows break across pages (default: keep each row whole)
  @plainfirstcol                   do not shade the first column of two-column tables
  # Heading                        Heading 1  (## Heading 2, ### Heading 3)
  > text                           italic form-guidance paragraph ("Guidance" style)
  - item                           bulleted list item (consecutive items form one list)
  1. item                          numbered list item
  |% 30,70                         column widths in percent for the next table
  |^ a | b |                       table header row (bold, shaded, repeated on each page)
  |= text |                       a row whose single cell spans every column (merged cells)
  | a | b |                        table row; inside a cell " // " starts a new paragraph and a
                                   paragraph starting with "- " becomes a bullet
  ---                              page break before the next paragraph
  ~ text                           small grey text (consent notices, references)
  anything else                    a paragraph ("Standard"); **bold** and *italic* inline

Every paragraph is one line, so each sentence in a source appears exactly once, unbroken, in
the converted document.
"""

import html
import re
import sys

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

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="115%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#1f3864"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.32cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#2e5395"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Standard" style:default-outline-level="3" style:class="text">
   <style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Guidance" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:text-properties fo:font-style="italic" fo:color="#595959" fo:font-size="10pt"/>
  </style:style>
  <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:text-properties fo:color="#404040" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:class="list">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:color="#404040"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:color="#404040"/>
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


def inline(s):
    """Escape text and turn **bold** / *italic* into spans."""
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Tb">\1</text:span>', s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r'<text:span text:style-name="Ti">\1</text:span>', s)
    return s


def fields(s):
    s = inline(s)
    s = s.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
    s = s.replace("{pages}", "<text:page-count>1</text:page-count>")
    return s


class Doc:
    def __init__(self):
        self.title = ""
        self.header = []
        self.footer = []
        self.body = []
        self.auto = []  # automatic styles
        self.tables = 0
        self.pending_break = False
        self.widths = None

    def para_style(self, base):
        if self.pending_break:
            self.pending_break = False
            name = f"PB_{base}"
            if name not in {a[0] for a in self.auto}:
                self.auto.append((name, f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{base}"><style:paragraph-properties fo:break-before="page"/></style:style>'))
            return name
        return base


def cell_paras(text, head):
    out = []
    in_list = False
    for part in text.split(" // "):
        part = part.strip()
        if part.startswith("- "):
            if not in_list:
                out.append('<text:list text:style-name="Bullets">')
                in_list = True
            out.append(f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(part[2:])}</text:p></text:list-item>')
            continue
        if in_list:
            out.append("</text:list>")
            in_list = False
        style = "Table_20_Heading" if head else "Table_20_Contents"
        if part.startswith("> "):
            style, part = "Guidance", part[2:]
        out.append(f'<text:p text:style-name="{style}">{inline(part)}</text:p>')
    if in_list:
        out.append("</text:list>")
    return "".join(out)


def emit_table(doc, rows):
    ncols = max(len(r[1]) for r in rows if r[0] != "=")
    widths = doc.widths or ([30, 70] if ncols == 2 else [100 // ncols] * ncols)
    doc.widths = None
    doc.tables += 1
    t = f"T{doc.tables}"
    total = 17.0
    doc.auto.append((t, f'<style:style style:name="{t}" style:family="table"><style:table-properties style:width="{total}cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.25cm"/></style:style>'))
    for i, w in enumerate(widths):
        doc.auto.append((f"{t}.C{i}", f'<style:style style:name="{t}.C{i}" style:family="table-column"><style:table-column-properties style:column-width="{total * w / 100:.2f}cm"/></style:style>'))
    out = [f'<table:table table:name="Table{doc.tables}" table:style-name="{t}">']
    for i in range(ncols):
        out.append(f'<table:table-column table:style-name="{t}.C{i}"/>')
    header_open = False
    for kind, cells in rows:
        if kind == "^" and not header_open:
            out.append("<table:table-header-rows>")
            header_open = True
        elif kind != "^" and header_open:
            out.append("</table:table-header-rows>")
            header_open = False
        out.append('<table:table-row>' if doc.split_rows else '<table:table-row table:style-name="RowKeep">')
        if kind == "=":
            out.append(f'<table:table-cell table:style-name="CellShade" table:number-columns-spanned="{ncols}" office:value-type="string">{cell_paras(cells[0], True)}</table:table-cell>')
            out.extend("<table:covered-table-cell/>" for _ in range(ncols - 1))
        else:
            cells = cells + [""] * (ncols - len(cells))
            for j, c in enumerate(cells):
                shade = kind == "^" or (j == 0 and ncols == 2 and kind != "^" and doc.shade_first)
                style = "CellShade" if shade else "Cell"
                out.append(f'<table:table-cell table:style-name="{style}" office:value-type="string">{cell_paras(c, kind == "^" or shade)}</table:table-cell>')
        out.append("</table:table-row>")
    if header_open:
        out.append("</table:table-header-rows>")
    out.append("</table:table>")
    doc.body.append("".join(out))


def convert(src):
    doc = Doc()
    doc.shade_first = True
    doc.split_rows = False
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip():
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
            elif key == "splitrows":
                doc.split_rows = True
            elif key == "plainfirstcol":
                doc.shade_first = False
            continue
        if line == "---":
            doc.pending_break = True
            continue
        if line.startswith("|%"):
            doc.widths = [int(x) for x in line[2:].split(",")]
            continue
        if line.startswith("|"):
            rows = []
            i -= 1
            while i < len(lines) and lines[i].startswith("|") and not lines[i].startswith("|%"):
                row = lines[i].strip()
                i += 1
                kind = ""
                if row[1:2] in ("^", "="):
                    kind, row = row[1], "|" + row[2:]
                cells = [c.strip() for c in row.strip("|").split(" | ")]
                rows.append((kind, cells))
            if doc.pending_break:
                doc.body.append(f'<text:p text:style-name="{doc.para_style("Standard")}"/>')
            emit_table(doc, rows)
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            level = len(m.group(1))
            st = doc.para_style(f"Heading_20_{level}")
            doc.body.append(f'<text:h text:style-name="{st}" text:outline-level="{level}">{inline(m.group(2))}</text:h>')
            continue
        lm = re.match(r"^(- |\d+\. )", line)
        if lm:
            numbered = lm.group(1)[0].isdigit()
            items = []
            i -= 1
            while i < len(lines):
                m2 = re.match(r"^(- |\d+\. )(.*)$", lines[i].rstrip())
                if not m2 or m2.group(1)[0].isdigit() != numbered:
                    break
                items.append(m2.group(2))
                i += 1
            out = [f'<text:list text:style-name="{"Numbers" if numbered else "Bullets"}">']
            for it in items:
                out.append(f'<text:list-item><text:p text:style-name="{doc.para_style("List_20_Paragraph")}">{inline(it)}</text:p></text:list-item>')
            out.append("</text:list>")
            doc.body.append("".join(out))
            continue
        if line.startswith("> "):
            doc.body.append(f'<text:p text:style-name="{doc.para_style("Guidance")}">{inline(line[2:])}</text:p>')
            continue
        if line.startswith("~ "):
            doc.body.append(f'<text:p text:style-name="{doc.para_style("Small")}">{inline(line[2:])}</text:p>')
            continue
        if line.startswith("= "):
            doc.body.append(f'<text:p text:style-name="{doc.para_style("Title")}">{inline(line[2:])}</text:p>')
            continue
        doc.body.append(f'<text:p text:style-name="{doc.para_style("Standard")}">{inline(line)}</text:p>')

    auto = [
        '<style:style style:name="Tb" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
        '<style:style style:name="Ti" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
        '<style:style style:name="RowKeep" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>',
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>',
        '<style:style style:name="CellShade" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/></style:style>',
    ] + [a[1] for a in doc.auto]
    auto.append(
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>'
    )
    header = "".join(f'<text:p text:style-name="Header">{fields(h)}</text:p>' for h in doc.header)
    footer = "".join(f'<text:p text:style-name="Footer">{fields(f)}</text:p>' for f in doc.footer)
    master = '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
    if header:
        master += f"<style:header>{header}</style:header>"
    if footer:
        master += f"<style:footer>{footer}</style:footer>"
    master += "</style:master-page>"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS}office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f' <office:meta><dc:title>{html.escape(doc.title)}</dc:title><meta:generator>ehcp samples make_fodt.py</meta:generator></office:meta>\n'
        f"{STYLES}"
        f' <office:automatic-styles>{"".join(auto)}</office:automatic-styles>\n'
        f" <office:master-styles>{master}</office:master-styles>\n"
        f' <office:body><office:text>{"".join(doc.body)}</office:text></office:body>\n'
        "</office:document>\n"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_fodt.py SOURCE.txt OUT.fodt")
    with open(sys.argv[1], encoding="utf-8") as f:
        out = convert(f.read())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(out)
