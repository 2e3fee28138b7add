#!/usr/bin/env bash
# Runs the desk's browser test (tests/browser) in Debian's headless Chromium.
#   scripts/browser-test.sh [path/to/ehcp]
# Installs playwright-core from the npm registry (npm ci, from package-lock.json) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$(realpath "${1:-build/ehcp}")"
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi
export EHCP_BINARY="$BIN"
export EHCP_SCREENSHOT_DIR="${EHCP_SCREENSHOT_DIR:-$(dirname "$BIN")/desk-screenshots}"
exec node --test tests/browser/desk.test.mjs
