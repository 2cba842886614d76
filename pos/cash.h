#pragma once

// Cash at the till as the cashier handles it: the banknotes in circulation,
// a count of the drawer by denomination, and the amounts a customer is most
// likely to hand over for a total (the terminal's quick-tender buttons).

#include "common/error.h"
#include "pos/money.h"

#include <span>
#include <utility>
#include <vector>

namespace ocop::pos {

// The Vietnamese banknotes in circulation, largest first: 500.000, 200.000,
// 100.000, 50.000, 20.000, 10.000, 5.000, 2.000, 1.000 and 500 đồng. Coins
// are legal tender but not used in practice in stores, so they are not here.
std::span<const Money> banknote_denominations();

// A drawer counted note by note: (denomination, pieces).
struct CashCount {
    std::vector<std::pair<Money /*denomination*/, int /*pieces*/>> notes;
};

// What the count adds up to. A denomination named twice is added up. Fails
// with cash.negative_pieces, or cash.unknown_denomination for an amount that
// is no banknote in circulation.
Result<Money> cash_total(const CashCount& count);

// The amounts a customer is most likely to hand over for `due`, for buttons
// beside the cash field: the exact amount first, then the smallest amounts
// above it that are round to a common note (5.000 up to 500.000); distinct,
// ascending, at most 5, none below `due`. For 87.000: 87.000, 90.000,
// 100.000, 200.000, 500.000. Nothing when nothing is due.
std::vector<Money> quick_tenders(Money due);

} // namespace ocop::pos
