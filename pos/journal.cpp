#include "pos/journal.h"

#include "db/connection.h"
#include "db/outbox.h"
#include "pos/refund_lookup.h"
#include "pos/shift.h"
#include "pos/uuid.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace ocop::pos {

namespace {

// Who wrote the entry and who approved what in it, by row id.
struct Authors {
    std::int64_t cashier_id = 0;
    std::optional<std::int64_t> approver_id;
};

std::optional<std::string> null_if_empty(const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// "TV01-01-000042": the terminal's code and its gapless sale number.
std::string receipt_number(std::string_view terminal_code, std::int64_t number) {
    char digits[24];
    std::snprintf(digits, sizeof digits, "%06lld", static_cast<long long>(number));
    return std::string(terminal_code) + "-" + digits;
}

// Fills in what every journal entry has: id, number, shift, time. Must run
// inside the entry's transaction so the number cannot be taken twice.
Result<void> stamp_entry(Till& till, SaleRecord& entry) {
    auto shift = current_shift(till.db, till);
    if (!shift)
        return fail(shift.error());
    if (!*shift) {
        return fail("sale.no_open_shift", "no open shift on terminal " + till.terminal.code,
                    "Chưa mở ca làm việc. Hãy mở ca (nhập tiền đầu ca) trước khi bán hàng.");
    }
    auto last = till.db.query_int64("SELECT max(number) FROM sales WHERE terminal_id = ?",
                                    till.terminal.id);
    if (!last)
        return fail(last.error());
    entry.id = new_uuid();
    entry.terminal_code = till.terminal.code;
    entry.store_code = till.store_code;
    entry.number = last->value_or(0) + 1;
    entry.receipt_no = receipt_number(till.terminal.code, entry.number);
    entry.shift_id = (*shift)->id;
    entry.created_at = local_timestamp(till.clock.now());
    return {};
}

// Writes a stamped entry: its outbox event first (which gives the sequence
// number the rows refer to), then the rows. The caller commits.
Result<void> write_entry(Till& till, SaleRecord& entry, const Authors& authors) {
    auto event = db::append_event(till.db, till.terminal, entry.kind, entry.created_at,
                                  to_json(entry).dump());
    if (!event)
        return fail(event.error());
    entry.outbox_seq = event->seq;

    auto sale = till.db.execute(
        "INSERT INTO sales (id, kind, terminal_id, number, receipt_no, shift_id, cashier_id, "
        "approved_by, approval_note, created_at, refund_of, subtotal, discount_total, total, "
        "vat_total, change_given, outbox_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        entry.id, entry.kind, till.terminal.id, entry.number, entry.receipt_no, entry.shift_id,
        authors.cashier_id, authors.approver_id,
        entry.approval_note.empty() ? std::nullopt : std::optional(entry.approval_note),
        entry.created_at, entry.refund_of.empty() ? std::nullopt : std::optional(entry.refund_of),
        entry.subtotal.dong, entry.discount_total.dong, entry.total.dong, entry.vat_total.dong,
        entry.change_given.dong, entry.outbox_seq);
    if (!sale)
        return fail(sale.error());

    for (const auto& line : entry.lines) {
        auto inserted = till.db.execute(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name, unit, "
            "quantity_milli, list_price, unit_price, gross, line_discount, order_discount, "
            "amount, vat_rate_bp, vat_code, lot, expiry, refund_of_line, certification, "
            "ocop_stars, decision_no, stamp, override_by, override_reason) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
            "(SELECT id FROM users WHERE username = ?),?)",
            entry.id, line.line_no, line.product_id, line.sku, line.name, line.unit,
            line.quantity.milli, line.list_price.dong, line.unit_price.dong, line.gross.dong,
            line.line_discount.dong, line.order_discount.dong, line.amount.dong, line.vat_rate_bp,
            line.vat_code, line.lot, line.expiry, line.refund_of_line,
            null_if_empty(line.certification),
            line.ocop_stars > 0 ? std::optional<std::int64_t>(line.ocop_stars) : std::nullopt,
            null_if_empty(line.decision_no), null_if_empty(line.stamp),
            null_if_empty(line.override_by), null_if_empty(line.override_reason));
        if (!inserted)
            return fail(inserted.error());
        // Goods leave the shelf on a sale and come back on a refund.
        auto moved = till.db.execute(
            "INSERT INTO stock_movements (store_id, product_id, quantity_milli, kind, sale_id, "
            "lot, expiry, created_at, outbox_seq) VALUES (?,?,?,?,?,?,?,?,?)",
            till.store_id, line.product_id, -line.quantity.milli, entry.kind, entry.id, line.lot,
            line.expiry, entry.created_at, entry.outbox_seq);
        if (!moved)
            return fail(moved.error());
    }
    for (const auto& rate : entry.vat) {
        auto inserted = till.db.execute(
            "INSERT INTO sale_vat (sale_id, vat_code, rate_bp, gross, vat) VALUES (?,?,?,?,?)",
            entry.id, rate.invoice_code, rate.rate_bp, rate.gross.dong, rate.vat.dong);
        if (!inserted)
            return fail(inserted.error());
    }
    for (const auto& payment : entry.payments) {
        auto inserted = till.db.execute(
            "INSERT INTO payments (sale_id, seq, method, amount, tendered, reference, "
            "approval_code) VALUES (?,?,?,?,?,?,?)",
            entry.id, payment.seq, method_code(payment.method), payment.amount.dong,
            payment.tendered ? std::optional(payment.tendered->dong) : std::nullopt,
            payment.reference.empty() ? std::nullopt : std::optional(payment.reference),
            payment.approval_code.empty() ? std::nullopt : std::optional(payment.approval_code));
        if (!inserted)
            return fail(inserted.error());
    }
    return {};
}

void set_vat(SaleRecord& entry) {
    std::vector<TaxedAmount> amounts;
    for (const auto& line : entry.lines)
        amounts.push_back({line.amount, line.vat_rate_bp, line.vat_code});
    entry.vat = vat_breakdown(amounts);
    entry.vat_total = {};
    for (const auto& rate : entry.vat)
        entry.vat_total += rate.vat;
}

// The managers' approvals in a cart, as the sale records them: the last
// approver, and every reason given.
std::optional<Approval> cart_approval(const Cart& cart) {
    std::optional<Approval> combined;
    const auto take = [&](const std::optional<Approval>& approval) {
        if (!approval)
            return;
        const std::string reasons =
            combined ? combined->reason + "; " + approval->reason : approval->reason;
        combined = Approval{approval->manager, reasons};
    };
    for (const auto& line : cart.lines()) {
        take(line.price_approval);
        take(line.discount_approval);
    }
    take(cart.order_discount_approval());
    return combined;
}

Result<std::vector<SaleLineRecord>> sale_lines_of(Till& till, const Cart& cart,
                                                  std::string_view date) {
    std::vector<SaleLineRecord> lines;
    for (std::size_t i = 0; i < cart.lines().size(); ++i) {
        const CartLine& line = cart.lines()[i];
        const LineAmounts& amounts = cart.totals().lines[i];
        auto rate = vat_rate_on(till.db, line.vat_class, date);
        if (!rate)
            return fail(rate.error());
        SaleLineRecord record{static_cast<int>(i + 1),
                              line.product_id,
                              line.sku,
                              line.name,
                              line.unit,
                              line.quantity,
                              line.list_price,
                              line.unit_price,
                              amounts.gross,
                              amounts.line_discount,
                              amounts.order_discount,
                              amounts.amount(),
                              rate->rate_bp,
                              rate->invoice_code,
                              line.lot,
                              line.expiry,
                              std::nullopt,
                              {},
                              0,
                              {},
                              {},
                              {},
                              {}};
        if (const auto& c = line.certification) {
            record.certification = c->outcome;
            record.ocop_stars = c->stars;
            record.decision_no = c->decision_no;
            record.stamp = c->stamp;
            if (c->override) {
                record.override_by = c->override->manager.username;
                record.override_reason = c->override->reason;
            }
        }
        lines.push_back(std::move(record));
    }
    return lines;
}

} // namespace

Result<std::vector<VatLine>> cart_vat(Till& till, const Cart& cart) {
    auto lines = sale_lines_of(till, cart, local_date(till.clock.now()));
    if (!lines)
        return fail(lines.error());
    SaleRecord preview;
    preview.lines = std::move(*lines);
    set_vat(preview);
    return preview.vat;
}

Result<SaleRecord> complete_sale(Till& till, const Cart& cart, const User& cashier,
                                 const std::vector<PaymentInput>& payments) {
    if (cart.empty()) {
        return fail("sale.empty_cart", "cannot complete a sale with no lines",
                    "Giỏ hàng đang trống. Hãy quét sản phẩm trước khi thanh toán.");
    }
    auto settlement = settle(cart.totals().total(), payments);
    if (!settlement)
        return fail(settlement.error());

    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    SaleRecord sale;
    sale.kind = "sale";
    if (auto stamped = stamp_entry(till, sale); !stamped)
        return fail(stamped.error());
    auto lines = sale_lines_of(till, cart, sale.created_at.substr(0, 10));
    if (!lines)
        return fail(lines.error());
    sale.lines = std::move(*lines);
    sale.cashier = cashier.username;
    sale.cashier_name = cashier.full_name;
    sale.subtotal = cart.totals().subtotal;
    sale.discount_total = cart.totals().discount_total;
    sale.total = cart.totals().total();
    sale.change_given = settlement->change;
    set_vat(sale);
    int seq = 0;
    for (const auto& payment : settlement->payments) {
        sale.payments.push_back(PaymentRecord{++seq, payment.method, payment.amount,
                                              payment.tendered, payment.reference,
                                              payment.approval_code});
    }
    Authors authors{cashier.id, std::nullopt};
    if (const auto approval = cart_approval(cart)) {
        sale.approved_by = approval->manager.username;
        sale.approval_note = approval->reason;
        authors.approver_id = approval->manager.id;
    }
    if (auto written = write_entry(till, sale, authors); !written)
        return fail(written.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return sale;
}

namespace {

Result<SaleLineRecord> refund_line(const RefundableLine& refundable,
                                   std::optional<Quantity> requested, int line_no) {
    const SaleLineRecord& original = refundable.sold;
    const Quantity left = refundable.left();
    const Quantity quantity = requested.value_or(left);
    if (quantity.milli <= 0 && requested) {
        return fail("quantity.not_positive", "refund quantity must be positive",
                    "Số lượng trả lại phải lớn hơn 0.");
    }
    if (quantity > left) {
        return fail("refund.too_much",
                    "line " + std::to_string(original.line_no) + ": refunding " +
                        format_quantity(quantity) + " but only " + format_quantity(left) +
                        " left to refund",
                    "Dòng " + std::to_string(original.line_no) + " (" + original.name +
                        "): chỉ còn " + format_quantity(left) + " " + original.unit +
                        " có thể trả lại.");
    }
    SaleLineRecord line = original;
    line.line_no = line_no;
    line.refund_of_line = original.line_no;
    line.quantity = -quantity;
    const Refunded back = refundable.share_of(quantity);
    line.gross = -back.gross;
    line.line_discount = -back.line_discount;
    line.order_discount = -back.order_discount;
    line.amount = line.gross - line.line_discount - line.order_discount;
    return line;
}

} // namespace

Result<SaleRecord> refund_sale(Till& till, const RefundRequest& request, const User& cashier,
                               const Approval& approval) {
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto original = load_sale(till.db, request.sale);
    if (!original)
        return fail(original.error());
    auto refundable = refundable_lines(till.db, *original);
    if (!refundable)
        return fail(refundable.error());

    SaleRecord refund;
    refund.kind = "refund";
    refund.refund_of = original->id;
    refund.refund_of_receipt = original->receipt_no;
    const auto add_line = [&](std::size_t index, std::optional<Quantity> quantity) -> Result<void> {
        auto& refundable_line = (*refundable)[index];
        if (!quantity && refundable_line.left().milli == 0)
            return {}; // nothing left on this line
        if (quantity && !quantity->is_whole() && !refundable_line.weighed) {
            // As at the till (cart.fractional_quantity), a product sold by
            // the unit does not come back in part: half a jar is not a refund.
            const auto& sold = refundable_line.sold;
            return fail("refund.fractional_quantity",
                        "line " + std::to_string(sold.line_no) + ": " + sold.sku +
                            " is refunded in whole units",
                        "Dòng " + std::to_string(sold.line_no) + " (" + sold.name +
                            "): chỉ trả lại theo số lượng nguyên (" + sold.unit + ").");
        }
        auto line =
            refund_line(refundable_line, quantity, static_cast<int>(refund.lines.size() + 1));
        if (!line)
            return fail(line.error());
        // Count this line as returned already, so that the same sale line
        // named twice in one request cannot return more than was sold (each
        // mention was checked against the same, earlier refunds only).
        Refunded& returned = refundable_line.refunded;
        returned.quantity = returned.quantity - line->quantity;
        returned.gross -= line->gross;
        returned.line_discount -= line->line_discount;
        returned.order_discount -= line->order_discount;
        refund.lines.push_back(std::move(*line));
        return {};
    };
    if (request.lines.empty()) {
        for (std::size_t i = 0; i < original->lines.size(); ++i)
            if (auto added = add_line(i, std::nullopt); !added)
                return fail(added.error());
    }
    for (const auto& wanted : request.lines) {
        if (wanted.line_no < 1 ||
            static_cast<std::size_t>(wanted.line_no) > original->lines.size()) {
            return fail("refund.no_such_line",
                        original->receipt_no + " has no line " + std::to_string(wanted.line_no),
                        "Hoá đơn " + original->receipt_no + " không có dòng số " +
                            std::to_string(wanted.line_no) + ".");
        }
        if (auto added = add_line(static_cast<std::size_t>(wanted.line_no - 1), wanted.quantity);
            !added)
            return fail(added.error());
    }
    if (refund.lines.empty()) {
        return fail("refund.nothing_left",
                    "everything on " + original->receipt_no + " has already been refunded",
                    "Toàn bộ hàng trong hoá đơn " + original->receipt_no + " đã được trả lại.");
    }

    if (auto stamped = stamp_entry(till, refund); !stamped)
        return fail(stamped.error());
    refund.cashier = cashier.username;
    refund.cashier_name = cashier.full_name;
    refund.approved_by = approval.manager.username;
    refund.approval_note = approval.reason;
    for (const auto& line : refund.lines) {
        refund.subtotal += line.gross;
        refund.discount_total += line.line_discount + line.order_discount;
    }
    refund.total = refund.subtotal - refund.discount_total;
    set_vat(refund);
    // Nothing is paid back for goods that were given away (a 100 % discount).
    if (refund.total.dong != 0) {
        refund.payments.push_back(PaymentRecord{
            1, request.payout, refund.total, std::nullopt, request.payout_reference, {}});
    }
    if (auto written = write_entry(till, refund, {cashier.id, approval.manager.id}); !written)
        return fail(written.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return refund;
}

Result<std::int64_t> void_cart(Till& till, const Cart& cart, const User& cashier,
                               std::string_view reason) {
    if (cart.empty()) {
        return fail("sale.empty_cart", "there is nothing to void", "Giỏ hàng đang trống.");
    }
    nlohmann::json lines = nlohmann::json::array();
    for (std::size_t i = 0; i < cart.lines().size(); ++i) {
        const auto& line = cart.lines()[i];
        lines.push_back({{"sku", line.sku},
                         {"name", line.name},
                         {"quantity_milli", line.quantity.milli},
                         {"amount", cart.totals().lines[i].amount().dong}});
    }
    const std::string at = local_timestamp(till.clock.now());
    const nlohmann::json payload{{"cashier", cashier.username},
                                 {"reason", reason},
                                 {"total", cart.totals().total().dong},
                                 {"lines", lines}};
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto event = db::append_event(till.db, till.terminal, "void", at, payload.dump());
    if (!event)
        return fail(event.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return event->seq;
}

} // namespace ocop::pos
