// Text as scanners send it and people type it.
#include "pos/text.h"

#include <catch2/catch.hpp>

using ocop::pos::lower_ascii;
using ocop::pos::trimmed;

TEST_CASE("what a scanner or a person adds around a code is not part of it", "[text]") {
    CHECK(trimmed("8936010100114\r\n") == "8936010100114");
    CHECK(trimmed("\t TV01-01-000042  ") == "TV01-01-000042");
    CHECK(trimmed("bánh tét Trà Cuôn") == "bánh tét Trà Cuôn");
    CHECK(trimmed(" \r\n\t").empty());
    CHECK(trimmed("").empty());
}

TEST_CASE("only ASCII letters are lowered; Vietnamese letters stay as written", "[text]") {
    CHECK(lower_ascii("HTTPS://OCOP.VN/HD/") == "https://ocop.vn/hd/");
    CHECK(lower_ascii("TV-MHD-250") == "tv-mhd-250");
    CHECK(lower_ascii("ĐƯỜNG Thốt Nốt") == "ĐƯỜng thốt nốt");
}
