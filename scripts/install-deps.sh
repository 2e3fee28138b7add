#!/usr/bin/env bash
# Installs what ehcp needs to build and test on Debian 12 (bookworm). Safe to run again.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PACKAGES=(
  build-essential cmake pkg-config
  libpoppler-cpp-dev libpoppler-private-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng
  libicu-dev libpugixml-dev libxlsxwriter-dev libzip-dev zipcmp
  nlohmann-json3-dev libcli11-dev libsqlite3-dev libgtest-dev liblinear-dev libcpp-httplib-dev help2man
  libpq-dev postgresql
  poppler-utils qpdf zip unzip
)
# clang and its runtime build the libFuzzer targets (scripts/fuzz.sh).
if [ "${EHCP_NO_FUZZ:-0}" != "1" ]; then
  PACKAGES+=(clang libclang-rt-14-dev)
fi
# LibreOffice is used by tests that open the outputs in a real office suite.
if [ "${EHCP_NO_OFFICE:-0}" != "1" ]; then
  PACKAGES+=(libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2)
fi
# Chromium (large) runs the desk's browser test (tests/browser, with Node's test runner).
if [ "${EHCP_NO_BROWSER:-0}" != "1" ]; then
  PACKAGES+=(chromium)
  command -v node >/dev/null || PACKAGES+=(nodejs)
  command -v npm >/dev/null || PACKAGES+=(npm)
fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: everything is already installed"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
