#include "pos/clock.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace ocop;
using namespace ocop::pos;
using namespace std::chrono_literals;
using ocop::test::error_code;
using ocop::test::must;

namespace {

Instant utc(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
    return Instant{std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} /
                                         std::chrono::day{d}}} +
           std::chrono::hours{hh} + std::chrono::minutes{mm} + std::chrono::seconds{ss};
}

} // namespace

TEST_CASE("local times are written with the store's +07:00 offset", "[clock]") {
    const Instant at = utc(2026, 11, 29, 1, 39, 52);
    CHECK(local_timestamp(at) == "2026-11-29T08:39:52+07:00");
    CHECK(local_date(at) == "2026-11-29");
    CHECK(display_time(at) == "29/11/2026 08:39");
}

TEST_CASE("the business date turns at local midnight, not UTC's", "[clock]") {
    // 17:00 UTC on 31 December is midnight in Vietnam: the 8 % VAT has ended.
    CHECK(local_timestamp(utc(2026, 12, 31, 16, 59, 59)) == "2026-12-31T23:59:59+07:00");
    CHECK(local_date(utc(2026, 12, 31, 16, 59, 59)) == "2026-12-31");
    CHECK(local_timestamp(utc(2026, 12, 31, 17, 0, 0)) == "2027-01-01T00:00:00+07:00");
    CHECK(local_date(utc(2026, 12, 31, 17, 0, 0)) == "2027-01-01");
    CHECK(display_time(utc(2026, 12, 31, 17, 0, 0)) == "01/01/2027 00:00");
    // A leap day.
    CHECK(local_date(utc(2028, 2, 28, 20, 0, 0)) == "2028-02-29");
}

TEST_CASE("timestamps are read with any offset", "[clock]") {
    const Instant at = utc(2026, 11, 29, 1, 39, 52);
    CHECK(must(parse_timestamp("2026-11-29T08:39:52+07:00")) == at);
    CHECK(must(parse_timestamp("2026-11-29T01:39:52Z")) == at);
    CHECK(must(parse_timestamp("2026-11-29T01:39:52+00:00")) == at);
    CHECK(must(parse_timestamp("2026-11-28T20:39:52-05:00")) == at);
    CHECK(must(parse_timestamp("2026-11-29T07:09:52+05:30")) == at);
    CHECK(must(parse_timestamp("2026-11-29 08:39:52+07:00")) == at); // SQL style
}

TEST_CASE("written timestamps read back as the same instant", "[clock]") {
    // Every 7919 seconds over a little more than a year, across the new year.
    for (Instant at = utc(2026, 6, 1, 0, 0, 0); at < utc(2027, 7, 1, 0, 0, 0); at += 7919s) {
        const auto text = local_timestamp(at);
        INFO(text);
        CHECK(must(parse_timestamp(text)) == at);
        CHECK(text.ends_with("+07:00"));
        CHECK(local_date(at) == text.substr(0, 10));
    }
}

TEST_CASE("timestamps that are not are refused", "[clock][failure]") {
    for (const char* text :
         {"", "2026-11-29", "2026-11-29T08:39:52", "2026-11-29T08:39+07:00",
          "2026-11-29T24:00:00+07:00", "2026-11-29T08:60:00+07:00", "2026-11-29T08:39:60+07:00",
          "2026-02-29T08:00:00+07:00", "2026-13-01T08:00:00+07:00", "2026-11-29T08:39:52+0700",
          "2026-11-29T08:39:52 +07:00", "2026-11-29T08:39:52.5+07:00", "2026/11/29T08:39:52Z",
          "29/11/2026 08:39", "2026-11-29X08:39:52Z", "2026-11-29T08:39:52z",
          "2026-11-29T8:39:52+07:00"}) {
        INFO("'" << text << "'");
        CHECK(error_code(parse_timestamp(text)) == "time.invalid_timestamp");
    }
}

TEST_CASE("dates are checked against the calendar", "[clock]") {
    CHECK(must(parse_date("2026-11-29")) == "2026-11-29");
    CHECK(must(parse_date("2028-02-29")) == "2028-02-29");
    CHECK(must(parse_date("2026-12-31")) == "2026-12-31");
    for (const char* text :
         {"2026-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-1-1", "26-11-29",
          "2026/11/29", "29-11-2026", "2026-11-29T00:00", "", "2026-11-2x"}) {
        INFO("'" << text << "'");
        CHECK(error_code(parse_date(text)) == "time.invalid_date");
    }
}

TEST_CASE("a fixed clock stands still until it is moved", "[clock]") {
    FixedClock clock(utc(2026, 11, 29, 2, 0, 0));
    CHECK(local_timestamp(clock.now()) == "2026-11-29T09:00:00+07:00");
    clock.advance(90min);
    CHECK(local_timestamp(clock.now()) == "2026-11-29T10:30:00+07:00");
    clock.set(utc(2027, 1, 1, 0, 0, 0));
    CHECK(local_timestamp(clock.now()) == "2027-01-01T07:00:00+07:00");
    // The system clock is whole seconds, like everything stored.
    const auto now = SystemClock().now();
    CHECK(local_timestamp(now).size() == 25);
}
