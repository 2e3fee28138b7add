#!/usr/bin/env bash
# Builds ehcp (if needed) and runs the whole test suite with ctest.
# --sanitize runs it under AddressSanitizer and UndefinedBehaviorSanitizer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=build
if [ "${1:-}" = "--sanitize" ]; then DIR=build-asan; fi
scripts/build.sh "$@"
export OMP_THREAD_LIMIT=1
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
# Leaks that third-party libraries keep on purpose (fontconfig's cache) are not ehcp's.
export LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$DIR" --output-on-failure -j"$(nproc)"
