#pragma once

#include "common/error.h"
#include "pos/gtin.h"
#include "pos/quantity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::pos {

// ASCII 29 (GS): how scanners pass on FNC1, the end of a variable-length field.
inline constexpr char kGroupSeparator = '\x1d';

// A scanned text split after its AIM symbology identifier ("]C1", "]E0", ...:
// ']', a letter, a modifier character). `id` is empty when there is none.
struct SymbologySplit {
    std::string_view id;
    std::string_view data;
};
SymbologySplit split_symbology_id(std::string_view text);

// Whether an identifier names a symbology in its GS1 mode, whose data are
// element strings: ]C1 GS1-128, ]e0 GS1 DataBar, ]d2 GS1 DataMatrix, ]Q3 GS1 QR.
bool is_gs1_symbology(std::string_view id);

enum class WeightUnit { Kilogram, Pound };

// AI 310n (kilograms) or 320n (pounds): six digits with n decimals, kept as
// printed.
struct NetWeight {
    std::int64_t value = 0;
    int decimals = 0;
    WeightUnit unit = WeightUnit::Kilogram;

    // In thousandths of a kilogram, rounded half away from zero to the gram;
    // pounds are converted at 0.45359237 kg.
    Quantity kilograms() const;

    friend bool operator==(const NetWeight&, const NetWeight&) = default;
};

// One element string: an application identifier and its data as read.
struct Gs1Element {
    std::string ai;
    std::string value;

    friend bool operator==(const Gs1Element&, const Gs1Element&) = default;
};

// What a GS1 code says. Every element read is in `elements`, in order; the
// fields below are the ones the terminal uses, already checked and converted.
// Dates are YYYY-MM-DD.
struct Gs1Data {
    std::string symbology_id; // "]C1", "]d2", ... or "" when the scanner sent none
    std::vector<Gs1Element> elements;

    std::optional<std::string> sscc;              // 00, check digit verified
    std::optional<Gtin> gtin;                     // 01
    std::optional<Gtin> content_gtin;             // 02, the items inside a case
    std::optional<std::string> lot;               // 10
    std::optional<std::string> production_date;   // 11
    std::optional<std::string> packaging_date;    // 13
    std::optional<std::string> best_before;       // 15
    std::optional<std::string> sell_by;           // 16
    std::optional<std::string> expiry;            // 17
    std::optional<std::string> serial;            // 21
    std::optional<std::int64_t> variable_count;   // 30
    std::optional<std::int64_t> trade_item_count; // 37
    std::optional<NetWeight> net_weight;          // 310n, or 320n when there is no 310n

    // The element with this AI, or nullptr.
    const Gs1Element* find(std::string_view ai) const;
};

// The four-digit year of a two-digit GS1 year (GS1 General Specifications
// 7.12): within 49 years ahead of the current year or 50 behind it. The
// current year is a parameter: the parser reads no clock.
int gs1_year(int yy, int current_year);

// "YYMMDD" as "YYYY-MM-DD"; day 00 stands for the last day of the month.
// code.gs1_bad_date for anything that is not a real date.
Result<std::string> gs1_date(std::string_view yymmdd, int current_year);

// Checks one element against its AI's definition (length, characters, check
// digit, date) and adds it to `data`. The one way in for parse_gs1 and for GS1
// Digital Link. A repeated AI with the same data is accepted once; with other
// data it is refused (code.gs1_conflicting_ai). Errors: code.unknown_ai,
// code.gs1_truncated, code.gs1_too_long, code.gs1_empty_field,
// code.gs1_not_digits, code.gs1_bad_character, code.gs1_bad_date,
// code.bad_check_digit.
Result<void> add_element(Gs1Data& data, std::string_view ai, std::string_view value,
                         int current_year);

// Reads GS1 element strings as a scanner sends them: an optional AIM
// identifier, then either the raw form (fields one after another, FNC1 as
// ASCII 29 after each variable-length one, also accepted at the very start)
// or the printed form "(01)09506000134352(17)261231(10)ABC". Besides the
// errors of add_element: code.gs1_malformed when it is neither.
Result<Gs1Data> parse_gs1(std::string_view text, int current_year);

// The printed form of elements: "(01)09506000134352(10)ABC".
std::string to_bracketed(const std::vector<Gs1Element>& elements);

} // namespace ocop::pos
