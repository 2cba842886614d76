#pragma once

#include "common/error.h"
#include "db/outbox.h"
#include "pos/cart.h"
#include "pos/clock.h"
#include "pos/scan_rules.h"

#include <cstdint>
#include <memory>
#include <string>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The terminal this program runs as: its database, its clock, which terminal
// and store it is. Every operation that records something takes a Till, so
// the terminal's screens and the `ocop` command go through the same code.
struct Till {
    db::Connection& db;
    const Clock& clock;
    db::TerminalRef terminal;
    std::int64_t store_id = 0;
    std::string store_code;
    // The store's scan rules, read once and again only after a change;
    // copies of a Till share them.
    std::shared_ptr<ScanRulesCache> scan_rules = std::make_shared<ScanRulesCache>();
};

// Reads the terminal's identity (setting terminal.code) from the database:
// terminal.not_configured on a database that was never given one.
Result<Till> open_till(db::Connection& db, const Clock& clock);

// The cart rules configured for this store (discount.manager_limit_bp).
Result<CartPolicy> cart_policy(db::Connection& db);

} // namespace ocop::pos
