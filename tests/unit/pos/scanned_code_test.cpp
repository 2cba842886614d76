#include "pos/scanned_code.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using Kind = ScannedCode::Kind;

namespace {

constexpr int kYear = 2026;
const std::string GS(1, kGroupSeparator);

ScannedCode scan(const std::string& text,
                 const std::vector<InStoreLayout>& layouts = default_instore_layouts()) {
    return must(parse_scanned(text, layouts, kYear));
}

std::string scan_error(const std::string& text,
                       const std::vector<InStoreLayout>& layouts = default_instore_layouts()) {
    return error_code(parse_scanned(text, layouts, kYear));
}

} // namespace

TEST_CASE("a retail barcode is a GTIN, trimmed of CR/LF", "[codes][scanned]") {
    const ScannedCode code = scan("8935049501503\r\n");
    CHECK(code.kind == Kind::Gtin);
    REQUIRE(code.gtin);
    CHECK(code.gtin->digits() == "08935049501503");
    CHECK(code.text == "8935049501503");
    CHECK(code.symbology_id.empty());
    CHECK(code.item_code.empty());
    CHECK_FALSE(code.weight);

    const ScannedCode with_id = scan("  ]E08935049501503\t");
    CHECK(with_id.kind == Kind::Gtin);
    CHECK(with_id.symbology_id == "]E0");
    CHECK(with_id.text == "]E08935049501503");
    CHECK(with_id.gtin->printed() == "8935049501503");

    CHECK(scan("036000241457").gtin->format() == GtinFormat::UpcA);
    CHECK(scan("96385074").gtin->format() == GtinFormat::Ean8);
}

TEST_CASE("the scanner's symbology identifier settles EAN-8 against UPC-E", "[codes][scanned]") {
    CHECK(scan("01234565").gtin->format() == GtinFormat::Ean8);
    const ScannedCode upce = scan("]E001234565");
    CHECK(upce.gtin->format() == GtinFormat::UpcE);
    CHECK(upce.gtin->digits() == "00012345000065");
    CHECK(scan("]E401234565").gtin->format() == GtinFormat::Ean8);
    CHECK(scan("]E004252614").gtin->digits() == "00042100005264");
    // ZXing sends UPC-E expanded to 13 digits.
    CHECK(scan("]E00012345000065").gtin->digits() == "00012345000065");
}

TEST_CASE("ITF-14 cases", "[codes][scanned]") {
    const ScannedCode code = scan("]I110614141000415");
    CHECK(code.kind == Kind::Gtin);
    CHECK(code.gtin->packaging_indicator() == 1);
    CHECK(code.gtin->format() == GtinFormat::Gtin14);
    // ITF of another length is no GTIN: the store's own code.
    const ScannedCode short_itf = scan("]I10829220875");
    CHECK(short_itf.kind == Kind::StoreCode);
    CHECK(short_itf.item_code == "0829220875");
}

TEST_CASE("scale labels through the three shipped layouts", "[codes][scanned]") {
    const ScannedCode lap_xuong = scan("2101001012509");
    CHECK(lap_xuong.kind == Kind::InStore);
    CHECK(lap_xuong.item_code == "1001");
    CHECK(lap_xuong.weight == Quantity{1'250});
    CHECK_FALSE(lap_xuong.price);
    CHECK(lap_xuong.gtin->printed() == "2101001012509");

    const ScannedCode priced = scan("2410010850003");
    CHECK(priced.kind == Kind::InStore);
    CHECK(priced.item_code == "1001");
    CHECK(priced.price == Money{85'000});
    CHECK_FALSE(priced.weight);

    const ScannedCode verified = scan("2810012450001");
    CHECK(verified.price == Money{45'000});
    CHECK(scan_error("2810013450000") == "code.bad_price_check_digit");
    CHECK(scan_error("2410010850003", {default_instore_layouts()[0]}) == "code.no_instore_layout");
    CHECK(scan_error("2101001000001") == "code.instore_zero_value");
}

TEST_CASE("digits of GTIN length with a wrong check digit are an error, never a store code",
          "[codes][scanned][failure]") {
    for (const char* bad : {"8935049501504", "96385075", "036000241458", "10614141000414",
                            "2101001012508", "04252615"}) {
        INFO(bad);
        CHECK(scan_error(bad) == "code.bad_check_digit");
    }
    CHECK(scan_error("]E421234565") == "code.bad_check_digit");
    CHECK(scan_error("]E021234565") == "code.bad_upce");
    // What an EAN/UPC symbology delivers must be a GTIN.
    CHECK(scan_error("]E4123") == "code.bad_length");
    CHECK(scan_error("]E089350495015") == "code.bad_length");
    CHECK(scan_error("]E0TV-MHD-500") == "code.not_digits");
}

TEST_CASE("identification-logo stamps go to the stamp verifier untouched", "[codes][scanned]") {
    const ScannedCode stamp = scan("OCOP1:GEZDGNBVGY3TQOJQ\r\n");
    CHECK(stamp.kind == Kind::Stamp);
    CHECK(stamp.item_code == "OCOP1:GEZDGNBVGY3TQOJQ");
    CHECK(stamp.text == "OCOP1:GEZDGNBVGY3TQOJQ");
    CHECK_FALSE(stamp.gtin);
    const ScannedCode from_qr = scan("]Q1OCOP1:GEZDGNBVGY3TQOJQ");
    CHECK(from_qr.kind == Kind::Stamp);
    CHECK(from_qr.symbology_id == "]Q1");
    CHECK(from_qr.item_code == "OCOP1:GEZDGNBVGY3TQOJQ");
}

TEST_CASE("GS1 Digital Link QR codes", "[codes][scanned]") {
    const ScannedCode code =
        scan("]Q1https://id.gs1.org/01/09506000134352/10/ABC123?17=261231&3103=001250");
    CHECK(code.kind == Kind::DigitalLink);
    CHECK(code.symbology_id == "]Q1");
    CHECK(code.gtin->digits() == "09506000134352");
    CHECK(code.lot == "ABC123");
    CHECK(code.expiry == "2026-12-31");
    CHECK(code.weight == Quantity{1'250});
    CHECK(code.elements.size() == 4);
    CHECK(scan_error("https://shop.example.vn/san-pham/123") == "code.bad_digital_link");
}

TEST_CASE("GS1 element strings in every form a scanner sends", "[codes][scanned]") {
    const ScannedCode raw = scan("]C1"
                                 "0109501101020917"
                                 "17190508"
                                 "10ABC123" +
                                 GS + "21XYZ");
    CHECK(raw.kind == Kind::Gs1);
    CHECK(raw.symbology_id == "]C1");
    CHECK(raw.gtin->digits() == "09501101020917");
    CHECK(raw.expiry == "2019-05-08");
    CHECK(raw.lot == "ABC123");
    CHECK(raw.serial == "XYZ");

    // No identifier, but an FNC1: still GS1.
    const ScannedCode no_id = scan("10L01" + GS + "0109506000134352");
    CHECK(no_id.kind == Kind::Gs1);
    CHECK(no_id.lot == "L01");

    // The printed form, typed or from a plain QR code.
    const ScannedCode printed = scan("(01)09506000134352(15)270300(3103)000750");
    CHECK(printed.kind == Kind::Gs1);
    CHECK(printed.best_before == "2027-03-31");
    CHECK(printed.weight == Quantity{750});

    // A GS1 identifier makes even plain digits element strings: 01 + GTIN.
    const ScannedCode databar = scan("]e00109506000134352");
    CHECK(databar.kind == Kind::Gs1);
    CHECK(databar.gtin->digits() == "09506000134352");
    CHECK(scan("]d20109506000134352"
               "3024")
              .count == Quantity::units(24));
}

TEST_CASE("an FNC1 in first position is kept, not trimmed as a space", "[codes][scanned]") {
    // Found by the fuzz target: GS is a control character, but part of the code.
    const ScannedCode code = scan(" " + GS + "102E96CC\r\n");
    CHECK(code.kind == Kind::Gs1);
    CHECK(code.text == GS + "102E96CC");
    CHECK(code.lot == "2E96CC");
}

TEST_CASE("a case label names its contents and their count", "[codes][scanned]") {
    const ScannedCode code = scan("(02)19501101020914(37)12");
    CHECK(code.kind == Kind::Gs1);
    REQUIRE(code.gtin);
    CHECK(code.gtin->digits() == "19501101020914");
    CHECK(code.count == Quantity::units(12));
    // A pallet label without any GTIN is read, with nothing to sell.
    const ScannedCode pallet = scan("]C1"
                                    "00106141412345678908");
    CHECK(pallet.kind == Kind::Gs1);
    CHECK_FALSE(pallet.gtin);
    CHECK(pallet.elements == std::vector<Gs1Element>{{"00", "106141412345678908"}});
}

TEST_CASE("the store's own codes", "[codes][scanned]") {
    for (const std::string code : {"1001", "123456789", "TV-MHD-500", "ABC 12", "(ABC)", "]"}) {
        INFO(code);
        const ScannedCode read = scan(code);
        CHECK(read.kind == Kind::StoreCode);
        CHECK(read.item_code == code);
    }
    CHECK(scan(std::string(kMaxStoreCodeLength, 'A')).kind == Kind::StoreCode);
    CHECK(scan_error(std::string(kMaxStoreCodeLength + 1, 'A')) == "code.unrecognised");
    CHECK(scan_error(std::string(kMaxScanBytes, '7')) == "code.unrecognised");
}

TEST_CASE("malformed scans of every kind", "[codes][scanned][failure]") {
    CHECK(scan_error(std::string(kMaxScanBytes + 1, '7')) == "code.too_long");
    CHECK(scan_error("") == "code.empty");
    CHECK(scan_error(" \r\n") == "code.empty");
    CHECK(scan_error("]E0") == "code.empty");
    CHECK(scan_error(GS) == "code.empty");
    CHECK(scan_error("]C1") == "code.gs1_malformed");
    CHECK(scan_error("ABC\x01") == "code.invalid_characters");
    CHECK(scan_error("AB\tCD") == "code.invalid_characters");
    CHECK(scan_error("893504950\n1503") == "code.invalid_characters");
    CHECK(scan_error(std::string("893504\0"
                                 "9501503",
                                 14)) == "code.invalid_characters");
    CHECK(scan_error("\x7f") == "code.invalid_characters");
    CHECK(scan_error("Lạp xưởng") == "code.invalid_characters");
    CHECK(scan_error("(240)ABC") == "code.unknown_ai");
    CHECK(scan_error("(01)09506000134352(17)261331") == "code.gs1_bad_date");
    CHECK(scan_error("(01)09506000134352(10)" + std::string(21, 'L')) == "code.gs1_too_long");
    CHECK(scan_error("]C1"
                     "0109506000134352"
                     "1726") == "code.gs1_truncated");
    CHECK(scan_error("(01)09506000134353") == "code.bad_check_digit");
}

TEST_CASE("kind names", "[codes][scanned]") {
    CHECK(kind_name(Kind::Gtin) == "gtin");
    CHECK(kind_name(Kind::InStore) == "instore");
    CHECK(kind_name(Kind::Gs1) == "gs1");
    CHECK(kind_name(Kind::DigitalLink) == "digital_link");
    CHECK(kind_name(Kind::Stamp) == "stamp");
    CHECK(kind_name(Kind::StoreCode) == "store_code");
}
