#include "pos/vietqr.h"

#include "db/text_fold.h"
#include "pos/settings.h"

#include <charconv>
#include <vector>

namespace ocop::pos {

namespace {

// NAPAS's application identifier: tag 38 with this GUID is a NAPAS 247 transfer.
constexpr std::string_view napas_guid = "A000000727";
// Transfer to an account. QRIBFTTC (to a card) is read but never written:
// the shop is paid into an account.
constexpr std::string_view account_service = "QRIBFTTA";
constexpr std::string_view currency_vnd = "704"; // ISO 4217 numeric
constexpr std::string_view country_vn = "VN";    // ISO 3166-1 alpha-2

constexpr std::size_t max_value_length = 99; // what a two-digit length can say
constexpr std::size_t max_account_length = 19;
constexpr std::size_t max_purpose_length = 25;
constexpr std::size_t max_amount_digits = 13;
constexpr std::int64_t max_amount = 9'999'999'999'999;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool all_digits(std::string_view text) {
    for (const char c : text) {
        if (!is_digit(c))
            return false;
    }
    return true;
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

Result<void> check_bin(std::string_view bin) {
    if (bin.size() != 6 || !all_digits(bin))
        return fail("vietqr.bad_bin", "bank BIN must be exactly 6 digits, got " + quoted(bin),
                    "Mã ngân hàng (BIN) phải gồm đúng 6 chữ số, ví dụ 970436 (Vietcombank).");
    return {};
}

Result<void> check_account(std::string_view account) {
    bool plain = !account.empty() && account.size() <= max_account_length;
    for (const char c : account)
        plain = plain && (is_digit(c) || is_letter(c));
    if (!plain)
        return fail("vietqr.bad_account",
                    "account number must be 1-19 digits or ASCII letters, got " + quoted(account),
                    "Số tài khoản nhận tiền phải có từ 1 đến 19 ký tự, chỉ gồm chữ số hoặc chữ cái "
                    "không dấu.");
    return {};
}

Result<void> check_amount(Money amount) {
    if (amount.dong <= 0 || amount.dong > max_amount)
        return fail("vietqr.bad_amount",
                    "amount must be above zero and at most 13 digits, got " +
                        std::to_string(amount.dong),
                    "Số tiền trong mã QR phải lớn hơn 0 và không quá 13 chữ số.");
    return {};
}

// The note as banks take it: ASCII without accents, every run of spaces or
// control characters as one space, at most 25 characters. Cut rather than
// refused: the order number at the start is what the shop looks for, and the
// cashier could do nothing about a long note anyway.
std::string transfer_purpose(std::string_view utf8) {
    const std::string ascii = db::remove_accents(utf8);
    std::string purpose;
    for (const char c : ascii) {
        if (purpose.size() == max_purpose_length)
            break;
        if (c > ' ' && c < '\x7f')
            purpose.push_back(c);
        else if (!purpose.empty() && purpose.back() != ' ')
            purpose.push_back(' ');
    }
    while (!purpose.empty() && purpose.back() == ' ')
        purpose.pop_back();
    return purpose;
}

// Writes EMVCo data objects: two-digit ID, two-digit length, value. A value
// too long for two digits is remembered as the error instead of written, so a
// chain of adds needs one check at the end.
class TlvWriter {
public:
    TlvWriter& add(std::string_view tag, std::string_view value) {
        if (error_)
            return *this;
        if (value.size() > max_value_length) {
            error_ = Error{"vietqr.field_too_long",
                           "tag " + std::string(tag) + " would hold " +
                               std::to_string(value.size()) + " characters, at most 99 fit",
                           "Thông tin trong mã QR quá dài (mỗi mục tối đa 99 ký tự)."};
            return *this;
        }
        text_ += tag;
        text_.push_back(static_cast<char>('0' + value.size() / 10));
        text_.push_back(static_cast<char>('0' + value.size() % 10));
        text_ += value;
        return *this;
    }

    // A template: a data object whose value is itself data objects.
    TlvWriter& add(std::string_view tag, TlvWriter&& nested) {
        if (!error_ && nested.error_)
            error_ = std::move(nested.error_);
        return add(tag, nested.text_);
    }

    Result<std::string> finish() && {
        if (error_)
            return fail(std::move(*error_));
        return std::move(text_);
    }

private:
    std::string text_;
    std::optional<Error> error_;
};

std::string hex4(std::uint16_t value) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    std::string hex(4, '0');
    for (std::size_t i = 4; i-- > 0; value = static_cast<std::uint16_t>(value >> 4))
        hex[i] = digits[value & 0xFU];
    return hex;
}

// --- reading ---------------------------------------------------------------

struct DataObject {
    std::string_view tag;
    std::string_view value;
    std::size_t offset; // of the ID, from the start of the payload (for messages)
};

using DataObjects = std::vector<DataObject>;

Error unreadable(std::string code, std::string message_en) {
    return Error{std::move(code), std::move(message_en),
                 "Mã QR không đọc được: dữ liệu bị cắt hoặc sai cấu trúc. Hãy quét lại."};
}

// Splits `text` (the payload or a template's value, starting `base`
// characters into the payload) into its data objects.
Result<DataObjects> read_objects(std::string_view text, std::size_t base, std::string_view where) {
    DataObjects objects;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::string offset = std::to_string(base + at);
        if (text.size() - at < 4)
            return fail(unreadable("vietqr.bad_length", std::string(where) +
                                                            " ends inside a data object header "
                                                            "at offset " +
                                                            offset));
        const std::string_view tag = text.substr(at, 2);
        const std::string_view length_field = text.substr(at + 2, 2);
        if (!all_digits(tag) || !all_digits(length_field))
            return fail(unreadable("vietqr.malformed",
                                   "data object header " + quoted(text.substr(at, 4)) +
                                       " at offset " + offset + " in " + std::string(where) +
                                       " is not two digits and two digits"));
        const std::size_t length = static_cast<std::size_t>(length_field[0] - '0') * 10 +
                                   static_cast<std::size_t>(length_field[1] - '0');
        if (length > text.size() - at - 4)
            return fail(unreadable("vietqr.bad_length",
                                   "tag " + std::string(tag) + " at offset " + offset + " in " +
                                       std::string(where) + " says " + std::to_string(length) +
                                       " characters but only " +
                                       std::to_string(text.size() - at - 4) + " remain"));
        for (const DataObject& seen : objects) {
            if (seen.tag == tag)
                return fail(unreadable("vietqr.duplicate_tag", "tag " + std::string(tag) +
                                                                   " appears twice in " +
                                                                   std::string(where)));
        }
        objects.push_back({tag, text.substr(at + 4, length), base + at});
        at += 4 + length;
    }
    return objects;
}

const DataObject* find(const DataObjects& objects, std::string_view tag) {
    for (const DataObject& object : objects) {
        if (object.tag == tag)
            return &object;
    }
    return nullptr;
}

std::unexpected<Error> missing(std::string_view tag, std::string_view what) {
    return fail("vietqr.missing_tag",
                "tag " + std::string(tag) + " (" + std::string(what) + ") is missing",
                "Mã QR thiếu thông tin bắt buộc, không phải mã VietQR chuyển khoản hợp lệ.");
}

// Tag 63 must close the payload; its CRC covers everything before its value,
// its own "6304" included. Upper case is what the spec shows, but lower case
// hex is accepted: the number is what matters.
Result<void> check_crc(std::string_view payload, const DataObjects& top) {
    const DataObject& last = top.back();
    if (last.tag != "63") {
        if (find(top, "63") != nullptr)
            return fail(unreadable("vietqr.malformed", "data follows the CRC (tag 63)"));
        return missing("63", "CRC");
    }
    std::uint16_t written = 0;
    bool hex = last.value.size() == 4;
    if (hex) {
        const char* end = last.value.data() + last.value.size();
        const auto [stop, ec] = std::from_chars(last.value.data(), end, written, 16);
        hex = ec == std::errc{} && stop == end;
    }
    if (!hex)
        return fail("vietqr.bad_crc", "CRC " + quoted(last.value) + " is not four hex digits",
                    "Mã QR bị hỏng hoặc đọc sai (mã kiểm tra không hợp lệ). Hãy quét lại.");
    const std::uint16_t computed = crc16_ccitt_false(payload.substr(0, last.offset + 4));
    if (written != computed)
        return fail("vietqr.bad_crc",
                    "CRC in the payload is " + std::string(last.value) + ", its content gives " +
                        hex4(computed),
                    "Mã QR bị hỏng hoặc đọc sai (mã kiểm tra không khớp). Hãy quét lại.");
    return {};
}

Result<Money> read_amount(std::string_view text) {
    std::int64_t dong = 0;
    // At most 13 digits: from_chars cannot overflow, and digits only keeps out
    // the "1.5" or "-100" it would otherwise half-read.
    if (!text.empty() && text.size() <= max_amount_digits && all_digits(text))
        (void)std::from_chars(text.data(), text.data() + text.size(), dong);
    if (dong <= 0)
        return fail("vietqr.bad_amount",
                    "amount " + quoted(text) + " is not a whole number of đồng above zero",
                    "Số tiền trong mã QR không hợp lệ.");
    return Money{dong};
}

} // namespace

std::uint16_t crc16_ccitt_false(std::string_view bytes) {
    std::uint16_t crc = 0xFFFF;
    for (const char c : bytes) {
        crc = static_cast<std::uint16_t>(crc ^ (static_cast<unsigned char>(c) << 8));
        for (int bit = 0; bit < 8; ++bit) {
            const bool top = (crc & 0x8000U) != 0;
            crc = static_cast<std::uint16_t>(crc << 1);
            if (top)
                crc = static_cast<std::uint16_t>(crc ^ 0x1021U);
        }
    }
    return crc;
}

Result<std::string> vietqr_payload(const VietQrRequest& request) {
    if (auto ok = check_bin(request.account.bank_bin); !ok)
        return fail(ok.error());
    if (auto ok = check_account(request.account.account_number); !ok)
        return fail(ok.error());
    if (request.amount) {
        if (auto ok = check_amount(*request.amount); !ok)
            return fail(ok.error());
    } else if (request.initiation == QrInitiation::Dynamic) {
        return fail("vietqr.amount_required", "a dynamic VietQR needs an amount",
                    "Mã QR cho một hóa đơn (mã động) phải có số tiền.");
    }

    TlvWriter beneficiary;
    beneficiary.add("00", request.account.bank_bin).add("01", request.account.account_number);
    TlvWriter merchant;
    merchant.add("00", napas_guid).add("01", std::move(beneficiary)).add("02", account_service);

    TlvWriter payload;
    payload.add("00", "01")
        .add("01", request.initiation == QrInitiation::Static ? "11" : "12")
        .add("38", std::move(merchant))
        .add("53", currency_vnd);
    if (request.amount)
        payload.add("54", std::to_string(request.amount->dong));
    payload.add("58", country_vn);
    if (const std::string purpose = transfer_purpose(request.purpose); !purpose.empty()) {
        TlvWriter additional;
        additional.add("08", purpose);
        payload.add("62", std::move(additional));
    }

    auto body = std::move(payload).finish();
    if (!body)
        return fail(body.error());
    std::string text = std::move(*body) + "6304";
    text += hex4(crc16_ccitt_false(text));
    return text;
}

Result<VietQrFields> parse_vietqr(std::string_view payload) {
    if (payload.empty())
        return fail("vietqr.empty", "the payload is empty", "Mã QR không có nội dung.");
    auto top = read_objects(payload, 0, "the payload");
    if (!top)
        return fail(top.error());
    if (auto crc = check_crc(payload, *top); !crc)
        return fail(crc.error());
    if (top->front().tag != "00" || top->front().value != "01")
        return fail("vietqr.bad_format",
                    "the payload does not start with payload format indicator 01 (tag 00)",
                    "Mã QR không theo chuẩn EMVCo/VietQR.");

    VietQrFields fields;
    // Tag 01 is optional in EMVCo; a code without it is reusable, i.e. static.
    if (const DataObject* method = find(*top, "01")) {
        if (method->value == "12")
            fields.initiation = QrInitiation::Dynamic;
        else if (method->value != "11")
            return fail("vietqr.bad_initiation",
                        "point of initiation (tag 01) is " + quoted(method->value) +
                            ", not 11 or 12",
                        "Mã QR không theo chuẩn VietQR (loại mã không rõ).");
    }

    const DataObject* merchant = find(*top, "38");
    if (merchant == nullptr)
        return missing("38", "NAPAS merchant account information");
    auto merchant_objects = read_objects(merchant->value, merchant->offset + 4, "tag 38");
    if (!merchant_objects)
        return fail(merchant_objects.error());
    const DataObject* guid = find(*merchant_objects, "00");
    if (guid == nullptr)
        return missing("38/00", "GUID");
    if (guid->value != napas_guid)
        return fail("vietqr.bad_guid",
                    "tag 38 has GUID " + quoted(guid->value) + ", not NAPAS's A000000727",
                    "Đây không phải mã VietQR chuyển khoản NAPAS 247.");
    const DataObject* beneficiary = find(*merchant_objects, "01");
    if (beneficiary == nullptr)
        return missing("38/01", "beneficiary organisation");
    auto beneficiary_objects =
        read_objects(beneficiary->value, beneficiary->offset + 4, "tag 38/01");
    if (!beneficiary_objects)
        return fail(beneficiary_objects.error());
    const DataObject* bin = find(*beneficiary_objects, "00");
    if (bin == nullptr)
        return missing("38/01/00", "bank BIN");
    if (auto ok = check_bin(bin->value); !ok)
        return fail(ok.error());
    const DataObject* account = find(*beneficiary_objects, "01");
    if (account == nullptr)
        return missing("38/01/01", "account or card number");
    if (auto ok = check_account(account->value); !ok)
        return fail(ok.error());
    const DataObject* service = find(*merchant_objects, "02");
    if (service == nullptr || service->value.empty())
        return missing("38/02", "service code");
    fields.bank_bin = bin->value;
    fields.account_number = account->value;
    fields.service = service->value;

    const DataObject* currency = find(*top, "53");
    if (currency == nullptr)
        return missing("53", "transaction currency");
    if (currency->value != currency_vnd)
        return fail("vietqr.bad_currency",
                    "currency (tag 53) is " + quoted(currency->value) + ", not 704 (VND)",
                    "Mã QR không dùng đồng Việt Nam (VND).");
    fields.currency = currency->value;

    if (const DataObject* amount = find(*top, "54")) {
        auto dong = read_amount(amount->value);
        if (!dong)
            return fail(dong.error());
        fields.amount = *dong;
    }

    const DataObject* country = find(*top, "58");
    if (country == nullptr)
        return missing("58", "country code");
    if (country->value != country_vn)
        return fail("vietqr.bad_country",
                    "country (tag 58) is " + quoted(country->value) + ", not VN",
                    "Mã QR không phải mã thanh toán tại Việt Nam.");
    fields.country = country->value;

    if (const DataObject* additional = find(*top, "62")) {
        auto additional_objects = read_objects(additional->value, additional->offset + 4, "tag 62");
        if (!additional_objects)
            return fail(additional_objects.error());
        if (const DataObject* purpose = find(*additional_objects, "08"))
            fields.purpose = purpose->value;
    }
    return fields;
}

Result<VietQrAccount> store_account(db::Connection& db) {
    auto bin = get_setting(db, setting::kBankBin);
    if (!bin)
        return fail(bin.error());
    auto account = get_setting(db, setting::kBankAccount);
    if (!account)
        return fail(account.error());
    if (!*bin || !*account || (*bin)->empty() || (*account)->empty()) {
        return fail("vietqr.no_account", "settings bank.bin and bank.account are not set",
                    "Chưa cài tài khoản ngân hàng của cửa hàng (bank.bin, bank.account) nên "
                    "không tạo được mã VietQR. Hãy nhờ quản lý cài đặt, hoặc nhận tiền mặt.");
    }
    return VietQrAccount{**bin, **account};
}

std::string transfer_reference(std::string_view terminal_code, Instant at) {
    std::string terminal;
    for (char c : terminal_code)
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            terminal.push_back(c);
    const std::string stamp = local_timestamp(at); // 2026-11-29T08:39:52+07:00
    const std::string date = stamp.substr(8, 2) + stamp.substr(5, 2) + stamp.substr(2, 2);
    const std::string time = stamp.substr(11, 2) + stamp.substr(14, 2) + stamp.substr(17, 2);
    return ("OCOP " + terminal.substr(0, 6) + " " + date + " " + time).substr(0, 25);
}

} // namespace ocop::pos
