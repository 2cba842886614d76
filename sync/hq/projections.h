#pragma once

// What head office reads out of the events it receives: sales and refunds
// with their lines, and stock movements. Written in the transaction that
// stores the event, only when the event is stored for the first time, so a
// resent event changes nothing (and every row is keyed by the event that
// made it besides).

#include "common/error.h"
#include "db/outbox.h"

#include <set>
#include <string>
#include <string_view>

namespace ocop::hq {

class Database;

// Projects one newly stored event of `terminal` (a terminal of `store`).
// Adds to `moved_skus` every product whose stock in the store it moved.
// Payloads are the terminal's (pos/sale_record.cpp to_json for "sale" and
// "refund", pos/stock.cpp record_movements for "stock"); other types
// ("shift_open", "shift_close", "override", "void", ...) are kept as events
// only. A payload that cannot be read is kept as an event and projected to
// nothing: the chain vouches it is what the terminal wrote.
Result<void> project_event(Database& database, std::string_view terminal, std::string_view store,
                           const db::OutboxEvent& event, std::set<std::string>& moved_skus);

// Replaces the store's stock change entries for these products with their
// figures now, each with `includes`: the held seq of every terminal of the
// store (docs/sync.md, "Changes").
Result<void> log_stock_figures(Database& database, std::string_view store,
                               const std::set<std::string>& skus, std::string_view now);

} // namespace ocop::hq
