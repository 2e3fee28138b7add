#!/bin/bash
# Rebuild samples/ from the sources in scripts/samples/src/.
#
# Needs: python3, LibreOffice (soffice), poppler-utils (pdftoppm), ImageMagick (convert).
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-dejavu-core \
#     fonts-liberation2 poppler-utils imagemagick
#
# Source names decide the output (in scripts/samples/src/<case>/):
#   NAME.pdf.txt   markup -> .fodt -> samples/<case>/NAME.pdf   (text PDF, headers/footers)
#   NAME.docx.txt  markup -> .fodt -> samples/<case>/NAME.docx
#   NAME.scan.txt  markup -> .fodt -> PDF -> 200 dpi grey page images, skewed and noisy ->
#                  samples/<case>/NAME.pdf with NO text layer (a scanned letter)
#   NAME.jpg.txt   markup -> first page as a skewed, noisy 150 dpi JPEG photo/scan
#   anything else (case.json, .md, .txt notes) is copied as is.
# Usage: scripts/samples/build.sh [case-id ...]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SRC=$HERE/src
OUT=$ROOT/samples
for tool in soffice pdftoppm convert python3; do
  command -v "$tool" >/dev/null || { echo "samples: $tool is missing (see the top of this script)" >&2; exit 1; }
done
# Check before anything is deleted: some machines put a stand-in 'convert' first on PATH.
convert -version 2>/dev/null | grep -q "^Version: ImageMagick" ||
  { echo "samples: 'convert' is not ImageMagick (try PATH=/usr/bin:\$PATH)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for d in "$SRC"/*/; do cases+=("$(basename "$d")"); done
fi

# Skew and speckle one page image like a flatbed scan, saved as a compressed JPEG.
scanify() { # in.png out.jpg angle quality
  convert "$1" -background white -rotate "$3" -seed 20250214 -attenuate 0.3 +noise Gaussian \
    -colorspace Gray -strip -quality "$4" "$2"
}

for c in "${cases[@]}"; do
  [ -d "$SRC/$c" ] || { echo "samples: no sources for case '$c' in $SRC" >&2; exit 1; }
done

for c in "${cases[@]}"; do
  echo "== $c"
  rm -rf "${OUT:?}/$c"
  mkdir -p "$OUT/$c" "$TMP/$c/pdf" "$TMP/$c/docx" "$TMP/$c/scan" "$TMP/$c/jpg"
  for f in "$SRC/$c"/*; do
    name=$(basename "$f")
    case "$name" in
      *.pdf.txt)  python3 "$HERE/make_fodt.py" "$f" "$TMP/$c/pdf/${name%.pdf.txt}.fodt" ;;
      *.docx.txt) python3 "$HERE/make_fodt.py" "$f" "$TMP/$c/docx/${name%.docx.txt}.fodt" ;;
      *.scan.txt) python3 "$HERE/make_fodt.py" "$f" "$TMP/$c/scan/${name%.scan.txt}.fodt" ;;
      *.jpg.txt)  python3 "$HERE/make_fodt.py" "$f" "$TMP/$c/jpg/${name%.jpg.txt}.fodt" ;;
      *)          cp "$f" "$OUT/$c/$name" ;;
    esac
  done
  shopt -s nullglob
  p=("$TMP/$c/pdf"/*.fodt); [ ${#p[@]} -gt 0 ] && soffice --headless --convert-to pdf --outdir "$OUT/$c" "${p[@]}" >/dev/null
  d=("$TMP/$c/docx"/*.fodt); [ ${#d[@]} -gt 0 ] && soffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$OUT/$c" "${d[@]}" >/dev/null
  s=("$TMP/$c/scan"/*.fodt "$TMP/$c/jpg"/*.fodt)
  if [ ${#s[@]} -gt 0 ]; then
    soffice --headless --convert-to pdf --outdir "$TMP/$c/raster" "${s[@]}" >/dev/null
  fi
  for fodt in "$TMP/$c/scan"/*.fodt; do
    base=$(basename "$fodt" .fodt)
    pdftoppm -r 200 -gray -png "$TMP/$c/raster/$base.pdf" "$TMP/$c/raster/$base-p"
    pages=()
    n=0
    for png in "$TMP/$c/raster/$base-p"*.png; do
      n=$((n + 1))
      angle=$([ $((n % 2)) -eq 1 ] && echo 0.8 || echo -0.6)
      scanify "$png" "${png%.png}.jpg" "$angle" 45
      pages+=("${png%.png}.jpg")
    done
    python3 "$HERE/jpg2pdf.py" 200 "$OUT/$c/$base.pdf" "${pages[@]}"
  done
  for fodt in "$TMP/$c/jpg"/*.fodt; do
    base=$(basename "$fodt" .fodt)
    pdftoppm -r 150 -gray -png -f 1 -l 1 -singlefile "$TMP/$c/raster/$base.pdf" "$TMP/$c/raster/$base-photo"
    scanify "$TMP/$c/raster/$base-photo.png" "$OUT/$c/$base.jpg" -1.2 60
  done
  shopt -u nullglob
done
du -sh "$OUT"
python3 "$HERE/expected_src.py"
