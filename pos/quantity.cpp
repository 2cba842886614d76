#include "pos/quantity.h"

#include <charconv>

namespace ocop::pos {

std::string format_quantity(Quantity quantity) {
    const bool negative = quantity.milli < 0;
    const std::int64_t magnitude = negative ? -quantity.milli : quantity.milli;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 1000);
    std::int64_t fraction = magnitude % 1000;
    if (fraction != 0) {
        std::string decimals = std::to_string(fraction);
        decimals.insert(0, 3 - decimals.size(), '0');
        while (decimals.back() == '0')
            decimals.pop_back();
        text += "," + decimals;
    }
    return text;
}

Result<Quantity> parse_quantity(std::string_view text) {
    const auto invalid = [&] {
        return fail("quantity.invalid", "not a quantity: '" + std::string(text) + "'",
                    "Số lượng không hợp lệ: \"" + std::string(text) +
                        "\". Nhập số, ví dụ 2 hoặc 1,25.");
    };
    if (text.starts_with('-')) {
        return fail("quantity.not_positive", "quantity must be positive: " + std::string(text),
                    "Số lượng phải lớn hơn 0.");
    }
    const auto separator = text.find_first_of(".,");
    const std::string_view whole_text = text.substr(0, separator);
    const std::string_view fraction_text =
        separator == std::string_view::npos ? std::string_view{} : text.substr(separator + 1);
    if (whole_text.empty() || whole_text.size() > 9 || fraction_text.size() > 3 ||
        (separator != std::string_view::npos && fraction_text.empty())) {
        return invalid();
    }
    std::int64_t whole = 0;
    if (auto [end, ec] =
            std::from_chars(whole_text.data(), whole_text.data() + whole_text.size(), whole);
        ec != std::errc{} || end != whole_text.data() + whole_text.size()) {
        return invalid();
    }
    std::int64_t fraction = 0;
    if (!fraction_text.empty()) {
        if (auto [end, ec] = std::from_chars(fraction_text.data(),
                                             fraction_text.data() + fraction_text.size(), fraction);
            ec != std::errc{} || end != fraction_text.data() + fraction_text.size()) {
            return invalid();
        }
        for (std::size_t i = fraction_text.size(); i < 3; ++i)
            fraction *= 10;
    }
    const Quantity quantity{whole * 1000 + fraction};
    if (quantity.milli <= 0) {
        return fail("quantity.not_positive", "quantity must be positive: " + std::string(text),
                    "Số lượng phải lớn hơn 0.");
    }
    return quantity;
}

Money extend(Money unit_price, Quantity quantity) {
    return Money{mul_div_round(unit_price.dong, quantity.milli, 1000)};
}

} // namespace ocop::pos
