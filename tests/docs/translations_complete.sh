#!/usr/bin/env bash
# Every string the terminal shows has its Vietnamese translation: lupdate
# reads the QML as it is now into a copy of qml/i18n/ocop_vi.ts, and any entry
# it leaves unfinished (a new string, or one never translated) is listed.
#   translations_complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
top="$1"
lupdate="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$top/qml/i18n/ocop_vi.ts" "$work/ocop_vi.ts"
"$lupdate" -silent -no-obsolete -extensions qml "$top/qml" -ts "$work/ocop_vi.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/ocop_vi.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "$unfinished string(s) of the terminal have no Vietnamese translation:"
    grep -B3 'type="unfinished"' "$work/ocop_vi.ts" | grep '<source>' | sed 's/^ */  /'
    echo "Run: cmake --build <build dir> --target update_translations, then translate them (docs/terminal.md)."
    exit 1
fi
echo "every string of the terminal is translated ($(grep -c '<source>' "$work/ocop_vi.ts") strings)"
