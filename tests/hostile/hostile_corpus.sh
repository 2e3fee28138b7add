#!/usr/bin/env bash
# A hostile corpus, made at test time (no binaries in the repository), run through the real
# program under a memory limit: each attack must be refused or isolated, with a message that
# names the file, and the rest of the batch must be written.
# Usage: hostile_corpus.sh EHCP SOURCE_DIR [sanitize]   (ctest runs it; see CMakeLists.txt)
set -uo pipefail
EHCP="$1"
SRC="$2"
SANITIZE="${3:-}"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
fail=0
check() {  # check DESCRIPTION COMMAND...
  if ! "${@:2}"; then echo "FAIL: $1"; fail=1; else echo "ok: $1"; fi
}
has() { grep -qF -- "$2" "$1"; }

mkdir -p "$W/batch/robin-ashdown" "$W/batch/hostile"
printf 'Parent views\n\nName: Robin Ashdown\n\nWe would like Robin to make friends at school.\n' \
  >"$W/batch/robin-ashdown/parent-views.txt"
printf '# Advice from the education setting\n\n## Provision\n\nRobin will receive 20 minutes of small-group language work daily from a trained teaching assistant.\n' \
  >"$W/batch/robin-ashdown/school-advice.txt"
cp "$W/batch/robin-ashdown/parent-views.txt" "$W/batch/hostile/parent-views.txt"

# 1. Three million compressed save-state operators in a small PDF (five million took 4.7 GB in
#    one process before isolation).
{
  printf '%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n4 0 obj << /Length 6000000 >> stream\n'
  yes q | head -n 3000000
  printf 'endstream endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n'
} >"$W/raw.pdf"
qpdf --compress-streams=y --recompress-flate --compression-level=9 "$W/raw.pdf" \
  "$W/batch/hostile/save-states.pdf" >/dev/null 2>&1
# 2. A zip bomb: a Word document whose text part unpacks to 40 MB (limit set to 16 MB below).
mkdir -p "$W/bomb/word" "$W/bomb/_rels"
printf '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' >"$W/bomb/[Content_Types].xml"
printf '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' >"$W/bomb/_rels/.rels"
head -c 41943040 /dev/zero | tr '\0' ' ' >"$W/bomb/word/document.xml"
(cd "$W/bomb" && zip -q -9 -r "$W/batch/hostile/zip-bomb.docx" .)
# 3. An external entity (XXE) in a Word document.
mkdir -p "$W/xxe/word" "$W/xxe/_rels"
cp "$W/bomb/[Content_Types].xml" "$W/xxe/"
cp "$W/bomb/_rels/.rels" "$W/xxe/_rels/"
printf '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>' >"$W/xxe/word/document.xml"
(cd "$W/xxe" && zip -q -r "$W/batch/hostile/entity.docx" .)
# 4. An encrypted PDF and 5. a truncated one.
sample_pdf="$SRC/samples/amelia-hartley/educational-psychology-advice.pdf"
qpdf --encrypt secret secret 256 -- "$sample_pdf" "$W/batch/hostile/locked.pdf"
head -c 3000 "$sample_pdf" >"$W/batch/hostile/truncated.pdf"

limit=""
[ "$SANITIZE" != sanitize ] && limit="ulimit -v 1500000;"
bash -c "$limit exec '$EHCP' draft '$W/batch' -o '$W/out' --jobs 2 --no-ocr --max-worker-mb 400 --max-zip-mb 16 --date 2026-11-22" \
  >"$W/draft.log" 2>&1
rc=$?
cat "$W/draft.log" | grep -E "could not|not read|protected|damaged|limit|memory" | head -20
check "draft exits 1 (some files not read), not a crash: got $rc" test "$rc" -eq 1
check "the other case is written" test -s "$W/out/robin-ashdown/draft-plan.docx"
check "the hostile case's good file is drafted" test -s "$W/out/hostile/plan.json"
check "save-states.pdf: isolated, named, memory" has "$W/draft.log" "'save-states.pdf' could not be read: it needs more than 400 MB of memory"
check "zip-bomb.docx: refused, named" has "$W/draft.log" "'zip-bomb.docx'"
check "entity.docx: refused, named" has "$W/draft.log" "'entity.docx'"
check "locked.pdf: refused, named" has "$W/draft.log" "'locked.pdf'"
check "truncated.pdf: refused, named" has "$W/draft.log" "'truncated.pdf'"
check "no /etc/passwd line in any plan" bash -c "! grep -rq 'root:x:0' '$W/out'"
check "no temporary folder left in /tmp by this run" bash -c "! ls -d \${TMPDIR:-/tmp}/ehcp-xlsx-* 2>/dev/null | grep -q ."

# 6. A review workbook of a few KB holding one 50 MB shared string: refused by `apply`.
mkdir -p "$W/xlsx"
(cd "$W/xlsx" && unzip -q "$W/out/robin-ashdown/review.xlsx")
{
  printf '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
  head -c 52428800 /dev/zero | tr '\0' 'A'
  printf '</t></si></sst>'
} >"$W/xlsx/xl/sharedStrings.xml"
(cd "$W/xlsx" && zip -q -9 -r "$W/huge-string.xlsx" .)
cp "$W/out/robin-ashdown/plan.json" "$W/plan-before.json"
bash -c "$limit exec '$EHCP' apply '$W/out/robin-ashdown' --review '$W/huge-string.xlsx'" >"$W/apply.log" 2>&1
rc=$?
cat "$W/apply.log"
check "apply refuses the huge shared string (exit 1): got $rc" test "$rc" -eq 1
check "apply names the workbook" has "$W/apply.log" "'huge-string.xlsx'"
check "apply changed nothing" cmp -s "$W/plan-before.json" "$W/out/robin-ashdown/plan.json"

# 7. After kill -9: leftovers of a dead run are removed by the next run, which carries on.
touch "$W/out/robin-ashdown/plan.json.part-999999"
mkdir -p "$W/out/robin-ashdown/.ehcp-tmp-999999-AbCdEf"
echo "Robin" >"$W/out/robin-ashdown/.ehcp-tmp-999999-AbCdEf/sheet1.xml"
bash -c "$limit exec '$EHCP' draft '$W/batch/robin-ashdown' -o '$W/out' --force --no-ocr --date 2026-11-22" \
  >"$W/again.log" 2>&1
rc=$?
check "the next run succeeds: got $rc" test "$rc" -eq 0
check "the next run says it removed leftovers" has "$W/again.log" "removed 2 temporary file(s) left by an earlier run"
check "the .part file is gone" test ! -e "$W/out/robin-ashdown/plan.json.part-999999"
check "the temporary folder is gone" test ! -e "$W/out/robin-ashdown/.ehcp-tmp-999999-AbCdEf"
check "outputs are private (0600)" test "$(stat -c %a "$W/out/robin-ashdown/plan.json")" = 600
exit $fail
