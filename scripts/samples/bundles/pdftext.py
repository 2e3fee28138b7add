"""Text of a PDF page in several poppler modes, normalised for matching labels."""

import html
import re
import subprocess


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def nospace(s):
    return re.sub(r"\s+", "", s)


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)), re.search(r"^Tagged:\s+yes", info, re.M) is not None


def _run(args):
    return subprocess.run(["pdftotext"] + args, capture_output=True, text=True, check=True).stdout


def blocks(pdf, first, last):
    """pdftotext -bbox-layout: the words of each layout block (a table cell, a paragraph) joined,
    one string per block, per page."""
    x = _run(["-bbox-layout", "-f", str(first), "-l", str(last), pdf, "-"])
    pages = []
    for pg in re.findall(r"<page .*?</page>", x, re.S):
        out = []
        for b in re.findall(r"<block .*?</block>", pg, re.S):
            words = [html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", b, re.S)]
            out.append(" ".join(words))
        pages.append(out)
    return pages


def page_modes(pdf):
    """[{mode: normalised text}] per page, modes: layout, default, raw, blocks."""
    n, tagged = page_count(pdf)
    bl = blocks(pdf, 1, n)
    out = []
    for i in range(1, n + 1):
        m = {}
        for mode, args in (("layout", ["-layout"]), ("default", []), ("raw", ["-raw"])):
            m[mode] = norm(_run(args + ["-f", str(i), "-l", str(i), pdf, "-"]))
        m["blocks"] = " | ".join(norm(b) for b in (bl[i - 1] if i - 1 < len(bl) else []))
        out.append(m)
    return out, tagged


def split_words(t):
    """Words, also split after a hyphen (Writer breaks lines there)."""
    return re.sub(r"-(?=\S)", "- ", t).split()


def ordered(words, text_words):
    """True if words occur in this order in text_words, other words between them allowed."""
    i = 0
    for w in text_words:
        if i < len(words) and w == words[i]:
            i += 1
    return i == len(words)
