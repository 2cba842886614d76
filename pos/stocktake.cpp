#include "pos/stocktake.h"

#include "db/connection.h"
#include "pos/stock.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace ocop::pos {

namespace {

Error no_count_open() {
    return Error{"stock.no_count_open", "no stocktake is open at this store",
                 "Chưa bắt đầu kiểm kê (ocop stock count start)."};
}

Result<Stocktake> require_open(db::Connection& db, std::int64_t store_id) {
    auto open = open_stocktake(db, store_id);
    if (!open)
        return fail(open.error());
    if (!*open)
        return fail(no_count_open());
    return **open;
}

Result<std::map<std::int64_t, Quantity>> counts_of(db::Connection& db, std::int64_t stocktake_id) {
    auto rows =
        db.prepare("SELECT product_id, counted_milli FROM stocktake_counts WHERE stocktake_id = ?");
    if (!rows)
        return fail(rows.error());
    rows->bind_all(stocktake_id);
    std::map<std::int64_t, Quantity> counts;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return counts;
        counts[rows->int64(0)] = Quantity{rows->int64(1)};
    }
}

Result<std::map<std::int64_t, Quantity>> moved_since(db::Connection& db, std::int64_t store_id,
                                                     std::int64_t start_seq) {
    auto rows = db.prepare("SELECT product_id, sum(quantity_milli) FROM stock_movements "
                           "WHERE store_id = ? AND outbox_seq > ? GROUP BY product_id");
    if (!rows)
        return fail(rows.error());
    rows->bind_all(store_id, start_seq);
    std::map<std::int64_t, Quantity> moved;
    for (;;) {
        auto row = rows->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return moved;
        moved[rows->int64(0)] = Quantity{rows->int64(1)};
    }
}

} // namespace

Result<std::optional<Stocktake>> open_stocktake(db::Connection& db, std::int64_t store_id) {
    auto row = db.first_row("SELECT id, category, started_at, start_seq FROM stocktakes "
                            "WHERE store_id = ? AND applied_at IS NULL",
                            store_id);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<Stocktake>{};
    const db::Statement& take = **row;
    return std::optional<Stocktake>{
        Stocktake{take.int64(0), take.optional_text(1), take.text(2), take.int64(3)}};
}

Result<Stocktake> start_stocktake(Till& till, std::optional<std::string> category) {
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto open = open_stocktake(till.db, till.store_id);
    if (!open)
        return fail(open.error());
    if (*open) {
        return fail("stock.count_open", "a stocktake is already open at this store",
                    "Đang có một đợt kiểm kê chưa kết thúc (ocop stock count report / apply).");
    }
    if (category) {
        auto known =
            till.db.query_int64("SELECT count(*) FROM categories WHERE code = ?", *category);
        if (!known)
            return fail(known.error());
        if (known->value_or(0) == 0) {
            return fail("stock.unknown_category", "no category " + *category,
                        "Không có nhóm hàng " + *category + ".");
        }
    }
    auto last_seq = till.db.query_int64(
        "SELECT coalesce(max(seq), 0) FROM outbox WHERE terminal_id = ?", till.terminal.id);
    if (!last_seq)
        return fail(last_seq.error());
    Stocktake take{0, category, local_timestamp(till.clock.now()), last_seq->value_or(0)};
    auto inserted = till.db.execute(
        "INSERT INTO stocktakes (store_id, category, started_at, start_seq) VALUES (?,?,?,?)",
        till.store_id, take.category, take.started_at, take.start_seq);
    if (!inserted)
        return fail(inserted.error());
    take.id = till.db.last_insert_rowid();
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return take;
}

Result<CountedProduct> count_scan(Till& till, std::string_view code,
                                  std::optional<Quantity> quantity) {
    auto take = require_open(till.db, till.store_id);
    if (!take)
        return fail(take.error());
    auto match = find_by_code(till.db, code);
    if (!match)
        return fail(match.error());
    const Product& product = match->product;
    if (take->category && product.category != *take->category) {
        return fail("stock.not_in_count", product.sku + " is not in the category being counted",
                    "Sản phẩm " + product.sku + " không thuộc nhóm hàng đang kiểm kê (" +
                        *take->category + ").");
    }
    if (!quantity && product.weighed) {
        return fail("stock.count_needs_quantity", product.sku + " is weighed: give its quantity",
                    "Hàng cân " + product.sku + ": nhập khối lượng đếm được (--qty).");
    }
    if (quantity && *quantity <= Quantity{0}) {
        return fail("stock.bad_quantity", "a counted quantity must be above zero",
                    "Số lượng đếm phải lớn hơn 0.");
    }
    const Quantity added = quantity ? *quantity : Quantity::units(match->units_per_scan);
    auto counted = till.db.execute(
        "INSERT INTO stocktake_counts (stocktake_id, product_id, counted_milli) VALUES (?,?,?) "
        "ON CONFLICT (stocktake_id, product_id) "
        "DO UPDATE SET counted_milli = counted_milli + excluded.counted_milli",
        take->id, product.id, added.milli);
    if (!counted)
        return fail(counted.error());
    auto total = till.db.query_int64(
        "SELECT counted_milli FROM stocktake_counts WHERE stocktake_id = ? AND product_id = ?",
        take->id, product.id);
    if (!total)
        return fail(total.error());
    return CountedProduct{product, Quantity{total->value_or(0)}};
}

Result<std::vector<CountedProduct>> counted_so_far(db::Connection& db, std::int64_t store_id) {
    auto take = require_open(db, store_id);
    if (!take)
        return fail(take.error());
    auto counts = counts_of(db, take->id);
    if (!counts)
        return fail(counts.error());
    auto levels = stock_levels(db, store_id); // every product, by name
    if (!levels)
        return fail(levels.error());
    std::vector<CountedProduct> counted;
    for (const auto& level : *levels) {
        if (const auto found = counts->find(level.product.id); found != counts->end())
            counted.push_back(CountedProduct{level.product, found->second});
    }
    return counted;
}

Result<std::vector<StocktakeLine>> stocktake_report(db::Connection& db, std::int64_t store_id) {
    auto take = require_open(db, store_id);
    if (!take)
        return fail(take.error());
    // The level now is the level at the start plus every movement since.
    auto levels = stock_levels(db, store_id);
    if (!levels)
        return fail(levels.error());
    auto counts = counts_of(db, take->id);
    if (!counts)
        return fail(counts.error());
    auto moved = moved_since(db, store_id, take->start_seq);
    if (!moved)
        return fail(moved.error());
    std::vector<StocktakeLine> lines;
    for (const auto& level : *levels) {
        const Product& product = level.product;
        if (take->category && product.category != *take->category)
            continue;
        const auto counted = counts->find(product.id);
        if (counted == counts->end() && level.on_hand == Quantity{0})
            continue;
        const Quantity counted_quantity = counted == counts->end() ? Quantity{} : counted->second;
        const auto during = moved->find(product.id);
        lines.push_back(StocktakeLine{product,
                                      VarianceLine{product.sku, product.name_vi, product.unit,
                                                   level.on_hand, counted_quantity, product.price},
                                      during == moved->end() ? Quantity{} : during->second});
    }
    return lines;
}

Result<AppliedStocktake> apply_stocktake(Till& till, const Approval& approval) {
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto take = require_open(till.db, till.store_id);
    if (!take)
        return fail(take.error());
    auto report = stocktake_report(till.db, till.store_id);
    if (!report)
        return fail(report.error());
    AppliedStocktake applied{take->id, std::nullopt, 0, Money{}};
    std::vector<MovementLine> adjustments;
    nlohmann::json counted = nlohmann::json::array();
    for (const auto& line : *report) {
        const Quantity difference = line.variance.difference();
        if (difference == Quantity{0})
            continue;
        adjustments.push_back({line.product.id, difference, std::nullopt, std::nullopt});
        counted.push_back({{"sku", line.product.sku},
                           {"expected_milli", line.variance.expected.milli},
                           {"counted_milli", line.variance.counted.milli}});
        applied.value += line.variance.value();
    }
    applied.adjusted = adjustments.size();
    if (!adjustments.empty()) {
        const nlohmann::json document{
            {"stocktake", take->id},
            {"category", take->category ? nlohmann::json(*take->category) : nullptr},
            {"started_at", take->started_at},
            {"manager", approval.manager.username},
            {"counts", counted}};
        auto seq = record_movements(till, "adjustment", adjustments,
                                    "Kiểm kê " + std::to_string(take->id), document);
        if (!seq)
            return fail(seq.error());
        applied.seq = *seq;
    }
    auto closed = till.db.execute(
        "UPDATE stocktakes SET applied_at = ?, applied_seq = ?, manager_id = ? WHERE id = ?",
        local_timestamp(till.clock.now()), applied.seq, approval.manager.id, take->id);
    if (!closed)
        return fail(closed.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return applied;
}

} // namespace ocop::pos
