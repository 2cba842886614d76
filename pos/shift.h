#pragma once

#include "common/error.h"
#include "pos/money.h"
#include "pos/payment.h"
#include "pos/till.h"
#include "pos/users.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::pos {

// A cashier's session at a till, from the opening float to the cash count.
struct Shift {
    std::string id;
    std::int64_t number = 0; // per terminal
    std::string opened_at;
    std::string opened_by; // username
    Money opening_float;
    std::optional<std::string> closed_at;
    std::string closed_by;
    std::optional<Money> counted_cash;
};

// What a shift took, as the X (running) and Z (closing) reports show it.
struct ShiftSummary {
    Shift shift;
    std::int64_t sales_count = 0;
    std::int64_t refunds_count = 0;
    Money sales_total;   // sales, VAT included
    Money refunds_total; // negative
    Money cash;          // net cash taken (sales minus refunds paid in cash)
    Money vietqr;
    Money card;
    Money expected_cash; // opening float + cash
    std::optional<Money> counted_cash;
    Money variance() const { return counted_cash.value_or(expected_cash) - expected_cash; }
};

// The terminal's open shift, if there is one.
Result<std::optional<Shift>> current_shift(db::Connection& db, const Till& till);

// shift.already_open when the till has one open; shift.negative_float.
Result<Shift> open_shift(Till& till, const User& by, Money opening_float);

Result<ShiftSummary> shift_summary(db::Connection& db, std::string_view shift_id);

// Closes the open shift with the cash counted in the drawer; a manager
// closes it (shift.not_open when there is none). The closing event carries
// the summary, so head office has the Z report as the till saw it.
Result<ShiftSummary> close_shift(Till& till, const Approval& manager, Money counted_cash);

nlohmann::json to_json(const ShiftSummary& summary);

} // namespace ocop::pos
