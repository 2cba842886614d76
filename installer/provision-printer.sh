#!/usr/bin/env bash
# Cài máy in hoá đơn (máy in nhiệt ESC/POS) thành một hàng đợi CUPS dạng raw.
# Provisions a thermal receipt printer as a raw CUPS queue, as a store
# technician does it (docs/printer-setup.md):
#
#   installer/provision-printer.sh --name NAME --width 80|58
#       (--address HOST[:PORT] | --usb URI | --detect)
#       [--default] [--info TEXT] [--contimeout SECONDS] [--dry-run]
#
#   --address   a network printer (AppSocket/JetDirect, port 9100 unless given)
#   --usb       a USB printer by its CUPS URI (`lpinfo -v` lists them)
#   --detect    the one USB printer CUPS finds
#   --width     paper width in mm, recorded on the queue as ocop-paper-width
#   --default   make it CUPS's default queue
#   --contimeout  seconds CUPS keeps trying a printer it cannot reach before
#               the job is aborted (default 10; the till follows a job 20 s)
#   --dry-run   check the input and print the lpadmin commands, change nothing
#
# The queue sends bytes untouched (no driver), aborts a job it cannot deliver
# rather than stopping the queue (printer-error-policy=abort-job), and is
# enabled and accepting. Honours CUPS_SERVER (tests provision into a private
# cupsd). Exit 0 done, 1 CUPS refused or nothing detected, 2 bad input.
set -euo pipefail

program="provision-printer"
name="" address="" usb="" detect=no width="" make_default=no info="" contimeout=10 dry_run=no

# Vietnamese first (the technician), English second (logs, searches).
refuse() { # exit status, Vietnamese, English
    printf '%s: %s\n%s: %s\n' "$program" "$2" "$program" "$3" >&2
    exit "$1"
}
bad_input() { refuse 2 "$1" "$2"; }

need_value() {
    [ $# -ge 2 ] && [ -n "$2" ] ||
        bad_input "thiếu giá trị sau $1" "$1 needs a value"
}

while [ $# -gt 0 ]; do
    case "$1" in
        --name) need_value "$@"; name="$2"; shift 2 ;;
        --address) need_value "$@"; address="$2"; shift 2 ;;
        --usb) need_value "$@"; usb="$2"; shift 2 ;;
        --detect) detect=yes; shift ;;
        --width) need_value "$@"; width="$2"; shift 2 ;;
        --default) make_default=yes; shift ;;
        --info) need_value "$@"; info="$2"; shift 2 ;;
        --contimeout) need_value "$@"; contimeout="$2"; shift 2 ;;
        --dry-run) dry_run=yes; shift ;;
        -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) bad_input "không hiểu tuỳ chọn '$1' (xem --help)" "unknown option '$1' (see --help)" ;;
    esac
done

# --- checking what was given -------------------------------------------------

valid_ipv4() {
    local IFS=. octets
    read -r -a octets <<<"$1"
    [ "${#octets[@]}" -eq 4 ] || return 1
    for octet in "${octets[@]}"; do
        [[ "$octet" =~ ^[0-9]{1,3}$ ]] && [ "$((10#$octet))" -le 255 ] || return 1
    done
}

valid_host() {
    if [[ "$1" =~ ^[0-9.]+$ ]]; then
        valid_ipv4 "$1"
    else
        [[ "$1" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$ ]]
    fi
}

check_name() {
    [ -n "$name" ] || bad_input "cần đặt tên hàng đợi in: --name, ví dụ --name receipt" \
        "a queue name is required: --name, e.g. --name receipt"
    [[ "$name" =~ ^[A-Za-z0-9][A-Za-z0-9_-]{0,126}$ ]] ||
        bad_input "tên hàng đợi '$name' không hợp lệ: chỉ dùng chữ không dấu, số, - và _" \
            "queue name '$name' is not valid: use letters without accents, digits, - and _"
}

check_width() {
    [ -n "$width" ] || bad_input "cần cho biết khổ giấy: --width 80 hoặc --width 58" \
        "the paper width is required: --width 80 or --width 58"
    [ "$width" = 80 ] || [ "$width" = 58 ] ||
        bad_input "khổ giấy '$width' không hỗ trợ: chỉ 80 hoặc 58 (mm)" \
            "paper width '$width' is not supported: 80 or 58 (mm)"
}

check_contimeout() {
    [[ "$contimeout" =~ ^[0-9]{1,4}$ ]] && [ "$contimeout" -ge 1 ] && [ "$contimeout" -le 3600 ] ||
        bad_input "--contimeout phải là số giây từ 1 đến 3600" \
            "--contimeout must be a number of seconds from 1 to 3600"
}

check_one_device() {
    local given=0
    [ -n "$address" ] && given=$((given + 1))
    [ -n "$usb" ] && given=$((given + 1))
    [ "$detect" = yes ] && given=$((given + 1))
    [ "$given" -eq 1 ] || bad_input \
        "chọn đúng một cách nối máy in: --address IP[:CỔNG], --usb URI hoặc --detect" \
        "give exactly one of --address HOST[:PORT], --usb URI or --detect"
}

# socket://HOST:PORT/?contimeout=N — the '/' before '?' is required.
network_uri() {
    local host="$address" port=9100
    if [[ "$address" == *:* ]]; then
        host="${address%:*}"
        port="${address##*:}"
    fi
    valid_host "$host" || bad_input \
        "địa chỉ máy in '$host' không hợp lệ (ví dụ 192.168.1.50 hoặc may-in-quay-1.local)" \
        "printer address '$host' is not valid (e.g. 192.168.1.50 or may-in-quay-1.local)"
    [[ "$port" =~ ^[0-9]{1,5}$ ]] && [ "$((10#$port))" -ge 1 ] && [ "$((10#$port))" -le 65535 ] ||
        bad_input "cổng '$port' không hợp lệ (1–65535; máy in mạng thường dùng 9100)" \
            "port '$port' is not valid (1-65535; network printers usually use 9100)"
    printf 'socket://%s:%d/?contimeout=%d\n' "$host" "$((10#$port))" "$contimeout"
}

usb_uri() {
    [[ "$usb" =~ ^usb://[^[:space:]]+$ ]] || bad_input \
        "địa chỉ USB '$usb' không hợp lệ: phải bắt đầu bằng usb:// (xem lpinfo -v)" \
        "USB URI '$usb' is not valid: it starts with usb:// (see lpinfo -v)"
    printf '%s\n' "$usb"
}

# The one USB printer CUPS's backends find.
detected_uri() {
    command -v lpinfo >/dev/null || refuse 1 "chưa cài lpinfo (gói cups-client)" \
        "lpinfo is not installed (package cups-client)"
    local found
    found=$(lpinfo --timeout 10 --include-schemes usb -v 2>/dev/null | awk '$2 ~ /^usb:\/\// {print $2}')
    case "$(printf '%s' "$found" | grep -c . || true)" in
        0) refuse 1 "không tìm thấy máy in USB nào: kiểm tra dây và nguồn, hoặc dùng --address cho máy in mạng" \
            "no USB printer found: check its cable and power, or use --address for a network printer" ;;
        1) printf '%s\n' "$found" ;;
        *) refuse 1 "có nhiều máy in USB, chọn một bằng --usb: $(echo $found)" \
            "several USB printers found, choose one with --usb: $(echo $found)" ;;
    esac
}

check_name
check_width
check_contimeout
check_one_device
if [ -n "$address" ]; then
    uri=$(network_uri)
elif [ -n "$usb" ]; then
    uri=$(usb_uri)
else
    uri=$(detected_uri)
fi
[ -n "$info" ] || info="Máy in hoá đơn ${width}mm"

# --- the queue -----------------------------------------------------------------

# ocop-paper-width-default: lpadmin keeps an option nobody registered only as a
# server-side default ("-default"); clients see it as ocop-paper-width.
add_queue=(lpadmin -p "$name" -E -v "$uri" -D "$info"
    -o printer-error-policy=abort-job -o "ocop-paper-width-default=$width")

run() {
    if [ "$dry_run" = yes ]; then
        printf '%q ' "$@"
        printf '\n'
    else
        "$@"
    fi
}

if [ "$dry_run" = no ]; then
    command -v lpadmin >/dev/null || refuse 1 "chưa cài lpadmin (gói cups-client): chạy installer/setup.sh" \
        "lpadmin is not installed (package cups-client): run installer/setup.sh"
fi
lpadmin_failed() {
    refuse 1 "CUPS không nhận máy in '$name' (xem thông báo ở trên; CUPS có đang chạy không?)" \
        "CUPS refused queue '$name' (see above; is CUPS running?)"
}
run "${add_queue[@]}" || lpadmin_failed
# A queue that existed may have been stopped or rejecting jobs.
run cupsenable "$name" || lpadmin_failed
run cupsaccept "$name" || lpadmin_failed
if [ "$make_default" = yes ]; then
    run lpadmin -d "$name" || lpadmin_failed
fi

[ "$dry_run" = yes ] && exit 0
cat <<DONE
Đã cài máy in '$name': $uri, khổ giấy ${width}mm$([ "$make_default" = yes ] && echo ", mặc định").
Queue '$name' provisioned: $uri, ${width} mm paper$([ "$make_default" = yes ] && echo ", default").
In thử / print a test page:
  ocop print test --printer $name --profile ${width}mm
Dùng cho máy bán hàng / make the till use it:
  ocop config set printer.queue $name --manager QUANLY --manager-pin PIN
  ocop config set printer.profile ${width}mm --manager QUANLY --manager-pin PIN
DONE
