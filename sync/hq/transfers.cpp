#include "sync/hq/transfers.h"

#include "sync/hq/change_log.h"
#include "sync/hq/database.h"
#include "sync/hq/payload_fields.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace ocop::hq {

namespace {

using nlohmann::json;

// Quantities as positive figures: the terminal signs a transfer_out's lines
// negative (goods leaving) and a transfer_in's positive.
std::int64_t quantity_field(const json& line) {
    const auto found = line.find("quantity_milli");
    if (found == line.end() || !found->is_number_integer())
        return 0;
    const auto quantity = found->get<std::int64_t>();
    return quantity < 0 ? -quantity : quantity;
}

const json& lines_of(const json& payload) {
    static const json empty = json::array();
    const auto found = payload.find("lines");
    return found != payload.end() && found->is_array() ? *found : empty;
}

// The payload's lines summed by sku.
std::map<std::string, std::int64_t> quantities_by_sku(const json& payload) {
    std::map<std::string, std::int64_t> quantities;
    for (const auto& line : lines_of(payload)) {
        if (!line.is_object())
            continue;
        const std::string sku = payload::text(line, "sku");
        const std::int64_t quantity = quantity_field(line);
        if (!sku.empty() && quantity != 0)
            quantities[sku] += quantity;
    }
    return quantities;
}

Result<void> add_lines(Database& database, const std::string& id, const json& payload,
                       const char* column) {
    for (const auto& [sku, quantity] : quantities_by_sku(payload)) {
        auto added = database.execute(
            std::string("INSERT INTO transfer_lines (transfer_id, sku, ") + column +
                ") VALUES (?,?,?) ON CONFLICT (transfer_id, sku) DO UPDATE SET " + column +
                " = transfer_lines." + column + " + excluded." + column,
            id, sku, quantity);
        if (!added)
            return added;
    }
    return {};
}

Result<bool> record_sent(Database& database, std::string_view terminal, std::string_view store,
                         const db::OutboxEvent& event, const std::string& id, const json& payload) {
    // The sender's half is written once: RETURNING gives no row when it was
    // held already.
    auto written = database.query(
        "INSERT INTO transfers (id, from_store, to_store, sent_at, sent_by_terminal, sent_seq) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET from_store = excluded.from_store, "
        "to_store = coalesce(transfers.to_store, excluded.to_store), "
        "sent_at = excluded.sent_at, sent_by_terminal = excluded.sent_by_terminal, "
        "sent_seq = excluded.sent_seq WHERE transfers.sent_seq IS NULL RETURNING id",
        id, store, payload::optional_text(payload, "to_store"), event.created_at, terminal,
        event.seq);
    if (!written)
        return std::unexpected(written.error());
    if (written->empty())
        return false;
    if (auto added = add_lines(database, id, payload, "sent_milli"); !added)
        return std::unexpected(added.error());
    return true;
}

Result<void> record_received(Database& database, std::string_view terminal, std::string_view store,
                             const db::OutboxEvent& event, const std::string& id,
                             const json& payload) {
    auto written = database.execute(
        "INSERT INTO transfers (id, from_store, to_store, received_at, received_by_terminal, "
        "received_seq) VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
        "from_store = coalesce(transfers.from_store, excluded.from_store), "
        "to_store = coalesce(transfers.to_store, excluded.to_store), "
        "received_at = coalesce(transfers.received_at, excluded.received_at), "
        "received_by_terminal = coalesce(transfers.received_by_terminal, "
        "excluded.received_by_terminal), "
        "received_seq = coalesce(transfers.received_seq, excluded.received_seq)",
        id, payload::optional_text(payload, "from_store"), store, event.created_at, terminal,
        event.seq);
    if (!written)
        return written;
    return add_lines(database, id, payload, "received_milli");
}

// The `transfer` change entry of the receiving store (docs/sync.md): the
// lines as the sender recorded them (lots and expiry dates included), read
// back from the sender's event.
Result<void> log_transfer(Database& database, const std::string& id, std::string_view now) {
    auto row = database.first_row("SELECT from_store, to_store, sent_at, sent_by_terminal, "
                                  "sent_seq, received_seq FROM transfers WHERE id = ?",
                                  id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row || (*row)->is_null(4) || (*row)->is_null(1))
        return {}; // the sender's lines are not held yet: nothing to carry
    const Row transfer = std::move(**row);
    auto sent = database.first_row("SELECT payload FROM events WHERE terminal = ? AND seq = ?",
                                   transfer.text(3), transfer.int64(4));
    if (!sent)
        return std::unexpected(sent.error());
    json lines = json::array();
    if (*sent) {
        const json payload = json::parse((*sent)->text(0), nullptr, false);
        if (payload.is_object()) {
            for (const auto& line : lines_of(payload)) {
                if (!line.is_object() || payload::text(line, "sku").empty() ||
                    quantity_field(line) == 0)
                    continue;
                const auto lot = payload::optional_text(line, "lot");
                const auto expiry = payload::optional_text(line, "expiry");
                lines.push_back({{"sku", payload::text(line, "sku")},
                                 {"quantity_milli", quantity_field(line)},
                                 {"lot", lot ? json(*lot) : json(nullptr)},
                                 {"expiry", expiry ? json(*expiry) : json(nullptr)}});
            }
        }
    }
    const json body{{"id", id},
                    {"from_store", transfer.text(0)},
                    {"to_store", transfer.text(1)},
                    {"sent_at", transfer.text(2)},
                    {"status", transfer.is_null(5) ? "sent" : "received"},
                    {"lines", std::move(lines)}};
    return replace_store_change(database, "transfer", transfer.text(1), id, body, now);
}

} // namespace

Result<void> project_transfer(Database& database, std::string_view terminal, std::string_view store,
                              const db::OutboxEvent& event, std::string_view now) {
    if (event.type != "stock")
        return {};
    const json payload = json::parse(event.payload, nullptr, false);
    if (payload.is_discarded() || !payload.is_object())
        return {};
    const std::string kind = payload::text(payload, "kind");
    if (kind != "transfer_out" && kind != "transfer_in")
        return {};
    const std::string id = payload::text(payload, "transfer_id");
    if (id.empty())
        return {};
    if (kind == "transfer_out") {
        auto recorded = record_sent(database, terminal, store, event, id, payload);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (!*recorded)
            return {};
    } else if (auto recorded = record_received(database, terminal, store, event, id, payload);
               !recorded) {
        return recorded;
    }
    return log_transfer(database, id, now);
}

} // namespace ocop::hq
