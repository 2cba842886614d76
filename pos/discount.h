#pragma once

#include "common/error.h"
#include "pos/money.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ocop::pos {

// A discount as the cashier gives it: a percentage or an amount of đồng.
struct Discount {
    enum class Kind { None, Percent, Amount };

    Kind kind = Kind::None;
    std::int64_t value = 0; // basis points for Percent (1000 = 10 %), đồng for Amount

    static constexpr Discount none() { return {}; }
    static constexpr Discount percent_bp(std::int64_t bp) { return {Kind::Percent, bp}; }
    static constexpr Discount amount(Money money) { return {Kind::Amount, money.dong}; }

    bool is_none() const { return kind == Kind::None || value == 0; }

    // What it takes off `base`: a percentage rounded half away from zero; an
    // amount as given, but never more than base.
    Money of(Money base) const;

    // The share of `base` it amounts to, in basis points (for the manager limit).
    std::int64_t share_bp(Money base) const;

    friend bool operator==(const Discount&, const Discount&) = default;
};

// "10%", "12,5%", "15000", "15.000": discount.invalid when unreadable,
// discount.too_large for more than 100 %.
Result<Discount> parse_discount(std::string_view text);

// "10%" or "15.000 ₫".
std::string format_discount(const Discount& discount);

} // namespace ocop::pos
