#pragma once

#include "common/error.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ocop::pos {

// The barcode family a GTIN was printed in, as far as the digits (or the
// scanner's symbology identifier) tell.
enum class GtinFormat {
    Ean13,  // 13 digits (also a UPC-A sent with its leading 0)
    Ean8,   // 8 digits, GTIN-8
    UpcA,   // 12 digits, GTIN-12
    UpcE,   // 8 digits: number system 0/1, six digits, check digit; stands for a UPC-A
    Gtin14, // 14 digits: ITF-14, GS1-128 AI (01), GTIN-14 with a packaging indicator
};

// "EAN-13", "EAN-8", "UPC-A", "UPC-E", "GTIN-14".
std::string_view format_name(GtinFormat format);

// The GS1 mod-10 check digit (GS1 General Specifications 7.9.1) of the digits
// before it: weights 3, 1, 3, ... from the right. Characters that are not
// digits make the result meaningless, never undefined.
int gs1_check_digit(std::string_view digits_without_check);

// Whether the last digit is the GS1 mod-10 check digit of the others. False
// for an empty text or one with anything but digits.
bool has_valid_check_digit(std::string_view digits_with_check);

// The 12-digit UPC-A that an 8-digit UPC-E stands for (number system 0 or 1,
// zero suppression by the sixth digit). Checks the shape only, not the check
// digit: code.bad_upce for anything but 8 digits starting with 0 or 1.
Result<std::string> expand_upce(std::string_view upce);

// A Global Trade Item Number whose check digit is right. Only parse_gtin makes
// one, so holding a Gtin means holding a well-formed number.
class Gtin {
public:
    // The 14-digit form every GTIN normalises to (zeros in front).
    const std::string& digits() const { return digits_; }
    // The digits as read from the code (8, 12, 13 or 14 of them).
    const std::string& printed() const { return printed_; }
    GtinFormat format() const { return format_; }

    // The first digit of the 14-digit form: 0 for a consumer unit, 1-8 for a
    // case or pack of it, 9 for a variable-measure item.
    int packaging_indicator() const { return digits_[0] - '0'; }
    bool is_variable_measure() const { return packaging_indicator() == 9; }

    // Every string a catalogue may have stored for this number, most specific
    // first: as printed, then the 13-, 12- and 8-digit forms where the
    // leading zeros allow them, then the 14-digit form. GTINs are unique under
    // zero padding, so none of these can name another product.
    std::vector<std::string> lookup_forms() const;

    // The GS1 prefix: the first three digits of the GTIN-13 form, or of the
    // GTIN-8 itself (GS1-8 prefix). It tells which GS1 office issued the
    // number, not where the product was made.
    std::string gs1_prefix() const;
    // GS1 Vietnam issued it (prefix 893).
    bool is_vietnamese() const { return gs1_prefix() == "893"; }

    // A number for use inside a store or region only: GTIN-13 prefixes 20-29,
    // 020-029 and 040-049 (UPC-A number systems 2 and 4), and RCN-8 (GTIN-8
    // starting with 0 or 2).
    bool is_restricted_circulation() const;

    // For a 13-digit restricted-circulation code with prefix 20-29 (what
    // scales print), that prefix; otherwise nullopt.
    std::optional<int> instore_prefix() const;

    friend bool operator==(const Gtin&, const Gtin&) = default;

private:
    Gtin(std::string digits, std::string printed, GtinFormat format)
        : digits_(std::move(digits)), printed_(std::move(printed)), format_(format) {}
    bool is_gtin8() const { return digits_.starts_with("000000"); }

    friend Result<Gtin> parse_gtin(std::string_view digits, std::optional<GtinFormat> read_as);

    std::string digits_;
    std::string printed_;
    GtinFormat format_;
};

// Reads a GTIN of 8, 12, 13 or 14 digits and checks its check digit.
//
// An 8-digit number may be an EAN-8 or a UPC-E, and more than half of those
// starting with 0 or 1 have a right check digit either way. Without `read_as`
// it is an EAN-8 when its check digit holds as one, else a UPC-E: a UPC-A
// product scanned this way is then not found, where the other choice could
// find a different product. Scanners that send AIM identifiers settle it
// (]E4 EAN-8, ]E0 UPC-E): pass the format they name as `read_as`.
//
// Errors: code.not_digits, code.bad_length (or a length that does not fit
// `read_as`), code.bad_check_digit (naming the digit expected), code.bad_upce.
Result<Gtin> parse_gtin(std::string_view digits, std::optional<GtinFormat> read_as = std::nullopt);

} // namespace ocop::pos
