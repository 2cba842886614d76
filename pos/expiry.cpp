#include "pos/expiry.h"

#include "db/connection.h"
#include "pos/clock.h"
#include "pos/stock.h"

#include <algorithm>
#include <map>

namespace ocop::pos {

namespace {

// Each known lot with the sum of the movements that name it, by product and
// then expiry (the order the unnamed outflow takes them in).
Result<std::vector<LotStock>> named_lots(db::Connection& db, std::int64_t store_id) {
    auto rows =
        db.prepare("SELECT l.product_id, p.sku, p.name_vi, p.unit, l.lot, l.expiry, "
                   "  (SELECT coalesce(sum(m.quantity_milli), 0) FROM stock_movements m "
                   "   WHERE m.store_id = ?1 AND m.product_id = l.product_id AND m.lot = l.lot) "
                   "FROM (SELECT product_id, lot, min(expiry) AS expiry FROM stock_movements "
                   "      WHERE store_id = ?1 AND kind IN ('receipt', 'transfer_in', 'opening') "
                   "      AND lot IS NOT NULL AND expiry IS NOT NULL GROUP BY product_id, lot) l "
                   "JOIN products p ON p.id = l.product_id "
                   "ORDER BY l.product_id, l.expiry, l.lot");
    if (!rows)
        return fail(rows.error());
    rows->bind_all(store_id);
    return db::collect_rows(*rows, [](const db::Statement& row) {
        LotStock lot;
        lot.product.id = row.int64(0);
        lot.product.sku = row.text(1);
        lot.product.name_vi = row.text(2);
        lot.product.unit = row.text(3);
        lot.lot = row.text(4);
        lot.expiry = row.text(5);
        lot.remaining = Quantity{row.int64(6)};
        return lot;
    });
}

// Takes what left without a lot off the product's lots, earliest expiry first.
void take_unnamed_outflow(std::vector<LotStock>& lots, Quantity level) {
    Quantity in_lots;
    for (const auto& lot : lots)
        in_lots = in_lots + std::max(lot.remaining, Quantity{0});
    Quantity shortfall = in_lots - level;
    for (auto& lot : lots) {
        lot.remaining = std::max(lot.remaining, Quantity{0});
        if (shortfall <= Quantity{0})
            continue;
        const Quantity taken = std::min(lot.remaining, shortfall);
        lot.remaining = lot.remaining - taken;
        shortfall = shortfall - taken;
    }
}

} // namespace

Result<std::vector<LotStock>> lots_on_hand(db::Connection& db, std::int64_t store_id,
                                           std::string_view today) {
    auto today_days = to_days(today);
    if (!today_days)
        return fail(today_days.error());
    auto named = named_lots(db, store_id);
    if (!named)
        return fail(named.error());
    std::map<std::int64_t, std::vector<LotStock>> by_product;
    for (auto& lot : *named)
        by_product[lot.product.id].push_back(std::move(lot));
    std::vector<LotStock> result;
    for (auto& [product_id, lots] : by_product) {
        auto level = on_hand(db, store_id, product_id);
        if (!level)
            return fail(level.error());
        take_unnamed_outflow(lots, *level);
        for (auto& lot : lots) {
            if (lot.remaining <= Quantity{0})
                continue;
            if (auto expiry = to_days(lot.expiry))
                lot.days_left = (*expiry - *today_days).count();
            result.push_back(std::move(lot));
        }
    }
    std::sort(result.begin(), result.end(), [](const LotStock& a, const LotStock& b) {
        return std::tie(a.expiry, a.product.sku, a.lot) < std::tie(b.expiry, b.product.sku, b.lot);
    });
    return result;
}

Result<std::vector<LotStock>> expiring_lots(db::Connection& db, std::int64_t store_id,
                                            std::string_view today, std::int64_t days) {
    auto lots = lots_on_hand(db, store_id, today);
    if (!lots)
        return fail(lots.error());
    std::erase_if(*lots, [days](const LotStock& lot) { return lot.days_left > days; });
    return lots;
}

} // namespace ocop::pos
