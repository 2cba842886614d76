#include "pos/sale_record.h"

#include "db/connection.h"

#include <nlohmann/json.hpp>

#include <utility>

namespace ocop::pos {

namespace {

// The sale header columns read_header() expects.
constexpr std::string_view kHeaderQuery =
    "SELECT s.id, s.kind, t.code, st.code, s.number, s.receipt_no, s.shift_id, u.username, "
    "u.full_name, coalesce(m.username, ''), coalesce(s.approval_note, ''), s.created_at, "
    "coalesce(s.refund_of, ''), s.subtotal, s.discount_total, s.total, s.vat_total, "
    "s.change_given, s.outbox_seq, coalesce(o.receipt_no, '') "
    "FROM sales s JOIN terminals t ON t.id = s.terminal_id JOIN stores st ON st.id = t.store_id "
    "JOIN users u ON u.id = s.cashier_id LEFT JOIN users m ON m.id = s.approved_by "
    "LEFT JOIN sales o ON o.id = s.refund_of ";

SaleRecord read_header(const db::Statement& row) {
    SaleRecord sale;
    sale.id = row.text(0);
    sale.kind = row.text(1);
    sale.terminal_code = row.text(2);
    sale.store_code = row.text(3);
    sale.number = row.int64(4);
    sale.receipt_no = row.text(5);
    sale.shift_id = row.text(6);
    sale.cashier = row.text(7);
    sale.cashier_name = row.text(8);
    sale.approved_by = row.text(9);
    sale.approval_note = row.text(10);
    sale.created_at = row.text(11);
    sale.refund_of = row.text(12);
    sale.subtotal = Money{row.int64(13)};
    sale.discount_total = Money{row.int64(14)};
    sale.total = Money{row.int64(15)};
    sale.vat_total = Money{row.int64(16)};
    sale.change_given = Money{row.int64(17)};
    sale.outbox_seq = row.int64(18);
    sale.refund_of_receipt = row.text(19);
    return sale;
}

SaleLineRecord read_line(const db::Statement& row) {
    SaleLineRecord line;
    line.line_no = static_cast<int>(row.int64(0));
    line.product_id = row.int64(1);
    line.sku = row.text(2);
    line.name = row.text(3);
    line.unit = row.text(4);
    line.quantity = Quantity{row.int64(5)};
    line.list_price = Money{row.int64(6)};
    line.unit_price = Money{row.int64(7)};
    line.gross = Money{row.int64(8)};
    line.line_discount = Money{row.int64(9)};
    line.order_discount = Money{row.int64(10)};
    line.amount = Money{row.int64(11)};
    line.vat_rate_bp = static_cast<int>(row.int64(12));
    line.vat_code = row.text(13);
    line.lot = row.optional_text(14);
    line.expiry = row.optional_text(15);
    if (const auto of = row.optional_int64(16))
        line.refund_of_line = static_cast<int>(*of);
    line.certification = row.text(17);
    line.ocop_stars = static_cast<int>(row.int64(18));
    line.decision_no = row.text(19);
    line.stamp = row.text(20);
    line.override_by = row.text(21);
    line.override_reason = row.text(22);
    return line;
}

Result<void> load_details(db::Connection& db, SaleRecord& sale) {
    auto lines = db.prepare(
        "SELECT l.line_no, l.product_id, l.sku, l.name, l.unit, l.quantity_milli, l.list_price, "
        "l.unit_price, l.gross, l.line_discount, l.order_discount, l.amount, l.vat_rate_bp, "
        "l.vat_code, l.lot, l.expiry, l.refund_of_line, coalesce(l.certification, ''), "
        "coalesce(l.ocop_stars, 0), coalesce(l.decision_no, ''), coalesce(l.stamp, ''), "
        "coalesce(u.username, ''), coalesce(l.override_reason, '') FROM sale_lines l "
        "LEFT JOIN users u ON u.id = l.override_by WHERE l.sale_id = ? ORDER BY l.line_no");
    if (!lines)
        return fail(lines.error());
    lines->bind_all(sale.id);
    auto line_rows = db::collect_rows(*lines, read_line);
    if (!line_rows)
        return fail(line_rows.error());
    sale.lines = std::move(*line_rows);

    auto vat = db.prepare(
        "SELECT vat_code, rate_bp, gross, vat FROM sale_vat WHERE sale_id = ? ORDER BY rate_bp");
    if (!vat)
        return fail(vat.error());
    vat->bind_all(sale.id);
    auto vat_rows = db::collect_rows(*vat, [](const db::Statement& row) {
        return VatLine{row.text(0), static_cast<int>(row.int64(1)), Money{row.int64(2)},
                       Money{row.int64(3)}};
    });
    if (!vat_rows)
        return fail(vat_rows.error());
    sale.vat = std::move(*vat_rows);

    auto payments = db.prepare("SELECT seq, method, amount, tendered, coalesce(reference, ''), "
                               "coalesce(approval_code, '') FROM payments WHERE sale_id = ? "
                               "ORDER BY seq");
    if (!payments)
        return fail(payments.error());
    payments->bind_all(sale.id);
    auto payment_rows = db::collect_rows(*payments, [](const db::Statement& row) {
        PaymentRecord payment;
        payment.seq = static_cast<int>(row.int64(0));
        payment.method = method_from_code(row.text(1)).value_or(PaymentMethod::Cash);
        payment.amount = Money{row.int64(2)};
        if (const auto tendered = row.optional_int64(3))
            payment.tendered = Money{*tendered};
        payment.reference = row.text(4);
        payment.approval_code = row.text(5);
        return payment;
    });
    if (!payment_rows)
        return fail(payment_rows.error());
    sale.payments = std::move(*payment_rows);
    return {};
}

std::string decimal_quantity(Quantity quantity) {
    std::string text = format_quantity(quantity);
    std::replace(text.begin(), text.end(), ',', '.');
    return text;
}

template <class T>
nlohmann::json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

Result<SaleRecord> load_sale(db::Connection& db, std::string_view id_or_receipt_no) {
    auto row = db.first_row(std::string(kHeaderQuery) +
                                "WHERE s.id = ?1 OR s.receipt_no = ?1 COLLATE NOCASE",
                            id_or_receipt_no);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("sales.not_found",
                    "no sale with id or receipt number '" + std::string(id_or_receipt_no) + "'",
                    "Không tìm thấy hoá đơn \"" + std::string(id_or_receipt_no) + "\".");
    }
    SaleRecord sale = read_header(**row);
    if (auto details = load_details(db, sale); !details)
        return fail(details.error());
    return sale;
}

Result<std::vector<SaleRecord>> list_sales(db::Connection& db, const SaleFilter& filter) {
    // created_at is local time with its offset, so its first ten characters
    // are the business date.
    auto statement = db.prepare(std::string(kHeaderQuery) +
                                "WHERE (?1 IS NULL OR substr(s.created_at, 1, 10) >= ?1) "
                                "AND (?2 IS NULL OR substr(s.created_at, 1, 10) <= ?2) "
                                "ORDER BY s.created_at, t.code, s.number");
    if (!statement)
        return fail(statement.error());
    statement->bind_all(filter.from_date, filter.to_date);
    return db::collect_rows(*statement, read_header);
}

nlohmann::json to_json(const SaleRecord& sale) {
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& line : sale.lines) {
        lines.push_back({{"line_no", line.line_no},
                         {"product_id", line.product_id},
                         {"sku", line.sku},
                         {"name", line.name},
                         {"unit", line.unit},
                         {"quantity", decimal_quantity(line.quantity)},
                         {"quantity_milli", line.quantity.milli},
                         {"list_price", line.list_price.dong},
                         {"unit_price", line.unit_price.dong},
                         {"gross", line.gross.dong},
                         {"line_discount", line.line_discount.dong},
                         {"order_discount", line.order_discount.dong},
                         {"amount", line.amount.dong},
                         {"vat_rate_bp", line.vat_rate_bp},
                         {"vat_code", line.vat_code},
                         {"lot", optional_json(line.lot)},
                         {"expiry", optional_json(line.expiry)},
                         {"refund_of_line", optional_json(line.refund_of_line)},
                         {"certification", line.certification},
                         {"ocop_stars", line.ocop_stars},
                         {"decision_no", line.decision_no},
                         {"stamp", line.stamp},
                         {"override_by", line.override_by},
                         {"override_reason", line.override_reason}});
    }
    nlohmann::json vat = nlohmann::json::array();
    for (const auto& rate : sale.vat) {
        vat.push_back({{"vat_code", rate.invoice_code},
                       {"rate_bp", rate.rate_bp},
                       {"gross", rate.gross.dong},
                       {"vat", rate.vat.dong},
                       {"net", rate.net().dong}});
    }
    nlohmann::json payments = nlohmann::json::array();
    for (const auto& payment : sale.payments) {
        payments.push_back({{"seq", payment.seq},
                            {"method", method_code(payment.method)},
                            {"amount", payment.amount.dong},
                            {"tendered", payment.tendered ? nlohmann::json(payment.tendered->dong)
                                                          : nlohmann::json(nullptr)},
                            {"reference", payment.reference},
                            {"approval_code", payment.approval_code}});
    }
    return {{"id", sale.id},
            {"kind", sale.kind},
            {"terminal", sale.terminal_code},
            {"store", sale.store_code},
            {"number", sale.number},
            {"receipt_no", sale.receipt_no},
            {"shift_id", sale.shift_id},
            {"cashier", sale.cashier},
            {"cashier_name", sale.cashier_name},
            {"approved_by", sale.approved_by},
            {"approval_note", sale.approval_note},
            {"created_at", sale.created_at},
            {"refund_of",
             sale.refund_of.empty() ? nlohmann::json(nullptr) : nlohmann::json(sale.refund_of)},
            {"refund_of_receipt", sale.refund_of_receipt.empty()
                                      ? nlohmann::json(nullptr)
                                      : nlohmann::json(sale.refund_of_receipt)},
            {"subtotal", sale.subtotal.dong},
            {"discount_total", sale.discount_total.dong},
            {"total", sale.total.dong},
            {"vat_total", sale.vat_total.dong},
            {"change_given", sale.change_given.dong},
            // Moved, not copied: an lvalue in a json initializer list is a
            // deep copy, and this runs inside every sale's transaction.
            {"lines", std::move(lines)},
            {"vat", std::move(vat)},
            {"payments", std::move(payments)}};
}

} // namespace ocop::pos
