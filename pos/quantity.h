#pragma once

#include "common/error.h"
#include "pos/money.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ocop::pos {

// A quantity in thousandths of the product's unit: 3 jars are 3000, 1.25 kg
// of lạp xưởng is 1250. Counted goods use whole units; weighed goods use grams.
struct Quantity {
    std::int64_t milli = 0;

    static constexpr Quantity units(std::int64_t whole) { return {whole * 1000}; }
    constexpr bool is_whole() const { return milli % 1000 == 0; }

    friend constexpr auto operator<=>(Quantity, Quantity) = default;
    friend constexpr Quantity operator+(Quantity a, Quantity b) { return {a.milli + b.milli}; }
    friend constexpr Quantity operator-(Quantity a, Quantity b) { return {a.milli - b.milli}; }
    friend constexpr Quantity operator-(Quantity a) { return {-a.milli}; }
};

// "2", "1,25", "0,375" (Vietnamese decimal comma, no trailing zeros).
std::string format_quantity(Quantity quantity);

// Reads "2", "1.25" or "1,25" (at most three decimals). Zero and negative
// quantities are refused with quantity.not_positive, anything else
// unreadable with quantity.invalid.
Result<Quantity> parse_quantity(std::string_view text);

// unit price × quantity, rounded half away from zero to the đồng.
Money extend(Money unit_price, Quantity quantity);

} // namespace ocop::pos
