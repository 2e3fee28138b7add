#!/usr/bin/env bash
# Installs the dependencies, builds ehcp and drafts plans for the bundled sample cases into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
./build/ehcp draft samples --out out "$@"
echo "Drafts written to $(pwd)/out/<case>/: draft-plan.docx, review.xlsx, plan.json"
