// libFuzzer target for the code parsers: whatever a scanner sends, parsing
// must end in a value or an Error, never a crash, and a value must be sound.
// The invariants are checked here with their own small implementations, not
// with the parsers' helpers, so that a bug shared by both cannot hide.

#include "pos/digital_link.h"
#include "pos/gs1.h"
#include "pos/scanned_code.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

using ocop::pos::Gs1Data;
using ocop::pos::Gtin;
using ocop::pos::ScannedCode;

constexpr int kYear = 2026;

void require(bool holds, const char* what, std::string_view input) {
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s (input of %zu bytes)\n", what, input.size());
    std::abort();
}

bool digits_only(std::string_view text) {
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

// GS1 mod 10 over all 14 digits: weights 3, 1, 3, ... from the left of an
// even-length number make the total a multiple of ten.
bool gtin_holds(const Gtin& gtin) {
    const std::string& d = gtin.digits();
    if (d.size() != 14 || !digits_only(d))
        return false;
    int sum = 0;
    for (std::size_t i = 0; i < d.size(); ++i)
        sum += (d[i] - '0') * (i % 2 == 0 ? 3 : 1);
    return sum % 10 == 0 && d.ends_with(gtin.printed().back());
}

int number(std::string_view digits) {
    int n = 0;
    for (const char c : digits)
        n = n * 10 + (c - '0');
    return n;
}

bool real_date(const std::optional<std::string>& date) {
    if (!date)
        return true;
    const std::string& d = *date;
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    const std::string_view text(d);
    if (!digits_only(text.substr(0, 4)) || !digits_only(text.substr(5, 2)) ||
        !digits_only(text.substr(8, 2)))
        return false;
    const int year = number(text.substr(0, 4));
    const int month = number(text.substr(5, 2));
    const int day = number(text.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // The century rule keeps years within 49 behind and 50 ahead of the current one.
    return year >= kYear - 49 && year <= kYear + 50 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days[month - 1];
}

void check_gs1(const Gs1Data& data, std::string_view input) {
    require(!data.elements.empty(), "GS1 data without elements", input);
    require(!data.gtin || gtin_holds(*data.gtin), "GS1 GTIN with a bad check digit", input);
    require(!data.content_gtin || gtin_holds(*data.content_gtin), "AI 02 with a bad check digit",
            input);
    for (const auto* date : {&data.production_date, &data.packaging_date, &data.best_before,
                             &data.sell_by, &data.expiry})
        require(real_date(*date), "GS1 date that is not a real date", input);
    require(!data.lot || (!data.lot->empty() && data.lot->size() <= 20), "lot of a bad length",
            input);
}

void check_scanned(const ScannedCode& code, std::string_view input) {
    using Kind = ScannedCode::Kind;
    const int kind = static_cast<int>(code.kind);
    require(kind >= static_cast<int>(Kind::Gtin) && kind <= static_cast<int>(Kind::StoreCode),
            "success without a kind", input);
    require(!code.gtin || gtin_holds(*code.gtin), "GTIN with a bad check digit", input);
    require(real_date(code.expiry), "expiry that is not a real date", input);
    require(real_date(code.best_before), "best-before that is not a real date", input);
    require(!code.text.empty() && code.text.size() <= ocop::pos::kMaxScanBytes,
            "text empty or too long", input);
    const std::string_view spaces = " \t\r\n\v\f"; // GS (FNC1) may stand first or last
    require(spaces.find(code.text.front()) == std::string_view::npos &&
                spaces.find(code.text.back()) == std::string_view::npos,
            "text not trimmed", input);
    switch (code.kind) {
    case Kind::Gtin:
        require(code.gtin.has_value(), "GTIN kind without a GTIN", input);
        break;
    case Kind::InStore:
        require(code.gtin && !code.item_code.empty(), "in-store code without item", input);
        require(code.weight.has_value() != code.price.has_value(), "weight xor price", input);
        require((code.weight && code.weight->milli > 0) || (code.price && code.price->dong > 0),
                "in-store value not positive", input);
        break;
    case Kind::Stamp:
        require(code.item_code.starts_with("OCOP1:"), "stamp without its prefix", input);
        break;
    case Kind::StoreCode:
        require(!code.item_code.empty() && code.item_code.size() <= ocop::pos::kMaxStoreCodeLength,
                "store code empty or too long", input);
        break;
    case Kind::Gs1:
    case Kind::DigitalLink:
        require(!code.elements.empty(), "GS1 code without elements", input);
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(bytes), size);
    static const auto layouts = ocop::pos::default_instore_layouts();

    if (auto code = ocop::pos::parse_scanned(input, layouts, kYear))
        check_scanned(*code, input);
    else
        require(!code.error().code.empty() && !code.error().message_vi.empty(),
                "error without a code or a Vietnamese message", input);

    // The parsers behind it, on bytes parse_scanned would have refused.
    if (auto gs1 = ocop::pos::parse_gs1(input, kYear))
        check_gs1(*gs1, input);
    if (auto link = ocop::pos::parse_digital_link(input, kYear))
        check_gs1(*link, input);
    if (auto gtin = ocop::pos::parse_gtin(input))
        require(gtin_holds(*gtin), "parse_gtin accepted a bad check digit", input);
    return 0;
}
