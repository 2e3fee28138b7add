#!/usr/bin/env python3
"""Build the Northfold blank forms (DOCX) and the filled advice bundles (tagged PDF) with their
labels. Usage: build.py REPO_ROOT [--keep DIR]. Needs soffice, pdftotext, pdfinfo."""

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from forms import FORMS, Fill  # noqa: E402
from pdftext import nospace, ordered, page_modes, split_words  # noqa: E402

CASES = [c for c in ["case_whitlock", "case_rennard"] if __import__("os").path.exists(os.path.join(HERE, c + ".py"))]
PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def soffice(tmp, fmt, outdir, files):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", fmt,
                    "--outdir", outdir] + files, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def paginate(doc, pdf):
    modes, tagged = page_modes(pdf)
    if not tagged:
        sys.exit(f"bundles: {pdf} is not tagged")
    head, foot = doc.furniture()
    n = len(modes)
    pages = [[nospace(t) for t in m.values()] for m in modes]
    # a block may run on over a page break: also look at the start of the next page
    joined = [[a + (pages[i + 1][k][:400] if i + 1 < n else "") for k, a in enumerate(pages[i])] for i in range(n)]

    layout_words = [split_words(m["layout"]) for m in modes]

    def on(p, key):
        return any(key in t for t in joined[p])

    cursor, missing = 0, 0
    for lab in doc.labels:
        key = nospace(lab["text"])[:60]
        order = list(range(cursor, n)) + list(range(cursor - 1, -1, -1))
        p = next((p for p in order if on(p, key)), None)
        if p is None:  # a table row broken over a page, or cells side by side: the first words
            p = next((p for p in order if on(p, key[:18])), None)
        if p is None:  # a wrapped cell beside another: its words in order on the layout page
            words = split_words(lab["text"])
            p = next((p for p in order if ordered(words, layout_words[p])), None)
        if p is None:
            missing += 1
            lab["page"] = 0
            continue
        lab["page"] = p + 1
        cursor = p
    out = []
    body = sorted(enumerate(doc.labels), key=lambda x: (x[1]["page"], x[0]))
    zero = [lab for _, lab in body if lab["page"] == 0]
    body = [lab for _, lab in body if lab["page"] > 0]
    bi = 0
    for p in range(1, n + 1):
        for h in head:
            out.append(furniture(doc.file, p, h))
        while bi < len(body) and body[bi]["page"] == p:
            out.append(body[bi])
            bi += 1
        out.append(furniture(doc.file, p, f"Page {p} of {n}"))
        for ft in foot:
            out.append(furniture(doc.file, p, ft))
    out += zero
    return out, n, missing


def furniture(file, page, text):
    return {"file": file, "page": page, "text": text, "kind": "furniture", "section": "", "area": "", "dup": "", "note": ""}


def clean_label(lab):
    return {k: v for k, v in lab.items() if v != "" or k in ("section", "area")}


def main():
    root = os.path.abspath(sys.argv[1])
    keep = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--keep" else None
    tmp = tempfile.mkdtemp(prefix="bundles-")
    try:
        # blank forms
        fdir = os.path.join(tmp, "forms")
        os.makedirs(fdir)
        for key, form in FORMS.items():
            d = form(key + ".docx", Fill())
            with open(os.path.join(fdir, key + ".fodt"), "w", encoding="utf-8") as fh:
                fh.write(d.fodt())
        out_forms = os.path.join(root, "tests/data/forms/northfold")
        shutil.rmtree(out_forms, ignore_errors=True)
        os.makedirs(out_forms)
        soffice(tmp, 'docx:MS Word 2007 XML', out_forms, sorted(os.path.join(fdir, x) for x in os.listdir(fdir)))
        print(f"forms: {len(FORMS)} blank DOCX in tests/data/forms/northfold")
        for cname in CASES:
            mod = importlib.import_module(cname)
            case = mod.CASE
            cdir = os.path.join(tmp, case)
            os.makedirs(cdir)
            docs = []
            for fname, form, fill in mod.DOCS:
                d = FORMS[form](fname, fill)
                docs.append(d)
                with open(os.path.join(cdir, fname[:-4] + ".fodt"), "w", encoding="utf-8") as fh:
                    fh.write(d.fodt())
            out = os.path.join(root, "samples", case)
            shutil.rmtree(out, ignore_errors=True)
            os.makedirs(out)
            soffice(tmp, PDF_FILTER, out, sorted(os.path.join(cdir, x) for x in os.listdir(cdir)))
            labels, total = [], 0
            for d in docs:
                labs, n, missing = paginate(d, os.path.join(out, d.file))
                total += n
                labels += labs
                print(f"{case}/{d.file}: {n} pages, {len(labs)} labels" + (f", {missing} NOT FOUND" if missing else ""))
            ldir = os.path.join(root, "tests/data/bundles", case)
            os.makedirs(ldir, exist_ok=True)
            with open(os.path.join(ldir, "labels.jsonl"), "w", encoding="utf-8") as fh:
                for lab in labels:
                    fh.write(json.dumps(clean_label(lab), ensure_ascii=False) + "\n")
            with open(os.path.join(ldir, "flags.jsonl"), "w", encoding="utf-8") as fh:
                for fl in mod.FLAGS:
                    fh.write(json.dumps(fl, ensure_ascii=False) + "\n")
            print(f"{case}: {len(docs)} documents, {total} pages, {len(labels)} labels, {len(mod.FLAGS)} flags")
        if keep:
            shutil.copytree(tmp, keep, dirs_exist_ok=True, ignore=shutil.ignore_patterns("profile"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
