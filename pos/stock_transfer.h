#pragma once

// Goods moved from one store to another. The sending store records
// "transfer_out" movements under a transfer id it makes; from then until the
// receiving store confirms, the goods are in transit (in neither store's
// stock). The receiving store confirms with "transfer_in" movements under
// the same id, once. The receiving terminal does not hold the sender's
// database: head office carries each transfer to the store it was sent to
// (ocop-syncd keeps it in incoming_transfers, docs/sync.md entity
// `transfer`), or the lines are typed from the paper that travels with the
// goods.

#include "common/error.h"
#include "pos/stock.h"
#include "pos/till.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

struct RecordedTransfer {
    std::string id; // "TV01-01-CK000001": the sending terminal's code and a number
    std::int64_t seq = 0;
};

// Sends goods (quantities above zero) to another store. Refuses
// stock.unknown_store, stock.same_store, stock.not_enough, stock.no_lines,
// stock.bad_quantity; nothing is written when refused.
Result<RecordedTransfer> transfer_out(Till& till, std::string_view to_store,
                                      const std::vector<MovementLine>& lines,
                                      std::string_view note);

// Confirms the arrival of a transfer at this store with the lines that
// arrived; with no lines, exactly the lines head office carried
// (stock.transfer_not_carried when it carried none). stock.transfer_confirmed
// for a transfer confirmed before (here, or at another till of the store as
// head office says), stock.own_transfer for one this store sent,
// stock.bad_transfer_id for an empty id. `from_store` when known (it is kept
// with the transfer); when head office carried the transfer its sender is
// known, and another `from_store` is stock.transfer_wrong_sender.
Result<std::int64_t> transfer_in(Till& till, std::string_view transfer_id,
                                 std::optional<std::string> from_store,
                                 const std::vector<MovementLine>& lines, std::string_view note);

// A line of a transfer on its way here, as the sending store recorded it.
struct IncomingTransferLine {
    std::int64_t product_id = 0;
    std::string sku, name, unit;
    Quantity quantity; // above zero
    std::optional<std::string> lot;
    std::optional<std::string> expiry;
};

// A transfer head office carried to this store.
struct IncomingTransfer {
    std::string id;         // "TV01-01-CK000001"
    std::string from_store; // "TV01"
    std::string sent_at;    // when the sending till recorded it
    std::vector<IncomingTransferLine> lines;
};

// The transfers on their way to this store: carried by head office, not
// confirmed here, and not confirmed at another till of the store as far as
// head office knows; oldest first.
Result<std::vector<IncomingTransfer>> incoming_transfers(Till& till);

// One transfer head office carried here (confirmed or not), nullopt when it
// carried none with that id.
Result<std::optional<IncomingTransfer>> carried_transfer(Till& till, std::string_view transfer_id);

} // namespace ocop::pos
