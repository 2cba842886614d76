#!/usr/bin/env bash
# The demo: from a fresh clone to a working store terminal on its own
# database. Installs what is missing, builds, creates a demo database with the
# Trà Vinh sample catalogue in a new folder, opens a shift, makes a few sales
# (and a refund) through the same code the touch terminal uses, and prints
# them with the shift's running report, and draws their receipts as PNG
# pictures of the 80 mm thermal paper; then, where there is a display, opens
# the touch terminal (ocop-pos) on the same database, the shift still open.
#
#   installer/demo.sh            # the folder is printed at the start
#   OCOP_DEMO_DIR=/tmp/x installer/demo.sh
set -euo pipefail

top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
./installer/setup.sh --preset dev

ocop="$top/build/dev/pos/cli/ocop"
folder="${OCOP_DEMO_DIR:-$top/demo-data/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$folder"
export OCOP_DB="$folder/terminal.db"
if [ -e "$OCOP_DB" ]; then
    echo "demo: $OCOP_DB already exists; choose an empty OCOP_DEMO_DIR" >&2
    exit 1
fi

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "Cơ sở dữ liệu demo / demo database: $OCOP_DB"
"$ocop" init --sample travinh --terminal TV01-01

say "Mở ca (thu ngân thungan, PIN 1111) / open a shift with a 1.000.000 ₫ float"
"$ocop" shift open --cashier thungan --pin 1111 --float 1000000

say "Bán hàng 1: mật hoa dừa ×2, lạp xưởng 1,25 kg, rượu Xuân Thạnh — tiền mặt"
"$ocop" sell --cashier thungan --pin 1111 \
    --scan 8936010100114 --qty 2 --scan 1001 --qty 1,25 --scan 8936010600119 \
    --pay cash=600000

say "Bán hàng 2: tìm theo tên không dấu \"dua sap\", trả bằng VietQR + tiền mặt"
"$ocop" catalog search "dua sap" --limit 3
"$ocop" sell --cashier thungan --pin 1111 --scan TV-DSS-200 --qty 2 \
    --pay qr=150000 --pay cash=50000

say "Bán hàng 3: giảm giá 15% (quản lý quanly duyệt), trả bằng thẻ"
"$ocop" sell --cashier thungan --pin 1111 --scan 8936010100213 --discount 15% \
    --manager quanly --manager-pin 9999 --reason "Khách mua sỉ" --pay card=140250:A1B2C3

say "Trả hàng: một chai từ hoá đơn TV01-01-000001 (quản lý duyệt)"
"$ocop" refund TV01-01-000001 --cashier thungan --pin 1111 --line 1:1 \
    --manager quanly --manager-pin 9999 --reason "Chai bị móp"

say "Danh sách hoá đơn / sales"
"$ocop" sales list

say "Báo cáo giữa ca (X) / running shift report"
"$ocop" shift show

say "Hoá đơn và báo cáo in ra giấy nhiệt 80 mm (ảnh PNG) / receipts as the thermal printer prints them"
for receipt in TV01-01-000001 TV01-01-000002 TV01-01-000004; do
    "$ocop" receipt "$receipt" --original --png "$folder/$receipt.png"
    echo "  $folder/$receipt.png"
done
"$ocop" report x --png "$folder/report-x.png"
echo "  $folder/report-x.png"

say "Hàng sắp hết / low stock"
"$ocop" stock --low

say "Kiểm tra toàn vẹn / integrity check"
"$ocop" db check

say "Xong. Dữ liệu ở / the demo's data is in: $folder"
echo "Thử thêm / try:  OCOP_DB=$OCOP_DB $ocop --help"

pos="$top/build/dev/pos/app/ocop-pos"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    say "Mở máy bán hàng cảm ứng / opening the touch terminal (thungan / 1111; quanly / 9999)"
    exec "$pos" --db "$OCOP_DB" --windowed 1280x800
else
    say "Không có màn hình (DISPLAY) nên không mở máy bán hàng cảm ứng / no display: the touch terminal is not opened"
    echo "Trên máy có màn hình / on a machine with a display:  $pos --db $OCOP_DB --windowed 1280x800"
fi
