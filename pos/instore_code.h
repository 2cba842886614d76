#pragma once

#include "common/error.h"
#include "pos/gtin.h"
#include "pos/money.h"
#include "pos/quantity.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// How a store's scales lay out a restricted-circulation EAN-13 (prefixes
// 20-29): one row of the table instore_code_layouts (migration 0002), field
// for field. The 13 digits are
//   prefix (2) + item (item_digits) + [verifier (1)] + value (value_digits) + check (1).
struct InStoreLayout {
    enum class ValueKind { Weight, Price };

    std::string name;
    int prefix_from = 0; // the layout covers prefixes prefix_from..prefix_to
    int prefix_to = 0;
    int item_digits = 0;
    ValueKind value_kind = ValueKind::Weight;
    int value_digits = 0;
    int decimals = 0;               // weight: of the kilogram (3 = grams); price: 0
    bool price_check_digit = false; // a GS1 price/weight verifier digit before the value

    friend bool operator==(const InStoreLayout&, const InStoreLayout&) = default;
};

// The three layouts migration 0002 ships: weight_5_5 (20-23), price_4_6
// (24-27), price_4_c5 (28-29). Tests compare them with the migration itself.
std::vector<InStoreLayout> default_instore_layouts();

// Whether a layout can be used: the CHECK constraints of the table, plus what
// reading a code needs (a price in whole đồng; a verifier digit only on a 4-
// or 5-digit value, the only ones GS1 defines it for). code.bad_instore_layout.
Result<void> check_layout(const InStoreLayout& layout);

// The GS1 price/weight verifier digit of a 4- or 5-digit field (GS1 General
// Specifications 7.9.3, weighting factors 2-, 3, 5+ and 5-); nullopt for any
// other length or a non-digit.
std::optional<int> price_check_digit(std::string_view value_digits);

// What a scale label says.
struct InStoreCode {
    std::string layout;             // the name of the layout that read it
    std::string item_code;          // the PLU, without leading zeros: "1001"
    std::optional<Quantity> weight; // in thousandths of a kilogram
    std::optional<Money> price;     // in đồng

    friend bool operator==(const InStoreCode&, const InStoreCode&) = default;
};

// Reads a restricted-circulation EAN-13 with the layout covering its prefix.
// Errors: code.no_instore_layout (no layout covers the prefix, or the number
// is not a 20-29 code), code.bad_instore_layout (the covering layout is
// unusable, or two layouts cover the prefix), code.bad_price_check_digit,
// code.instore_zero_value (a label for nothing).
Result<InStoreCode> parse_instore_code(const Gtin& gtin, const std::vector<InStoreLayout>& layouts);

} // namespace ocop::pos
