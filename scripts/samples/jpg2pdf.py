#!/usr/bin/env python3
"""Wrap JPEG page images into a PDF with no text layer (what a scanner produces).

usage: jpg2pdf.py DPI OUT.pdf PAGE1.jpg [PAGE2.jpg ...]
Each JPEG is embedded unchanged (DCTDecode), one per page, sized for the given resolution.
Written here because ImageMagick's PDF writer is disabled by Debian's security policy.
"""
import struct
import sys


def jpeg_info(data):
    """(width, height, components) from a JPEG's start-of-frame marker."""
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            raise ValueError("not a JPEG marker")
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return w, h, data[i + 9]
        i += 2 + length
    raise ValueError("no SOF marker")


def main():
    dpi = float(sys.argv[1])
    out = sys.argv[2]
    pages = sys.argv[3:]
    objs = []  # bodies, object number = index + 1
    kids = []
    objs.append(None)  # 1: catalog
    objs.append(None)  # 2: pages
    for p in pages:
        data = open(p, "rb").read()
        w, h, comps = jpeg_info(data)
        cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
        img_no = len(objs) + 1
        objs.append(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, cs.encode(), len(data)) + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        c_no = len(objs) + 1
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_no = len(objs) + 1
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (pw, ph, img_no, c_no))
        kids.append(page_no)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(buf))
        buf += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        buf += b"%010d 00000 n \n" % off
    buf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(out, "wb").write(buf)


if __name__ == "__main__":
    main()
