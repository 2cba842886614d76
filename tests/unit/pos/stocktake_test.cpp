#include "pos/stock.h"
#include "pos/stocktake.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

const StocktakeLine* line_of(const std::vector<StocktakeLine>& lines, std::string_view sku) {
    const auto it = std::find_if(lines.begin(), lines.end(), [&](const StocktakeLine& line) {
        return line.product.sku == sku;
    });
    return it == lines.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("a stocktake with a sale during the count finds the true variance", "[stock][count]") {
    test::SampleDb sample;
    const auto start_ng = sample.stock_of("TV-BT-NG");
    REQUIRE(start_ng >= Quantity::units(3));
    const auto take = must(start_stocktake(sample.till, std::string("ocop")));
    CHECK(take.start_seq == 1);
    CHECK(error_code(start_stocktake(sample.till, std::nullopt)) == "stock.count_open");

    // One bánh tét is sold before the counter reaches the shelf.
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-BT-NG"), Quantity::units(1)));
    sample.sell(cart);

    // The shelf holds what is left less one that went missing: count them.
    const auto on_shelf = start_ng.milli / 1000 - 2;
    for (std::int64_t i = 0; i < on_shelf; ++i)
        must(count_scan(sample.till, "TV-BT-NG", std::nullopt));
    const auto weighed = sample.stock_of("TV-LX-VT");
    CHECK(error_code(count_scan(sample.till, "TV-LX-VT", std::nullopt)) ==
          "stock.count_needs_quantity");
    const auto counted = must(count_scan(sample.till, "TV-LX-VT", weighed));
    CHECK(counted.counted == weighed);
    CHECK(error_code(count_scan(sample.till, "TV-TXD-TB", std::nullopt)) == "stock.not_in_count");

    const auto report = must(stocktake_report(sample.db, sample.till.store_id));
    const auto* ng = line_of(report, "TV-BT-NG");
    REQUIRE(ng);
    CHECK(ng->variance.expected == start_ng - Quantity::units(1));
    CHECK(ng->variance.counted == Quantity::units(on_shelf));
    CHECK(ng->variance.difference() == Quantity::units(-1));
    CHECK(ng->variance.value() == Money{-80'000});
    CHECK(ng->moved_since_start == Quantity::units(-1));
    const auto* lx = line_of(report, "TV-LX-VT");
    REQUIRE(lx);
    CHECK(lx->variance.difference() == Quantity{0});
    // Products of the category not counted at all were counted as none.
    const auto* bm = line_of(report, "TV-BT-BM");
    REQUIRE(bm);
    CHECK(bm->variance.counted == Quantity{0});
    CHECK(line_of(report, "TV-TXD-TB") == nullptr); // another category

    const auto bm_before = sample.stock_of("TV-BT-BM");
    const auto applied = must(apply_stocktake(sample.till, sample.manager_approval("Kiểm kê")));
    REQUIRE(applied.seq);
    CHECK(sample.stock_of("TV-BT-NG") == Quantity::units(on_shelf));
    CHECK(sample.stock_of("TV-LX-VT") == weighed);
    CHECK(sample.stock_of("TV-BT-BM") == Quantity{0});
    CHECK(applied.value == Money{-80'000} + extend(Money{120'000}, -bm_before) + [&] {
        Money rest;
        for (const auto& line : report) {
            if (line.product.sku != "TV-BT-NG" && line.product.sku != "TV-BT-BM")
                rest += line.variance.value();
        }
        return rest;
    }());
    auto row = must(sample.db.first_row("SELECT payload FROM outbox WHERE seq = ?", *applied.seq));
    REQUIRE(row);
    CHECK(nlohmann::json::parse(row->text(0))["kind"] == "adjustment");
    // The count is closed.
    CHECK_FALSE(must(open_stocktake(sample.db, sample.till.store_id)));
    CHECK(error_code(stocktake_report(sample.db, sample.till.store_id)) == "stock.no_count_open");
    CHECK(error_code(count_scan(sample.till, "TV-BT-NG", std::nullopt)) == "stock.no_count_open");
}

TEST_CASE("a stocktake with nothing different closes without a movement", "[stock][count]") {
    test::SampleDb sample;
    must(start_stocktake(sample.till, std::string("thu_cong")));
    const auto report = must(stocktake_report(sample.db, sample.till.store_id));
    for (const auto& line : report)
        must(count_scan(sample.till, line.product.sku, line.variance.expected));
    const auto before = sample.count("stock_movements");
    const auto applied = must(apply_stocktake(sample.till, sample.manager_approval("Kiểm kê")));
    CHECK_FALSE(applied.seq);
    CHECK(applied.adjusted == 0);
    CHECK(sample.count("stock_movements") == before);
}

TEST_CASE("a stocktake cannot start on an unknown category", "[stock][count][failure]") {
    test::SampleDb sample;
    CHECK(error_code(start_stocktake(sample.till, std::string("nope"))) ==
          "stock.unknown_category");
    CHECK(sample.count("stocktakes") == 0);
}

TEST_CASE("a count left and taken up again shows what was counted so far, never the books",
          "[stock][count]") {
    test::SampleDb sample;
    CHECK(error_code(counted_so_far(sample.db, sample.till.store_id)) == "stock.no_count_open");
    must(start_stocktake(sample.till, std::string("thu_cong")));
    CHECK(must(counted_so_far(sample.db, sample.till.store_id)).empty());
    must(count_scan(sample.till, "TV-TXD-TB", std::nullopt));
    must(count_scan(sample.till, "TV-TXD-TB", Quantity::units(2)));
    const auto counted = must(counted_so_far(sample.db, sample.till.store_id));
    REQUIRE(counted.size() == 1);
    CHECK(counted[0].product.sku == "TV-TXD-TB");
    CHECK(counted[0].counted == Quantity::units(3));
}
