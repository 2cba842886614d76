#include "pos/gtin.h"

#include <algorithm>

namespace ocop::pos {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::size_t length_of(GtinFormat format) {
    switch (format) {
    case GtinFormat::Ean13:
        return 13;
    case GtinFormat::UpcA:
        return 12;
    case GtinFormat::Gtin14:
        return 14;
    case GtinFormat::Ean8:
    case GtinFormat::UpcE:
        break;
    }
    return 8;
}

Error not_digits(std::string_view text) {
    return {"code.not_digits", "barcode " + quoted(text) + " must be digits only",
            "Mã vạch " + quoted(text) + " chỉ được gồm chữ số. Quét lại mã."};
}

Error bad_length(std::string_view digits, std::optional<GtinFormat> read_as) {
    const std::string n = std::to_string(digits.size());
    if (read_as) {
        const std::string name(format_name(*read_as));
        const std::string want = std::to_string(length_of(*read_as));
        return {"code.bad_length",
                "barcode " + quoted(digits) + " has " + n + " digits; " + name + " codes have " +
                    want,
                "Mã vạch " + quoted(digits) + " có " + n + " chữ số; mã " + name + " phải có " +
                    want + " chữ số. Quét lại mã."};
    }
    return {"code.bad_length",
            "barcode " + quoted(digits) + " has " + n + " digits; a GTIN has 8, 12, 13 or 14",
            "Mã vạch " + quoted(digits) + " có " + n +
                " chữ số; mã GTIN phải có 8, 12, 13 hoặc 14 chữ số. Quét lại mã."};
}

// `expected` says what the last digit should have been, e.g. "3" or
// "0 (EAN-8) or 4 (UPC-E)".
Error bad_check_digit(std::string_view digits, const std::string& expected_en,
                      const std::string& expected_vi) {
    return {"code.bad_check_digit",
            "barcode " + quoted(digits) + " has a wrong check digit: the last digit should be " +
                expected_en,
            "Mã vạch " + quoted(digits) + " sai chữ số kiểm tra: chữ số cuối phải là " +
                expected_vi + ". Quét lại, hoặc gõ mã in dưới vạch."};
}

Error bad_check_digit(std::string_view digits, int expected) {
    const std::string digit = std::to_string(expected);
    return bad_check_digit(digits, digit, digit);
}

Error bad_upce(std::string_view text) {
    return {"code.bad_upce", "UPC-E code " + quoted(text) + " is not 8 digits starting with 0 or 1",
            "Mã UPC-E " + quoted(text) +
                " không hợp lệ (phải có 8 chữ số, bắt đầu bằng 0 hoặc 1). Quét lại mã."};
}

std::string padded_to_14(std::string_view digits) {
    return std::string(14 - digits.size(), '0') + std::string(digits);
}

// The 14-digit form of a code whose format is known, or why it is wrong.
Result<std::string> normalise(std::string_view digits, GtinFormat format) {
    if (format == GtinFormat::UpcE) {
        auto upca = expand_upce(digits);
        if (!upca)
            return fail(upca.error());
        if (!has_valid_check_digit(*upca))
            return fail(
                bad_check_digit(digits, gs1_check_digit(std::string_view(*upca).substr(0, 11))));
        return padded_to_14(*upca);
    }
    if (!has_valid_check_digit(digits))
        return fail(bad_check_digit(digits, gs1_check_digit(digits.substr(0, digits.size() - 1))));
    return padded_to_14(digits);
}

bool upce_holds(std::string_view digits) {
    auto upca = expand_upce(digits);
    return upca && has_valid_check_digit(*upca);
}

// Eight digits with no word from the scanner: EAN-8 first (see parse_gtin).
Result<GtinFormat> guess_eight(std::string_view digits) {
    if (has_valid_check_digit(digits))
        return GtinFormat::Ean8;
    if (upce_holds(digits))
        return GtinFormat::UpcE;
    const std::string ean8 = std::to_string(gs1_check_digit(digits.substr(0, 7)));
    if (digits[0] != '0' && digits[0] != '1')
        return fail(bad_check_digit(digits, ean8, ean8));
    const std::string upca = *expand_upce(digits);
    const std::string upce = std::to_string(gs1_check_digit(std::string_view(upca).substr(0, 11)));
    return fail(bad_check_digit(digits, ean8 + " (EAN-8) or " + upce + " (UPC-E)",
                                ean8 + " (EAN-8) hoặc " + upce + " (UPC-E)"));
}

Result<GtinFormat> format_of(std::string_view digits, std::optional<GtinFormat> read_as) {
    if (read_as) {
        if (digits.size() != length_of(*read_as))
            return fail(bad_length(digits, read_as));
        return *read_as;
    }
    switch (digits.size()) {
    case 8:
        return guess_eight(digits);
    case 12:
        return GtinFormat::UpcA;
    case 13:
        return GtinFormat::Ean13;
    case 14:
        return GtinFormat::Gtin14;
    default:
        return fail(bad_length(digits, std::nullopt));
    }
}

} // namespace

std::string_view format_name(GtinFormat format) {
    switch (format) {
    case GtinFormat::Ean13:
        return "EAN-13";
    case GtinFormat::Ean8:
        return "EAN-8";
    case GtinFormat::UpcA:
        return "UPC-A";
    case GtinFormat::UpcE:
        return "UPC-E";
    case GtinFormat::Gtin14:
        break;
    }
    return "GTIN-14";
}

int gs1_check_digit(std::string_view digits_without_check) {
    int sum = 0;
    int weight = 3;
    for (auto it = digits_without_check.rbegin(); it != digits_without_check.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    // A non-digit may have made the sum negative: keep the answer in 0..9.
    return ((10 - sum % 10) % 10 + 10) % 10;
}

bool has_valid_check_digit(std::string_view digits_with_check) {
    if (!all_digits(digits_with_check))
        return false;
    const std::string_view body = digits_with_check.substr(0, digits_with_check.size() - 1);
    return gs1_check_digit(body) == digits_with_check.back() - '0';
}

Result<std::string> expand_upce(std::string_view upce) {
    if (upce.size() != 8 || !all_digits(upce) || (upce[0] != '0' && upce[0] != '1'))
        return fail(bad_upce(upce));
    // The sixth digit says which zeros were suppressed from the UPC-A.
    const std::string_view d = upce.substr(1, 6);
    const char last = d[5];
    std::string upca(1, upce[0]);
    if (last <= '2') {
        upca.append(d.substr(0, 2)).append(1, last).append("0000").append(d.substr(2, 3));
    } else if (last == '3') {
        upca.append(d.substr(0, 3)).append("00000").append(d.substr(3, 2));
    } else if (last == '4') {
        upca.append(d.substr(0, 4)).append("00000").append(d.substr(4, 1));
    } else {
        upca.append(d.substr(0, 5)).append("0000").append(1, last);
    }
    upca.push_back(upce[7]);
    return upca;
}

Result<Gtin> parse_gtin(std::string_view digits, std::optional<GtinFormat> read_as) {
    if (!all_digits(digits))
        return fail(digits.empty() ? bad_length(digits, read_as) : not_digits(digits));
    auto format = format_of(digits, read_as);
    if (!format)
        return fail(format.error());
    auto normalised = normalise(digits, *format);
    if (!normalised)
        return fail(normalised.error());
    return Gtin(std::move(*normalised), std::string(digits), *format);
}

std::vector<std::string> Gtin::lookup_forms() const {
    std::vector<std::string> forms{printed_};
    const auto add = [&forms](std::string form) {
        if (std::find(forms.begin(), forms.end(), form) == forms.end())
            forms.push_back(std::move(form));
    };
    if (digits_.starts_with("0"))
        add(digits_.substr(1));
    if (digits_.starts_with("00"))
        add(digits_.substr(2));
    if (is_gtin8())
        add(digits_.substr(6));
    add(digits_);
    return forms;
}

std::string Gtin::gs1_prefix() const {
    return is_gtin8() ? digits_.substr(6, 3) : digits_.substr(1, 3);
}

bool Gtin::is_restricted_circulation() const {
    if (is_gtin8())
        return digits_[6] == '0' || digits_[6] == '2';
    const std::string_view gtin13 = std::string_view(digits_).substr(1);
    return gtin13.starts_with("2") || gtin13.starts_with("02") || gtin13.starts_with("04");
}

std::optional<int> Gtin::instore_prefix() const {
    if (is_gtin8() || digits_[0] != '0' || digits_[1] != '2')
        return std::nullopt;
    return 20 + (digits_[2] - '0');
}

} // namespace ocop::pos
