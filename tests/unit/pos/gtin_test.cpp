#include "pos/gtin.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using Forms = std::vector<std::string>;

TEST_CASE("the GS1 mod-10 check digit", "[codes][gtin]") {
    CHECK(gs1_check_digit("893504950150") == 3);
    CHECK(gs1_check_digit("0950110102091") == 7);
    CHECK(gs1_check_digit("400638133393") == 1);
    CHECK(gs1_check_digit("000000000000") == 0);
    CHECK(has_valid_check_digit("8935049501503"));
    CHECK(has_valid_check_digit("96385074"));
    CHECK_FALSE(has_valid_check_digit("8935049501504"));
    CHECK_FALSE(has_valid_check_digit("89350495O1503"));
    CHECK_FALSE(has_valid_check_digit(""));
}

TEST_CASE("Vietnamese EAN-13s are GTINs with prefix 893", "[codes][gtin]") {
    const Gtin gtin = must(parse_gtin("8935049501503"));
    CHECK(gtin.digits() == "08935049501503");
    CHECK(gtin.printed() == "8935049501503");
    CHECK(gtin.format() == GtinFormat::Ean13);
    CHECK(gtin.packaging_indicator() == 0);
    CHECK(gtin.gs1_prefix() == "893");
    CHECK(gtin.is_vietnamese());
    CHECK_FALSE(gtin.is_restricted_circulation());
    CHECK_FALSE(gtin.instore_prefix());
    CHECK(gtin.lookup_forms() == Forms{"8935049501503", "08935049501503"});
    for (const char* code : {"8934588012228", "8936036020373", "8936010100114"}) {
        INFO(code);
        CHECK(must(parse_gtin(code)).is_vietnamese());
    }
    const Gtin german = must(parse_gtin("4006381333931"));
    CHECK(german.gs1_prefix() == "400");
    CHECK_FALSE(german.is_vietnamese());
    // A Vietnamese EAN-8 carries the prefix in its first three digits.
    CHECK(must(parse_gtin("89312346")).is_vietnamese());
}

TEST_CASE("a wrong check digit is refused, naming the digit expected", "[codes][gtin][failure]") {
    const auto wrong = parse_gtin("8935049501504");
    REQUIRE(error_code(wrong) == "code.bad_check_digit");
    CHECK(wrong.error().message_en.find("should be 3") != std::string::npos);
    CHECK(wrong.error().message_vi.find("phải là 3") != std::string::npos);
    CHECK(error_code(parse_gtin("036000241458")) == "code.bad_check_digit");
    CHECK(error_code(parse_gtin("96385075")) == "code.bad_check_digit");
    CHECK(error_code(parse_gtin("10614141000414")) == "code.bad_check_digit");
    // Eight digits starting with 0 or 1 are wrong both as EAN-8 and as UPC-E.
    const auto neither = parse_gtin("04252615");
    REQUIRE(error_code(neither) == "code.bad_check_digit");
    CHECK(neither.error().message_en.find("0 (EAN-8) or 4 (UPC-E)") != std::string::npos);
}

TEST_CASE("lengths and characters a GTIN cannot have", "[codes][gtin][failure]") {
    for (const char* bad : {"", "1234567", "123456789", "12345678901", "123456789012345"}) {
        INFO("'" << bad << "'");
        CHECK(error_code(parse_gtin(bad)) == "code.bad_length");
    }
    for (const char* bad : {"89350495O1503", " 8935049501503", "8935049501503\n", "-12345670"}) {
        INFO("'" << bad << "'");
        CHECK(error_code(parse_gtin(bad)) == "code.not_digits");
    }
    // A scanner that names the symbology also fixes the length.
    CHECK(error_code(parse_gtin("8935049501503", GtinFormat::Ean8)) == "code.bad_length");
    CHECK(error_code(parse_gtin("12345670", GtinFormat::Gtin14)) == "code.bad_length");
}

TEST_CASE("UPC-A is a GTIN-12, also stored as 13 digits", "[codes][gtin]") {
    const Gtin gtin = must(parse_gtin("036000241457"));
    CHECK(gtin.format() == GtinFormat::UpcA);
    CHECK(gtin.digits() == "00036000241457");
    CHECK(gtin.gs1_prefix() == "003");
    CHECK(gtin.lookup_forms() == Forms{"036000241457", "0036000241457", "00036000241457"});
    // Sent as 13 digits (EAN-13 form), it is the same number.
    const Gtin as13 = must(parse_gtin("0036000241457"));
    CHECK(as13.format() == GtinFormat::Ean13);
    CHECK(as13.digits() == gtin.digits());
    CHECK(as13.lookup_forms() == Forms{"0036000241457", "036000241457", "00036000241457"});
}

TEST_CASE("UPC-E expands to its UPC-A by the sixth digit", "[codes][gtin]") {
    CHECK(must(expand_upce("04252614")) == "042100005264");
    CHECK(must(expand_upce("01234505")) == "012000003455"); // 0-2: manufacturer + 0000 + product
    CHECK(must(expand_upce("01234514")) == "012100003454");
    CHECK(must(expand_upce("01234523")) == "012200003453");
    CHECK(must(expand_upce("01234531")) == "012300000451"); // 3: three digits + 00000 + two
    CHECK(must(expand_upce("01234543")) == "012340000053"); // 4: four digits + 00000 + one
    CHECK(must(expand_upce("01234558")) == "012345000058"); // 5-9: five digits + 0000 + it
    CHECK(must(expand_upce("01234596")) == "012345000096");
    CHECK(must(expand_upce("19876544")) == "198760000054"); // number system 1

    const Gtin gtin = must(parse_gtin("04252614"));
    CHECK(gtin.format() == GtinFormat::UpcE);
    CHECK(gtin.digits() == "00042100005264");
    CHECK(gtin.lookup_forms() ==
          Forms{"04252614", "0042100005264", "042100005264", "00042100005264"});
    // The check digit is the UPC-A's: 4 here, where an EAN-8 would need 0.
    CHECK(error_code(parse_gtin("04252610", GtinFormat::UpcE)) == "code.bad_check_digit");
}

TEST_CASE("UPC-E needs number system 0 or 1", "[codes][gtin][failure]") {
    CHECK(error_code(expand_upce("21234565")) == "code.bad_upce");
    CHECK(error_code(expand_upce("0123456")) == "code.bad_upce");
    CHECK(error_code(expand_upce("012345650")) == "code.bad_upce");
    CHECK(error_code(expand_upce("0123456A")) == "code.bad_upce");
    CHECK(error_code(parse_gtin("96385074", GtinFormat::UpcE)) == "code.bad_upce");
}

TEST_CASE("eight digits valid both ways are an EAN-8 unless the scanner says UPC-E",
          "[codes][gtin]") {
    // 01234565 is ZXing's UPC-E sample and also a valid EAN-8.
    const Gtin ean8 = must(parse_gtin("01234565"));
    CHECK(ean8.format() == GtinFormat::Ean8);
    CHECK(ean8.digits() == "00000001234565");
    const Gtin upce = must(parse_gtin("01234565", GtinFormat::UpcE));
    CHECK(upce.format() == GtinFormat::UpcE);
    CHECK(upce.digits() == "00012345000065");
    // Either way the first form looked up is the one printed.
    CHECK(ean8.lookup_forms().front() == "01234565");
    CHECK(upce.lookup_forms().front() == "01234565");
    // 12345670 is the classic EAN-8 sample.
    CHECK(must(parse_gtin("12345670")).format() == GtinFormat::Ean8);
    CHECK(must(parse_gtin("12345670", GtinFormat::Ean8)).digits() == "00000012345670");
}

TEST_CASE("EAN-8 is a GTIN-8", "[codes][gtin]") {
    const Gtin gtin = must(parse_gtin("96385074"));
    CHECK(gtin.format() == GtinFormat::Ean8);
    CHECK(gtin.digits() == "00000096385074");
    CHECK(gtin.gs1_prefix() == "963");
    CHECK_FALSE(gtin.is_restricted_circulation());
    CHECK(gtin.lookup_forms() ==
          Forms{"96385074", "0000096385074", "000096385074", "00000096385074"});
}

TEST_CASE("ITF-14 and GTIN-14 carry a packaging indicator", "[codes][gtin]") {
    const Gtin case_of = must(parse_gtin("10614141000415"));
    CHECK(case_of.format() == GtinFormat::Gtin14);
    CHECK(case_of.packaging_indicator() == 1);
    CHECK_FALSE(case_of.is_variable_measure());
    CHECK(case_of.gs1_prefix() == "061");
    CHECK(case_of.lookup_forms() == Forms{"10614141000415"});
    CHECK(must(parse_gtin("30712345000010")).packaging_indicator() == 3);
    // Indicator 0: the same number as the GTIN-13 (here a GTIN-12) inside it.
    const Gtin zero = must(parse_gtin("00012345678905"));
    CHECK(zero.packaging_indicator() == 0);
    CHECK(zero.lookup_forms() == Forms{"00012345678905", "0012345678905", "012345678905"});
    // Indicator 9: a variable-measure item.
    const Gtin variable = must(parse_gtin("95012345678903"));
    CHECK(variable.packaging_indicator() == 9);
    CHECK(variable.is_variable_measure());
}

TEST_CASE("restricted-circulation numbers", "[codes][gtin]") {
    const Gtin scale = must(parse_gtin("2101001012509"));
    CHECK(scale.is_restricted_circulation());
    CHECK(scale.instore_prefix() == 21);
    CHECK(must(parse_gtin("2900126999999")).instore_prefix() == 29);
    CHECK(must(parse_gtin("2000000000008")).instore_prefix() == 20);
    // The same in a GTIN-14 with indicator 0.
    CHECK(must(parse_gtin("02101001012509")).instore_prefix() == 21);
    // UPC-A number systems 2 and 4 (GTIN-13 prefixes 02 and 04): restricted,
    // but not a layout the scales print.
    const Gtin upc2 = must(parse_gtin("212345678909"));
    CHECK(upc2.is_restricted_circulation());
    CHECK_FALSE(upc2.instore_prefix());
    CHECK(must(parse_gtin("412345678903")).is_restricted_circulation());
    // RCN-8: GTIN-8 starting with 0 or 2.
    CHECK(must(parse_gtin("02345673")).is_restricted_circulation());
    CHECK(must(parse_gtin("21234569")).is_restricted_circulation());
    CHECK_FALSE(must(parse_gtin("21234569")).instore_prefix());
    CHECK_FALSE(must(parse_gtin("036000241457")).is_restricted_circulation());
    CHECK_FALSE(must(parse_gtin("10614141000415")).instore_prefix());
}

TEST_CASE("format names", "[codes][gtin]") {
    CHECK(format_name(GtinFormat::Ean13) == "EAN-13");
    CHECK(format_name(GtinFormat::Ean8) == "EAN-8");
    CHECK(format_name(GtinFormat::UpcA) == "UPC-A");
    CHECK(format_name(GtinFormat::UpcE) == "UPC-E");
    CHECK(format_name(GtinFormat::Gtin14) == "GTIN-14");
}
