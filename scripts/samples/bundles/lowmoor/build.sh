#!/bin/bash
# Rebuild the Lowmoor City Council sample bundle (case nadia-kellaway), its blank forms and labels.
#
#   samples/nadia-kellaway/            the bundle (tagged PDFs, an untagged PDF, a DOCX, a scan)
#   tests/data/forms/lowmoor/          the council's blank forms as DOCX
#   tests/data/bundles/nadia-kellaway/ labels.jsonl (every block of text) and flags.jsonl
#
# Sources: scripts/samples/bundles/lowmoor/src/*.txt (markup described in fodt.py) and
# src/flags.jsonl. Needs python3, LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext,
# pdfinfo). PDF and DOCX dates and IDs are pinned (normalise.py) so a rebuild gives the same files.
# Usage: scripts/samples/bundles/lowmoor/build.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
CASE=nadia-kellaway
OUT=$ROOT/samples/$CASE
FORMS=$ROOT/tests/data/forms/lowmoor
DATA=$ROOT/tests/data/bundles/$CASE
TAGGED='pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
for tool in soffice pdftoppm pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "lowmoor: $tool is missing" >&2; exit 1; }
done
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export TZ=UTC PYTHONDONTWRITEBYTECODE=1
# A private LibreOffice profile: another soffice running on the machine cannot swallow our calls.
SOFFICE=(soffice --headless "-env:UserInstallation=file://$TMP/lo-profile")

# stem | file in the bundle | how it is exported
DOCS="parent-views parent-views.pdf tagged
child-views child-views.docx docx
school-education-advice school-education-advice.pdf tagged
educational-psychology-report educational-psychology-report.pdf tagged
speech-and-language-therapy-report speech-and-language-therapy-report.pdf plain
paediatric-clinic-letter paediatric-clinic-letter.pdf scan
social-care-advice social-care-advice.pdf tagged"
# stem | blank form name
FORMLIST="parent-views lowmoor-P1-parent-carer-views
child-views lowmoor-C1-my-views
school-education-advice lowmoor-E2-education-advice
educational-psychology-report lowmoor-EPS-psychological-advice
social-care-advice lowmoor-S1-social-care-advice"

rm -rf "$OUT" "$FORMS"
mkdir -p "$OUT" "$FORMS" "$DATA" "$TMP"/{tagged,plain,docx,scan,blank,layout}
args=()
while read -r stem file how; do
  python3 "$HERE/fodt.py" "$HERE/src/$stem.txt" "$TMP/$how/$stem.fodt" "$TMP/layout/$stem.json"
  args+=("$file=$stem")
done <<<"$DOCS"
while read -r stem form; do
  python3 "$HERE/fodt.py" "$HERE/src/$stem.txt" "$TMP/blank/$form.fodt" "$TMP/blank/$form.json" --blank
done <<<"$FORMLIST"

"${SOFFICE[@]}" --convert-to "$TAGGED" --outdir "$TMP/tagged" "$TMP"/tagged/*.fodt >/dev/null
"${SOFFICE[@]}" --convert-to pdf --outdir "$TMP/plain" "$TMP"/plain/*.fodt "$TMP"/scan/*.fodt >/dev/null
"${SOFFICE[@]}" --convert-to docx:"MS Word 2007 XML" --outdir "$TMP/docx" "$TMP"/docx/*.fodt >/dev/null
"${SOFFICE[@]}" --convert-to docx:"MS Word 2007 XML" --outdir "$FORMS" "$TMP"/blank/*.fodt >/dev/null
# How the DOCX lays out (for page numbers): convert it back to PDF.
"${SOFFICE[@]}" --convert-to pdf --outdir "$TMP/docx" "$TMP"/docx/*.docx >/dev/null

while read -r stem file how; do
  case $how in
    tagged) cp "$TMP/tagged/$stem.pdf" "$OUT/$file"; cp "$TMP/tagged/$stem.pdf" "$TMP/layout/$stem.layout.pdf" ;;
    plain)  cp "$TMP/plain/$stem.pdf" "$OUT/$file";  cp "$TMP/plain/$stem.pdf" "$TMP/layout/$stem.layout.pdf" ;;
    docx)   cp "$TMP/docx/$stem.docx" "$OUT/$file";  cp "$TMP/docx/$stem.pdf" "$TMP/layout/$stem.layout.pdf" ;;
    scan)
      # A scanned letter: 150 dpi grey page images in a PDF with no text layer.
      cp "$TMP/plain/$stem.pdf" "$TMP/layout/$stem.layout.pdf"
      pdftoppm -r 150 -gray "$TMP/plain/$stem.pdf" "$TMP/scan/$stem-p"
      python3 "$HERE/scan2pdf.py" 150 "$OUT/$file" "$TMP/scan/$stem-p"*.pgm ;;
  esac
done <<<"$DOCS"

python3 "$HERE/normalise.py" "$OUT"/* "$FORMS"/*
python3 "$HERE/finalize.py" "$TMP/layout" "$DATA/labels.jsonl" "${args[@]}"
cp "$HERE/src/flags.jsonl" "$DATA/flags.jsonl"
python3 "$HERE/check.py"
du -sh "$OUT" "$FORMS"
