// Transfers between stores seen from both ends (sync/hq/transfers.h writes
// them): sent, in transit (overdue after a number of hours), received, and
// what is missing between what left and what arrived.

#include "sync/hq/calendar.h"
#include "sync/hq/database.h"
#include "sync/hq/head_office.h"

#include <map>

namespace ocop::hq {

Result<std::vector<TransferRow>> HeadOffice::transfers(const TransferFilter& filter,
                                                       std::string_view now) {
    auto now_epoch = parse_instant(now);
    if (!now_epoch)
        return std::unexpected(now_epoch.error());
    if (filter.overdue_hours < 0) {
        return fail("hq.bad_number", "overdue hours must be 0 or more",
                    "Số giờ để coi là quá hạn phải là số không âm.");
    }
    std::string where = " WHERE 1 = 1";
    std::vector<Param> params;
    if (filter.store) {
        auto known = database_->first_row("SELECT 1 FROM stores WHERE code = ?", *filter.store);
        if (!known)
            return std::unexpected(known.error());
        if (!*known) {
            return fail("hq.unknown_store", "no store " + *filter.store,
                        "Không có cửa hàng mã " + *filter.store + ".");
        }
        where += " AND (t.from_store = ? OR t.to_store = ?)";
        params.emplace_back(*filter.store);
        params.emplace_back(*filter.store);
    }
    if (filter.status == TransferFilter::Status::in_transit)
        where += " AND t.sent_seq IS NOT NULL AND t.received_seq IS NULL";
    else if (filter.status == TransferFilter::Status::received)
        where += " AND t.received_seq IS NOT NULL";

    auto rows = database_->run(
        "SELECT t.id, t.from_store, t.to_store, t.sent_at, t.sent_by_terminal, t.received_at, "
        "t.received_by_terminal, t.sent_seq, t.received_seq FROM transfers t" +
            where + " ORDER BY coalesce(t.sent_at, t.received_at), t.id",
        params);
    if (!rows)
        return std::unexpected(rows.error());
    auto lines = database_->run(
        "SELECT l.transfer_id, l.sku, coalesce(p.name_vi, l.sku), l.sent_milli, l.received_milli "
        "FROM transfer_lines l JOIN transfers t ON t.id = l.transfer_id "
        "LEFT JOIN products p ON p.sku = l.sku" +
            where + " ORDER BY l.transfer_id, l.sku",
        params);
    if (!lines)
        return std::unexpected(lines.error());

    std::vector<TransferRow> transfers;
    std::map<std::string, std::size_t> index;
    transfers.reserve(rows->size());
    for (const auto& r : *rows) {
        TransferRow row;
        row.id = r.text(0);
        row.from_store = r.optional_text(1);
        row.to_store = r.optional_text(2);
        row.sent_at = r.optional_text(3);
        row.sent_by_terminal = r.optional_text(4);
        row.received_at = r.optional_text(5);
        row.received_by_terminal = r.optional_text(6);
        const bool sent = !r.is_null(7);
        const bool received = !r.is_null(8);
        row.status = !received ? "in_transit" : sent ? "received" : "awaiting_sender";
        if (!received && row.sent_at) {
            // An instant that does not read (a terminal's clock gone wrong)
            // gives no hours rather than failing the whole list.
            if (auto sent_epoch = parse_instant(*row.sent_at); sent_epoch) {
                const std::int64_t seconds = *now_epoch - *sent_epoch;
                row.hours_in_transit = seconds > 0 ? seconds / 3600 : 0;
                row.overdue = seconds > filter.overdue_hours * 3600;
            }
        }
        index[row.id] = transfers.size();
        transfers.push_back(std::move(row));
    }
    for (const auto& l : *lines) {
        const auto found = index.find(l.text(0));
        if (found == index.end())
            continue;
        TransferRow& transfer = transfers[found->second];
        TransferLineRow line{l.text(1), l.text(2), l.int64(3), l.int64(4), std::nullopt};
        if (transfer.status == "received") {
            line.missing_milli = line.sent_milli - line.received_milli;
            transfer.has_difference = transfer.has_difference || *line.missing_milli != 0;
        }
        transfer.lines.push_back(std::move(line));
    }
    return transfers;
}

} // namespace ocop::hq
