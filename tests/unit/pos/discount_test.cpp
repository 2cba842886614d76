#include "pos/discount.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

TEST_CASE("discounts are typed as a percentage or an amount", "[discount]") {
    CHECK(must(parse_discount("10%")) == Discount::percent_bp(1000));
    CHECK(must(parse_discount("12,5%")) == Discount::percent_bp(1250));
    CHECK(must(parse_discount("12.55%")) == Discount::percent_bp(1255));
    CHECK(must(parse_discount("100%")) == Discount::percent_bp(10000));
    CHECK(must(parse_discount("0,01%")) == Discount::percent_bp(1));
    CHECK(must(parse_discount("15000")) == Discount::amount(Money{15'000}));
    CHECK(must(parse_discount("15.000")) == Discount::amount(Money{15'000}));
    CHECK(must(parse_discount("15.000 ₫")) == Discount::amount(Money{15'000}));
    CHECK(must(parse_discount("20k")) == Discount::amount(Money{20'000}));
    CHECK(must(parse_discount("0")).is_none());
}

TEST_CASE("a discount that cannot be read is refused", "[discount][failure]") {
    for (const char* text :
         {"", "%", "abc", "10 %%", "12,555%", "-5%", "-5000", "1.5", "10%%", "ten%", "1e3"}) {
        INFO("'" << text << "'");
        CHECK(error_code(parse_discount(text)) == "discount.invalid");
    }
    CHECK(error_code(parse_discount("100,01%")) == "discount.too_large");
    CHECK(error_code(parse_discount("150%")) == "discount.too_large");
}

TEST_CASE("discounts are shown as they are typed", "[discount]") {
    CHECK(format_discount(Discount::percent_bp(1000)) == "10%");
    CHECK(format_discount(Discount::percent_bp(1250)) == "12,5%");
    CHECK(format_discount(Discount::percent_bp(1255)) == "12,55%");
    CHECK(format_discount(Discount::amount(Money{15'000})) == "15.000 ₫");
    CHECK(format_discount(Discount::none()) == "0");
    for (const char* text : {"10%", "12,5%", "0,01%", "100%"})
        CHECK(format_discount(must(parse_discount(text))) == text);
}

TEST_CASE("what a discount takes off, rounded half away from zero", "[discount]") {
    CHECK(Discount::percent_bp(1000).of(Money{45'005}) == Money{4'501}); // 4500,5
    CHECK(Discount::percent_bp(1000).of(Money{45'004}) == Money{4'500});
    CHECK(Discount::percent_bp(333).of(Money{100'000}) == Money{3'330});
    CHECK(Discount::percent_bp(10000).of(Money{7'000}) == Money{7'000});
    CHECK(Discount::amount(Money{20'000}).of(Money{15'000}) == Money{15'000}); // never more
    CHECK(Discount::amount(Money{5'000}).of(Money{15'000}) == Money{5'000});
    CHECK(Discount::none().of(Money{15'000}) == Money{0});
    CHECK(Discount::percent_bp(0).is_none());
    CHECK(Discount::amount(Money{0}).is_none());
    CHECK_FALSE(Discount::percent_bp(1).is_none());
}

TEST_CASE("a discount's share of what it applies to", "[discount]") {
    CHECK(Discount::percent_bp(1250).share_bp(Money{1}) == 1250);
    CHECK(Discount::amount(Money{33'000}).share_bp(Money{330'000}) == 1000);
    CHECK(Discount::amount(Money{15'000}).share_bp(Money{45'000}) == 3333);
    CHECK(Discount::amount(Money{5'000}).share_bp(Money{0}) == 10000);
    CHECK(Discount::amount(Money{0}).share_bp(Money{0}) == 0);
    CHECK(Discount::none().share_bp(Money{45'000}) == 0);
}
