#!/usr/bin/env python3
"""Write tests/data/bundles/<case>/labels.jsonl from the block lists fodt.py wrote and the
laid-out PDFs (the page of every block). Furniture (running header and footer lines) is labelled
once per page. Usage: finalize.py BUILD_DIR OUT_LABELS.jsonl FILE=STEM ...
where BUILD_DIR holds STEM.json (blocks) and STEM.layout.pdf (how the file is laid out)."""
import json
import sys

sys.dont_write_bytecode = True  # keep the source folder free of __pycache__
import textlib  # noqa: E402


def locate(blocks, pdf, meta, fname):
    views = []
    for raw in (False, True):
        text, starts = textlib.strip_furniture(textlib.pdf_pages(pdf, raw), meta)
        views.append([text, starts, 0])
    missing = 0
    for b in blocks:
        page = 0
        for v in views:
            text, starts, cur = v
            page_of = lambda k: max(i for i, s in enumerate(starts) if s <= k) + 1
            k = text.find(b["text"], cur)
            if k < 0:
                back = starts[max(0, page_of(cur) - 2)]
                k = text.find(b["text"], back)
            if k < 0:
                k = text.find(b["text"])
            if k >= 0:
                page = page_of(k)
                v[2] = k
                break
        if page == 0:
            missing += 1
            print(f"finalize: {fname}: not found in the laid-out text: {b['text'][:70]!r}", file=sys.stderr)
        b["page"] = page
    return missing


def main():
    build, out = sys.argv[1], sys.argv[2]
    rows, missing = [], 0
    for arg in sys.argv[3:]:
        fname, stem = arg.split("=")
        meta = json.load(open(f"{build}/{stem}.json", encoding="utf-8"))
        pdf = f"{build}/{stem}.layout.pdf"
        blocks = meta["blocks"]
        missing += locate(blocks, pdf, meta, fname)
        n = textlib.page_count(pdf)
        items = []
        for i, b in enumerate(blocks):
            items.append((b["page"], 1, i, b))
        for p in range(1, n + 1):
            lines = textlib.furniture_lines(meta, p, n)
            for j, line in enumerate(lines):
                order = 0 if j < len(meta["header"]) else 2
                items.append((p, order, j, {"text": line, "kind": "furniture", "section": "", "area": "", "dup": "", "note": ""}))
        body = [x for x in items if x[1] == 1]
        body.sort(key=lambda x: x[2])
        furn = [x for x in items if x[1] != 1]
        merged = []
        for p in range(0, n + 1):
            merged += [x for x in furn if x[0] == p and x[1] == 0]
            merged += [x for x in body if x[0] == p]
            merged += [x for x in furn if x[0] == p and x[1] == 2]
        for page, _order, _index, b in merged:
            row = {"file": fname, "page": page, "text": b["text"], "kind": b["kind"],
                   "section": b["section"], "area": b["area"]}
            if b["dup"]:
                row["dup"] = b["dup"]
            if b["note"]:
                row["note"] = b["note"]
            rows.append(row)
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"finalize: {len(rows)} labels written to {out}")
    if missing:
        sys.exit(f"finalize: {missing} blocks not found in their laid-out PDFs")


if __name__ == "__main__":
    main()
