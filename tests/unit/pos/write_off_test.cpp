#include "pos/write_off.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

TEST_CASE("damaged goods are written off with their reason", "[stock][write_off]") {
    test::SampleDb sample;
    const auto before = sample.stock_of("TV-LX-VT");
    const auto seq = must(write_off(
        sample.till, {{sample.product_id("TV-LX-VT"), Quantity{500}, {}, {}}}, "Mốc, ẩm"));
    CHECK(sample.stock_of("TV-LX-VT") == before - Quantity{500});
    auto row = must(sample.db.first_row("SELECT payload FROM outbox WHERE seq = ?", seq));
    REQUIRE(row);
    const auto payload = nlohmann::json::parse(row->text(0));
    CHECK(payload["kind"] == "damage");
    CHECK(payload["reason"] == "Mốc, ẩm");
    CHECK(payload["lines"][0]["quantity_milli"] == -500);
}

TEST_CASE("a write-off without a reason or beyond the stock writes nothing",
          "[stock][write_off][failure]") {
    test::SampleDb sample;
    const auto before = sample.row_counts();
    const std::vector<MovementLine> lines{{sample.product_id("TV-LX-VT"), Quantity{500}, {}, {}}};
    CHECK(error_code(write_off(sample.till, lines, "")) == "stock.reason_required");
    CHECK(error_code(write_off(sample.till, lines, "   ")) == "stock.reason_required");
    const std::vector<MovementLine> too_much{
        {sample.product_id("TV-LX-VT"), sample.stock_of("TV-LX-VT") + Quantity{1}, {}, {}}};
    CHECK(error_code(write_off(sample.till, too_much, "Hỏng")) == "stock.not_enough");
    // Two lines of one product are taken together.
    const auto half = Quantity{sample.stock_of("TV-LX-VT").milli / 2 + 1};
    CHECK(error_code(write_off(sample.till,
                               {{sample.product_id("TV-LX-VT"), half, "A", {}},
                                {sample.product_id("TV-LX-VT"), half, "B", {}}},
                               "Hỏng")) == "stock.not_enough");
    CHECK(error_code(write_off(sample.till, {{sample.product_id("TV-LX-VT"), Quantity{-5}, {}, {}}},
                               "Hỏng")) == "stock.bad_quantity");
    CHECK(sample.row_counts() == before);
}
