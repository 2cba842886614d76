#!/usr/bin/env bash
# Every error code the source can return is documented (docs/errors.md, or
# the page of its subject such as docs/codes.md), so that a technician who
# searches for a code always finds what it means.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
prefixes='app|auth|enroll|hq|syncd|cart|cash|catalog|certification|cli|code|csv|db|discount|init|key|label|money|payment|print|printer|qr|quantity|receipt|refund|sale|sales|scan|scanner|settings|shift|stamp|stock|sync|terminal|time|vat|vietqr'
codes=$(grep -rhoE "\"($prefixes)\.[a-z_]+\"," "$top/common" "$top/db" "$top/pos" "$top/drivers" "$top/sync" \
    --include='*.cpp' --include='*.h' | tr -d '",' | sort -u)
missing=0
for code in $codes; do
    if ! grep -q "\`$code\`" "$top"/docs/*.md; then
        echo "not documented in docs/: $code"
        missing=1
    fi
done
[ -n "$codes" ] || { echo "found no error codes at all: the pattern is wrong"; exit 1; }
[ $missing -eq 0 ] && echo "$(echo "$codes" | wc -l) error codes, all documented"
exit $missing
