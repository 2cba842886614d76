#pragma once

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/quantity.h"
#include "pos/till.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// A product's stock at a store: always the sum of its movements, never a
// figure kept and edited.
struct StockLevel {
    Product product;
    Quantity on_hand;
    std::optional<Quantity> minimum; // the low-stock threshold, when set
    bool is_low() const { return minimum && on_hand < *minimum; }
};

struct StockFilter {
    bool low_only = false;
    std::string search; // accent-insensitive, like the catalogue search; empty for all
};

Result<std::vector<StockLevel>> stock_levels(db::Connection& db, std::int64_t store_id,
                                             const StockFilter& filter = {});

// A movement recorded by a person (not by a sale): receipt, damage, ...
struct MovementLine {
    std::int64_t product_id = 0;
    Quantity quantity; // signed: + into the store, - out of it
    std::optional<std::string> lot;
    std::optional<std::string> expiry;
};

// Records movements of one kind (opening, receipt, adjustment, damage,
// return, transfer_in, transfer_out) and their outbox event, in one
// transaction. Returns the event's sequence number.
Result<std::int64_t> record_movements(Till& till, std::string_view kind,
                                      const std::vector<MovementLine>& lines,
                                      std::string_view note);

} // namespace ocop::pos
