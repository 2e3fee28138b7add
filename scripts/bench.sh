#!/usr/bin/env bash
# Benchmarks, each measured against a baseline in the same run (figures are ratios):
#   1. text PDF extraction: `ehcp extract` vs `pdftotext`, per page (the time for the pages after
#      the first, so start-up is not counted as page time) and for the whole file, on a 100-page
#      PDF made by joining the samples' born-digital PDFs four times over (about 1 ms a page, so
#      fewer pages leave the figure to the machine's noise); and 1b, the same on a tagged
#      100-page PDF exported by LibreOffice from the samples' sources (read by its structure tree);
#   2. OCR: `ehcp extract` vs the `tesseract` command on 3 scanned pages (300 dpi), one core,
#      and ehcp with 1 and 2 threads on the scanned PDFs joined twice (an even page count);
#   3. the whole pipeline on the samples batch (`ehcp draft --jobs 1`, then `--jobs 2`) vs the raw
#      extraction tools (pdftotext on every PDF, tesseract on every scanned page and image);
#   4. statement classification: `ehcp classify` (classifier + statement-alone checks) on the
#      statements of tests/data/classify/corpus.tsv repeated to about 100,000 lines, one core,
#      reported as statements per second after subtracting the start-up time of a 1-line run
#      (target: at least 20,000 a second, issue 4).
# Usage: scripts/bench.sh [REPEATS]   (default 3; the median run is reported)
#        BENCH_ONLY=classify scripts/bench.sh [REPEATS]   runs only benchmark 4
#        BENCH_ONLY=pdf scripts/bench.sh [REPEATS]        runs only benchmark 1
set -euo pipefail
cd "$(dirname "$0")/.."
REPEATS="${1:-3}"
BENCH_ONLY="${BENCH_ONLY:-}"
if [ "$BENCH_ONLY" != classify ] && { ! command -v tesseract >/dev/null || ! command -v bc >/dev/null; }; then
  echo "bench: installing the tesseract command (the baseline) and bc"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -qq --no-install-recommends tesseract-ocr bc >/dev/null
fi
[ -x build/ehcp ] || scripts/build.sh >/dev/null
EHCP="$(pwd)/build/ehcp"
export OMP_THREAD_LIMIT=1
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# median wall-clock seconds of REPEATS runs of a command
median() {
  local times=()
  for _ in $(seq "$REPEATS"); do
    local t0 t1
    t0=$(date +%s.%N)
    bash -c "$1" >/dev/null 2>&1
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
# median CPU seconds (user + sys, children included) of REPEATS runs of a command
median_cpu() {
  local times=()
  for _ in $(seq "$REPEATS"); do
    local t
    t=$( { TIMEFORMAT='%U %S'; time bash -c "$1" >/dev/null 2>&1; } 2>&1 | awk '{print $1 + $2}')
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# 4. Statement classification ------------------------------------------------------------------
bench_classify() {
  local corpus=tests/data/classify/corpus.tsv
  grep -v '^#' "$corpus" | cut -f6 >"$WORK/statements.txt"
  local one n
  one=$(wc -l <"$WORK/statements.txt")
  : >"$WORK/classify_in.txt"
  for _ in $(seq $(((100000 + one - 1) / one))); do cat "$WORK/statements.txt" >>"$WORK/classify_in.txt"; done
  n=$(wc -l <"$WORK/classify_in.txt")
  head -n 1 "$WORK/statements.txt" >"$WORK/classify_one.txt"
  # Single-threaded, so CPU time (user + sys) is measured: it does not depend on what else the
  # machine is running. Wall-clock time is shown beside it.
  local t_one t_all w_all
  t_one=$(median_cpu "'$EHCP' classify < '$WORK/classify_one.txt' > /dev/null")
  t_all=$(median_cpu "'$EHCP' classify < '$WORK/classify_in.txt' > /dev/null")
  w_all=$(median "'$EHCP' classify < '$WORK/classify_in.txt'")
  echo "4. ehcp classify, $n statements ($one corpus statements repeated), 1 core:"
  printf '   start-up (1 statement)   %6.3f s CPU\n' "$t_one"
  printf '   %d statements          %6.3f s CPU (%.3f s wall)   %.0f statements/s (target >= 20000)\n' \
    "$n" "$t_all" "$w_all" "$(echo "($n - 1) / ($t_all - $t_one)" | bc -l)"
}
if [ "$BENCH_ONLY" = classify ]; then
  command -v bc >/dev/null || { echo "bench: needs bc (apt-get install bc)"; exit 1; }
  bench_classify
  exit 0
fi

# 1. Text PDFs ---------------------------------------------------------------------------------
text_pdfs=()
scans=()
for f in samples/*/*.pdf; do
  if [ "$(pdftotext "$f" - 2>/dev/null | wc -w)" -gt 50 ]; then text_pdfs+=("$f"); else scans+=("$f"); fi
done
pdfunite "${text_pdfs[@]}" "${text_pdfs[@]}" "${text_pdfs[@]}" "${text_pdfs[@]}" "$WORK/joined.pdf"
pages=$(pdfinfo "$WORK/joined.pdf" | awk '/^Pages:/ {print $2}')
pdfseparate -f 1 -l 1 "$WORK/joined.pdf" "$WORK/one.pdf"
# CPU time (user + sys) of 10 runs in a row, per run: both programs work on one core here, and CPU
# time does not depend on what else the machine is doing.
ten() { echo "$(median_cpu "for i in 1 2 3 4 5 6 7 8 9 10; do $1; done") / 10" | bc -l; }
t_pdftotext=$(ten "pdftotext '$WORK/joined.pdf' /dev/null")
t_ehcp_pdf=$(ten "'$EHCP' extract '$WORK/joined.pdf' --json >/dev/null")
t_pdftotext1=$(ten "pdftotext '$WORK/one.pdf' /dev/null")
t_ehcp_pdf1=$(ten "'$EHCP' extract '$WORK/one.pdf' --json >/dev/null")
# Per page: the cost of the pages after the first, so that each program's start-up (ehcp loads
# Poppler, Tesseract, ICU and the rest: about 15 ms) is not spread over the pages.
pp_pdftotext=$(echo "($t_pdftotext - $t_pdftotext1) * 1000 / ($pages - 1)" | bc -l)
pp_ehcp=$(echo "($t_ehcp_pdf - $t_ehcp_pdf1) * 1000 / ($pages - 1)" | bc -l)
echo "1. text PDF, $pages pages:"
printf '   pdftotext      %6.3f s CPU whole file, %6.3f s page 1 alone, %.2f ms per further page\n' \
  "$t_pdftotext" "$t_pdftotext1" "$pp_pdftotext"
printf '   ehcp extract   %6.3f s CPU whole file, %6.3f s page 1 alone, %.2f ms per further page\n' \
  "$t_ehcp_pdf" "$t_ehcp_pdf1" "$pp_ehcp"
printf '   ratio per page %sx (target <= 1.5x); whole file including start-up %sx\n' \
  "$(ratio "$pp_ehcp" "$pp_pdftotext")" "$(ratio "$t_ehcp_pdf" "$t_pdftotext")"

# 1b. The same on a TAGGED text PDF (the way councils' Word forms arrive): the samples' PDF
# sources made into one document, exported by LibreOffice with tags and cut to 100 pages with qpdf
# (which keeps the structure tree: the cut pages' elements stay in it, so the tree is read in full).
# ehcp reads it by its structure tree; the first page alone (pdfseparate drops the tree) gives the
# start-up time, as above.
if command -v soffice >/dev/null && command -v qpdf >/dev/null && command -v python3 >/dev/null; then
  : >"$WORK/tagged.txt"
  first=1
  for _ in 1 2 3 4 5 6; do
    for f in scripts/samples/src/*/*.pdf.txt; do
      if [ "$first" = 1 ]; then grep '^@' "$f" >>"$WORK/tagged.txt" || true; first=0; fi
      grep -v '^@\|^---$' "$f" >>"$WORK/tagged.txt" || true
    done
  done
  python3 scripts/samples/make_fodt.py "$WORK/tagged.txt" "$WORK/tagged.fodt"
  soffice --headless --convert-to \
    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
    --outdir "$WORK" "$WORK/tagged.fodt" >/dev/null 2>&1
  qpdf "$WORK/tagged.pdf" --pages . 1-100 -- "$WORK/tagged100.pdf"
  tpages=$(pdfinfo "$WORK/tagged100.pdf" | awk '/^Pages:/ {print $2}')
  pdfseparate -f 1 -l 1 "$WORK/tagged100.pdf" "$WORK/tagged-one.pdf"
  if ! "$EHCP" extract "$WORK/tagged100.pdf" --json | grep -q '"tagged": true'; then
    echo "1b. warning: ehcp did not read the tagged PDF by its tags"
  fi
  tt_pdftotext=$(ten "pdftotext '$WORK/tagged100.pdf' /dev/null")
  tt_ehcp=$(ten "'$EHCP' extract '$WORK/tagged100.pdf' --json >/dev/null")
  tt_pdftotext1=$(ten "pdftotext '$WORK/tagged-one.pdf' /dev/null")
  tt_ehcp1=$(ten "'$EHCP' extract '$WORK/tagged-one.pdf' --json >/dev/null")
  tpp_pdftotext=$(echo "($tt_pdftotext - $tt_pdftotext1) * 1000 / ($tpages - 1)" | bc -l)
  tpp_ehcp=$(echo "($tt_ehcp - $tt_ehcp1) * 1000 / ($tpages - 1)" | bc -l)
  echo "1b. tagged text PDF, $tpages pages (LibreOffice export, read by its structure tree):"
  printf '   pdftotext      %6.3f s CPU whole file, %6.3f s page 1 alone, %.2f ms per further page\n' \
    "$tt_pdftotext" "$tt_pdftotext1" "$tpp_pdftotext"
  printf '   ehcp extract   %6.3f s CPU whole file, %6.3f s page 1 alone, %.2f ms per further page\n' \
    "$tt_ehcp" "$tt_ehcp1" "$tpp_ehcp"
  printf '   ratio per page %sx (target <= 1.5x); whole file including start-up %sx\n' \
    "$(ratio "$tpp_ehcp" "$tpp_pdftotext")" "$(ratio "$tt_ehcp" "$tt_pdftotext")"
else
  echo "1b. tagged text PDF: skipped (needs soffice, qpdf and python3)"
fi

[ "$BENCH_ONLY" = pdf ] && exit 0

# 2. OCR -----------------------------------------------------------------------------------------
n=0
for f in "${scans[@]}"; do
  pdftoppm -r 300 -gray -png "$f" "$WORK/scan$n"
  n=$((n + 1))
done
mapfile -t pngs < <(ls "$WORK"/scan*.png | head -n 3)
t_tess=$(median "for p in ${pngs[*]}; do tesseract \"\$p\" - ; done")
t_ehcp_ocr1=$(median "for p in ${pngs[*]}; do '$EHCP' extract \"\$p\" --json; done")
# The threaded runs read the scanned PDFs twice over, so that the page count is even and two
# threads can share the pages equally (3 pages on 2 threads could only ever be 1.5x faster).
pdfunite "${scans[@]}" "${scans[@]}" "$WORK/scans.pdf"
scan_pages=$(pdfinfo "$WORK/scans.pdf" | awk '/^Pages:/ {print $2}')
t_ehcp_ocr1t=$(median "'$EHCP' extract '$WORK/scans.pdf' --json --threads 1")
t_ehcp_ocr2=$(median "'$EHCP' extract '$WORK/scans.pdf' --json --threads 2")
echo "2. OCR, ${#pngs[@]} scanned pages at 300 dpi:"
printf '   tesseract (1 core, one process per page)  %6.2f s\n' "$t_tess"
printf '   ehcp extract (1 core, one process per page) %6.2f s   ratio %sx (target <= 1.1x)\n' \
  "$t_ehcp_ocr1" "$(ratio "$t_ehcp_ocr1" "$t_tess")"
printf '   ehcp extract, scanned PDF of %s pages, 1 thread   %6.2f s (renders the pages too)\n' \
  "$scan_pages" "$t_ehcp_ocr1t"
printf '   ehcp extract, scanned PDF of %s pages, 2 threads  %6.2f s   speed-up %sx (target ~2x)\n' \
  "$scan_pages" "$t_ehcp_ocr2" "$(ratio "$t_ehcp_ocr1t" "$t_ehcp_ocr2")"
printf '   throughput on 2 threads against tesseract on 1 core: %sx (pages per second, ehcp rendering its pages too)\n' \
  "$(printf '%.2f' "$(echo "($scan_pages / $t_ehcp_ocr2) / (${#pngs[@]} / $t_tess)" | bc -l)")"

# 3. Whole pipeline --------------------------------------------------------------------------------
images=(samples/*/*.jpg samples/*/*.png)
raw="for f in ${text_pdfs[*]}; do pdftotext \"\$f\" /dev/null; done;"
raw+="for f in ${scans[*]}; do pdftoppm -r 300 -gray -png \"\$f\" '$WORK/raw'; for p in '$WORK'/raw*.png; do tesseract \"\$p\" - ; done; rm -f '$WORK'/raw*.png; done;"
for f in "${images[@]}"; do [ -e "$f" ] && raw+="tesseract '$f' - ;"; done
t_raw=$(median "$raw")
t_draft1=$(median "'$EHCP' draft samples --out '$WORK/o1' --force --no-corpus --jobs 1")
t_draft2=$(median "'$EHCP' draft samples --out '$WORK/o2' --force --no-corpus --jobs 2")
echo "3. whole pipeline on samples/ (4 cases):"
printf '   raw extraction tools (1 core)   %6.2f s\n' "$t_raw"
printf '   ehcp draft --jobs 1             %6.2f s   ratio %sx (target <= 1.3x)\n' "$t_draft1" \
  "$(ratio "$t_draft1" "$t_raw")"
printf '   ehcp draft --jobs 2             %6.2f s   speed-up %sx over --jobs 1 (target ~2x)\n' \
  "$t_draft2" "$(ratio "$t_draft1" "$t_draft2")"

bench_classify
