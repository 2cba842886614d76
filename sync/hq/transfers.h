#pragma once

// Transfers between stores from the terminals' `stock` events of kind
// `transfer_out` and `transfer_in` (docs/stock.md): table `transfers` (one
// row per transfer id, its sent and received halves) and `transfer_lines`
// (sent and received quantities per sku), and the `transfer` change entry
// that carries a transfer down to the store it was sent to (docs/sync.md).

#include "common/error.h"
#include "db/outbox.h"

#include <string_view>

namespace ocop::hq {

class Database;

// Projects one newly stored event of `terminal` (a terminal of `store`),
// in the transaction that stores it; other events change nothing. Either
// end may arrive first:
//  - transfer_out makes the sent half (from_store = the sending terminal's
//    store, to_store from the payload) once: a second transfer_out of the
//    same id changes nothing;
//  - transfer_in makes the received half (to_store = the confirming
//    terminal's store); the first confirmation gives received_at and the
//    terminal, every confirmation's lines add to what was received (a
//    second one shows as a surplus).
// Once the sent half is held, the transfer's `transfer` change entry for
// the receiving store is written (replaced), with status "sent" or
// "received".
Result<void> project_transfer(Database& database, std::string_view terminal, std::string_view store,
                              const db::OutboxEvent& event, std::string_view now);

} // namespace ocop::hq
