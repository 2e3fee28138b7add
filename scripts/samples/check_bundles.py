#!/usr/bin/env python3
"""Check tests/data/bundles/<case>/labels.jsonl against the PDFs in samples/<case>/.

Every label's text must occur in the text of its PDF, on its page (or running on to the next):
  exact   - in `pdftotext -layout`, whitespace collapsed
  other   - in pdftotext's default, -raw or -bbox-layout (per block) text, whitespace collapsed
  ordered - its words in order on the -layout page, interleaved with a neighbouring column's
            (a table cell whose lines wrap beside another cell's)
A label found none of these ways, or with page 0, is an error. Also checks that each PDF is
tagged and that flags.jsonl texts occur in some label, and reports how many of the words on
the pages are covered by labels (what is left: list bullets and numbers, table header rows
repeated on a new page). Exit status 1 on any error.
Usage: check_bundles.py [case ...]
"""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../.."))
sys.path.insert(0, os.path.join(HERE, "bundles"))
from pdftext import norm, ordered, page_modes, split_words  # noqa: E402


def main():
    base = os.path.join(ROOT, "tests/data/bundles")
    cases = sys.argv[1:] or sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))
    errors = 0
    for case in cases:
        labels = [json.loads(x) for x in open(os.path.join(base, case, "labels.jsonl"), encoding="utf-8")]
        flags = [json.loads(x) for x in open(os.path.join(base, case, "flags.jsonl"), encoding="utf-8")]
        by_file = collections.defaultdict(list)
        for lab in labels:
            by_file[lab["file"]].append(lab)
        total_pages, words_all, words_left = 0, 0, collections.Counter()
        how = collections.Counter()
        kinds = collections.Counter(lab["kind"] for lab in labels)
        for file, labs in by_file.items():
            pdf = os.path.join(ROOT, "samples", case, file)
            modes, tagged = page_modes(pdf)
            total_pages += len(modes)
            if not tagged:
                print(f"ERROR {case}/{file}: not a tagged PDF")
                errors += 1
            for lab in labs:
                t, p = norm(lab["text"]), lab["page"]
                if p < 1 or p > len(modes):
                    print(f"ERROR {case}/{file}: page {p} for: {t[:70]}")
                    errors += 1
                    continue
                pages = modes[p - 1:p + 1]
                if any(t in m["layout"] for m in pages) or t in " ".join(m["layout"] for m in pages):
                    how["exact"] += 1
                elif any(t in m[k] for m in pages for k in ("default", "raw", "blocks")) or \
                        any(t in " ".join(m[k] for m in pages) for k in ("default", "raw")):
                    how["other"] += 1
                elif ordered(split_words(t), split_words(" ".join(m["layout"] for m in pages))):
                    how["ordered"] += 1
                else:
                    print(f"ERROR {case}/{file} p{p}: not found: {t[:90]}")
                    errors += 1
            # coverage: words of each page (default mode) not accounted for by a label of that page
            # or the one before (list bullets and numbers, table header rows repeated on a new page)
            for i, m in enumerate(modes, 1):
                words = collections.Counter(m["default"].split())
                words_all += sum(words.values())
                for lab in labs:
                    if lab["page"] in (i, i - 1):
                        for w in lab["text"].split():
                            if words[w] > 0:
                                words[w] -= 1
                words_left.update(+words)
            print(f"{case}/{file}: {len(modes)} pages, {len(labs)} labels, tagged={'yes' if tagged else 'no'}")
        texts = [lab["text"] for lab in labels]
        dups = {lab.get("dup") for lab in labels if lab.get("dup")}
        for fl in flags:
            if fl["text"] and not any(fl["text"] in t for t in texts) and fl["text"] not in dups:
                print(f"ERROR {case} flags: text not in any label: {fl['text'][:80]}")
                errors += 1
        print(f"{case}: {len(by_file)} documents, {total_pages} pages, {len(labels)} labels "
              f"(exact {how['exact']}, other mode {how['other']}, words in order {how['ordered']}), {len(flags)} flags")
        print("  kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
        left = sum(words_left.values())
        print(f"  coverage: {words_all - left} of {words_all} words on the pages are in a label; not covered: "
              + ", ".join(f"{w!r} x{n}" for w, n in words_left.most_common(8)))
    print("OK" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
