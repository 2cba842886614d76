#pragma once

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/quantity.h"
#include "pos/till.h"

#include <nlohmann/json_fwd.hpp>

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

// The same, with fields added to the event's payload: the document behind
// the movements (a delivery note's number, producer and terms; a transfer's
// id; a write-off's reason). Head office reads kind, store and the lines'
// sku and quantity_milli, and keeps the rest for settlement and reports.
Result<std::int64_t> record_movements(Till& till, std::string_view kind,
                                      const std::vector<MovementLine>& lines, std::string_view note,
                                      const nlohmann::json& document);

// One product's stock on hand at a store, by the rule of stock_levels.
Result<Quantity> on_hand(db::Connection& db, std::int64_t store_id, std::int64_t product_id);

// Refuses with stock.not_enough when taking the lines' quantities (given as
// positive amounts to take out) would leave less than nothing of a product.
Result<void> check_available(db::Connection& db, std::int64_t store_id,
                             const std::vector<MovementLine>& taken);

// Sets a product's low-stock threshold at a store; nullopt removes it.
Result<void> set_threshold(db::Connection& db, std::int64_t store_id, std::int64_t product_id,
                           std::optional<Quantity> minimum);

// Refuses a line that cannot be a document's line: stock.bad_quantity for a
// quantity that is not above zero, an expiry that is not a date.
Result<void> check_document_lines(const std::vector<MovementLine>& lines);

} // namespace ocop::pos
