#pragma once

// Money and quantities written the Vietnamese way, for what head office
// prints (sync/ may not use pos/, whose pos/money.h formats the till's).
// Header-only, standard library alone.

#include <cstdint>
#include <string>

namespace ocop {

// "1.250.000" (dots between thousands); "-15.000".
inline std::string group_thousands(std::int64_t value) {
    const bool negative = value < 0;
    // Through unsigned, so the most negative value has a magnitude too.
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += '.';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

// "1.250.000 ₫", "-15.000 ₫" (as pos::format_money writes it).
inline std::string format_dong(std::int64_t amount) {
    return group_thousands(amount) + " ₫";
}

// Thousandths of a unit: "12", "1,25", "-0,5" (a decimal comma, no
// trailing zeros).
inline std::string format_quantity_milli(std::int64_t milli) {
    const bool negative = milli < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(milli) : static_cast<std::uint64_t>(milli);
    std::string out = group_thousands(static_cast<std::int64_t>(magnitude / 1000));
    std::uint64_t fraction = magnitude % 1000;
    if (fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, 3 - digits.size(), '0');
        while (digits.back() == '0')
            digits.pop_back();
        out += "," + digits;
    }
    return negative ? "-" + out : out;
}

} // namespace ocop
