#include "pos/money.h"

#include <charconv>
#include <limits>
#include <optional>

namespace ocop::pos {

namespace {

__extension__ using Int128 = __int128; // GCC's; exact for price × quantity × rate

Error invalid_money(std::string_view text) {
    return Error{"money.invalid", "not an amount of money: '" + std::string(text) + "'",
                 "Số tiền không hợp lệ: \"" + std::string(text) +
                     "\". Nhập số đồng, ví dụ 150000 hoặc 150.000."};
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Removes a trailing currency mark: "₫", "đ", "d", "VND", "VNĐ".
std::string_view strip_currency(std::string_view text) {
    for (std::string_view mark : {"₫", "VNĐ", "VND", "vnđ", "vnd", "đ", "d"}) {
        if (text.ends_with(mark)) {
            text.remove_suffix(mark.size());
            return trim(text);
        }
    }
    return text;
}

// Digits with optional thousands separators ('.' or ','), which must then
// split the number into groups of three: "1.250.000" yes, "1.25" no.
std::optional<std::string> digits_of_grouped(std::string_view text) {
    std::string digits;
    std::size_t group = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            ++group;
        } else if (c == '.' || c == ',') {
            if (digits.empty() || (grouped && group != 3) || (!grouped && group > 3))
                return std::nullopt;
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty() || (grouped && group != 3))
        return std::nullopt;
    return digits;
}

} // namespace

std::string format_amount(Money amount) {
    const bool negative = amount.dong < 0;
    // Through unsigned, so that the most negative value has a magnitude.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(amount.dong)
                                       : static_cast<std::uint64_t>(amount.dong);
    std::string reversed;
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0)
            reversed.push_back('.');
        reversed.push_back(static_cast<char>('0' + magnitude % 10));
        magnitude /= 10;
        ++digits;
    } while (magnitude > 0);
    if (negative)
        reversed.push_back('-');
    return {reversed.rbegin(), reversed.rend()};
}

std::string format_money(Money amount) {
    return format_amount(amount) + " ₫";
}

Result<Money> parse_money(std::string_view text) {
    std::string_view body = strip_currency(trim(text));
    std::int64_t multiplier = 1;
    if (body.ends_with('k') || body.ends_with('K')) {
        body.remove_suffix(1);
        multiplier = 1000;
    }
    const auto digits = digits_of_grouped(trim(body));
    if (!digits)
        return fail(invalid_money(text));
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits->data(), digits->data() + digits->size(), value);
    if (ec != std::errc{} || end != digits->data() + digits->size() ||
        value > std::numeric_limits<std::int64_t>::max() / multiplier / 1000) {
        return fail(invalid_money(text));
    }
    return Money{value * multiplier};
}

std::int64_t mul_div_round(std::int64_t value, std::int64_t numerator, std::int64_t denominator) {
    // 128-bit intermediate: price × quantity × rate must never overflow.
    Int128 product = static_cast<Int128>(value) * numerator;
    Int128 divisor = denominator;
    if (divisor < 0) {
        product = -product;
        divisor = -divisor;
    }
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    // Half away from zero: floor((2m + d) / 2d).
    const Int128 rounded = (2 * magnitude + divisor) / (2 * divisor);
    return static_cast<std::int64_t>(negative ? -rounded : rounded);
}

} // namespace ocop::pos
