#!/usr/bin/env bash
# The bench suite (issue 11; docs/performance.md): builds the release preset,
# runs every benchmark on this machine in one run and prints ONE table — each
# figure beside its anchor measured in the same run, their ratio, the target
# and whether it is met — with the machine it ran on. Not part of tests/run.sh
# (ctest runs each bench's --smoke only).
#
#   tests/bench/run.sh [--quick] [--only NAME]... [--no-build [--build-dir DIR]]
#
#   --quick     smaller sizes (minutes instead of most of an hour)
#   --only NAME one bench: catalogue decoder receipt print terminal commit sync
#               (repeatable)
#   --no-build  use what build/release already holds (or DIR: a release
#               build of another source tree, e.g. a snapshot of a commit)
#
# The print bench starts a private cupsd and needs root; as another user it
# is left out with a note. The sync bench's PouchDB anchor needs node and npm:
# its modules are installed into build/release/pouchdb-anchor (never committed).
set -euo pipefail

source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="$source_dir/build/release"
benches=(catalogue decoder receipt print terminal commit sync)
quick=0
build=1
only=()
while (($#)); do
    case "$1" in
    --quick) quick=1 ;;
    --only)
        only+=("${2:?--only needs a bench name}")
        shift
        ;;
    --no-build) build=0 ;;
    --build-dir)
        build_dir="$(cd "${2:?--build-dir needs a folder}" && pwd)"
        shift
        ;;
    -h | --help)
        sed -n '2,19p' "$0"
        exit 0
        ;;
    *)
        echo "unknown option: $1 (see --help)" >&2
        exit 2
        ;;
    esac
    shift
done
if ((${#only[@]})); then
    for name in "${only[@]}"; do
        [[ " ${benches[*]} " == *" $name "* ]] || {
            echo "no bench called $name (${benches[*]})" >&2
            exit 2
        }
    done
    benches=("${only[@]}")
fi

# What each bench is given: full sizes, or --quick's smaller ones.
arguments_of() {
    local name="$1"
    if ((quick)); then
        case "$name" in
        catalogue) echo "--products 10000" ;;
        decoder) echo "--reps 1" ;;
        receipt) echo "--runs 50" ;;
        print) echo "--runs 5" ;;
        terminal) echo "--products 10000 --scans 50 --sales 100 --starts 2" ;;
        commit) echo "--sales 200" ;;
        sync) echo "--quick" ;;
        esac
    fi
}

cd "$source_dir"
if ((build)); then
    targets=()
    for name in "${benches[@]}"; do targets+=("ocop_bench_$name"); done
    cmake --preset release >/dev/null
    cmake --build --preset release --target "${targets[@]}"
fi

# The PouchDB anchor's modules, once per build directory.
if [[ " ${benches[*]} " == *" sync "* ]]; then
    anchor_dir="$build_dir/pouchdb-anchor"
    if command -v node >/dev/null && command -v npm >/dev/null; then
        mkdir -p "$anchor_dir"
        cp "$source_dir/tests/bench/pouchdb_anchor/package.json" "$anchor_dir/"
        if [[ ! -d "$anchor_dir/node_modules/express-pouchdb" ]]; then
            echo "installing the PouchDB anchor into $anchor_dir ..." >&2
            (cd "$anchor_dir" && npm install --no-audit --no-fund --loglevel=error >&2)
        fi
    else
        echo "note: node/npm missing: the sync bench runs without its PouchDB anchor" >&2
    fi
fi

rows="$(mktemp)"
logs="$(mktemp -d)"
trap 'rm -f "$rows"' EXIT
failed=()
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
for name in "${benches[@]}"; do
    if [[ "$name" == print && "$(id -u)" != 0 ]]; then
        echo "note: the print bench needs root (a private cupsd); left out" >&2
        echo "| \"Pay\" → receipt at the printer via CUPS | not run (needs root) | — | — | — | — |" >>"$rows"
        continue
    fi
    echo "== ocop_bench_$name $(arguments_of "$name") (log: $logs/$name.log)" >&2
    # shellcheck disable=SC2046 # the arguments are words on purpose
    if ! OCOP_BENCH_ROWS="$rows" "$build_dir/tests/bench/ocop_bench_$name" \
        $(arguments_of "$name") >"$logs/$name.log" 2>&1; then
        failed+=("$name")
        echo "| ocop_bench_$name | **failed**, see $logs/$name.log | — | — | — | **no** |" >>"$rows"
        tail -5 "$logs/$name.log" >&2
    fi
done

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo
echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB," \
    "kernel $(uname -r), $(. /etc/os-release && echo "$PRETTY_NAME"), $(g++ -dumpfullversion 2>/dev/null | sed 's/^/GCC /') -O3 (release preset)," \
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); started $started$( ((quick)) && echo ', --quick sizes')."
echo
echo "| what | figure | anchor (same run) | ratio | target | met? |"
echo "|---|---|---|---|---|---|"
cat "$rows"
if ((${#failed[@]})); then
    echo "failed: ${failed[*]} (logs in $logs)" >&2
    exit 1
fi
rm -rf "$logs"
