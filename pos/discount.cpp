#include "pos/discount.h"

#include "pos/quantity.h"

#include <algorithm>

namespace ocop::pos {

Money Discount::of(Money base) const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Percent:
        return Money{mul_div_round(base.dong, value, 10000)};
    case Kind::Amount:
        return Money{std::min(value, base.dong)};
    }
    return {};
}

std::int64_t Discount::share_bp(Money base) const {
    if (kind == Kind::Percent)
        return value;
    if (base.dong <= 0)
        return value > 0 ? 10000 : 0;
    return mul_div_round(of(base).dong, 10000, base.dong);
}

Result<Discount> parse_discount(std::string_view text) {
    if (text.ends_with('%')) {
        // Percentages have up to two decimals: read them as a quantity with
        // three and scale, "12,5%" -> 1250 bp.
        auto percent = parse_quantity(text.substr(0, text.size() - 1));
        if (!percent || percent->milli % 10 != 0) {
            return fail("discount.invalid", "not a discount: '" + std::string(text) + "'",
                        "Chiết khấu không hợp lệ: \"" + std::string(text) +
                            "\". Nhập phần trăm (10%) hoặc số tiền (15.000).");
        }
        const std::int64_t bp = percent->milli / 10;
        if (bp > 10000) {
            return fail("discount.too_large", "a discount cannot exceed 100%",
                        "Chiết khấu không được vượt quá 100%.");
        }
        return Discount::percent_bp(bp);
    }
    auto amount = parse_money(text);
    if (!amount) {
        return fail("discount.invalid", "not a discount: '" + std::string(text) + "'",
                    "Chiết khấu không hợp lệ: \"" + std::string(text) +
                        "\". Nhập phần trăm (10%) hoặc số tiền (15.000).");
    }
    return Discount::amount(*amount);
}

std::string format_discount(const Discount& discount) {
    switch (discount.kind) {
    case Discount::Kind::None:
        return "0";
    case Discount::Kind::Percent:
        // bp -> percent with up to two decimals, written like a quantity.
        return format_quantity(Quantity{discount.value * 10}) + "%";
    case Discount::Kind::Amount:
        return format_money(Money{discount.value});
    }
    return {};
}

} // namespace ocop::pos
