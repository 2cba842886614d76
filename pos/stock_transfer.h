#pragma once

// Goods moved from one store to another. The sending store records
// "transfer_out" movements under a transfer id it makes; from then until the
// receiving store confirms, the goods are in transit (in neither store's
// stock). The receiving store confirms with "transfer_in" movements under
// the same id, once. The receiving terminal does not hold the sender's
// database: it is given the transfer's lines (from the paper that travels
// with the goods; head office will carry them, docs/stock.md).

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
// arrived. stock.transfer_confirmed for a transfer confirmed before,
// stock.own_transfer for one this store sent, stock.bad_transfer_id for an
// empty id. `from_store` when known (it is kept with the transfer).
Result<std::int64_t> transfer_in(Till& till, std::string_view transfer_id,
                                 std::optional<std::string> from_store,
                                 const std::vector<MovementLine>& lines, std::string_view note);

} // namespace ocop::pos
