#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs them for about 3 x SECONDS in all (default 20),
# shared between the four targets, each from its seed corpus in tests/fuzz/corpus/<target>/ (the
# PDF reader's seeds are the samples' PDFs). A crash leaves its input in build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
# Three targets ran SECONDS each before the PDF reader was added: the same total time is shared.
SECONDS_EACH=$(( ${1:-20} * 3 / 4 ))
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DEHCP_FUZZ=ON -DEHCP_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_docx fuzz_xlsx fuzz_cleanup fuzz_pdf
mkdir -p build-fuzz/crashes
export OMP_THREAD_LIMIT=1
for t in docx xlsx cleanup pdf; do
  work="build-fuzz/corpus-$t"
  rm -rf "$work" && mkdir -p "$work"
  cp tests/fuzz/corpus/"$t"/* "$work"/ 2>/dev/null || true
  if [ "$t" = pdf ]; then
    # Several cases hold files of one name: each seed is named after its case too.
    for f in samples/*/*.pdf; do cp "$f" "$work/$(basename "$(dirname "$f")")-$(basename "$f")"; done
  fi
  echo "fuzz: $t for ${SECONDS_EACH}s"
  ./build-fuzz/fuzz_"$t" "$work" -max_total_time="$SECONDS_EACH" -max_len=262144 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/crashes/"$t"- -print_final_stats=1 2>&1 | tail -n 12
done
