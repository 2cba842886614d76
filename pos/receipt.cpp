#include "pos/receipt.h"

#include "db/connection.h"
#include "pos/clock.h"

namespace ocop::pos {

namespace {

using drivers::Align;
using drivers::Document;
using drivers::TextSize;
using drivers::TextStyle;

const TextStyle kCentered{TextSize::Normal, false, Align::Center, false};
const TextStyle kSmallCentered{TextSize::Small, false, Align::Center, false};
const TextStyle kTitle{TextSize::Large, true, Align::Center, false};
const TextStyle kBold{TextSize::Normal, true, Align::Left, false};
const TextStyle kHugeBold{TextSize::Huge, true, Align::Left, false};
const TextStyle kLargeBold{TextSize::Large, true, Align::Left, false};
const TextStyle kSmall{TextSize::Small, false, Align::Left, false};

// "29/11/2026 08:39" from a stored timestamp.
std::string when(const std::string& timestamp) {
    auto instant = parse_timestamp(timestamp);
    return instant ? display_time(*instant) : timestamp;
}

// "30/06/2027" from "2027-06-30".
std::string day(const std::string& date) {
    if (date.size() != 10)
        return date;
    return date.substr(8, 2) + "/" + date.substr(5, 2) + "/" + date.substr(0, 4);
}

std::string stars(int count) {
    std::string mark;
    for (int i = 0; i < count; ++i)
        mark += "★";
    return mark;
}

// A label and an amount, the amount flush right.
void amount_row(Document& document, const std::string& label, Money amount, TextStyle style = {}) {
    document.columns({label, format_amount(amount)}, {3, 2}, {Align::Left, Align::Right}, style);
}

void header(Document& document, const StoreHeader& store, const std::string& title, bool copy) {
    document.text(store.name, kTitle);
    if (!store.address.empty())
        document.text(store.address, kCentered);
    std::string contact;
    if (!store.tax_code.empty())
        contact = "MST: " + store.tax_code;
    if (!store.phone.empty())
        contact += (contact.empty() ? "" : " · ") + std::string("ĐT: ") + store.phone;
    if (!contact.empty())
        document.text(contact, kCentered);
    document.rule();
    document.text(title, kTitle);
    if (copy)
        document.text("BẢN SAO / COPY", {TextSize::Normal, true, Align::Center, true});
}

void sale_lines(Document& document, const SaleRecord& sale) {
    for (const auto& line : sale.lines) {
        std::string name = std::to_string(line.line_no) + ". " + line.name;
        if (line.ocop_stars > 0)
            name += " " + stars(line.ocop_stars) + " OCOP";
        document.text(name);
        document.columns({"   " + format_quantity(line.quantity) + " " + line.unit + " × " +
                              format_amount(line.unit_price),
                          format_amount(line.gross)},
                         {3, 2}, {Align::Left, Align::Right});
        const Money discount = line.line_discount + line.order_discount;
        if (discount.dong != 0)
            amount_row(document, "   Chiết khấu", -discount);
        std::string lot;
        if (line.lot)
            lot = "Lô " + *line.lot;
        if (line.expiry)
            lot += (lot.empty() ? "" : " · ") + std::string("HSD ") + day(*line.expiry);
        if (!lot.empty())
            document.text("   " + lot, kSmall);
    }
}

void vat_table(Document& document, const std::vector<VatLine>& vat) {
    document.columns({"Thuế suất", "Tiền hàng", "Thuế GTGT"}, {2, 3, 3},
                     {Align::Left, Align::Right, Align::Right}, kSmall);
    for (const auto& rate : vat) {
        document.columns({rate.invoice_code, format_amount(rate.net()), format_amount(rate.vat)},
                         {2, 3, 3}, {Align::Left, Align::Right, Align::Right}, kSmall);
    }
}

void payments(Document& document, const SaleRecord& sale) {
    for (const auto& payment : sale.payments) {
        std::string label = method_name_vi(payment.method);
        if (!payment.approval_code.empty())
            label += " (mã " + payment.approval_code + ")";
        amount_row(document, label, payment.tendered.value_or(payment.amount));
    }
    if (sale.change_given.dong != 0)
        amount_row(document, "Tiền thối lại", sale.change_given, kBold);
}

} // namespace

Result<StoreHeader> store_header(db::Connection& db, std::string_view store_code) {
    auto row = db.first_row("SELECT name, address, commune, province, coalesce(tax_code, ''), "
                            "coalesce(phone, '') FROM stores WHERE code = ?",
                            store_code);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("receipt.unknown_store", "no store " + std::string(store_code),
                    "Không có cửa hàng mã " + std::string(store_code) + ".");
    }
    const db::Statement& store = **row;
    std::string address = store.text(1);
    for (const std::string& part : {store.text(2), store.text(3)}) {
        if (!part.empty() && address.find(part) == std::string::npos)
            address += (address.empty() ? "" : ", ") + part;
    }
    return StoreHeader{store.text(0), address, store.text(4), store.text(5)};
}

std::string sale_lookup_code(const SaleRecord& sale, const std::string& lookup_url) {
    return (lookup_url.empty() ? std::string("OCOPSALE:") : lookup_url) + sale.id;
}

Document sale_receipt(const SaleRecord& sale, const StoreHeader& store,
                      const ReceiptOptions& options) {
    Document document;
    const bool refund = sale.kind == "refund";
    header(document, store, refund ? "PHIẾU TRẢ HÀNG" : "HOÁ ĐƠN BÁN HÀNG", options.copy);
    document.columns({"Số: " + sale.receipt_no, when(sale.created_at)}, {1, 1},
                     {Align::Left, Align::Right}, kSmall);
    document.columns({"Quầy: " + sale.terminal_code, "Thu ngân: " + sale.cashier_name}, {2, 3},
                     {Align::Left, Align::Right}, kSmall);
    if (refund)
        document.text("Trả hàng cho hoá đơn " + sale.refund_of_receipt, kSmall);
    if (!sale.approved_by.empty())
        document.text("Quản lý duyệt: " + sale.approved_by + " — " + sale.approval_note, kSmall);
    document.rule();
    sale_lines(document, sale);
    document.rule();
    amount_row(document, "Tạm tính", sale.subtotal);
    if (sale.discount_total.dong != 0)
        amount_row(document, "Chiết khấu", -sale.discount_total);
    document.rule(true);
    document.columns({refund ? "HOÀN TIỀN" : "TỔNG CỘNG", format_money(sale.total)}, {1, 1},
                     {Align::Left, Align::Right}, kLargeBold);
    vat_table(document, sale.vat);
    document.rule();
    payments(document, sale);
    document.space();
    document.qr(sale_lookup_code(sale, options.lookup_url), "Tra cứu: " + sale.receipt_no);
    document.text("Giá đã bao gồm thuế GTGT", kSmallCentered);
    if (!options.footer.empty())
        document.text(options.footer, kCentered);
    return document;
}

Document payment_request(const StoreHeader& store, Money amount, const std::string& reference,
                         const std::string& vietqr_payload, const std::string& account_name) {
    Document document;
    header(document, store, "YÊU CẦU THANH TOÁN", false);
    document.text("CHƯA THANH TOÁN", {TextSize::Normal, true, Align::Center, true});
    document.columns({"Số tiền", format_money(amount)}, {2, 3}, {Align::Left, Align::Right},
                     kHugeBold);
    document.text("Nội dung: " + reference, kCentered);
    document.space();
    document.qr(vietqr_payload, "Quét bằng ứng dụng ngân hàng (VietQR)");
    if (!account_name.empty())
        document.text(account_name, kSmallCentered);
    return document;
}

Document shift_report(const ShiftSummary& summary, const StoreHeader& store,
                      const std::string& terminal_code, const std::string& printed_at) {
    const Shift& shift = summary.shift;
    Document document;
    header(document, store, shift.closed_at ? "BÁO CÁO CUỐI CA (Z)" : "BÁO CÁO GIỮA CA (X)", false);
    document.columns({"Quầy: " + terminal_code, "Ca số " + std::to_string(shift.number)}, {1, 1},
                     {Align::Left, Align::Right}, kSmall);
    document.text("Mở ca: " + when(shift.opened_at) + " — " + shift.opened_by, kSmall);
    if (shift.closed_at)
        document.text("Đóng ca: " + when(*shift.closed_at) + " — " + shift.closed_by, kSmall);
    document.text("In lúc: " + when(printed_at), kSmall);
    document.rule();
    document.columns({"Số hoá đơn bán", std::to_string(summary.sales_count)}, {3, 2},
                     {Align::Left, Align::Right});
    amount_row(document, "Doanh thu", summary.sales_total, kBold);
    document.columns({"Số phiếu trả hàng", std::to_string(summary.refunds_count)}, {3, 2},
                     {Align::Left, Align::Right});
    amount_row(document, "Trả hàng", summary.refunds_total);
    amount_row(document, "Doanh thu thuần", summary.sales_total + summary.refunds_total, kBold);
    document.rule();
    amount_row(document, "Tiền mặt (thuần)", summary.cash);
    amount_row(document, "Chuyển khoản VietQR", summary.vietqr);
    amount_row(document, "Thẻ", summary.card);
    document.rule();
    amount_row(document, "Tiền đầu ca", shift.opening_float);
    amount_row(document, "Tiền mặt phải có", summary.expected_cash, kBold);
    if (summary.counted_cash) {
        amount_row(document, "Tiền mặt đếm được", *summary.counted_cash);
        document.rule(true);
        amount_row(document, "CHÊNH LỆCH", summary.variance(),
                   {TextSize::Large, true, Align::Left, false});
    }
    return document;
}

Document stocktake_variance(const std::vector<VarianceLine>& lines, const StoreHeader& store,
                            const std::string& title, const std::string& printed_at) {
    Document document;
    header(document, store, "BIÊN BẢN KIỂM KÊ", false);
    document.text(title, kCentered);
    document.text("In lúc: " + when(printed_at), kSmall);
    document.rule();
    Money total;
    for (const auto& line : lines) {
        document.text(line.sku + " " + line.name, kBold);
        document.columns({"   Sổ: " + format_quantity(line.expected) +
                              " · Đếm: " + format_quantity(line.counted) + " " + line.unit,
                          format_quantity(line.difference())},
                         {3, 1}, {Align::Left, Align::Right}, kSmall);
        amount_row(document, "   Giá trị chênh lệch", line.value(), kSmall);
        total += line.value();
    }
    document.rule(true);
    amount_row(document, "TỔNG CHÊNH LỆCH", total, {TextSize::Large, true, Align::Left, false});
    document.space(2);
    document.columns({"Người kiểm", "Quản lý"}, {1, 1}, {Align::Center, Align::Center});
    document.space(3);
    return document;
}

} // namespace ocop::pos
