#!/usr/bin/env bash
# Configures and builds ehcp into build/ (or build-asan/ with --sanitize).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=build
ARGS=(-DEHCP_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  DIR=build-asan
  ARGS=(-DEHCP_WERROR=ON -DEHCP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
fi
cmake -S . -B "$DIR" "${ARGS[@]}" >/dev/null
cmake --build "$DIR" -j"$(nproc)"
