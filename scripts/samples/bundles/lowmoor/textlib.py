"""Text of the built Lowmoor documents, shared by finalize.py (pages) and check.py (checks).

PDF: pdftotext per page, in its default reading order and in content-stream order (-raw; a
compound word whose hyphen ends a line is joined again, since the default order drops that
hyphen), with whitespace collapsed and each page's running header and footer lines taken out once (so a
paragraph that runs over a page break reads as one). DOCX: the paragraphs of document.xml,
headers and footers, whitespace collapsed.
"""
import re
import subprocess
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def collapse(s):
    return " ".join(s.split())


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def furniture_lines(meta, page, pages):
    lines = []
    for h in meta["header"] + meta["footer"]:
        lines.append(h.replace("{page}", str(page)).replace("{pages}", str(pages)))
    return lines


def pdf_pages(pdf, raw=False):
    n = page_count(pdf)
    out = []
    for p in range(1, n + 1):
        args = ["pdftotext", "-f", str(p), "-l", str(p)] + (["-raw"] if raw else []) + [pdf, "-"]
        t = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        if raw:
            # -raw keeps a hyphen that ends a line ("wind-" / "down"): join the word again.
            t = re.sub(r"(?<=\w)-\n(?=\w)", "-", t)
        out.append(collapse(t))
    return out


def strip_furniture(page_texts, meta):
    """Concatenated text without header/footer lines, and the start offset of every page."""
    n = len(page_texts)
    text, starts = "", []
    for p, t in enumerate(page_texts, 1):
        for line in furniture_lines(meta, p, n):
            k = t.find(line)
            if k >= 0:
                t = collapse(t[:k] + " " + t[k + len(line):])
        starts.append(len(text))
        text += t + " "
    return text, starts


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for name in sorted(z.namelist()):
        if re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                parts.append(collapse("".join(t.text or "" for t in p.iter(W + "t"))))
    return " ".join(x for x in parts if x)
