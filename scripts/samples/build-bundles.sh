#!/bin/bash
# Rebuild the Northfold advice bundles and their labels, then check them.
#
#   tests/data/forms/northfold/*.docx      the six blank Northfold County Council forms (DOCX)
#   samples/eleanor-whitlock/*.pdf         case 1: seven filled forms, tagged PDF
#   samples/callum-rennard/*.pdf           case 2: six filled forms, tagged PDF
#   tests/data/bundles/<case>/labels.jsonl what every block of text is (see tests/data/bundles/README.md)
#   tests/data/bundles/<case>/flags.jsonl  the planted problems and traps
#
# Sources: scripts/samples/bundles/ (forms.py = the forms, case_*.py = the answers, fodt.py =
# Flat ODT writer that labels each block as it writes it, build.py = LibreOffice + page numbers).
# Needs python3, LibreOffice (soffice) and poppler-utils (pdftotext, pdfinfo). The text and labels
# are deterministic; PDF timestamps differ from run to run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
for tool in soffice pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "bundles: $tool is missing" >&2; exit 1; }
done
python3 "$HERE/bundles/build.py" "$ROOT"
python3 "$HERE/check_bundles.py"
