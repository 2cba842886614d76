#!/usr/bin/env bash
# DESIGN.md: the domain in pos/ (outside pos/app/ and the pos/cli/ command)
# and everything in db/ compile with no Qt. Checked on the compiler's own
# command lines: none of those files may see a Qt include directory, so a
# Qt header slipping into a domain header fails here, not in review.
#
#   domain_without_qt.sh BUILD_DIR
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
commands="$1/compile_commands.json"
[ -f "$commands" ] || { echo "no $commands (CMAKE_EXPORT_COMPILE_COMMANDS is off?)"; exit 1; }
python3 - "$commands" "$top" <<'PY'
import json, sys
entries, top = json.load(open(sys.argv[1])), sys.argv[2]
domain = [e for e in entries
          if e["file"].startswith((top + "/pos/", top + "/db/"))
          and not e["file"].startswith((top + "/pos/app/", top + "/pos/cli/"))]
if not domain:
    sys.exit("found no pos/ or db/ files in the compile commands: the check is wrong")
bad = [e["file"] for e in domain if "qt6" in e["command"].lower() or "/qt" in e["command"].lower()]
for file in bad:
    print("compiled with Qt on its include path:", file)
print(f"{len(domain)} domain files, {len(domain) - len(bad)} without Qt")
sys.exit(1 if bad else 0)
PY
