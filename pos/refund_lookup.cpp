#include "pos/refund_lookup.h"

#include "db/connection.h"
#include "pos/text.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace ocop::pos {

namespace {

constexpr std::string_view kSaleCodePrefix = "OCOPSALE:";

// Case-insensitive: a QR code may carry a URL in capitals (alphanumeric mode).
bool starts_with(std::string_view text, std::string_view prefix) {
    return !prefix.empty() && text.size() >= prefix.size() &&
           lower_ascii(text.substr(0, prefix.size())) == lower_ascii(prefix);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_code_char(char c) {
    return c == '-' || std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// A sale id as new_uuid() makes it: 8-4-4-4-12 hex digits.
bool is_uuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : std::isxdigit(static_cast<unsigned char>(text[i])) == 0)
            return false;
    }
    return true;
}

// A receipt number as printed: the terminal's code, a dash and at least six
// digits ("TV01-01-000042"). A product barcode has no dash.
bool is_receipt_number(std::string_view text) {
    const auto dash = text.rfind('-');
    if (dash == std::string_view::npos || dash == 0)
        return false;
    const std::string_view number = text.substr(dash + 1);
    const std::string_view terminal = text.substr(0, dash);
    return number.size() >= 6 && std::all_of(number.begin(), number.end(), is_digit) &&
           std::all_of(terminal.begin(), terminal.end(), is_code_char);
}

// What earlier refunds returned of each line of the sale, and whether the
// line's product is weighed, by line number.
struct LineFacts {
    Refunded refunded;
    bool weighed = false;
};

Result<std::map<std::int64_t, LineFacts>> line_facts(db::Connection& db, std::string_view sale_id) {
    auto statement =
        db.prepare("SELECT l.line_no, p.weighed, coalesce(-sum(r.quantity_milli), 0), "
                   "coalesce(-sum(r.gross), 0), coalesce(-sum(r.line_discount), 0), "
                   "coalesce(-sum(r.order_discount), 0) FROM sale_lines l "
                   "JOIN products p ON p.id = l.product_id "
                   "LEFT JOIN sales s ON s.refund_of = l.sale_id "
                   "LEFT JOIN sale_lines r ON r.sale_id = s.id AND r.refund_of_line = l.line_no "
                   "WHERE l.sale_id = ? GROUP BY l.line_no");
    if (!statement)
        return fail(statement.error());
    statement->bind_all(sale_id);
    auto rows = db::collect_rows(*statement, [](const db::Statement& row) {
        return std::pair{row.int64(0),
                         LineFacts{Refunded{Quantity{row.int64(2)}, Money{row.int64(3)},
                                            Money{row.int64(4)}, Money{row.int64(5)}},
                                   row.int64(1) != 0}};
    });
    if (!rows)
        return fail(rows.error());
    return std::map<std::int64_t, LineFacts>(rows->begin(), rows->end());
}

} // namespace

std::optional<std::string> sale_reference_from_scan(std::string_view scanned,
                                                    std::string_view lookup_url) {
    std::string_view text = trimmed(scanned);
    for (const std::string_view prefix : {kSaleCodePrefix, trimmed(lookup_url)}) {
        if (starts_with(text, prefix)) {
            const std::string_view id = text.substr(prefix.size());
            return is_uuid(id) ? std::optional(lower_ascii(id)) : std::nullopt;
        }
    }
    if (is_uuid(text))
        return lower_ascii(text);
    if (is_receipt_number(text))
        return std::string(text);
    return std::nullopt;
}

Result<std::vector<RefundableLine>> refundable_lines(db::Connection& db, const SaleRecord& sale) {
    if (sale.kind != "sale") {
        return fail("refund.not_a_sale", sale.receipt_no + " is itself a refund",
                    "Hoá đơn " + sale.receipt_no + " là phiếu trả hàng, không thể trả tiếp.");
    }
    auto facts = line_facts(db, sale.id);
    if (!facts)
        return fail(facts.error());
    std::vector<RefundableLine> lines;
    for (const auto& line : sale.lines) {
        const auto found = facts->find(line.line_no);
        const LineFacts fact = found == facts->end() ? LineFacts{} : found->second;
        lines.push_back(RefundableLine{line, fact.refunded, fact.weighed});
    }
    return lines;
}

Result<std::vector<RefundableLine>> refundable_lines(db::Connection& db,
                                                     std::string_view sale_id_or_receipt_no) {
    auto sale = load_sale(db, sale_id_or_receipt_no);
    if (!sale)
        return fail(sale.error());
    return refundable_lines(db, *sale);
}

namespace {

// The share of `whole` (a line's gross or one of its discounts) that
// returning `quantity` more gives back — when it is all that is left,
// exactly what is left, so that partial refunds add up to the sale to the
// đồng — rounded cumulatively: the rounded
// share of everything returned so far, less what earlier refunds took.
// Rounding each refund on its own drifts: 2 đồng of discount over 4 bottles
// rounds to 1 đồng per bottle, so three single-bottle refunds took 3 and the
// fourth got -1, paying back more than the bottle's price.
Money share(Money whole, Money already, Quantity quantity, Quantity left, Quantity sold) {
    if (quantity == left)
        return whole - already;
    const Quantity returned_after = sold - left + quantity;
    return Money{mul_div_round(whole.dong, returned_after.milli, sold.milli)} - already;
}

} // namespace

Refunded RefundableLine::share_of(Quantity quantity) const {
    const Quantity rest = left();
    return Refunded{
        quantity, share(sold.gross, refunded.gross, quantity, rest, sold.quantity),
        share(sold.line_discount, refunded.line_discount, quantity, rest, sold.quantity),
        share(sold.order_discount, refunded.order_discount, quantity, rest, sold.quantity)};
}

} // namespace ocop::pos
