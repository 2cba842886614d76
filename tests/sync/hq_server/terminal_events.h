#pragma once

// A terminal's outbox as a test writes it: sale events chained with
// db::event_hash exactly as the till chains them, and push bodies for them.

#include "db/outbox.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::test {

class TerminalChain {
public:
    TerminalChain(std::string terminal, std::string store)
        : terminal_(std::move(terminal)), store_(std::move(store)) {}

    // Appends a sale of one jar of TV-MHD-250 (95,000 đ, 8% VAT) on 2026-11-29.
    const db::OutboxEvent& add_sale();
    // Appends any event, chained to the one before it.
    const db::OutboxEvent& add_event(std::string type, std::string payload, std::string created_at);
    const std::vector<db::OutboxEvent>& events() const { return events_; }
    // The sale ids, in order.
    const std::vector<std::string>& sale_ids() const { return sale_ids_; }
    const std::string& terminal() const { return terminal_; }

    // A push body (docs/sync.md) with events [first, last] (1-based seq).
    std::string push_body(std::int64_t first, std::int64_t last) const;

private:
    std::string terminal_, store_;
    std::vector<db::OutboxEvent> events_;
    std::vector<std::string> sale_ids_;
};

} // namespace ocop::test
