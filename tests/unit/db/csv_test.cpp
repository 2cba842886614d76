#include "db/csv.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ocop::db;
using Fields = std::vector<std::string>;

TEST_CASE("plain comma-separated records keep their fields and lines", "[csv]") {
    auto records = parse_csv("sku,name\nCA-01,Bánh tét\nCA-02,Kẹo dừa\n");
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK((*records)[0].line == 1);
    CHECK((*records)[0].fields == Fields{"sku", "name"});
    CHECK((*records)[1].line == 2);
    CHECK((*records)[1].fields == Fields{"CA-01", "Bánh tét"});
    CHECK((*records)[2].line == 3);
    CHECK((*records)[2].fields == Fields{"CA-02", "Kẹo dừa"});
}

TEST_CASE("quoted fields hold separators, doubled quotes and line breaks", "[csv]") {
    auto records = parse_csv("a,b,c\n"
                             "\"Bánh tét, nhân đậu\",\"Hộp \"\"quà\"\" Tết\",x\n"
                             "\"hai\ndòng\",\"\",y\n"
                             "last,\"\",\n");
    REQUIRE(records);
    REQUIRE(records->size() == 4);
    CHECK((*records)[1].fields == Fields{"Bánh tét, nhân đậu", "Hộp \"quà\" Tết", "x"});
    CHECK((*records)[2].fields == Fields{"hai\ndòng", "", "y"});
    CHECK((*records)[2].line == 3);
    // The record after a two-line field starts on line 5, not 4.
    CHECK((*records)[3].line == 5);
    CHECK((*records)[3].fields == Fields{"last", "", ""});
}

TEST_CASE("Excel's semicolons, BOM and CRLF are read", "[csv]") {
    auto records = parse_csv("\xEF\xBB\xBFsku;name;price\r\n"
                             "CA-01;\"Bánh; tét\";125.000\r\n"
                             "CA-02;Kẹo, dừa;12,5\r\n");
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK((*records)[0].fields == Fields{"sku", "name", "price"}); // no BOM in "sku"
    CHECK((*records)[1].fields == Fields{"CA-01", "Bánh; tét", "125.000"});
    CHECK((*records)[2].fields == Fields{"CA-02", "Kẹo, dừa", "12,5"});
    CHECK((*records)[2].line == 3);
}

TEST_CASE("a comma header stays comma-separated even with semicolons in data", "[csv]") {
    auto records = parse_csv("a,b\nx;y,z\n");
    REQUIRE(records);
    CHECK((*records)[1].fields == Fields{"x;y", "z"});
}

TEST_CASE("blank lines are skipped and line numbers still count them", "[csv]") {
    auto records = parse_csv("a,b\r\n\r\n1,2\n\n\n3,4");
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK((*records)[1].line == 3);
    CHECK((*records)[2].line == 6);
    CHECK((*records)[2].fields == Fields{"3", "4"}); // no final line break needed
}

TEST_CASE("a lone CR ends a line too", "[csv]") {
    auto records = parse_csv("a,b\r1,2\r");
    REQUIRE(records);
    REQUIRE(records->size() == 2);
    CHECK((*records)[1].line == 2);
    CHECK((*records)[1].fields == Fields{"1", "2"});
}

TEST_CASE("a quote inside an unquoted field is kept as written", "[csv]") {
    auto records = parse_csv("a,b\nKhung 5\" ,x\n");
    REQUIRE(records);
    CHECK((*records)[1].fields == Fields{"Khung 5\" ", "x"});
}

TEST_CASE("an empty text has no records", "[csv]") {
    auto records = parse_csv("");
    REQUIRE(records);
    CHECK(records->empty());
    auto bom_only = parse_csv("\xEF\xBB\xBF");
    REQUIRE(bom_only);
    CHECK(bom_only->empty());
}

TEST_CASE("an unterminated quote is reported at the line where it opens", "[csv]") {
    auto records = parse_csv("a,b\n1,2\n3,\"Bánh tét\n4,5\n6,7\n");
    REQUIRE_FALSE(records);
    CHECK(records.error().code == "csv.unterminated_quote");
    CHECK(records.error().message_vi.starts_with("Dòng 3:"));
    CHECK(records.error().message_en.starts_with("line 3:"));
}

TEST_CASE("text after a closing quote is refused with its line", "[csv]") {
    auto records = parse_csv("a,b\r\n1,\"abc\"def\r\n");
    REQUIRE_FALSE(records);
    CHECK(records.error().code == "csv.text_after_quote");
    CHECK(records.error().message_vi.starts_with("Dòng 2:"));
    // Spaces after the closing quote are harmless.
    auto spaced = parse_csv("a,b\n\"x\"  ,y\n");
    REQUIRE(spaced);
    CHECK((*spaced)[1].fields == Fields{"x", "y"});
}
