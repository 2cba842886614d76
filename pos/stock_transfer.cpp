#include "pos/stock_transfer.h"

#include "db/connection.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

Result<void> check_store(Till& till, std::string_view to_store) {
    if (to_store == till.store_code) {
        return fail("stock.same_store", "a transfer goes to another store",
                    "Không thể chuyển hàng cho chính cửa hàng này.");
    }
    auto known = till.db.query_int64("SELECT count(*) FROM stores WHERE code = ?", to_store);
    if (!known)
        return fail(known.error());
    if (known->value_or(0) == 0) {
        return fail("stock.unknown_store", "no store " + std::string(to_store),
                    "Không có cửa hàng mã " + std::string(to_store) + ".");
    }
    return {};
}

Result<std::string> next_transfer_id(Till& till) {
    const std::string start = till.terminal.code + "-CK";
    auto count = till.db.query_int64("SELECT count(*) FROM stock_transfers WHERE direction = 'out' "
                                     "AND substr(id, 1, length(?1)) = ?1",
                                     start);
    if (!count)
        return fail(count.error());
    std::string digits = std::to_string(count->value_or(0) + 1);
    if (digits.size() < 6)
        digits.insert(0, 6 - digits.size(), '0');
    return start + digits;
}

Result<void> insert_transfer(Till& till, std::string_view id, std::string_view direction,
                             const std::optional<std::string>& from_store,
                             std::string_view to_store, std::string_view note,
                             const std::string& at, std::int64_t seq,
                             const std::vector<MovementLine>& lines) {
    auto inserted = till.db.execute(
        "INSERT INTO stock_transfers (id, direction, from_store, to_store, note, created_at, "
        "outbox_seq) VALUES (?,?,?,?,?,?,?)",
        id, direction, from_store, to_store, note.empty() ? std::nullopt : std::optional(note), at,
        seq);
    if (!inserted)
        return fail(inserted.error());
    std::int64_t line_no = 0;
    for (const auto& line : lines) {
        auto added = till.db.execute(
            "INSERT INTO stock_transfer_lines (transfer_id, direction, line_no, product_id, "
            "quantity_milli, lot, expiry) VALUES (?,?,?,?,?,?,?)",
            id, direction, ++line_no, line.product_id, line.quantity.milli, line.lot, line.expiry);
        if (!added)
            return fail(added.error());
    }
    return {};
}

std::vector<MovementLine> signed_lines(const std::vector<MovementLine>& lines, int sign) {
    std::vector<MovementLine> out = lines;
    for (auto& line : out)
        line.quantity = Quantity{sign * line.quantity.milli};
    return out;
}

} // namespace

Result<RecordedTransfer> transfer_out(Till& till, std::string_view to_store,
                                      const std::vector<MovementLine>& lines,
                                      std::string_view note) {
    if (auto checked = check_document_lines(lines); !checked)
        return fail(checked.error());
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    if (auto store = check_store(till, to_store); !store)
        return fail(store.error());
    if (auto available = check_available(till.db, till.store_id, lines); !available)
        return fail(available.error());
    auto id = next_transfer_id(till);
    if (!id)
        return fail(id.error());
    const nlohmann::json document{
        {"transfer_id", *id}, {"from_store", till.store_code}, {"to_store", to_store}};
    auto seq = record_movements(till, "transfer_out", signed_lines(lines, -1), note, document);
    if (!seq)
        return fail(seq.error());
    const std::string at = local_timestamp(till.clock.now());
    if (auto saved =
            insert_transfer(till, *id, "out", till.store_code, to_store, note, at, *seq, lines);
        !saved)
        return fail(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return RecordedTransfer{*id, *seq};
}

Result<std::int64_t> transfer_in(Till& till, std::string_view transfer_id,
                                 std::optional<std::string> from_store,
                                 const std::vector<MovementLine>& lines, std::string_view note) {
    if (transfer_id.empty()) {
        return fail("stock.bad_transfer_id", "a transfer is confirmed by its id",
                    "Cần mã phiếu chuyển kho để xác nhận nhận hàng.");
    }
    if (auto checked = check_document_lines(lines); !checked)
        return fail(checked.error());
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto seen =
        till.db.first_row("SELECT direction FROM stock_transfers WHERE id = ?", transfer_id);
    if (!seen)
        return fail(seen.error());
    if (*seen) {
        const std::string id(transfer_id);
        if ((*seen)->text(0) == "out") {
            return fail("stock.own_transfer", id + " was sent by this store",
                        "Phiếu " + id + " do chính cửa hàng này chuyển đi.");
        }
        return fail("stock.transfer_confirmed", id + " was confirmed before",
                    "Phiếu chuyển kho " + id + " đã được xác nhận nhận hàng trước đó.");
    }
    if (from_store && *from_store == till.store_code) {
        return fail("stock.same_store", "a transfer comes from another store",
                    "Hàng chuyển đến phải từ cửa hàng khác.");
    }
    const nlohmann::json document{
        {"transfer_id", transfer_id},
        {"from_store", from_store ? nlohmann::json(*from_store) : nlohmann::json(nullptr)},
        {"to_store", till.store_code}};
    auto seq = record_movements(till, "transfer_in", signed_lines(lines, 1), note, document);
    if (!seq)
        return fail(seq.error());
    const std::string at = local_timestamp(till.clock.now());
    if (auto saved = insert_transfer(till, transfer_id, "in", from_store, till.store_code, note, at,
                                     *seq, lines);
        !saved)
        return fail(saved.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return *seq;
}

} // namespace ocop::pos
