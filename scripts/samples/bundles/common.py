"""Helpers shared by the case modules: blocks of free text that follow a form's boxes."""

from fodt import P


def section(title, paras, kind="background", sec="A", area="", level=2):
    """A heading and its paragraphs (str or P). A str starting with '- ' is a bullet."""
    def blk(d):
        if title:
            d.heading(title, level)
        bullets = []
        for x in paras + [None]:
            t = x.text if isinstance(x, P) else x
            if t is not None and t.startswith("- "):
                bullets.append(P(t[2:], x.kind, x.sec, x.area, x.dup, x.note) if isinstance(x, P) else t[2:])
                continue
            if bullets:
                d.items(bullets, kind, sec, area)
                bullets = []
            if x is not None:
                d.para(x, kind, sec, area)
    return blk


def table(rows, widths, head_kind="prompt", kind="background", sec="A", area="", first_kind=None, small=False):
    """A table whose first row is a header; other cells get kind/sec/area (first column
    first_kind if given)."""
    def blk(d):
        out = [[P(h, head_kind) for h in rows[0]]]
        for r in rows[1:]:
            cells = []
            for j, c in enumerate(r):
                if c is None or c == "":
                    cells.append(None)
                elif isinstance(c, P):
                    cells.append(c.resolved(kind, sec, area))
                elif j == 0 and first_kind:
                    cells.append(P(c, first_kind, sec if first_kind in ("content", "background") else "", area))
                else:
                    cells.append(P(c, kind, sec, area))
            out.append(cells)
        d.table(out, widths, head=1, tall_empty=False, small=small)
    return blk


def pagebreak():
    return lambda d: d.pagebreak()


def heading(text, level=1):
    return lambda d: d.heading(text, level)
