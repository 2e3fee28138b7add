#!/usr/bin/env python3
"""Make a scanned-looking PDF with no text layer from greyscale page images (stdlib only).

usage: scan2pdf.py DPI OUT.pdf PAGE1.pgm [PAGE2.pgm ...]   (binary PGM, as pdftoppm -gray writes)
Each page is given a paper tone, a faint shadow down the left edge and a sprinkle of specks
(a fixed random seed, so the output is the same every time), reduced to 16 grey levels and
embedded as a 4-bit DeviceGray image with Flate compression, one image per page.
"""
import random
import sys
import zlib


def read_pgm(path):
    data = open(path, "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b"P5" or fields[3] != b"255":
        raise ValueError(f"{path}: not an 8-bit binary PGM")
    w, h = int(fields[1]), int(fields[2])
    return w, h, bytearray(data[pos + 1:pos + 1 + w * h])


def scanify(w, h, px, rng):
    for y in range(h):
        row = y * w
        for x in range(min(w, 40)):  # shadow near the binding edge
            px[row + x] = min(px[row + x], 200 + x)
    for _ in range(w * h // 4000):  # dust and toner specks
        x, y = rng.randrange(w - 2), rng.randrange(h - 2)
        v = rng.randrange(60, 180)
        for dx, dy in ((0, 0), (1, 0), (0, 1)):
            px[(y + dy) * w + x + dx] = v
    out = bytearray()
    for y in range(h):
        row = px[y * w:(y + 1) * w]
        out.append(0)  # no per-row filter
        levels = [min(15, (min(v, 238) * 16) // 240) for v in row]  # paper is light grey, not white
        if len(levels) % 2:
            levels.append(15)
        out += bytes((levels[i] << 4) | levels[i + 1] for i in range(0, len(levels), 2))
    return out


def main():
    dpi, out, pages = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
    rng = random.Random(20261201)
    objs = [None, None]
    kids = []
    for p in pages:
        w, h, px = read_pgm(p)
        stream = zlib.compress(bytes(scanify(w, h, px, rng)), 9)
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 4 /Filter /FlateDecode /DecodeParms << /Predictor 10 /Colors 1 "
                    b"/BitsPerComponent 4 /Columns %d >> /Length %d >>\nstream\n" % (w, h, w, len(stream)) + stream + b"\nendstream")
        img = len(objs)
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pw, ph, img, len(objs)))
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(buf))
        buf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    buf += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    buf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(out, "wb").write(buf)


if __name__ == "__main__":
    main()
