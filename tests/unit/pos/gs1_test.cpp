#include "pos/gs1.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

constexpr int kYear = 2026;
const std::string GS(1, kGroupSeparator);

Gs1Data read(const std::string& text, int year = kYear) {
    return must(parse_gs1(text, year));
}

std::string read_error(const std::string& text) {
    return error_code(parse_gs1(text, kYear));
}

} // namespace

TEST_CASE("the GS1 General Specifications' examples, printed form", "[codes][gs1]") {
    const Gs1Data data = read("(01)09501101020917(17)190508(10)ABC123");
    REQUIRE(data.gtin);
    CHECK(data.gtin->digits() == "09501101020917");
    CHECK(data.expiry == "2019-05-08");
    CHECK(data.lot == "ABC123");
    CHECK(data.symbology_id.empty());
    CHECK(data.elements ==
          std::vector<Gs1Element>{{"01", "09501101020917"}, {"17", "190508"}, {"10", "ABC123"}});

    const Gs1Data other = read("(01)09506000134352(17)261231(10)ABC");
    CHECK(other.gtin->digits() == "09506000134352");
    CHECK(other.expiry == "2026-12-31");
    CHECK(other.lot == "ABC");
}

TEST_CASE("raw element strings with FNC1 as GS", "[codes][gs1]") {
    // ]C1, then 01 and 17 (predefined lengths, no separator), 10 (variable,
    // ended by GS), 21 (variable, ended by the end of the data).
    const Gs1Data data = read("]C1"
                              "0109501101020917"
                              "17190508"
                              "10ABC123" +
                              GS + "21XYZ789");
    CHECK(data.symbology_id == "]C1");
    CHECK(data.gtin->digits() == "09501101020917");
    CHECK(data.expiry == "2019-05-08");
    CHECK(data.lot == "ABC123");
    CHECK(data.serial == "XYZ789");
    CHECK(to_bracketed(data.elements) == "(01)09501101020917(17)190508(10)ABC123(21)XYZ789");

    // FNC1 in first position, a GS after a fixed field and a trailing GS are harmless.
    const Gs1Data framed = read(GS + "0109506000134352" + GS + "10L01" + GS);
    CHECK(framed.gtin->digits() == "09506000134352");
    CHECK(framed.lot == "L01");
    CHECK(framed.elements.size() == 2);

    // GS1 DataMatrix, lot before expiry.
    const Gs1Data matrix = read("]d2"
                                "0109506000134352"
                                "10LOT-7/B" +
                                GS + "15270300");
    CHECK(matrix.symbology_id == "]d2");
    CHECK(matrix.lot == "LOT-7/B");
    CHECK(matrix.best_before == "2027-03-31");
}

TEST_CASE("net weight 310n in kilograms, 320n in pounds", "[codes][gs1]") {
    // A variable-measure GTIN (indicator 9) with its weight: 0,123 kg.
    const Gs1Data data = read("(01)95012345678903(3103)000123");
    CHECK(data.gtin->is_variable_measure());
    REQUIRE(data.net_weight);
    CHECK(*data.net_weight == NetWeight{123, 3, WeightUnit::Kilogram});
    CHECK(data.net_weight->kilograms() == Quantity{123});

    CHECK(read("(3103)001250").net_weight->kilograms() == Quantity{1'250});
    CHECK(read("(3102)001250").net_weight->kilograms() == Quantity{12'500});
    CHECK(read("(3100)000002").net_weight->kilograms() == Quantity{2'000});
    CHECK(read("(3105)012345").net_weight->kilograms() == Quantity{123}); // 123,45 g
    CHECK(read("(3105)012355").net_weight->kilograms() == Quantity{124}); // 123,55 g

    const Gs1Data pounds = read("(3202)000250");
    CHECK(*pounds.net_weight == NetWeight{250, 2, WeightUnit::Pound});
    CHECK(pounds.net_weight->kilograms() == Quantity{1'134}); // 2,50 lb = 1,13398 kg
    CHECK(read("(3203)001000").net_weight->kilograms() == Quantity{454});

    // Both units: the kilograms are kept, whichever came first.
    CHECK(read("(3202)000250(3103)001134").net_weight->unit == WeightUnit::Kilogram);
    CHECK(read("(3103)001134(3202)000250").net_weight->unit == WeightUnit::Kilogram);
    // The same weight with other decimals agrees; a different one conflicts.
    CHECK(read("(3103)001250(3102)000125").net_weight->kilograms() == Quantity{1'250});
    CHECK(read_error("(3103)001250(3102)000126") == "code.gs1_conflicting_ai");
}

TEST_CASE("SSCC, contained GTINs, counts and the other dates", "[codes][gs1]") {
    CHECK(read("(00)106141412345678908").sscc == "106141412345678908");
    CHECK(read_error("(00)106141412345678907") == "code.bad_check_digit");

    const Gs1Data case_label = read("(02)19501101020914(37)12");
    REQUIRE(case_label.content_gtin);
    CHECK(case_label.content_gtin->packaging_indicator() == 1);
    CHECK_FALSE(case_label.gtin);
    CHECK(case_label.trade_item_count == 12);

    CHECK(read("]C1"
               "0109506000134352"
               "3024")
              .variable_count == 24);

    const Gs1Data dates = read("(11)250115(13)250116(15)260700(16)260615(17)260731");
    CHECK(dates.production_date == "2025-01-15");
    CHECK(dates.packaging_date == "2025-01-16");
    CHECK(dates.best_before == "2026-07-31");
    CHECK(dates.sell_by == "2026-06-15");
    CHECK(dates.expiry == "2026-07-31");
    CHECK(dates.find("16")->value == "260615");
    CHECK(dates.find("10") == nullptr);
}

TEST_CASE("the GS1 century rule takes the current year as a parameter", "[codes][gs1]") {
    CHECK(gs1_year(26, 2026) == 2026);
    CHECK(gs1_year(76, 2026) == 2076); // 50 ahead: this century
    CHECK(gs1_year(77, 2026) == 1977); // 51 ahead: the previous one
    CHECK(gs1_year(0, 2026) == 2000);
    CHECK(gs1_year(99, 2000) == 1999);
    CHECK(gs1_year(49, 2000) == 2049);
    CHECK(gs1_year(50, 2000) == 2050);
    CHECK(gs1_year(51, 2000) == 1951);
    CHECK(gs1_year(31, 2080) == 2031); // 49 behind: this century
    CHECK(gs1_year(30, 2080) == 2130); // 50 behind: the next one
    CHECK(read("(17)190508", 2070).expiry == "2119-05-08");
}

TEST_CASE("dates: day 00 is the month's end, impossible dates are refused", "[codes][gs1]") {
    CHECK(must(gs1_date("261231", kYear)) == "2026-12-31");
    CHECK(must(gs1_date("260200", kYear)) == "2026-02-28");
    CHECK(must(gs1_date("280200", kYear)) == "2028-02-29"); // leap year
    CHECK(must(gs1_date("000200", kYear)) == "2000-02-29"); // divisible by 400
    CHECK(must(gs1_date("000200", 2080)) == "2100-02-28");  // by 100, not 400
    CHECK(must(gs1_date("240229", kYear)) == "2024-02-29");
    CHECK(must(gs1_date("260400", kYear)) == "2026-04-30");
    CHECK(must(gs1_date("260100", kYear)) == "2026-01-31");
    for (const char* bad :
         {"250229", "261331", "261232", "260431", "260001", "2612", "2612311", "26A231", ""}) {
        INFO("'" << bad << "'");
        CHECK(error_code(gs1_date(bad, kYear)) == "code.gs1_bad_date");
    }
    const auto invalid = parse_gs1("(01)09506000134352(17)261331", kYear);
    REQUIRE(error_code(invalid) == "code.gs1_bad_date");
    CHECK(invalid.error().message_en.find("261331") != std::string::npos);
    CHECK(read_error("(15)250229") == "code.gs1_bad_date");
}

TEST_CASE("an AI the terminal does not read is refused by name", "[codes][gs1][failure]") {
    const auto price = parse_gs1("(01)09506000134352(3922)12500", kYear);
    REQUIRE(error_code(price) == "code.unknown_ai");
    CHECK(price.error().message_en.find("(3922)") != std::string::npos);
    CHECK(read_error("(240)ABC") == "code.unknown_ai");
    const auto raw = parse_gs1("]C1"
                               "0109506000134352"
                               "240ABC",
                               kYear);
    REQUIRE(error_code(raw) == "code.unknown_ai");
    CHECK(raw.error().message_en.find("(240)") != std::string::npos);
    CHECK(read_error("]C1"
                     "99ABC") == "code.unknown_ai");
    CHECK(read_error("(3106)000100") == "code.unknown_ai"); // n is 0-5
    CHECK(read_error("]C1"
                     "3106000100") == "code.unknown_ai");
}

TEST_CASE("truncated element strings", "[codes][gs1][failure]") {
    CHECK(read_error("(01)0950600013435") == "code.gs1_truncated");
    CHECK(read_error("(17)2612") == "code.gs1_truncated");
    CHECK(read_error("(01)") == "code.gs1_truncated");
    CHECK(read_error("]C1"
                     "01095060001343") == "code.gs1_truncated");
    CHECK(read_error("]C1"
                     "0109506000134352"
                     "172612") == "code.gs1_truncated");
    CHECK(read_error("]C1"
                     "0109506000134352"
                     "3") == "code.gs1_truncated");
    CHECK(read_error("]C1"
                     "0109506000134352"
                     "310") == "code.gs1_truncated");
    // A separator inside a fixed-length field cuts it short.
    CHECK(read_error("]C1"
                     "01095060" +
                     GS + "00134352") == "code.gs1_truncated");
}

TEST_CASE("fields longer than their maximum", "[codes][gs1][failure]") {
    const std::string lot21(21, 'A');
    const auto printed = parse_gs1("(10)" + lot21, kYear);
    REQUIRE(error_code(printed) == "code.gs1_too_long");
    CHECK(printed.error().message_en.find("21 characters") != std::string::npos);
    CHECK(must(parse_gs1("(10)" + std::string(20, 'A'), kYear)).lot == std::string(20, 'A'));
    // Raw, a missing FNC1 after a lot runs into the next field.
    CHECK(read_error("]C1"
                     "10ABC123"
                     "17261231"
                     "21SERIAL0001") == "code.gs1_too_long");
    CHECK(read_error("(21)" + std::string(21, '9')) == "code.gs1_too_long");
    CHECK(read_error("(30)123456789") == "code.gs1_too_long");
    CHECK(read_error("(17)2612310") == "code.gs1_too_long");
}

TEST_CASE("characters a field cannot hold", "[codes][gs1][failure]") {
    CHECK(read_error("(17)26A231") == "code.gs1_not_digits");
    CHECK(read_error("(01)0950600013435X") == "code.gs1_not_digits");
    CHECK(read_error("(37)1O") == "code.gs1_not_digits");
    CHECK(read_error("(10)AB C") == "code.gs1_bad_character");
    CHECK(read_error("(10)AB#C") == "code.gs1_bad_character");
    CHECK(read_error("(21)ÀB") == "code.gs1_bad_character");
    // Every character of set 82 is taken.
    const std::string set82 = "!\"%&'()*+,-./:;<=>?_Az09";
    CHECK(must(parse_gs1("]C1"
                         "10" +
                             set82.substr(0, 20),
                         kYear))
              .lot == set82.substr(0, 20));
}

TEST_CASE("empty, repeated and malformed element strings", "[codes][gs1][failure]") {
    CHECK(read_error("(10)(17)261231") == "code.gs1_empty_field");
    CHECK(read_error("]C1"
                     "10" +
                     GS + "17261231") == "code.gs1_empty_field");
    CHECK(read_error("(10)A(10)B") == "code.gs1_conflicting_ai");
    CHECK(read("(10)A(10)A").elements.size() == 1);
    CHECK(read_error("(01)09506000134353") == "code.bad_check_digit");
    const std::vector<std::string> malformed{"]C1", "]C1ABC", "(01", "(1)23", "x(01)09506000134352",
                                             "",    GS + GS};
    for (const std::string& bad : malformed) {
        INFO("'" << bad << "'");
        CHECK(read_error(bad) == "code.gs1_malformed");
    }
}

TEST_CASE("AIM symbology identifiers", "[codes][gs1]") {
    const auto split = split_symbology_id("]C1010950");
    CHECK(split.id == "]C1");
    CHECK(split.data == "010950");
    CHECK(split_symbology_id("]E08935049501503").id == "]E0");
    CHECK(split_symbology_id("8935049501503").id.empty());
    CHECK(split_symbology_id("]C").id.empty());
    CHECK(split_symbology_id("]1C1").id.empty());
    for (const char* gs1 : {"]C1", "]e0", "]d2", "]Q3"})
        CHECK(is_gs1_symbology(gs1));
    for (const char* other : {"]C0", "]E0", "]E4", "]I1", "]Q1", "]d1", ""})
        CHECK_FALSE(is_gs1_symbology(other));
}
