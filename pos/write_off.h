#pragma once

// Goods the store can no longer sell (broken, spoiled, expired) leave its
// stock as "damage" movements, always with the reason, which head office
// keeps for the producer's settlement.

#include "common/error.h"
#include "pos/stock.h"
#include "pos/till.h"

#include <string_view>
#include <vector>

namespace ocop::pos {

// `lines` hold the quantities written off, above zero. Refuses
// stock.reason_required without a reason, stock.not_enough for more than
// the store holds, stock.no_lines / stock.bad_quantity; nothing is written
// when refused. Returns the event's sequence number.
Result<std::int64_t> write_off(Till& till, const std::vector<MovementLine>& lines,
                               std::string_view reason);

} // namespace ocop::pos
