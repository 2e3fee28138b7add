#!/usr/bin/env bash
# The desk's page speed on a 100-page case: the review data of a statement (its source, with
# the words to mark) and its page picture, fetched as the review page does, for statements
# spread over the 100 pages. "cold": the page is drawn for the request; "warm": drawn before.
#   bench/desk_bench.sh [path/to/ehcp]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(realpath "${1:-build/ehcp}")"
W="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$W"' EXIT
mkdir -p "$W/cases/hundred"
# 100 pages: the two pages of a sample's parent views, 50 times over.
args=()
for _ in $(seq 50); do args+=(samples/jayden-pryce/parent-views.pdf); done
qpdf --empty --pages "${args[@]}" -- "$W/cases/hundred/parent-views.pdf"
"$BIN" draft "$W/cases" -o "$W/out" --no-corpus -j1 >/dev/null 2>&1
"$BIN" serve "$W" --port 0 > "$W/url" &
PID=$!
for _ in $(seq 50); do [ -s "$W/url" ] && break; sleep 0.1; done
URL="$(head -1 "$W/url")"
BASE="${URL%%/?token=*}"
TOKEN="${URL##*token=}"
C=(-s -H "Cookie: ehcp_token=$TOKEN")
pages=$(python3 -c "import json;print(json.load(open('$W/out/hundred/plan.json'))['documents'][0]['pages'])")
# One statement on each of 10 pages spread over the document.
mapfile -t picks < <(python3 - "$W/out/hundred/plan.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
seen = {}
for s in p["statements"]:
    if s["section"] != "-" and s["source"]["page"] not in seen:
        seen[s["source"]["page"]] = s["id"]
pages = sorted(seen)
for pg in pages[:: max(1, len(pages) // 10)][:10]:
    print(seen[pg], pg)
PY
)
echo "case: $pages pages, ${#picks[@]} statements on pages spread over it"
for round in cold warm; do
  times=()
  for pick in "${picks[@]}"; do
    read -r sid pg <<< "$pick"
    # Cold: no picture of the page yet (a fresh server has no words of it either).
    [ "$round" = cold ] && rm -f "$W"/out/hundred/.pages/*-"$pg".png
    s=$(curl "${C[@]}" -o /dev/null -w '%{time_total}' "$BASE/api/cases/hundred/source?statement=$sid")
    i=$(curl "${C[@]}" -o /dev/null -w '%{time_total}' "$BASE/api/cases/hundred/page/D1/$pg.png")
    times+=("$(python3 -c "print(round(($s+$i)*1000))")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "$round: statement source + page picture, ms each (sorted): $sorted"
done
