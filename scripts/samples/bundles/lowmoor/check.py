#!/usr/bin/env python3
"""Check the Lowmoor bundle's labels and flags against the built documents.

For every label in tests/data/bundles/nadia-kellaway/labels.jsonl:
  - PDF with a text layer: the text occurs in the document's pdftotext text (default or -raw
    order, whitespace collapsed, that page's running header/footer lines taken out so text running
    over a page break reads on), and the block starts on the labelled page; furniture lines occur
    on their page.
  - DOCX: the text occurs in the paragraphs of word/document.xml, headers and footers.
  - Scanned PDF: the file has no text layer (no fonts, no text); the text is checked against the
    letter's source instead (the blocks fodt.py reads from src/).
Also checks the label fields, and that every flag's text occurs in a label of its file.
Usage: check.py   (exit status 1 on any failure)
"""
import collections
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # keep the source folder free of __pycache__
import fodt  # noqa: E402
import textlib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
CASE = "nadia-kellaway"
BUNDLE = os.path.join(ROOT, "samples", CASE)
DATA = os.path.join(ROOT, "tests", "data", "bundles", CASE)
SCANS = {"paediatric-clinic-letter.pdf": "paediatric-clinic-letter.txt"}
KINDS = set(fodt.KINDS.values())
FLAG_IDS = {"vague-wording", "unquantified-provision", "resource-caveat", "outcome-no-timescale",
            "outcome-not-measurable", "outcome-is-provision", "provision-outside-f", "therapy-in-g",
            "placement-in-draft", "foreign-name", "pronoun-mismatch", "identity-conflict", "jargon",
            "report-voice", "copy-paste", "boilerplate", "duplicate-in-plan", "conflicting-advice",
            "missing-quantity-in-advice", "golden-thread-gap", "missing-advice", "low-ocr-confidence"}
errors = []


def err(msg):
    errors.append(msg)


def check_pdf(fname, labels):
    path = os.path.join(BUNDLE, fname)
    furn = collections.defaultdict(list)
    for lab in labels:
        if lab["kind"] == "furniture":
            furn[lab["page"]].append(lab["text"])
    views = []
    for raw in (False, True):
        pages = textlib.pdf_pages(path, raw)
        stripped, text, starts = [], "", []
        for p, t in enumerate(pages, 1):
            for line in furn[p]:
                k = t.find(line)
                if k >= 0:
                    t = textlib.collapse(t[:k] + " " + t[k + len(line):])
            starts.append(len(text))
            text += t + " "
            stripped.append(t)
        views.append((pages, stripped, text))
    for lab in labels:
        t, p = lab["text"], lab["page"]
        if lab["kind"] == "furniture":
            if not any(1 <= p <= len(v[0]) and t in v[0][p - 1] for v in views):
                err(f"{fname}: furniture line not on page {p}: {t!r}")
            continue
        if not any(t in v[2] for v in views):
            err(f"{fname}: not in the extracted text: {t[:80]!r}")
            continue
        head = t[:30]
        if not any(1 <= p <= len(v[1]) and head in v[1][p - 1] for v in views):
            err(f"{fname}: does not start on page {p}: {t[:80]!r}")
    return len(views[0][0])


def check_docx(fname, labels):
    text = textlib.docx_text(os.path.join(BUNDLE, fname))
    for lab in labels:
        if lab["text"] not in text:
            err(f"{fname}: not in the DOCX text: {lab['text'][:80]!r}")


def check_scan(fname, labels):
    path = os.path.join(BUNDLE, fname)
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()
    if len(fonts) > 2 or textlib.collapse(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout):
        err(f"{fname}: a scan should have no text layer")
    src = open(os.path.join(HERE, "src", SCANS[fname]), encoding="utf-8").read()
    _, meta = fodt.convert(src)
    source = " ".join(b["text"] for b in meta["blocks"])
    for lab in labels:
        t = lab["text"]
        if lab["kind"] == "furniture" and t not in source:
            t = t.split(" Page ")[0]
            if t not in " ".join(meta["footer"] + meta["header"]):
                err(f"{fname}: furniture line not in the source: {lab['text']!r}")
        elif t not in source:
            err(f"{fname}: not in the letter's source: {t[:80]!r}")
    return textlib.page_count(path)


def main():
    labels = [json.loads(l) for l in open(os.path.join(DATA, "labels.jsonl"), encoding="utf-8")]
    by_file = collections.defaultdict(list)
    for n, lab in enumerate(labels, 1):
        for key in ("file", "page", "text", "kind", "section", "area"):
            if key not in lab:
                err(f"labels.jsonl line {n}: no {key}")
        if lab.get("kind") not in KINDS:
            err(f"labels.jsonl line {n}: unknown kind {lab.get('kind')!r}")
        if lab.get("kind") == "content" and not (lab.get("section") and lab.get("area")):
            err(f"labels.jsonl line {n}: content without section or area")
        if lab.get("text") != textlib.collapse(lab.get("text", "")) or not lab.get("text"):
            err(f"labels.jsonl line {n}: text empty or not whitespace-collapsed")
        by_file[lab["file"]].append(lab)
    files = sorted(os.listdir(BUNDLE))
    if sorted(by_file) != files:
        err(f"labelled files {sorted(by_file)} differ from the bundle's files {files}")
    pages = {}
    for fname, labs in sorted(by_file.items()):
        if fname in SCANS:
            pages[fname] = check_scan(fname, labs)
        elif fname.endswith(".pdf"):
            pages[fname] = check_pdf(fname, labs)
        elif fname.endswith(".docx"):
            check_docx(fname, labs)
            pages[fname] = max(l["page"] for l in labs)
    flags = [json.loads(l) for l in open(os.path.join(DATA, "flags.jsonl"), encoding="utf-8")]
    for n, f in enumerate(flags, 1):
        if f.get("flag") not in FLAG_IDS or f.get("expect") not in ("fire", "none") or not f.get("why"):
            err(f"flags.jsonl line {n}: bad flag id, expect or why: {f}")
            continue
        if f.get("text") and not any(f["text"] in l["text"] for l in by_file.get(f["file"], [])):
            err(f"flags.jsonl line {n}: text not in any label of {f['file']}: {f['text'][:80]!r}")
    kinds = collections.Counter(l["kind"] for l in labels)
    for fname in sorted(pages):
        print(f"  {fname}: {pages[fname]} pages, {len(by_file[fname])} labels")
    print(f"  total: {sum(pages.values())} pages, {len(labels)} labels, {len(flags)} flags; "
          + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    for e in errors:
        print("check:", e, file=sys.stderr)
    if errors:
        sys.exit(f"check: {len(errors)} problems")
    print("check: all labels and flags found")


if __name__ == "__main__":
    main()
