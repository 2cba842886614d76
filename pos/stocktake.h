#pragma once

// A stocktake: people count what is on the shelves (scanning, each scan one
// unit; weighed goods by the quantity entered), without seeing what the
// journal expects (a blind count); a manager then sees the variance and
// applies it as "adjustment" movements.
//
// The rule for what was expected (docs/stock.md): the level when the count
// started plus every movement since, i.e. the level when the report is
// made. A sale during the count lowers what is expected, so goods sold
// before the counter reached them are not a shortage.

#include "common/error.h"
#include "pos/catalogue.h"
#include "pos/money.h"
#include "pos/quantity.h"
#include "pos/receipt.h"
#include "pos/till.h"
#include "pos/users.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

struct Stocktake {
    std::int64_t id = 0;
    std::optional<std::string> category; // nullopt: the whole store
    std::string started_at;
    std::int64_t start_seq = 0; // the outbox's last seq when it started
};

// Starts a count of the whole store or of one category.
// stock.count_open when one is already open, stock.unknown_category.
Result<Stocktake> start_stocktake(Till& till, std::optional<std::string> category);

// The store's open count, if there is one.
Result<std::optional<Stocktake>> open_stocktake(db::Connection& db, std::int64_t store_id);

// What one scan counted: the product and its count so far (never what was
// expected: the count is blind).
struct CountedProduct {
    Product product;
    Quantity counted;
};

// Counts a scanned code: one unit (or the units a case code stands for), or
// `quantity` when given; a weighed product needs its quantity
// (stock.count_needs_quantity). stock.no_count_open, stock.not_in_count for a
// product outside the count's category, catalog.unknown_code.
Result<CountedProduct> count_scan(Till& till, std::string_view code,
                                  std::optional<Quantity> quantity);

// What the open count has counted so far, by product name (blind: counts
// only). stock.no_count_open.
Result<std::vector<CountedProduct>> counted_so_far(db::Connection& db, std::int64_t store_id);

struct StocktakeLine {
    Product product;
    VarianceLine variance;      // expected, counted and the difference's value at the price
    Quantity moved_since_start; // movements during the count (sales, receipts ...)
};

// The variance of the open count, by product name: every product in its
// scope that was counted or that the journal expects to be there (a
// product not counted was counted as none).
Result<std::vector<StocktakeLine>> stocktake_report(db::Connection& db, std::int64_t store_id);

struct AppliedStocktake {
    std::int64_t id = 0;
    std::optional<std::int64_t> seq; // nullopt when nothing differed
    std::size_t adjusted = 0;        // products adjusted
    Money value;                     // the differences' value at the current prices
};

// Applies the open count's differences as "adjustment" movements, in one
// transaction with the count closed. stock.no_count_open.
Result<AppliedStocktake> apply_stocktake(Till& till, const Approval& approval);

} // namespace ocop::pos
