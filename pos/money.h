#pragma once

#include "common/error.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace ocop::pos {

// An amount of Vietnamese đồng. The đồng has no minor unit in use, so money is
// a whole number; VAT is included in every price the store shows.
struct Money {
    std::int64_t dong = 0;

    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return {a.dong + b.dong}; }
    friend constexpr Money operator-(Money a, Money b) { return {a.dong - b.dong}; }
    friend constexpr Money operator-(Money a) { return {-a.dong}; }
    constexpr Money& operator+=(Money other) {
        dong += other.dong;
        return *this;
    }
    constexpr Money& operator-=(Money other) {
        dong -= other.dong;
        return *this;
    }
};

constexpr Money operator""_vnd(unsigned long long dong) {
    return {static_cast<std::int64_t>(dong)};
}

// "1.250.000 ₫" (dots between thousands, the sign after a space); "-15.000 ₫".
std::string format_money(Money amount);

// The same without the symbol: "1.250.000".
std::string format_amount(Money amount);

// Reads an amount typed by a person or a script: "1250000", "1.250.000",
// "1.250.000 ₫", "1,250,000", "1250k" (thousands). Rejects fractions of a đồng,
// signs and anything else with money.invalid.
Result<Money> parse_money(std::string_view text);

// value × numerator / denominator, rounded half away from zero: the one
// rounding rule for money in the project (docs/money-and-vat.md).
std::int64_t mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator);

} // namespace ocop::pos
