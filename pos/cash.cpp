#include "pos/cash.h"

#include <algorithm>
#include <array>

namespace ocop::pos {

namespace {

constexpr std::array<Money, 10> kBanknotes = {
    500'000_vnd, 200'000_vnd, 100'000_vnd, 50'000_vnd, 20'000_vnd,
    10'000_vnd,  5'000_vnd,   2'000_vnd,   1'000_vnd,  500_vnd,
};

// Customers round up to a note they carry; the smaller notes (2.000 and
// below) make up the exact amount rather than a rounder one.
constexpr Money kSmallestRoundingNote = 5'000_vnd;

constexpr std::size_t kMaxQuickTenders = 5;

bool is_banknote(Money amount) {
    return std::find(kBanknotes.begin(), kBanknotes.end(), amount) != kBanknotes.end();
}

Money round_up(Money amount, Money step) {
    return Money{(amount.dong + step.dong - 1) / step.dong * step.dong};
}

} // namespace

std::span<const Money> banknote_denominations() {
    return kBanknotes;
}

Result<Money> cash_total(const CashCount& count) {
    Money total;
    for (const auto& [denomination, pieces] : count.notes) {
        if (!is_banknote(denomination)) {
            return fail("cash.unknown_denomination",
                        format_money(denomination) + " is not a banknote in circulation",
                        "Không có tờ tiền mệnh giá " + format_money(denomination) + ".");
        }
        if (pieces < 0) {
            return fail("cash.negative_pieces",
                        "negative count of " + format_money(denomination) + " notes",
                        "Số tờ " + format_money(denomination) + " không được âm.");
        }
        total += Money{denomination.dong * pieces};
    }
    return total;
}

std::vector<Money> quick_tenders(Money due) {
    if (due.dong <= 0)
        return {};
    std::vector<Money> tenders{due};
    for (const Money note : kBanknotes)
        if (note >= kSmallestRoundingNote)
            tenders.push_back(round_up(due, note));
    // Rounding to a larger note is not always more: 41.000 is 60.000 in
    // 20.000s but 50.000 in 50.000s.
    std::sort(tenders.begin(), tenders.end());
    tenders.erase(std::unique(tenders.begin(), tenders.end()), tenders.end());
    tenders.resize(std::min(tenders.size(), kMaxQuickTenders));
    return tenders;
}

} // namespace ocop::pos
