#include "pos/stock.h"

#include "db/connection.h"
#include "db/text_fold.h"

#include <nlohmann/json.hpp>

#include <map>

namespace ocop::pos {

namespace {

Product read_stock_product(const db::Statement& row) {
    Product product;
    product.id = row.int64(0);
    product.sku = row.text(1);
    product.name_vi = row.text(2);
    product.name_en = row.text(3);
    product.category = row.text(4);
    product.unit = row.text(5);
    product.price = Money{row.int64(6)};
    product.weighed = row.int64(7) != 0;
    product.consigned = row.int64(8) != 0;
    product.active = row.int64(9) != 0;
    return product;
}

} // namespace

Result<std::vector<StockLevel>> stock_levels(db::Connection& db, std::int64_t store_id,
                                             const StockFilter& filter) {
    const std::string folded = db::fold_for_search(filter.search);
    // A product shows when it is sold or still has stock here. Its level is
    // head office's last figure (hq_stock, pulled by ocop-syncd) plus this
    // terminal's movements the figure does not count yet; without a figure,
    // the sum of the terminal's movements.
    auto statement = db.prepare(
        "SELECT p.id, p.sku, p.name_vi, coalesce(p.name_en, ''), p.category, p.unit, p.price, "
        "p.weighed, p.consigned, p.active, "
        "coalesce(h.quantity_milli, 0) + coalesce(m.moved, 0) AS on_hand, t.minimum_milli "
        "FROM products p "
        "LEFT JOIN hq_stock h ON h.product_id = p.id AND h.store_id = ?1 "
        "LEFT JOIN (SELECT sm.product_id, sum(sm.quantity_milli) AS moved "
        "           FROM stock_movements sm "
        "           LEFT JOIN hq_stock hs ON hs.product_id = sm.product_id "
        "                AND hs.store_id = sm.store_id "
        "           WHERE sm.store_id = ?1 "
        "           AND (hs.product_id IS NULL OR sm.outbox_seq > hs.includes_seq) "
        "           GROUP BY sm.product_id) m ON m.product_id = p.id "
        "LEFT JOIN stock_thresholds t ON t.product_id = p.id AND t.store_id = ?1 "
        "WHERE (p.active = 1 OR on_hand <> 0) "
        "AND (?2 = '' OR ocop_fold(p.name_vi || ' ' || coalesce(p.name_en, '') || ' ' || p.sku) "
        "     LIKE '%' || ?2 || '%') "
        "AND (?3 = 0 OR on_hand < t.minimum_milli) "
        "ORDER BY p.name_vi");
    if (!statement)
        return fail(statement.error());
    statement->bind_all(store_id, folded, filter.low_only ? 1 : 0);
    return db::collect_rows(*statement, [](const db::Statement& row) {
        StockLevel level{read_stock_product(row), Quantity{row.int64(10)}, std::nullopt};
        if (const auto minimum = row.optional_int64(11))
            level.minimum = Quantity{*minimum};
        return level;
    });
}

Result<std::int64_t> record_movements(Till& till, std::string_view kind,
                                      const std::vector<MovementLine>& lines,
                                      std::string_view note) {
    return record_movements(till, kind, lines, note, nlohmann::json::object());
}

Result<std::int64_t> record_movements(Till& till, std::string_view kind,
                                      const std::vector<MovementLine>& lines, std::string_view note,
                                      const nlohmann::json& document) {
    if (lines.empty()) {
        return fail("stock.no_lines", "a stock movement needs at least one line",
                    "Phiếu kho cần ít nhất một dòng hàng.");
    }
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    const std::string at = local_timestamp(till.clock.now());
    nlohmann::json payload_lines = nlohmann::json::array();
    for (const auto& line : lines) {
        // Head office cannot map this file's product ids: it reads the sku.
        // An unknown product has none, and its movement is refused below.
        auto sku = till.db.first_row("SELECT sku FROM products WHERE id = ?", line.product_id);
        if (!sku)
            return fail(sku.error());
        payload_lines.push_back({{"product_id", line.product_id},
                                 {"sku", *sku ? nlohmann::json((*sku)->text(0)) : nullptr},
                                 {"quantity_milli", line.quantity.milli},
                                 {"lot", line.lot ? nlohmann::json(*line.lot) : nullptr},
                                 {"expiry", line.expiry ? nlohmann::json(*line.expiry) : nullptr}});
    }
    nlohmann::json payload = document;
    payload["kind"] = kind;
    payload["store"] = till.store_code;
    payload["note"] = note;
    payload["lines"] = payload_lines;
    auto event = db::append_event(till.db, till.terminal, "stock", at, payload.dump());
    if (!event)
        return fail(event.error());
    for (const auto& line : lines) {
        auto inserted = till.db.execute(
            "INSERT INTO stock_movements (store_id, product_id, quantity_milli, kind, lot, expiry, "
            "note, created_at, outbox_seq) VALUES (?,?,?,?,?,?,?,?,?)",
            till.store_id, line.product_id, line.quantity.milli, kind, line.lot, line.expiry,
            note.empty() ? std::nullopt : std::optional(note), at, event->seq);
        if (!inserted)
            return fail(inserted.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return event->seq;
}

Result<Quantity> on_hand(db::Connection& db, std::int64_t store_id, std::int64_t product_id) {
    // stock_levels' rule for one product: head office's figure plus the
    // movements after the last one it counts (includes_seq 0: all of them).
    auto moved = db.query_int64(
        "SELECT coalesce(h.quantity_milli, 0) + "
        "  (SELECT coalesce(sum(sm.quantity_milli), 0) FROM stock_movements sm "
        "   WHERE sm.store_id = ?1 AND sm.product_id = ?2 "
        "   AND sm.outbox_seq > coalesce(h.includes_seq, 0)) "
        "FROM (SELECT 1) LEFT JOIN hq_stock h ON h.store_id = ?1 AND h.product_id = ?2",
        store_id, product_id);
    if (!moved)
        return fail(moved.error());
    return Quantity{moved->value_or(0)};
}

Result<void> check_available(db::Connection& db, std::int64_t store_id,
                             const std::vector<MovementLine>& taken) {
    // Lines of the same product (two lots) are taken together.
    std::map<std::int64_t, Quantity> wanted;
    for (const auto& line : taken)
        wanted[line.product_id] = wanted[line.product_id] + line.quantity;
    for (const auto& [product_id, quantity] : wanted) {
        auto have = on_hand(db, store_id, product_id);
        if (!have)
            return fail(have.error());
        if (quantity <= *have)
            continue;
        auto sku = db.first_row("SELECT sku FROM products WHERE id = ?", product_id);
        if (!sku)
            return fail(sku.error());
        const std::string name = *sku ? (*sku)->text(0) : std::to_string(product_id);
        return fail("stock.not_enough",
                    name + ": cannot take " + format_quantity(quantity) + ", " +
                        format_quantity(*have) + " on hand",
                    "Không đủ hàng " + name + ": cần lấy " + format_quantity(quantity) +
                        " nhưng chỉ còn " + format_quantity(*have) + ".");
    }
    return {};
}

Result<void> set_threshold(db::Connection& db, std::int64_t store_id, std::int64_t product_id,
                           std::optional<Quantity> minimum) {
    if (!minimum) {
        return db.execute("DELETE FROM stock_thresholds WHERE store_id = ? AND product_id = ?",
                          store_id, product_id);
    }
    return db.execute("INSERT INTO stock_thresholds (store_id, product_id, minimum_milli) "
                      "VALUES (?, ?, ?) ON CONFLICT (store_id, product_id) "
                      "DO UPDATE SET minimum_milli = excluded.minimum_milli",
                      store_id, product_id, minimum->milli);
}

Result<void> check_document_lines(const std::vector<MovementLine>& lines) {
    if (lines.empty()) {
        return fail("stock.no_lines", "a stock movement needs at least one line",
                    "Phiếu kho cần ít nhất một dòng hàng.");
    }
    for (const auto& line : lines) {
        if (line.quantity <= Quantity{0}) {
            return fail("stock.bad_quantity", "a document's quantities must be above zero",
                        "Số lượng trên phiếu phải lớn hơn 0.");
        }
        if (line.expiry) {
            if (auto date = parse_date(*line.expiry); !date)
                return fail(date.error());
        }
    }
    return {};
}

} // namespace ocop::pos
