#include "sync/hq/server/settlement_export.h"

#include "common/money_text.h"
#include "sync/hq/server/csv.h"

namespace ocop::hq {

namespace {

// "2026-11-30" as a Vietnamese reader writes it: "30/11/2026".
std::string vietnamese_date(std::string_view date) {
    if (date.size() < 10)
        return std::string(date);
    return std::string(date.substr(8, 2)) + "/" + std::string(date.substr(5, 2)) + "/" +
           std::string(date.substr(0, 4));
}

// "15%", "12,5%" of a commission in basis points.
std::string percent(std::int64_t basis_points) {
    std::string text = std::to_string(basis_points / 100);
    if (const auto rest = basis_points % 100; rest != 0) {
        std::string digits = std::to_string(rest);
        digits.insert(0, 2 - digits.size(), '0');
        if (digits.back() == '0')
            digits.pop_back();
        text += "," + digits;
    }
    return text + "%";
}

std::string terms_text(const SettlementLine& line) {
    std::string text;
    for (const auto& terms : line.terms) {
        if (!text.empty())
            text += "<br>";
        if (terms.unit_cost)
            text += "Giá thỏa thuận " + format_dong(*terms.unit_cost) + "/đv";
        else if (terms.commission_bp)
            text += "Hoa hồng " + percent(*terms.commission_bp);
    }
    if (line.unconsigned_milli != 0 || line.unconsigned_amount != 0) {
        if (!text.empty())
            text += "<br>";
        text += "Không ký gửi: " + format_quantity_milli(line.unconsigned_milli) + " (" +
                format_dong(line.unconsigned_amount) + ", không tính)";
    }
    return text.empty() ? "—" : text;
}

const char* kStyle = R"css(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #000;
       margin: 2em; }
h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin-bottom: 0.2em; }
.period { text-align: center; margin-top: 0; }
.status { text-align: center; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #444; padding: 0.3em 0.4em; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
.signatures { display: flex; justify-content: space-around; margin-top: 2em; }
.signature { width: 40%; text-align: center; border: 1px solid #444; min-height: 9em;
             padding: 0.5em; }
.signature small { display: block; font-style: italic; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 10pt; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .signatures { page-break-inside: avoid; }
}
)css";

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string settlement_rows_csv(const Settlement& settlement) {
    CsvWriter csv({"producer",
                   "from",
                   "to",
                   "sku",
                   "name",
                   "received_milli",
                   "sold_milli",
                   "sold_amount",
                   "refunded_milli",
                   "refunded_amount",
                   "returned_milli",
                   "written_off_milli",
                   "net_amount",
                   "carried_milli",
                   "carried_amount",
                   "unconsigned_milli",
                   "unconsigned_amount",
                   "owed_amount",
                   "remaining_milli",
                   "status"});
    const std::string status = settlement.paid ? "paid" : "draft";
    for (const auto& line : settlement.lines) {
        csv.row({settlement.producer,
                 settlement.from,
                 settlement.to,
                 line.sku,
                 line.name,
                 csv_number(line.received_milli),
                 csv_number(line.sold_milli),
                 csv_number(line.sold_amount),
                 csv_number(line.refunded_milli),
                 csv_number(line.refunded_amount),
                 csv_number(line.returned_milli),
                 csv_number(line.written_off_milli),
                 csv_number(line.net_amount),
                 csv_number(line.carried_milli),
                 csv_number(line.carried_amount),
                 csv_number(line.unconsigned_milli),
                 csv_number(line.unconsigned_amount),
                 csv_number(line.owed_amount),
                 csv_number(line.remaining_milli),
                 status});
    }
    return csv.text();
}

std::string settlement_html(const Settlement& s) {
    const auto e = [](std::string_view text) {
        return html_escape(text);
    };
    const auto q = [](std::int64_t milli) {
        return format_quantity_milli(milli);
    };
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += "<title>Bảng kê thanh toán hàng ký gửi — " + e(s.producer) + " — " +
         vietnamese_date(s.from) + " – " + vietnamese_date(s.to) + "</title>\n";
    h += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
    h += "<h1>Bảng kê thanh toán hàng ký gửi</h1>\n";
    h += "<p class=\"period\">Từ ngày " + vietnamese_date(s.from) + " đến ngày " +
         vietnamese_date(s.to) + "</p>\n";
    h += "<p>Nhà sản xuất: <strong>" + e(s.producer_name) + "</strong> (mã " + e(s.producer) +
         ")</p>\n";
    if (s.paid) {
        h += "<p class=\"status\">Đã thanh toán ngày " +
             vietnamese_date(s.paid->paid_at.substr(0, 10)) + " — chứng từ " + e(s.paid->reference);
        if (!s.paid->paid_by.empty())
            h += " — người xác nhận " + e(s.paid->paid_by);
        if (!s.paid->note.empty())
            h += " — " + e(s.paid->note);
        h += "</p>\n";
    } else {
        h += "<p class=\"status\">Bản nháp — chưa thanh toán</p>\n";
    }

    h += "<table>\n<thead><tr><th>Mã hàng</th><th>Tên sản phẩm</th><th>Nhận trong kỳ</th>"
         "<th>Đã bán</th><th>Khách trả lại</th><th>Trả nhà sản xuất</th><th>Hủy/hư hỏng</th>"
         "<th>Doanh thu thuần</th><th>Điều kiện</th><th>Phải trả nhà sản xuất</th>"
         "<th>Còn tại cửa hàng</th></tr></thead>\n<tbody>\n";
    for (const auto& line : s.lines) {
        h += "<tr><td>" + e(line.sku) + "</td><td>" + e(line.name) + "</td><td class=\"n\">" +
             q(line.received_milli) + "</td><td class=\"n\">" + q(line.sold_milli) +
             "</td><td class=\"n\">" + q(line.refunded_milli) + "</td><td class=\"n\">" +
             q(line.returned_milli) + "</td><td class=\"n\">" + q(line.written_off_milli) +
             "</td><td class=\"n\">" + format_dong(line.net_amount) + "</td><td>" +
             terms_text(line) + "</td><td class=\"n\">" + format_dong(line.owed_amount) +
             "</td><td class=\"n\">" + q(line.remaining_milli) + "</td></tr>\n";
    }
    h += "<tr class=\"total\"><td colspan=\"7\">Cộng</td><td class=\"n\">" +
         format_dong(s.net_amount) + "</td><td></td><td class=\"n\">" + format_dong(s.owed_amount) +
         "</td><td></td></tr>\n</tbody>\n</table>\n";

    h += "<table>\n<tbody>\n";
    h += "<tr><td>Tiền bán hàng</td><td class=\"n\">" + format_dong(s.sold_amount) + "</td></tr>\n";
    h += "<tr><td>Tiền hoàn trả khách</td><td class=\"n\">" + format_dong(s.refunded_amount) +
         "</td></tr>\n";
    h +=
        "<tr><td>Doanh thu thuần</td><td class=\"n\">" + format_dong(s.net_amount) + "</td></tr>\n";
    h += "<tr><td>Trong đó: giao dịch kỳ trước chuyển sang</td><td class=\"n\">" +
         format_dong(s.carried_amount) + "</td></tr>\n";
    h += "<tr><td>Trong đó: hàng không ký gửi (không tính)</td><td class=\"n\">" +
         format_dong(s.unconsigned_amount) + "</td></tr>\n";
    h += "<tr class=\"total\"><td>Số tiền phải trả nhà sản xuất</td><td class=\"n\">" +
         format_dong(s.owed_amount) + "</td></tr>\n</tbody>\n</table>\n";

    if (!s.carried.empty()) {
        h += "<h2>Giao dịch kỳ trước chuyển sang</h2>\n<table>\n<thead><tr><th>Ngày</th>"
             "<th>Cửa hàng</th><th>Số hóa đơn</th><th>Loại</th><th>Mã hàng</th>"
             "<th>Số lượng</th><th>Thành tiền</th></tr></thead>\n<tbody>\n";
        for (const auto& c : s.carried) {
            h += "<tr><td>" + vietnamese_date(c.created_at.substr(0, 10)) + "</td><td>" +
                 e(c.store) + "</td><td>" + e(c.receipt_no) + "</td><td>" +
                 (c.kind == "refund" ? "Trả hàng" : "Bán") + "</td><td>" + e(c.sku) +
                 "</td><td class=\"n\">" + q(c.quantity_milli) + "</td><td class=\"n\">" +
                 format_dong(c.amount) + "</td></tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }

    if (!s.remaining.empty()) {
        h += "<h2>Hàng còn tại cửa hàng cuối kỳ</h2>\n<table>\n<thead><tr><th>Cửa hàng</th>"
             "<th>Mã hàng</th><th>Tên sản phẩm</th><th>Số lượng</th></tr></thead>\n<tbody>\n";
        for (const auto& r : s.remaining) {
            h += "<tr><td>" + e(r.store) + "</td><td>" + e(r.sku) + "</td><td>" + e(r.name) +
                 "</td><td class=\"n\">" + q(r.quantity_milli) + "</td></tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }

    h += "<div class=\"signatures\">\n"
         "<div class=\"signature\"><strong>Đại diện cửa hàng</strong>"
         "<small>(Ký, ghi rõ họ tên)</small></div>\n"
         "<div class=\"signature\"><strong>Đại diện nhà sản xuất</strong>"
         "<small>(Ký, ghi rõ họ tên)</small></div>\n"
         "</div>\n</body>\n</html>\n";
    return h;
}

nlohmann::json paid_settlements_json(const std::vector<PaidSettlement>& paid) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& p : paid) {
        rows.push_back({{"producer", p.producer},
                        {"from", p.from},
                        {"to", p.to},
                        {"net_amount", p.net_amount},
                        {"owed_amount", p.owed_amount},
                        {"reference", p.payment.reference},
                        {"note", p.payment.note},
                        {"paid_by", p.payment.paid_by},
                        {"paid_at", p.payment.paid_at}});
    }
    return rows;
}

std::string paid_settlements_csv(const std::vector<PaidSettlement>& paid) {
    CsvWriter csv({"producer", "from", "to", "net_amount", "owed_amount", "reference", "note",
                   "paid_by", "paid_at"});
    for (const auto& p : paid) {
        csv.row({p.producer, p.from, p.to, csv_number(p.net_amount), csv_number(p.owed_amount),
                 p.payment.reference, p.payment.note, p.payment.paid_by, p.payment.paid_at});
    }
    return csv.text();
}

} // namespace ocop::hq
