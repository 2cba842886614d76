#include "db/connection.h"
#include "db/migrations.h"
#include "pos/instore_code.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using Kind = InStoreLayout::ValueKind;

namespace {

// The layouts as migration 0002 creates them in a real database.
std::vector<InStoreLayout> layouts_in_migration() {
    test::TempDir dir;
    auto db = must(db::Connection::open(dir.file("layouts.db"), db::OpenMode::CreateIfMissing));
    must(db::migrate(db));
    auto rows = must(db.prepare("SELECT name, prefix_from, prefix_to, item_digits, value_kind, "
                                "value_digits, decimals, price_check_digit "
                                "FROM instore_code_layouts ORDER BY name"));
    return must(db::collect_rows(rows, [](const db::Statement& row) {
        return InStoreLayout{row.text(0),
                             static_cast<int>(row.int64(1)),
                             static_cast<int>(row.int64(2)),
                             static_cast<int>(row.int64(3)),
                             row.text(4) == "weight" ? Kind::Weight : Kind::Price,
                             static_cast<int>(row.int64(5)),
                             static_cast<int>(row.int64(6)),
                             row.int64(7) != 0};
    }));
}

InStoreCode read(const std::string& code,
                 const std::vector<InStoreLayout>& layouts = default_instore_layouts()) {
    return must(parse_instore_code(must(parse_gtin(code)), layouts));
}

std::string read_error(const std::string& code,
                       const std::vector<InStoreLayout>& layouts = default_instore_layouts()) {
    return error_code(parse_instore_code(must(parse_gtin(code)), layouts));
}

} // namespace

TEST_CASE("the built-in layouts are the rows migration 0002 ships", "[codes][instore]") {
    auto defaults = default_instore_layouts();
    std::sort(defaults.begin(), defaults.end(),
              [](const InStoreLayout& a, const InStoreLayout& b) { return a.name < b.name; });
    const auto shipped = layouts_in_migration();
    REQUIRE(shipped.size() == 3);
    CHECK(shipped == defaults);
    for (const InStoreLayout& layout : defaults) {
        INFO(layout.name);
        must(check_layout(layout));
    }
}

TEST_CASE("the GS1 price/weight verifier digit", "[codes][instore]") {
    // The worked examples of GS1 General Specifications 7.9.3.
    CHECK(price_check_digit("2875") == 9);
    CHECK(price_check_digit("14685") == 6);
    CHECK(price_check_digit("0000") == 0);
    CHECK(price_check_digit("1234") == 9);
    CHECK(price_check_digit("9999") == 6);
    CHECK(price_check_digit("45000") == 2);
    CHECK(price_check_digit("99999") == 6);
    CHECK(price_check_digit("01234") == 1);
    CHECK_FALSE(price_check_digit("123"));
    CHECK_FALSE(price_check_digit("123456"));
    CHECK_FALSE(price_check_digit("12a4"));
    CHECK_FALSE(price_check_digit(""));
}

TEST_CASE("weighed items through layout weight_5_5 (prefixes 20-23)", "[codes][instore]") {
    // 1,25 kg of lạp xưởng, PLU 1001: 21 01001 01250 9.
    const InStoreCode lap_xuong = read("2101001012509");
    CHECK(lap_xuong.layout == "weight_5_5");
    CHECK(lap_xuong.item_code == "1001");
    CHECK(lap_xuong.weight == Quantity{1250});
    CHECK_FALSE(lap_xuong.price);
    CHECK(read("2200042003757") == InStoreCode{"weight_5_5", "42", Quantity{375}, std::nullopt});
    CHECK(read("2310001123454") ==
          InStoreCode{"weight_5_5", "10001", Quantity{12'345}, std::nullopt});
}

TEST_CASE("priced items through layout price_4_6 (prefixes 24-27)", "[codes][instore]") {
    CHECK(read("2410010850003") == InStoreCode{"price_4_6", "1001", std::nullopt, Money{85'000}});
    CHECK(read("2700071200009") == InStoreCode{"price_4_6", "7", std::nullopt, Money{120'000}});
}

TEST_CASE("priced items through layout price_4_c5 check their price digit", "[codes][instore]") {
    CHECK(read("2810012450001") == InStoreCode{"price_4_c5", "1001", std::nullopt, Money{45'000}});
    CHECK(read("2900126999999") == InStoreCode{"price_4_c5", "12", std::nullopt, Money{99'999}});
    // The same label with the verifier 3 instead of 2 (its own check digit
    // made right, as a misprint would): refused.
    const auto wrong =
        parse_instore_code(must(parse_gtin("2810013450000")), default_instore_layouts());
    REQUIRE(error_code(wrong) == "code.bad_price_check_digit");
    CHECK(wrong.error().message_en.find("expected 2") != std::string::npos);
}

TEST_CASE("a layout with a 4-digit value and its verifier", "[codes][instore]") {
    const std::vector<InStoreLayout> layouts{{"price_5_c4", 20, 20, 5, Kind::Price, 4, 0, true}};
    must(check_layout(layouts[0]));
    CHECK(read("2012345928756", layouts) ==
          InStoreCode{"price_5_c4", "12345", std::nullopt, Money{2'875}});
}

TEST_CASE("a weight layout in tens of grams", "[codes][instore]") {
    const std::vector<InStoreLayout> layouts{{"weight_10g", 20, 20, 5, Kind::Weight, 5, 2, false}};
    CHECK(read("2001001001254", layouts).weight == Quantity{1'250});
}

TEST_CASE("codes no layout can read", "[codes][instore][failure]") {
    const std::vector<InStoreLayout> weight_only{default_instore_layouts()[0]};
    CHECK(read_error("2410010850003", weight_only) == "code.no_instore_layout");
    CHECK(read_error("2101001012509", {}) == "code.no_instore_layout");
    CHECK(read_error("8935049501503") == "code.no_instore_layout");
    CHECK(read_error("212345678909") == "code.no_instore_layout"); // UPC number system 2
    CHECK(read_error("2101001000001") == "code.instore_zero_value");
}

TEST_CASE("layouts that cannot be used are refused, never guessed", "[codes][instore][failure]") {
    auto overlapping = default_instore_layouts();
    overlapping.push_back({"extra", 21, 21, 5, Kind::Weight, 5, 3, false});
    CHECK(read_error("2101001012509", overlapping) == "code.bad_instore_layout");
    // Prefix 20 is covered once only, so it still reads.
    CHECK(error_code(parse_instore_code(must(parse_gtin("2001001001254")), overlapping)).empty());

    const std::vector<InStoreLayout> cents{{"cents", 20, 29, 4, Kind::Price, 6, 2, false}};
    CHECK(read_error("2410010850003", cents) == "code.bad_instore_layout");

    const InStoreLayout good{"good", 20, 23, 5, Kind::Weight, 5, 3, false};
    must(check_layout(good));
    const auto changed = [&good](auto change) {
        InStoreLayout layout = good;
        change(layout);
        return error_code(check_layout(layout));
    };
    const std::string bad = "code.bad_instore_layout";
    CHECK(changed([](InStoreLayout& l) { l.prefix_from = 19; }) == bad);
    CHECK(changed([](InStoreLayout& l) { l.prefix_to = 30; }) == bad);
    CHECK(changed([](InStoreLayout& l) { l.prefix_from = 24; }) == bad); // from > to
    CHECK(changed([](InStoreLayout& l) { l.item_digits = 4; }) == bad);  // 12 digits in all
    CHECK(changed([](InStoreLayout& l) {
              l.item_digits = 0;
              l.value_digits = 10;
          }) == bad);
    CHECK(changed([](InStoreLayout& l) {
              l.item_digits = 3;
              l.value_digits = 7;
          }) == bad);
    CHECK(changed([](InStoreLayout& l) { l.decimals = 4; }) == bad);
    CHECK(changed([](InStoreLayout& l) { l.decimals = -1; }) == bad);
    // GS1 defines no verifier digit for a 6-digit value.
    CHECK(changed([](InStoreLayout& l) {
              l.item_digits = 3;
              l.value_digits = 6;
              l.price_check_digit = true;
          }) == bad);
}
