#include "sync/hq/projections.h"

#include "sync/hq/change_log.h"
#include "sync/hq/database.h"
#include "sync/hq/payload_fields.h"
#include "sync/hq/settlement.h"

#include <nlohmann/json.hpp>

namespace ocop::hq {

namespace {

using nlohmann::json;

Result<void> add_movement(Database& database, std::string_view terminal, std::int64_t seq,
                          std::int64_t line_no, std::string_view store, const std::string& sku,
                          std::int64_t quantity_milli, std::string_view kind,
                          std::set<std::string>& moved_skus) {
    if (sku.empty() || quantity_milli == 0)
        return {};
    moved_skus.insert(sku);
    return database.execute(
        "INSERT INTO stock_movements (terminal, seq, line_no, store, sku, quantity_milli, kind) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT (terminal, seq, line_no) DO NOTHING",
        terminal, seq, line_no, store, sku, quantity_milli, kind);
}

Result<void> project_sale(Database& database, std::string_view terminal, std::string_view store,
                          const db::OutboxEvent& event, const json& sale,
                          std::set<std::string>& moved_skus) {
    const std::string id = payload::text(sale, "id");
    if (id.empty())
        return {};
    auto inserted = database.query(
        "INSERT INTO sales (id, kind, store, terminal, seq, number, receipt_no, created_at, total, "
        "vat_total) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING RETURNING id",
        id, event.type, store, terminal, event.seq, payload::integer(sale, "number"),
        payload::text(sale, "receipt_no"), event.created_at, payload::integer(sale, "total"),
        payload::integer(sale, "vat_total"));
    if (!inserted)
        return std::unexpected(inserted.error());
    if (inserted->empty())
        return {}; // already held (the same sale in another event): counted once
    for (const auto& line : payload::array(sale, "lines")) {
        if (!line.is_object())
            continue;
        const std::int64_t line_no = payload::integer(line, "line_no");
        const std::string sku = payload::text(line, "sku");
        const std::int64_t quantity = payload::integer(line, "quantity_milli");
        auto written = database.execute(
            "INSERT INTO sale_lines (sale_id, line_no, sku, name, quantity_milli, amount, "
            "vat_code, ocop_stars) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT (sale_id, line_no) DO NOTHING",
            id, line_no, sku, payload::text(line, "name"), quantity,
            payload::integer(line, "amount"), payload::text(line, "vat_code"),
            payload::integer(line, "ocop_stars"));
        if (!written)
            return written;
        // As the terminal's journal does (pos/journal.cpp write_entry): goods
        // leave the shelf on a sale (positive quantity) and come back on a
        // refund (negative quantity).
        auto moved = add_movement(database, terminal, event.seq, line_no, store, sku, -quantity,
                                  event.type, moved_skus);
        if (!moved)
            return moved;
    }
    return {};
}

Result<void> project_stock(Database& database, std::string_view terminal, std::string_view store,
                           const db::OutboxEvent& event, const json& movement,
                           std::set<std::string>& moved_skus) {
    const std::string kind = payload::text(movement, "kind");
    std::int64_t line_no = 0;
    for (const auto& line : payload::array(movement, "lines")) {
        ++line_no;
        if (!line.is_object())
            continue;
        auto moved = add_movement(
            database, terminal, event.seq, line_no, store, payload::text(line, "sku"),
            payload::integer(line, "quantity_milli"), kind.empty() ? "stock" : kind, moved_skus);
        if (!moved)
            return moved;
    }
    // A receipt's terms, for the producer's settlement (sync/hq/settlement.h).
    if (kind == "receipt")
        return project_consignment_receipt(database, terminal, store, event.seq, event.created_at,
                                           movement);
    return {};
}

} // namespace

Result<void> project_event(Database& database, std::string_view terminal, std::string_view store,
                           const db::OutboxEvent& event, std::set<std::string>& moved_skus) {
    const bool sale = event.type == "sale" || event.type == "refund";
    if (!sale && event.type != "stock")
        return {};
    const json payload = json::parse(event.payload, nullptr, false);
    if (payload.is_discarded() || !payload.is_object())
        return {};
    if (sale)
        return project_sale(database, terminal, store, event, payload, moved_skus);
    return project_stock(database, terminal, store, event, payload, moved_skus);
}

Result<void> log_stock_figures(Database& database, std::string_view store,
                               const std::set<std::string>& skus, std::string_view now) {
    if (skus.empty())
        return {};
    auto heads = database.query(
        "SELECT t.code, coalesce(h.held_seq, 0) FROM terminals t "
        "LEFT JOIN terminal_heads h ON h.terminal = t.code WHERE t.store = ? ORDER BY t.code",
        store);
    if (!heads)
        return std::unexpected(heads.error());
    json includes = json::object();
    for (const auto& head : *heads)
        includes[head.text(0)] = head.int64(1);
    for (const auto& sku : skus) {
        auto figure =
            database.first_row("SELECT coalesce(sum(quantity_milli), 0) FROM stock_movements "
                               "WHERE store = ? AND sku = ?",
                               store, sku);
        if (!figure)
            return std::unexpected(figure.error());
        const json body{
            {"sku", sku}, {"quantity_milli", (*figure)->int64(0)}, {"includes", includes}};
        if (auto logged = replace_store_change(database, "stock", store, sku, body, now); !logged)
            return logged;
    }
    return {};
}

} // namespace ocop::hq
