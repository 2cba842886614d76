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

// The transfers head office carried here with their lines, `where` on
// incoming_transfers t; ?1 is bound to `bound`.
Result<std::vector<IncomingTransfer>> read_carried(Till& till, const std::string& where,
                                                   std::string_view bound) {
    auto statement = till.db.prepare(
        "SELECT t.id, t.from_store, t.sent_at, l.product_id, p.sku, p.name_vi, p.unit, "
        "l.quantity_milli, l.lot, l.expiry FROM incoming_transfers t "
        "JOIN incoming_transfer_lines l ON l.transfer_id = t.id "
        "JOIN products p ON p.id = l.product_id WHERE " +
        where + " ORDER BY t.sent_at, t.id, l.line_no");
    if (!statement)
        return fail(statement.error());
    if (where.find("?1") != std::string::npos)
        statement->bind(1, bound);
    std::vector<IncomingTransfer> transfers;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (transfers.empty() || transfers.back().id != statement->text(0)) {
            transfers.push_back(
                IncomingTransfer{statement->text(0), statement->text(1), statement->text(2), {}});
        }
        transfers.back().lines.push_back(
            IncomingTransferLine{statement->int64(3), statement->text(4), statement->text(5),
                                 statement->text(6), Quantity{statement->int64(7)},
                                 statement->optional_text(8), statement->optional_text(9)});
    }
    return transfers;
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
                                 const std::vector<MovementLine>& given_lines,
                                 std::string_view note) {
    if (transfer_id.empty()) {
        return fail("stock.bad_transfer_id", "a transfer is confirmed by its id",
                    "Cần mã phiếu chuyển kho để xác nhận nhận hàng.");
    }
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    const std::string id(transfer_id);
    auto carried = carried_transfer(till, transfer_id);
    if (!carried)
        return fail(carried.error());
    std::vector<MovementLine> lines = given_lines;
    if (*carried) {
        if (from_store && *from_store != (*carried)->from_store) {
            return fail("stock.transfer_wrong_sender",
                        id + " was sent by " + (*carried)->from_store + ", not " + *from_store,
                        "Phiếu " + id + " do cửa hàng " + (*carried)->from_store +
                            " chuyển, không phải " + *from_store + ".");
        }
        from_store = (*carried)->from_store;
        if (lines.empty()) {
            for (const auto& line : (*carried)->lines)
                lines.push_back({line.product_id, line.quantity, line.lot, line.expiry});
        }
    } else if (lines.empty()) {
        return fail("stock.transfer_not_carried",
                    "head office has not brought " + id + " here: give the lines that arrived",
                    "Máy chưa nhận phiếu " + id +
                        " từ văn phòng: hãy quét từng mặt hàng đã nhận (--scan).");
    }
    if (auto checked = check_document_lines(lines); !checked)
        return fail(checked.error());
    auto seen =
        till.db.first_row("SELECT direction FROM stock_transfers WHERE id = ?", transfer_id);
    if (!seen)
        return fail(seen.error());
    if (*seen) {
        if ((*seen)->text(0) == "out") {
            return fail("stock.own_transfer", id + " was sent by this store",
                        "Phiếu " + id + " do chính cửa hàng này chuyển đi.");
        }
        return fail("stock.transfer_confirmed", id + " was confirmed before",
                    "Phiếu chuyển kho " + id + " đã được xác nhận nhận hàng trước đó.");
    }
    auto elsewhere = till.db.query_int64(
        "SELECT count(*) FROM incoming_transfers WHERE id = ? AND status = 'received'", id);
    if (!elsewhere)
        return fail(elsewhere.error());
    if (elsewhere->value_or(0) > 0) {
        return fail("stock.transfer_confirmed", id + " was confirmed at another till of this store",
                    "Phiếu chuyển kho " + id +
                        " đã được xác nhận nhận hàng ở một quầy khác của cửa hàng.");
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

Result<std::vector<IncomingTransfer>> incoming_transfers(Till& till) {
    return read_carried(till,
                        "t.status = 'sent' AND NOT EXISTS (SELECT 1 FROM stock_transfers s "
                        "WHERE s.id = t.id AND s.direction = 'in')",
                        {});
}

Result<std::optional<IncomingTransfer>> carried_transfer(Till& till, std::string_view transfer_id) {
    auto found = read_carried(till, "t.id = ?1", transfer_id);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return std::optional<IncomingTransfer>{};
    return std::optional<IncomingTransfer>{std::move(found->front())};
}

} // namespace ocop::pos
