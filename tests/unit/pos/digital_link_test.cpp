#include "pos/digital_link.h"
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

Gs1Data read(const std::string& uri) {
    return must(parse_digital_link(uri, kYear));
}

std::string read_error(const std::string& uri) {
    return error_code(parse_digital_link(uri, kYear));
}

} // namespace

TEST_CASE("a GS1 Digital Link with qualifiers and data in the query", "[codes][digital_link]") {
    const Gs1Data data = read("https://id.gs1.org/01/09506000134352/10/ABC123/21/SN42"
                              "?17=261231&3103=001250&linkType=gs1:pip");
    REQUIRE(data.gtin);
    CHECK(data.gtin->digits() == "09506000134352");
    CHECK(data.lot == "ABC123");
    CHECK(data.serial == "SN42");
    CHECK(data.expiry == "2026-12-31");
    CHECK(data.net_weight->kilograms() == Quantity{1'250});
    CHECK(data.elements == std::vector<Gs1Element>{{"01", "09506000134352"},
                                                   {"10", "ABC123"},
                                                   {"21", "SN42"},
                                                   {"17", "261231"},
                                                   {"3103", "001250"}});
}

TEST_CASE("the GTIN of a link may be written short", "[codes][digital_link]") {
    CHECK(read("https://example.com/01/8935049501503").gtin->digits() == "08935049501503");
    CHECK(read("https://example.com/01/036000241457").gtin->digits() == "00036000241457");
    // Eight digits are an EAN-8 here, even where they would also be a UPC-E.
    CHECK(read("https://example.com/01/01234565").gtin->digits() == "00000001234565");
}

TEST_CASE("any host, a path before /01/, any case of the scheme", "[codes][digital_link]") {
    const Gs1Data data =
        read("HTTP://Shop.Example.VN:8080/san-pham/vn/01/08935049501503/10/AB%2F12#top");
    CHECK(data.gtin->digits() == "08935049501503");
    CHECK(data.lot == "AB/12"); // percent-decoded
    CHECK(read("https://example.com/01/09506000134352/").lot == std::nullopt);
    CHECK(read("https://example.com/01/09506000134352?linkType=all&x=1&&=5").elements.size() == 1);
    // A path segment "01" that does not start the pairs is part of the prefix.
    CHECK(read("https://example.com/01/shop/01/09506000134352/10/X1").lot == "X1");
}

TEST_CASE("query parameters named by digits are element strings", "[codes][digital_link]") {
    CHECK(read("https://example.com/01/09506000134352?15=270300").best_before == "2027-03-31");
    const Gs1Data data = read("https://example.com/01/09506000134352?3102=000125&10=L%2D01");
    CHECK(data.net_weight->kilograms() == Quantity{1'250});
    CHECK(data.lot == "L-01");
}

TEST_CASE("links that are not a GS1 Digital Link", "[codes][digital_link][failure]") {
    for (const char* bad :
         {"https://example.com/", "https://example.com", "https://example.com/products/123",
          "https://example.com/gtin/09506000134352", "https://example.com/01/09506000134352/10",
          "https:///01/09506000134352", "https://?01=09506000134352",
          "ftp://example.com/01/09506000134352", "https://example.com/01/09506000134352/10/AB%2",
          "https://example.com/01/09506000134352?10=%G1",
          "https://example.com/01/09506000134352/01/09501101020917"}) {
        INFO(bad);
        CHECK(read_error(bad) == "code.bad_digital_link");
    }
}

TEST_CASE("the elements of a link are checked like element strings",
          "[codes][digital_link][failure]") {
    CHECK(read_error("https://example.com/01/09506000134353") == "code.bad_check_digit");
    CHECK(read_error("https://example.com/01/0950600013435X") == "code.not_digits");
    CHECK(read_error("https://example.com/01/950600013435") == "code.bad_check_digit");
    CHECK(read_error("https://example.com/01/09506000134352/22/ABC") == "code.unknown_ai");
    CHECK(read_error("https://example.com/01/09506000134352?99=promo") == "code.unknown_ai");
    CHECK(read_error("https://example.com/01/09506000134352?17=261331") == "code.gs1_bad_date");
    CHECK(read_error("https://example.com/01/09506000134352?10=L%2001") ==
          "code.gs1_bad_character");
    CHECK(read_error("https://example.com/01/09506000134352/10/" + std::string(21, 'A')) ==
          "code.gs1_too_long");
    CHECK(read_error("https://example.com/01/09506000134352?17=") == "code.gs1_truncated");
    CHECK(read_error("https://example.com/01/09506000134352?01=09501101020917") ==
          "code.gs1_conflicting_ai");
}

TEST_CASE("percent-decoding and web addresses", "[codes][digital_link]") {
    CHECK(must(percent_decode("AB%2F12%2f")) == "AB/12/");
    CHECK(must(percent_decode("%41%62c")) == "Abc");
    CHECK(must(percent_decode("")).empty());
    CHECK(error_code(percent_decode("%")) == "code.bad_digital_link");
    CHECK(error_code(percent_decode("%4")) == "code.bad_digital_link");
    CHECK(error_code(percent_decode("%zz")) == "code.bad_digital_link");
    CHECK(is_web_address("https://x"));
    CHECK(is_web_address("HtTp://x"));
    CHECK_FALSE(is_web_address("https:/x"));
    CHECK_FALSE(is_web_address("OCOP1:ABC"));
}
