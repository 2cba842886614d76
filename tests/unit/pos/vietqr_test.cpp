#include "pos/vietqr.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace ocop::pos;

namespace {

VietQrRequest make_request(std::string bin, std::string account, std::optional<Money> amount,
                           std::string purpose, QrInitiation initiation) {
    return VietQrRequest{
        {std::move(bin), std::move(account)}, amount, std::move(purpose), initiation};
}

// Closes a payload body with a correct tag 63, so that a test payload is
// wrong in the one way the test is about and not also in its CRC.
std::string with_crc(std::string body) {
    body += "6304";
    const std::uint16_t crc = crc16_ccitt_false(body);
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4)
        body.push_back(hex[static_cast<std::size_t>((crc >> shift) & 0xF)]);
    return body;
}

template <class T>
std::string error_code(const ocop::Result<T>& result) {
    if (result)
        return "(no error)";
    CHECK_FALSE(result.error().message_en.empty());
    CHECK_FALSE(result.error().message_vi.empty());
    return result.error().code;
}

// The ACB example from the vietnam-qr-pay README and its test
// (github.com/xuannghia/vietnam-qr-pay, test/test-quick-gen-qr.spec.ts, "VietQR Dynamic").
constexpr std::string_view acb_example =
    "00020101021238530010A0000007270123000697041601092576788590208"
    "QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6";

} // namespace

TEST_CASE("the published ACB example is reproduced exactly and read back", "[vietqr]") {
    // The payload says 010212: it is a dynamic code (one amount, one sale).
    const auto request =
        make_request("970416", "257678859", 10000_vnd, "Chuyen tien", QrInitiation::Dynamic);
    CHECK(vietqr_payload(request).value() == acb_example);

    const auto fields = parse_vietqr(acb_example);
    REQUIRE(fields);
    CHECK(fields->bank_bin == "970416");
    CHECK(fields->account_number == "257678859");
    CHECK(fields->service == "QRIBFTTA");
    CHECK(fields->amount == 10000_vnd);
    CHECK(fields->purpose == "Chuyen tien");
    CHECK(fields->initiation == QrInitiation::Dynamic);
    CHECK(fields->currency == "704");
    CHECK(fields->country == "VN");
}

TEST_CASE("payloads published by other VietQR libraries are rebuilt byte for byte", "[vietqr]") {
    struct Vector {
        const char* source;
        VietQrRequest request;
        const char* purpose_written; // the note as it appears in the payload
        std::string_view payload;
    };
    const std::vector<Vector> vectors = {
        {"xuannghia/vietnam-qr-pay test/test-quick-gen-qr.spec.ts, VietQR Static",
         make_request("970416", "257678859", std::nullopt, "", QrInitiation::Static), "",
         "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304"
         "AE9F"},
        {"xuannghia/vietnam-qr-pay test/test-vietqr.spec.ts",
         make_request("970416", "257678859", 1000_vnd, "Chuyen tien", QrInitiation::Dynamic),
         "Chuyen tien",
         "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802"
         "VN62150811Chuyen tien6304BBB8"},
        // ZaloPay's wallet account at BVBank: a virtual account with letters.
        {"xuannghia/vietnam-qr-pay test/test-momo-zalopay.spec.ts, ZaloPay",
         make_request("970454", "99ZP24009M07248267", std::nullopt, "", QrInitiation::Static), "",
         "00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802"
         "VN6304073C"},
        // Written from the accented note "ủng hộ lũ lụt".
        {"subiz/vietqr README.md",
         make_request("970415", "0011001932418", 120000_vnd, "ủng hộ lũ lụt",
                      QrInitiation::Dynamic),
         "ung ho lu lut",
         "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA5303704540612000"
         "05802VN62170813ung ho lu lut6304C15C"},
        {"subiz/vietqr vietqr_test.go, static",
         make_request("970423", "0099999999", std::nullopt, "", QrInitiation::Static), "",
         "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304"
         "CBB4"},
        {"subiz/vietqr vietqr_test.go, accented note",
         make_request("970422", "0023457923442", 40123_vnd, "chuyển khoản", QrInitiation::Dynamic),
         "chuyen khoan",
         "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA5303704540540123"
         "5"
         "802VN62160812chuyen khoan6304722F"},
        // 19-character account with letters; the note is cut to 25 characters.
        {"subiz/vietqr vietqr_test.go, long note",
         make_request("970422", "0023457923442ASDFLJ", 40123_vnd,
                      "chuyen khoan alsdkf laksjdflk asjdflja slkdalks djflkasjd fajsldk jalskdfj "
                      "lkasjdflk ajslkfj l",
                      QrInitiation::Dynamic),
         "chuyen khoan alsdkf laksj",
         "00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA5303704540"
         "5401235802VN62290825chuyen khoan alsdkf laksj6304E5DB"},
        // The NAPAS spec's static-to-account example (section 6.1.1) with its
        // account length corrected to 13, as binhnguyenduc/vietqr-ts does
        // (tests/compliance/napas-static-account.test.ts).
        {"NAPAS 6.1.1, corrected, via binhnguyenduc/vietqr-ts",
         make_request("970403", "0011012345678", std::nullopt, "", QrInitiation::Static), "",
         "00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN630"
         "4"
         "9E6F"},
    };

    for (const auto& vector : vectors) {
        INFO(vector.source);
        CHECK(vietqr_payload(vector.request).value() == vector.payload);

        const auto fields = parse_vietqr(vector.payload);
        REQUIRE(fields);
        CHECK(fields->bank_bin == vector.request.account.bank_bin);
        CHECK(fields->account_number == vector.request.account.account_number);
        CHECK(fields->service == "QRIBFTTA");
        CHECK(fields->amount == vector.request.amount);
        CHECK(fields->purpose == vector.purpose_written);
        CHECK(fields->initiation == vector.request.initiation);
    }
}

TEST_CASE("published codes using features we do not build are still read", "[vietqr]") {
    SECTION("NAPAS 6.1.2: static, to a card (QRIBFTTC)") {
        // As quoted in Ngochiendev/generate_qrcode_vietnam test/viet_qr_test.dart.
        const auto fields =
            parse_vietqr("00020101021138600010A0000007270130000697040301169704031101"
                         "2345670208QRIBFTTC53037045802VN63044F52");
        REQUIRE(fields);
        CHECK(fields->service == "QRIBFTTC");
        CHECK(fields->bank_bin == "970403");
        CHECK(fields->account_number == "9704031101234567");
        CHECK(fields->initiation == QrInitiation::Static);
        CHECK_FALSE(fields->amount);
    }
    SECTION("NAPAS 6.1.3: dynamic, to an account, with a bill number (62/01)") {
        // As quoted in binhnguyenduc/vietqr-ts tests/compliance/napas-dynamic-account.test.ts.
        const auto fields = parse_vietqr("00020101021238570010A000000727012700069704030113001101234"
                                         "56780208QRIBFTTA53037045406180"
                                         "0005802VN62340107NPS68690819thanh toan don hang63042E2E");
        REQUIRE(fields);
        CHECK(fields->service == "QRIBFTTA");
        CHECK(fields->account_number == "0011012345678");
        CHECK(fields->amount == 180000_vnd);
        CHECK(fields->purpose == "thanh toan don hang");
        CHECK(fields->initiation == QrInitiation::Dynamic);
    }
    SECTION("NAPAS 6.1.4: dynamic, to a card, with a bill number") {
        const auto fields = parse_vietqr(
            "00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC5303704540"
            "61800005802VN62340107NPS68690819thanh toan don hang6304A203");
        REQUIRE(fields);
        CHECK(fields->service == "QRIBFTTC");
        CHECK(fields->account_number == "9704031101234567");
        CHECK(fields->amount == 180000_vnd);
        CHECK(fields->purpose == "thanh toan don hang");
    }
    SECTION("MoMo wallet: reference label (62/05) and an unreserved tag 80") {
        // xuannghia/vietnam-qr-pay test/test-momo-zalopay.spec.ts, MoMo.
        const auto fields =
            parse_vietqr("00020101021138620010A00000072701320006970454011899MM24011M34875080020"
                         "8QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8");
        REQUIRE(fields);
        CHECK(fields->bank_bin == "970454");
        CHECK(fields->account_number == "99MM24011M34875080");
        CHECK(fields->purpose.empty());
    }
}

TEST_CASE("NAPAS example 6.1.1 as printed is refused: its account length is wrong", "[vietqr]") {
    // The spec prints "0112" before the 13-character account 0011012345678,
    // and a CRC (F4E5) computed over that text. The CRC matches, but the
    // account cannot be read unambiguously, so the code is refused.
    const std::string_view printed =
        "00020101021138570010A00000072701270006970403011200110123456780"
        "208QRIBFTTA53037045802VN6304F4E5";
    CHECK(crc16_ccitt_false(printed.substr(0, printed.size() - 4)) == 0xF4E5);
    CHECK(error_code(parse_vietqr(printed)) == "vietqr.bad_length");
}

TEST_CASE("the CRC is CRC-16/CCITT-FALSE", "[vietqr]") {
    CHECK(crc16_ccitt_false("123456789") == 0x29B1); // the catalogue check value
    CHECK(crc16_ccitt_false("") == 0xFFFF);
}

TEST_CASE("a dynamic code for a sale carries the amount and an ASCII note", "[vietqr]") {
    const auto request =
        make_request("970436", "0071001234567", 1250000_vnd,
                     "Thanh toán đơn TV01-01-000123 tại cửa hàng", QrInitiation::Dynamic);
    const auto payload = vietqr_payload(request);
    REQUIRE(payload);
    CHECK(payload->starts_with("000201010212"));
    CHECK(payload->find("54071250000") != std::string::npos);
    CHECK(payload->find("62290825Thanh toan don TV01-01-00") != std::string::npos);
    for (const char c : *payload) {
        INFO(*payload);
        CHECK((c >= ' ' && c <= '~'));
    }

    const auto fields = parse_vietqr(*payload);
    REQUIRE(fields);
    CHECK(fields->amount == 1250000_vnd);
    CHECK(fields->purpose == "Thanh toan don TV01-01-00");
    CHECK(fields->initiation == QrInitiation::Dynamic);
    CHECK(fields->bank_bin == "970436");
    CHECK(fields->account_number == "0071001234567");
}

TEST_CASE("the note is cleaned before it is written", "[vietqr]") {
    const auto note_of = [](std::string purpose) {
        auto payload = vietqr_payload(make_request("970436", "0071001234567", 50000_vnd,
                                                   std::move(purpose), QrInitiation::Dynamic));
        REQUIRE(payload);
        auto fields = parse_vietqr(*payload);
        REQUIRE(fields);
        return fields->purpose;
    };
    CHECK(note_of("  Đơn\thàng\n\nsố  7 ") == "Don hang so 7");
    CHECK(note_of("Cảm ơn quý khách ❤") == "Cam on quy khach");
    CHECK(note_of("Thanh toan hoa don so 123 456") == "Thanh toan hoa don so 123");
    // A cut that lands just after a space does not leave it dangling.
    CHECK(note_of("Thanh toan hoa don so 12 3456") == "Thanh toan hoa don so 12");

    // Nothing left to write: no tag 62 at all.
    const auto bare = vietqr_payload(
        make_request("970436", "0071001234567", 50000_vnd, "茶", QrInitiation::Dynamic));
    REQUIRE(bare);
    CHECK(bare->find("5802VN6304") != std::string::npos);
}

TEST_CASE("a static code may leave the amount to the customer", "[vietqr]") {
    const auto payload = vietqr_payload(
        make_request("970405", "1500201234567", std::nullopt, "", QrInitiation::Static));
    REQUIRE(payload);
    CHECK(payload->starts_with("000201010211"));
    CHECK(payload->find("5303704"
                        "5802VN") != std::string::npos); // no tag 54 between
    const auto fields = parse_vietqr(*payload);
    REQUIRE(fields);
    CHECK_FALSE(fields->amount);
    CHECK(fields->initiation == QrInitiation::Static);
}

TEST_CASE("bad requests are refused with a reason", "[vietqr]") {
    const auto code_for = [](std::string bin, std::string account, std::optional<Money> amount,
                             QrInitiation initiation = QrInitiation::Dynamic) {
        return error_code(vietqr_payload(
            make_request(std::move(bin), std::move(account), amount, "x", initiation)));
    };
    for (const char* bin : {"97041", "9704160", "97041A", "", "９７０４１６"}) {
        INFO(bin);
        CHECK(code_for(bin, "257678859", 10000_vnd) == "vietqr.bad_bin");
    }
    for (const char* account : {"", "12345678901234567890", "2576-78859", "257 678 859", "Số1"}) {
        INFO(account);
        CHECK(code_for("970416", account, 10000_vnd) == "vietqr.bad_account");
    }
    CHECK(code_for("970416", "1234567890123456789", 10000_vnd) == "(no error)"); // 19 is fine
    CHECK(code_for("970416", "257678859", 0_vnd) == "vietqr.bad_amount");
    CHECK(code_for("970416", "257678859", -5000_vnd) == "vietqr.bad_amount");
    CHECK(code_for("970416", "257678859", Money{10'000'000'000'000}) == "vietqr.bad_amount");
    CHECK(code_for("970416", "257678859", Money{9'999'999'999'999}) == "(no error)");
    CHECK(code_for("970416", "257678859", 0_vnd, QrInitiation::Static) == "vietqr.bad_amount");
    CHECK(code_for("970416", "257678859", std::nullopt) == "vietqr.amount_required");
    CHECK(code_for("970416", "257678859", std::nullopt, QrInitiation::Static) == "(no error)");
}

TEST_CASE("damaged or foreign payloads are refused with a reason", "[vietqr]") {
    const std::string good(acb_example);
    REQUIRE(parse_vietqr(good));
    const std::string body = good.substr(0, good.size() - 8); // without "630453E6"

    SECTION("one character misread") {
        std::string flipped = good;
        flipped[good.find("257678859")] = '3'; // account 357678859
        CHECK(error_code(parse_vietqr(flipped)) == "vietqr.bad_crc");
        std::string wrong_crc = good;
        wrong_crc.back() = '7';
        CHECK(error_code(parse_vietqr(wrong_crc)) == "vietqr.bad_crc");
        CHECK(error_code(parse_vietqr(body + "6304ZZZZ")) == "vietqr.bad_crc");
    }
    SECTION("lower-case CRC digits are still a match") {
        CHECK(parse_vietqr(body + "630453e6"));
    }
    SECTION("cut short") {
        CHECK(error_code(parse_vietqr(good.substr(0, good.size() - 3))) == "vietqr.bad_length");
        CHECK(error_code(parse_vietqr(good.substr(0, 40))) == "vietqr.bad_length");
        CHECK(error_code(parse_vietqr(good.substr(0, good.size() - 6))) == "vietqr.bad_length");
        CHECK(error_code(parse_vietqr(body)) == "vietqr.missing_tag"); // no CRC at all
        CHECK(error_code(parse_vietqr("")) == "vietqr.empty");
    }
    SECTION("a length pointing past the end of its template") {
        // 62 holds 15 characters, but its 08 claims 12 of the remaining 11.
        std::string overlong = body;
        overlong.replace(overlong.find("0811Chuyen"), 4, "0812");
        const auto parsed = parse_vietqr(with_crc(overlong));
        REQUIRE_FALSE(parsed);
        CHECK(error_code(parsed) == "vietqr.bad_length");
        CHECK_THAT(parsed.error().message_en, Catch::Contains("tag 62"));
    }
    SECTION("headers that are not digits, data after the CRC, a tag twice") {
        CHECK(error_code(parse_vietqr(with_crc("00020101X212" + body.substr(12)))) ==
              "vietqr.malformed");
        CHECK(error_code(parse_vietqr(good + "0502AB")) == "vietqr.malformed");
        CHECK(error_code(parse_vietqr(with_crc(body + "5303704"))) == "vietqr.duplicate_tag");
    }
    SECTION("tag 38 missing: a VNPAY merchant code") {
        // xuannghia/vietnam-qr-pay test/test-quick-gen-qr.spec.ts, VNPayQR: tag 26, not 38.
        const auto parsed = parse_vietqr("00020101021126280010A0000007750110010215477853037045802VN"
                                         "5912TUGIACOMPANY62310315TU GIA COMPUTER0708TUGIACO16304D"
                                         "F44");
        REQUIRE_FALSE(parsed);
        CHECK(error_code(parsed) == "vietqr.missing_tag");
        CHECK_THAT(parsed.error().message_en, Catch::Contains("tag 38"));
    }
    SECTION("wrong GUID, currency, country, format or initiation") {
        const auto with = [&](std::string_view from, std::string_view to) {
            std::string changed = body;
            changed.replace(changed.find(from), from.size(), to);
            return error_code(parse_vietqr(with_crc(changed)));
        };
        CHECK(with("A000000727", "A000000775") == "vietqr.bad_guid");
        CHECK(with("5303704", "5303840") == "vietqr.bad_currency");
        CHECK(with("5802VN", "5802TH") == "vietqr.bad_country");
        CHECK(with("000201", "000202") == "vietqr.bad_format");
        CHECK(with("010212", "010213") == "vietqr.bad_initiation");
        CHECK(with("0006970416", "000697041A") == "vietqr.bad_bin");
        CHECK(with("0109257678859", "0109257-78859") == "vietqr.bad_account");
        CHECK(with("540510000", "54051.000") == "vietqr.bad_amount");
        CHECK(with("540510000", "54010") == "vietqr.bad_amount");
        // Tag 38 without its service code (02), its length adjusted to match.
        std::string no_service = body;
        no_service.erase(no_service.find("0208QRIBFTTA"), 12);
        no_service.replace(no_service.find("3853"), 4, "3841");
        const auto parsed = parse_vietqr(with_crc(no_service));
        REQUIRE_FALSE(parsed);
        CHECK(error_code(parsed) == "vietqr.missing_tag");
        CHECK_THAT(parsed.error().message_en, Catch::Contains("38/02"));
    }
}
