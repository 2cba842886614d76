#include "pos/money.h"
#include "pos/quantity.h"

#include <catch2/catch.hpp>

using namespace ocop::pos;

TEST_CASE("money is shown the Vietnamese way", "[money]") {
    CHECK(format_money(1250000_vnd) == "1.250.000 ₫");
    CHECK(format_money(0_vnd) == "0 ₫");
    CHECK(format_money(999_vnd) == "999 ₫");
    CHECK(format_money(1000_vnd) == "1.000 ₫");
    CHECK(format_money(-15000_vnd) == "-15.000 ₫");
    CHECK(format_amount(Money{INT64_MIN}) == "-9.223.372.036.854.775.808");
}

TEST_CASE("amounts typed by people are read", "[money]") {
    CHECK(parse_money("1250000").value() == 1250000_vnd);
    CHECK(parse_money("1.250.000").value() == 1250000_vnd);
    CHECK(parse_money("1,250,000").value() == 1250000_vnd);
    CHECK(parse_money("1.250.000 ₫").value() == 1250000_vnd);
    CHECK(parse_money(" 500.000đ ").value() == 500000_vnd);
    CHECK(parse_money("50k").value() == 50000_vnd);
    CHECK(parse_money("0").value() == 0_vnd);
}

TEST_CASE("anything that is not a whole amount is refused", "[money]") {
    for (const char* bad : {"", "abc", "1.25", "12,5", "-100", "1..000", ".000", "1.0000",
                            "99999999999999999999", "10 000", "1e6"}) {
        INFO(bad);
        auto parsed = parse_money(bad);
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == "money.invalid");
        CHECK_FALSE(parsed.error().message_vi.empty());
    }
}

TEST_CASE("rounding is half away from zero", "[money]") {
    CHECK(mul_div_round(5, 1, 10) == 1);   // 0.5 -> 1
    CHECK(mul_div_round(4, 1, 10) == 0);   // 0.4 -> 0
    CHECK(mul_div_round(-5, 1, 10) == -1); // -0.5 -> -1
    CHECK(mul_div_round(15, 1, 10) == 2);  // 1.5 -> 2
    CHECK(mul_div_round(25, 1, 10) == 3);  // 2.5 -> 3, not banker's 2
    CHECK(mul_div_round(108000, 800, 10800) == 8000);
    CHECK(mul_div_round(INT64_MAX, 1000, 1000) == INT64_MAX); // no overflow in between
}

TEST_CASE("quantities have three decimals and a decimal comma", "[quantity]") {
    CHECK(parse_quantity("2").value() == Quantity::units(2));
    CHECK(parse_quantity("1,25").value() == Quantity{1250});
    CHECK(parse_quantity("1.25").value() == Quantity{1250});
    CHECK(parse_quantity("0,375").value() == Quantity{375});
    CHECK(format_quantity(Quantity{1250}) == "1,25");
    CHECK(format_quantity(Quantity{2000}) == "2");
    CHECK(format_quantity(Quantity{5}) == "0,005");
    CHECK(format_quantity(Quantity{-1500}) == "-1,5");
    CHECK(extend(185000_vnd, Quantity{1250}) == 231250_vnd);
    CHECK(extend(185000_vnd, Quantity{333}) == 61605_vnd); // 61.605 exactly
    CHECK(extend(99999_vnd, Quantity{5}) == 500_vnd);      // 499.995 -> 500
}

TEST_CASE("bad quantities are refused with a reason", "[quantity]") {
    CHECK(parse_quantity("0").error().code == "quantity.not_positive");
    CHECK(parse_quantity("-2").error().code == "quantity.not_positive");
    CHECK(parse_quantity("0,000").error().code == "quantity.not_positive");
    for (const char* bad : {"", "abc", "1,2345", "1,", ",5", "1.2.3", "2kg", "9999999999"}) {
        INFO(bad);
        CHECK(parse_quantity(bad).error().code == "quantity.invalid");
    }
}
