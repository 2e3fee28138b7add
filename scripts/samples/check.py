#!/usr/bin/env python3
"""Check samples/ against samples/expected.json.

For every statement and flag text in expected.json, check that it occurs exactly in the named
document's text (PDF via pdftotext with repeated page headers/footers removed, DOCX via its
document.xml paragraphs, .md/.txt as is). Scanned documents have no text layer: their text is
checked against the source in scripts/samples/src/ instead, and the file is checked to have no
text layer. Also prints page counts and sizes.
"""
import glob, json, os, re, subprocess, sys, zipfile, xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = raw.split("\f")
    counts = {}
    for p in pages:
        for line in set(l.strip() for l in p.splitlines() if l.strip()):
            counts[line] = counts.get(line, 0) + 1
    n = len(pages) - 1 if pages and not pages[-1].strip() else len(pages)
    keep = []
    for p in pages:
        for l in p.splitlines():
            t = l.strip()
            if not t or (n > 1 and counts.get(t, 0) >= n) or re.search(r"Page \d+ of \d+$", t):
                continue
            if t in ("Area of need", "Description of needs", "Outcome", "Provision"):
                continue  # repeated table header rows
            keep.append(t)
    return norm(" ".join(keep)), n


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    return norm(" ".join(paras))


def source_text(case, doc):
    base = os.path.splitext(doc)[0]
    hits = glob.glob(os.path.join(HERE, "src", case, base + ".*.txt"))
    return norm(re.sub(r"\*\*?|^[@>#~=|-]+ ?|\|", " ", open(hits[0]).read(), flags=re.M)) if hits else ""


def main():
    exp = json.load(open(os.path.join(SAMPLES, "expected.json")))
    bad = 0
    for case, c in exp["cases"].items():
        texts = {}
        for f in sorted(os.listdir(os.path.join(SAMPLES, case))):
            p = os.path.join(SAMPLES, case, f)
            size = os.path.getsize(p)
            info = ""
            if f.endswith(".pdf"):
                t, n = pdf_text(p)
                scanned = len(t) < 20
                info = f"{n} pages" + (", scanned (no text layer)" if scanned else "")
                texts[f] = source_text(case, f) if scanned else t
            elif f.endswith(".docx"):
                texts[f] = docx_text(p)
            elif f.endswith((".jpg", ".png")):
                texts[f] = source_text(case, f)
                info = "image (text checked against its source)"
            elif f.endswith((".md", ".txt")):
                texts[f] = norm(open(p).read())
            print(f"{case}/{f}: {size // 1024} KB {info}")
        items = [(s["document"], s["text"], "statement") for s in c["statements"]]
        items += [(fl["document"], fl["text_contains"], fl["id"]) for fl in c["flags"] if "document" in fl]
        items += [(fl["with_document"], fl["with"], fl["id"] + " (other side)") for fl in c["flags"] if "with_document" in fl]
        for doc, text, what in items:
            if doc not in texts:
                print(f"  MISSING DOCUMENT {doc} for {what}"); bad += 1
            elif norm(text) not in texts[doc]:
                print(f"  NOT FOUND in {doc} ({what}): {text}"); bad += 1
        for fl in c["no_flags"]:
            if "text_contains" in fl and not any(fl["text_contains"] in t for t in texts.values()):
                print(f"  NOT FOUND anywhere (no_flags {fl['id']}): {fl['text_contains']}"); bad += 1
    total = sum(os.path.getsize(p) for p in glob.glob(os.path.join(SAMPLES, "**", "*"), recursive=True) if os.path.isfile(p))
    print(f"total size: {total / 1e6:.2f} MB; problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
