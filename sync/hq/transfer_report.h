#pragma once

// Transfers between stores as head office sees them (docs/stock.md,
// "Transfers"): the sender's half (what left, from which till, when) and the
// receiver's half (what arrived), in whichever order they reached head
// office, and what is missing between them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ocop::hq {

// `ocop-hq transfers` and GET /v1/office/transfers.
struct TransferFilter {
    enum class Status { all, in_transit, received };
    std::optional<std::string> store; // a transfer from or to this store
    Status status = Status::all;
    // A transfer in transit more than this many hours is overdue ("quá hạn").
    std::int64_t overdue_hours = 72;
};

// One product of a transfer, summed over its lines (lots).
struct TransferLineRow {
    std::string sku, name;
    std::int64_t sent_milli = 0;     // 0 until the sender's event is held
    std::int64_t received_milli = 0; // 0 until the receiver's event is held
    // sent - received once both ends are held (goods lost in transit when
    // above zero, more than was sent when below); nullopt before.
    std::optional<std::int64_t> missing_milli;
};

struct TransferRow {
    std::string id;
    // "in_transit": sent, not yet confirmed; "received": both ends held;
    // "awaiting_sender": confirmed by the receiving store, the sender's event
    // not yet at head office.
    std::string status;
    std::optional<std::string> from_store, to_store;
    std::optional<std::string> sent_at, sent_by_terminal;
    std::optional<std::string> received_at, received_by_terminal;
    // In transit: whole hours since it was sent (against the `now` given).
    std::optional<std::int64_t> hours_in_transit;
    bool overdue = false;        // in transit more than the filter's overdue_hours
    bool has_difference = false; // a line with missing_milli other than 0
    std::vector<TransferLineRow> lines;
};

} // namespace ocop::hq
