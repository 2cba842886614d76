#include "pos/instore_code.h"

#include <algorithm>
#include <cstdint>

namespace ocop::pos {

namespace {

// The weighting factors of GS1 General Specifications 7.9.3: the digit times
// 2, 3 or 5; "+" adds the tens of that product to it, "-" takes them away;
// only the units digit is kept.
int two_minus(int d) {
    const int p = 2 * d;
    return (p - p / 10) % 10;
}
int three(int d) {
    return 3 * d % 10;
}
int five_plus(int d) {
    const int p = 5 * d;
    return (p + p / 10) % 10;
}
int five_minus(int d) {
    const int p = 5 * d;
    return (p - p / 10) % 10;
}

// 4 digits: weights 2-, 2-, 3, 5-; the units digit of three times the sum.
int four_digit_check(std::string_view v) {
    const int sum =
        two_minus(v[0] - '0') + two_minus(v[1] - '0') + three(v[2] - '0') + five_minus(v[3] - '0');
    return sum * 3 % 10;
}

// 5 digits: weights 5+, 2-, 5-, 5+, 2-; the check digit is the digit whose
// 5- product brings the sum to a multiple of ten.
int five_digit_check(std::string_view v) {
    const int sum = five_plus(v[0] - '0') + two_minus(v[1] - '0') + five_minus(v[2] - '0') +
                    five_plus(v[3] - '0') + two_minus(v[4] - '0');
    const int wanted = (10 - sum % 10) % 10;
    int digit = 0;
    while (five_minus(digit) != wanted) // 5- maps 0..9 onto 0..9, so this ends
        ++digit;
    return digit;
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

Error bad_layout(const InStoreLayout& layout, const std::string& why) {
    return {"code.bad_instore_layout", "in-store code layout " + quoted(layout.name) + ": " + why,
            "Cấu hình mã cân " + quoted(layout.name) +
                " không dùng được. Báo kỹ thuật kiểm tra bảng instore_code_layouts."};
}

Error no_layout(const Gtin& gtin, const std::string& why) {
    return {"code.no_instore_layout", "code " + quoted(gtin.printed()) + ": " + why,
            "Mã " + quoted(gtin.printed()) +
                " là mã nội bộ (tem cân) nhưng cửa hàng chưa khai báo cách đọc đầu mã này. "
                "Báo quản lý, hoặc nhập sản phẩm bằng tay."};
}

// The one layout covering the prefix: none, or two, is an error.
Result<const InStoreLayout*> covering(const Gtin& gtin, int prefix,
                                      const std::vector<InStoreLayout>& layouts) {
    const InStoreLayout* found = nullptr;
    for (const InStoreLayout& layout : layouts) {
        if (prefix < layout.prefix_from || prefix > layout.prefix_to)
            continue;
        if (found) {
            return fail(bad_layout(layout, "it and " + quoted(found->name) + " both cover prefix " +
                                               std::to_string(prefix)));
        }
        found = &layout;
    }
    if (!found)
        return fail(no_layout(gtin, "no in-store layout covers prefix " + std::to_string(prefix)));
    return found;
}

std::int64_t to_number(std::string_view digits) {
    std::int64_t n = 0;
    for (const char c : digits)
        n = n * 10 + (c - '0');
    return n;
}

std::int64_t power_of_ten(int exponent) {
    std::int64_t p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

std::string without_leading_zeros(std::string_view digits) {
    const auto first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? "0" : std::string(digits.substr(first));
}

Error bad_price_check(const Gtin& gtin, const InStoreLayout& layout, int expected) {
    const bool weight = layout.value_kind == InStoreLayout::ValueKind::Weight;
    return {"code.bad_price_check_digit",
            "code " + quoted(gtin.printed()) + " has a wrong " + (weight ? "weight" : "price") +
                " verifier digit (expected " + std::to_string(expected) + ")",
            "Tem cân " + quoted(gtin.printed()) + " sai chữ số kiểm tra " +
                (weight ? "khối lượng" : "giá") +
                ". Quét lại; nếu vẫn lỗi, cân lại hàng và in tem mới."};
}

Error zero_value(const Gtin& gtin, const InStoreLayout& layout) {
    const bool weight = layout.value_kind == InStoreLayout::ValueKind::Weight;
    return {"code.instore_zero_value",
            "code " + quoted(gtin.printed()) + " carries a " + (weight ? "weight" : "price") +
                " of zero",
            "Tem cân " + quoted(gtin.printed()) + " ghi " + (weight ? "khối lượng" : "giá") +
                " bằng 0. Cân lại hàng và in tem mới."};
}

} // namespace

std::vector<InStoreLayout> default_instore_layouts() {
    using Kind = InStoreLayout::ValueKind;
    return {
        {"weight_5_5", 20, 23, 5, Kind::Weight, 5, 3, false},
        {"price_4_6", 24, 27, 4, Kind::Price, 6, 0, false},
        {"price_4_c5", 28, 29, 4, Kind::Price, 5, 0, true},
    };
}

Result<void> check_layout(const InStoreLayout& layout) {
    if (layout.prefix_from < 20 || layout.prefix_to > 29 || layout.prefix_from > layout.prefix_to)
        return fail(bad_layout(layout, "its prefixes must be a range within 20-29"));
    if (layout.item_digits < 1 || layout.item_digits > 6)
        return fail(bad_layout(layout, "item_digits must be 1 to 6"));
    if (layout.value_digits < 4 || layout.value_digits > 6)
        return fail(bad_layout(layout, "value_digits must be 4 to 6"));
    if (layout.decimals < 0 || layout.decimals > 3)
        return fail(bad_layout(layout, "decimals must be 0 to 3"));
    if (2 + layout.item_digits + (layout.price_check_digit ? 1 : 0) + layout.value_digits + 1 != 13)
        return fail(bad_layout(layout, "its fields do not add up to 13 digits"));
    if (layout.value_kind == InStoreLayout::ValueKind::Price && layout.decimals != 0)
        return fail(bad_layout(layout, "a price is in whole đồng (decimals 0)"));
    if (layout.price_check_digit && layout.value_digits > 5)
        return fail(
            bad_layout(layout, "GS1 defines a verifier digit for 4 or 5 value digits only"));
    return {};
}

std::optional<int> price_check_digit(std::string_view value_digits) {
    if (!std::all_of(value_digits.begin(), value_digits.end(),
                     [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    if (value_digits.size() == 4)
        return four_digit_check(value_digits);
    if (value_digits.size() == 5)
        return five_digit_check(value_digits);
    return std::nullopt;
}

Result<InStoreCode> parse_instore_code(const Gtin& gtin,
                                       const std::vector<InStoreLayout>& layouts) {
    const std::optional<int> prefix = gtin.instore_prefix();
    if (!prefix)
        return fail(no_layout(gtin, "not an in-store code (EAN-13 prefix 20-29)"));
    auto layout = covering(gtin, *prefix, layouts);
    if (!layout)
        return fail(layout.error());
    const InStoreLayout& l = **layout;
    if (auto usable = check_layout(l); !usable)
        return fail(usable.error());

    const std::string_view code13 = std::string_view(gtin.digits()).substr(1);
    const auto item_digits = static_cast<std::size_t>(l.item_digits);
    const std::string_view item = code13.substr(2, item_digits);
    const std::size_t at = 2 + item_digits;
    const std::string_view value =
        code13.substr(at + (l.price_check_digit ? 1 : 0), static_cast<std::size_t>(l.value_digits));
    if (l.price_check_digit) {
        const int expected = *price_check_digit(value);
        if (code13[at] - '0' != expected)
            return fail(bad_price_check(gtin, l, expected));
    }
    const std::int64_t amount = to_number(value);
    if (amount == 0)
        return fail(zero_value(gtin, l));

    InStoreCode code{l.name, without_leading_zeros(item), std::nullopt, std::nullopt};
    if (l.value_kind == InStoreLayout::ValueKind::Weight)
        code.weight = Quantity{amount * power_of_ten(3 - l.decimals)};
    else
        code.price = Money{amount};
    return code;
}

} // namespace ocop::pos
