#!/usr/bin/env bash
# Rebuilds the tagged PDF fixtures here from their sources (tests/extractors/pdf_tagged_test.cc
# reads them). Each NAME.txt is the sample markup of scripts/samples/make_fodt.py; it becomes
# NAME.fodt (committed, the Flat ODT source) and NAME.pdf, exported by LibreOffice as a TAGGED PDF:
#   soffice --headless --convert-to \
#     'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' NAME.fodt
# Needs python3 and LibreOffice (libreoffice-writer-nogui). The tests assert what the PDF says,
# so check them after a rebuild: another LibreOffice version may lay the pages out differently.
set -euo pipefail
cd "$(dirname "$0")"
for src in *.txt; do
  name=${src%.txt}
  python3 ../../../scripts/samples/make_fodt.py "$src" "$name.fodt"
  soffice --headless --convert-to \
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' "$name.fodt" >/dev/null
done
