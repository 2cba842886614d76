#pragma once

// Lots on the shelves and the ones about to expire.
//
// The rule (docs/stock.md): a lot is known from a receipt or a transfer in
// that gave it an expiry date. Its remaining quantity is the sum of every
// movement that names the lot (received, minus sold, returned, written off
// of that lot). What left the store without naming a lot (a sale scanned
// from a plain barcode) is taken from the lots first-expiring-first-out: when
// the product's level is below the sum of its lots, the shortfall comes off
// the lots with the earliest expiry. A lot with nothing left is not listed.

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/quantity.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

struct LotStock {
    Product product; // id, sku, names, unit
    std::string lot;
    std::string expiry; // YYYY-MM-DD
    Quantity remaining;
    std::int64_t days_left = 0; // from `today`; negative when already expired
};

// Every lot with something left, by expiry then sku.
Result<std::vector<LotStock>> lots_on_hand(db::Connection& db, std::int64_t store_id,
                                           std::string_view today);

// The lots that expire within `days` days of `today` (YYYY-MM-DD), and those
// already expired.
Result<std::vector<LotStock>> expiring_lots(db::Connection& db, std::int64_t store_id,
                                            std::string_view today, std::int64_t days);

} // namespace ocop::pos
