#!/usr/bin/env bash
# Installs whatever Debian packages the project lacks (installer/packages.txt),
# then configures and builds it with a CMake preset.
#
#   installer/setup.sh [--preset dev|ci|asan|release] [--no-build]
#
# Idempotent, and quick when nothing is missing: it asks dpkg once and runs
# apt-get only for packages not yet installed. Works as root on a fresh
# Debian 12 machine, or as a user with sudo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(dirname "$here")"
preset=dev
build=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --preset) preset="$2"; shift 2 ;;
        --preset=*) preset="${1#--preset=}"; shift ;;
        --no-build) build=no; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "setup.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

wanted=$(grep -v '^\s*#' "$here/packages.txt" | tr -s ' \t' '\n' | grep -v '^$' | sort -u)
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' $wanted 2>/dev/null \
    | awk '$2 == "installed" {print $1}' | sort -u)
missing=$(comm -23 <(echo "$wanted") <(echo "$installed"))

if [ -n "$missing" ]; then
    echo "setup: installing $(echo $missing | wc -w) missing package(s): $(echo $missing)"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=""
    elif command -v sudo >/dev/null; then
        sudo="sudo"
    else
        echo "setup: missing packages and no root or sudo to install them: $missing" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine has no package lists yet; refresh them once.
    if ! $sudo apt-get install -y --no-install-recommends $missing >/dev/null 2>&1; then
        $sudo apt-get update -qq
        $sudo apt-get install -y --no-install-recommends $missing
    fi
fi

[ "$build" = yes ] || exit 0
cd "$top"
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset"
