#include "pos/shift.h"

#include "db/connection.h"
#include "pos/uuid.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

constexpr std::string_view kShiftQuery =
    "SELECT s.id, s.number, s.opened_at, o.username, s.opening_float, s.closed_at, "
    "coalesce(c.username, ''), s.counted_cash FROM shifts s JOIN users o ON o.id = s.opened_by "
    "LEFT JOIN users c ON c.id = s.closed_by ";

Shift read_shift(const db::Statement& row) {
    Shift shift;
    shift.id = row.text(0);
    shift.number = row.int64(1);
    shift.opened_at = row.text(2);
    shift.opened_by = row.text(3);
    shift.opening_float = Money{row.int64(4)};
    shift.closed_at = row.optional_text(5);
    shift.closed_by = row.text(6);
    if (const auto counted = row.optional_int64(7))
        shift.counted_cash = Money{*counted};
    return shift;
}

Result<std::optional<Shift>> one_shift(db::Connection& db, std::string_view where,
                                       auto... arguments) {
    auto row = db.first_row(std::string(kShiftQuery) + std::string(where), arguments...);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<Shift>{};
    return std::optional<Shift>{read_shift(**row)};
}

} // namespace

Result<std::optional<Shift>> current_shift(db::Connection& db, const Till& till) {
    return one_shift(db, "WHERE s.terminal_id = ? AND s.closed_at IS NULL", till.terminal.id);
}

Result<Shift> open_shift(Till& till, const User& by, Money opening_float) {
    if (opening_float.dong < 0) {
        return fail("shift.negative_float", "the opening float cannot be negative",
                    "Tiền đầu ca không được là số âm.");
    }
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto open = current_shift(till.db, till);
    if (!open)
        return fail(open.error());
    if (*open) {
        return fail("shift.already_open",
                    "shift " + std::to_string((*open)->number) + " is already open",
                    "Quầy đang có ca mở (ca số " + std::to_string((*open)->number) + " của " +
                        (*open)->opened_by + "). Đóng ca đó trước khi mở ca mới.");
    }
    auto last = till.db.query_int64("SELECT max(number) FROM shifts WHERE terminal_id = ?",
                                    till.terminal.id);
    if (!last)
        return fail(last.error());

    Shift shift;
    shift.id = new_uuid();
    shift.number = last->value_or(0) + 1;
    shift.opened_at = local_timestamp(till.clock.now());
    shift.opened_by = by.username;
    shift.opening_float = opening_float;
    const nlohmann::json payload{{"shift_id", shift.id},
                                 {"number", shift.number},
                                 {"opened_by", by.username},
                                 {"opening_float", opening_float.dong}};
    auto event =
        db::append_event(till.db, till.terminal, "shift_open", shift.opened_at, payload.dump());
    if (!event)
        return fail(event.error());
    auto inserted = till.db.execute("INSERT INTO shifts (id, terminal_id, number, opened_at, "
                                    "opened_by, opening_float) VALUES (?, ?, ?, ?, ?, ?)",
                                    shift.id, till.terminal.id, shift.number, shift.opened_at,
                                    by.id, opening_float.dong);
    if (!inserted)
        return fail(inserted.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return shift;
}

Result<ShiftSummary> shift_summary(db::Connection& db, std::string_view shift_id) {
    auto shift = one_shift(db, "WHERE s.id = ?", shift_id);
    if (!shift)
        return fail(shift.error());
    if (!*shift) {
        return fail("shift.not_found", "no shift " + std::string(shift_id),
                    "Không tìm thấy ca " + std::string(shift_id) + ".");
    }
    ShiftSummary summary;
    summary.shift = **shift;
    auto totals = db.first_row(
        "SELECT count(*) FILTER (WHERE kind = 'sale'), count(*) FILTER (WHERE kind = 'refund'), "
        "coalesce(sum(total) FILTER (WHERE kind = 'sale'), 0), "
        "coalesce(sum(total) FILTER (WHERE kind = 'refund'), 0) FROM sales WHERE shift_id = ?",
        shift_id);
    if (!totals)
        return fail(totals.error());
    // An aggregate query always returns its one row.
    summary.sales_count = (*totals)->int64(0);
    summary.refunds_count = (*totals)->int64(1);
    summary.sales_total = Money{(*totals)->int64(2)};
    summary.refunds_total = Money{(*totals)->int64(3)};

    auto methods = db.prepare("SELECT p.method, sum(p.amount) FROM payments p JOIN sales s ON "
                              "s.id = p.sale_id WHERE s.shift_id = ? GROUP BY p.method");
    if (!methods)
        return fail(methods.error());
    methods->bind_all(shift_id);
    auto rows = db::collect_rows(*methods, [](const db::Statement& row) {
        return std::pair{method_from_code(row.text(0)), Money{row.int64(1)}};
    });
    if (!rows)
        return fail(rows.error());
    for (const auto& [method, amount] : *rows) {
        if (method == PaymentMethod::Cash)
            summary.cash = amount;
        else if (method == PaymentMethod::VietQr)
            summary.vietqr = amount;
        else if (method == PaymentMethod::Card)
            summary.card = amount;
    }
    summary.expected_cash = summary.shift.opening_float + summary.cash;
    summary.counted_cash = summary.shift.counted_cash;
    return summary;
}

Result<ShiftSummary> close_shift(Till& till, const Approval& manager, Money counted_cash) {
    if (counted_cash.dong < 0) {
        return fail("shift.negative_count", "counted cash cannot be negative",
                    "Số tiền đếm được không được là số âm.");
    }
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto open = current_shift(till.db, till);
    if (!open)
        return fail(open.error());
    if (!*open) {
        return fail("shift.not_open", "the till has no open shift",
                    "Quầy không có ca nào đang mở.");
    }
    auto summary = shift_summary(till.db, (*open)->id);
    if (!summary)
        return fail(summary.error());
    const std::string closed_at = local_timestamp(till.clock.now());
    summary->shift.closed_at = closed_at;
    summary->shift.closed_by = manager.manager.username;
    summary->shift.counted_cash = counted_cash;
    summary->counted_cash = counted_cash;

    auto payload = to_json(*summary);
    payload["approval_note"] = manager.reason;
    auto event = db::append_event(till.db, till.terminal, "shift_close", closed_at, payload.dump());
    if (!event)
        return fail(event.error());
    auto updated = till.db.execute("UPDATE shifts SET closed_at = ?, closed_by = ?, "
                                   "expected_cash = ?, counted_cash = ? WHERE id = ?",
                                   closed_at, manager.manager.id, summary->expected_cash.dong,
                                   counted_cash.dong, summary->shift.id);
    if (!updated)
        return fail(updated.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *summary;
}

nlohmann::json to_json(const ShiftSummary& summary) {
    const Shift& shift = summary.shift;
    return {{"shift_id", shift.id},
            {"number", shift.number},
            {"opened_at", shift.opened_at},
            {"opened_by", shift.opened_by},
            {"opening_float", shift.opening_float.dong},
            {"closed_at", shift.closed_at ? nlohmann::json(*shift.closed_at) : nullptr},
            {"closed_by", shift.closed_by},
            {"sales_count", summary.sales_count},
            {"refunds_count", summary.refunds_count},
            {"sales_total", summary.sales_total.dong},
            {"refunds_total", summary.refunds_total.dong},
            {"cash", summary.cash.dong},
            {"vietqr", summary.vietqr.dong},
            {"card", summary.card.dong},
            {"expected_cash", summary.expected_cash.dong},
            {"counted_cash",
             summary.counted_cash ? nlohmann::json(summary.counted_cash->dong) : nullptr},
            {"variance", summary.variance().dong}};
}

} // namespace ocop::pos
