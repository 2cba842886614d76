#!/usr/bin/env bash
# Every error code the source can return is listed in docs/errors.md, so that
# a technician who searches for a code always finds what it means.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefixes='auth|cart|catalog|cli|csv|db|discount|init|money|payment|quantity|refund|sale|sales|settings|shift|stock|terminal|time|vat|vietqr'
codes=$(grep -rhoE "\"($prefixes)\.[a-z_]+\"," "$top/common" "$top/db" "$top/pos" \
    --include='*.cpp' --include='*.h' | tr -d '",' | sort -u)
missing=0
for code in $codes; do
    if ! grep -q "\`$code\`" "$top/docs/errors.md"; then
        echo "not in docs/errors.md: $code"
        missing=1
    fi
done
[ -n "$codes" ] || { echo "found no error codes at all: the pattern is wrong"; exit 1; }
[ $missing -eq 0 ] && echo "$(echo "$codes" | wc -l) error codes, all documented"
exit $missing
