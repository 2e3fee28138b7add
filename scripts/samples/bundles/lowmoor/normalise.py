#!/usr/bin/env python3
"""Pin the dates and IDs LibreOffice writes into PDF and DOCX files, so rebuilds are identical.

PDF: creation/modification dates, XMP dates and the trailer /ID are overwritten in place with
fixed values of the same length, as is LibreOffice's /DocChecksum (byte offsets do not move). DOCX: zip entry times and the
core.xml dates are fixed. Usage: normalise.py FILE...
"""
import re
import sys
import zipfile

FIXED = b"20261201000000"


def pdf(path):
    data = open(path, "rb").read()
    data = re.sub(rb"\(D:\d{14}", b"(D:" + FIXED, data)
    data = re.sub(rb"(<xmp:\w+Date>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", rb"\g<1>2026-12-01T00:00:00", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID" + re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0)[3:]), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+", lambda m: b"/DocChecksum /" + b"0" * (len(m.group(0)) - 14), data)
    open(path, "wb").write(data)


def docx(path):
    zin = zipfile.ZipFile(path)
    entries = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, body in entries:
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-12-01T00:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, (2026, 12, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, body)


for f in sys.argv[1:]:
    if f.endswith(".pdf"):
        pdf(f)
    elif f.endswith(".docx"):
        docx(f)
