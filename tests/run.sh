#!/usr/bin/env bash
# The whole test suite, from nothing: installs what is missing, builds with
# the `ci` preset (warnings are errors), and runs every test through ctest.
# Exits non-zero on any failure.
#
#   tests/run.sh [extra ctest arguments, e.g. -R catalog]
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
./installer/setup.sh --preset ci
ctest --preset ci --parallel "$(nproc)" "$@"
