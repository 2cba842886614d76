#!/usr/bin/env bash
# The whole test suite, from nothing: installs what is missing, then
#   1. builds with the `ci` preset (GCC, warnings are errors) and runs every
#      test through ctest;
#   2. builds with the `asan` preset (clang 16, AddressSanitizer + UBSan, the
#      libFuzzer targets) and runs every test again, the fuzzers briefly.
# Exits non-zero on any failure.
#
#   tests/run.sh [extra ctest arguments, e.g. -R catalog]
#   OCOP_SKIP_ASAN=1 tests/run.sh     # only the first pass, for a quick local run
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
jobs="$(nproc)"

./installer/setup.sh --preset ci
ctest --preset ci --parallel "$jobs" "$@"

if [ "${OCOP_SKIP_ASAN:-}" != 1 ]; then
    ./installer/setup.sh --preset asan
    ctest --preset asan --parallel "$jobs" "$@"
fi
