#include "db/connection.h"
#include "db/outbox.h"
#include "pos/stock.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

const StockLevel* find(const std::vector<StockLevel>& levels, std::string_view sku) {
    const auto it = std::find_if(levels.begin(), levels.end(),
                                 [&](const StockLevel& level) { return level.product.sku == sku; });
    return it == levels.end() ? nullptr : &*it;
}

std::vector<std::string> skus(const std::vector<StockLevel>& levels) {
    std::vector<std::string> out;
    for (const auto& level : levels)
        out.push_back(level.product.sku);
    std::sort(out.begin(), out.end());
    return out;
}

StockFilter low_only() {
    StockFilter filter;
    filter.low_only = true;
    return filter;
}

StockFilter matching(std::string text) {
    StockFilter filter;
    filter.search = std::move(text);
    return filter;
}

} // namespace

TEST_CASE("stock levels are the sums of the movements", "[stock]") {
    test::SampleDb sample;
    const auto levels = must(stock_levels(sample.db, sample.till.store_id));
    // 66 products on sale, and the inactive TV-MHD-180 that still has 2 on the shelf.
    CHECK(levels.size() == 67);
    const auto* shrimp = find(levels, "TV-TK-TH1");
    REQUIRE(shrimp);
    CHECK(shrimp->on_hand == Quantity{1250});
    CHECK(shrimp->minimum == Quantity{2000});
    CHECK(shrimp->is_low());
    CHECK(shrimp->product.weighed);
    const auto* old_label = find(levels, "TV-MHD-180");
    REQUIRE(old_label);
    CHECK_FALSE(old_label->product.active);
    CHECK(old_label->on_hand == Quantity::units(2));
    CHECK(find(levels, "TV-TRA-TT") == nullptr); // inactive and none left
    const auto* rice = find(levels, "TV-GAO-HNR");
    REQUIRE(rice);
    CHECK_FALSE(rice->minimum);
    CHECK_FALSE(rice->is_low());
    // Ordered by name.
    CHECK(std::is_sorted(levels.begin(), levels.end(), [](const auto& a, const auto& b) {
        return a.product.name_vi < b.product.name_vi;
    }));
}

TEST_CASE("the low-stock list is the products under their threshold", "[stock]") {
    test::SampleDb sample;
    CHECK(skus(must(stock_levels(sample.db, sample.till.store_id, low_only()))) ==
          std::vector<std::string>{"TV-BT-BM", "TV-DSS-200", "TV-MHD-250", "TV-NK-SB05",
                                   "TV-TK-TH1"});
    // Exactly at the minimum is not low; one under is.
    must(record_movements(sample.till, "receipt",
                          {{sample.product_id("TV-TK-TH1"), Quantity{750}, {}, {}}}, ""));
    auto low = skus(must(stock_levels(sample.db, sample.till.store_id, low_only())));
    CHECK(std::find(low.begin(), low.end(), "TV-TK-TH1") == low.end());
    must(record_movements(sample.till, "damage",
                          {{sample.product_id("TV-TK-TH1"), Quantity{-1}, {}, {}}}, "1 g rơi"));
    low = skus(must(stock_levels(sample.db, sample.till.store_id, low_only())));
    CHECK(std::find(low.begin(), low.end(), "TV-TK-TH1") != low.end());
}

TEST_CASE("stock can be searched like the catalogue", "[stock]") {
    test::SampleDb sample;
    const auto nectar =
        skus(must(stock_levels(sample.db, sample.till.store_id, matching("MẬT HOA DỪA"))));
    CHECK(nectar == std::vector<std::string>{"TV-GMH-500", "TV-MHD-180", "TV-MHD-250", "TV-MHD-500",
                                             "TV-MHT-330", "TV-MLM-250"});
    CHECK(skus(must(stock_levels(sample.db, sample.till.store_id, matching("tv-lx")))) ==
          std::vector<std::string>{"TV-LX-VT", "TV-LX-VT5"});
    // LIKE's wildcards typed by a person are punctuation, not wildcards.
    CHECK(skus(must(stock_levels(sample.db, sample.till.store_id, matching("100%")))) ==
          std::vector<std::string>{"TV-TK-TH100"});
    CHECK(must(stock_levels(sample.db, sample.till.store_id, matching("_"))).size() == 67);
}

TEST_CASE("the other store's stock is not this terminal's", "[stock]") {
    test::SampleDb sample;
    const auto levels = must(stock_levels(sample.db, 2));
    CHECK(levels.size() == 66); // active products, all at zero here
    CHECK(std::all_of(levels.begin(), levels.end(),
                      [](const StockLevel& level) { return level.on_hand == Quantity{0}; }));
}

TEST_CASE("a goods receipt is recorded with its event", "[stock]") {
    test::SampleDb sample;
    sample.set_time("2026-11-29T14:00:00+07:00");
    const auto before = sample.stock_of("TV-BT-BM");
    const auto seq = must(record_movements(
        sample.till, "receipt",
        {{sample.product_id("TV-BT-BM"), Quantity::units(20), "L1129", "2026-12-10"},
         {sample.product_id("TV-LX-VT"), Quantity{2500}, {}, {}}},
        "Hai Lý giao hàng ký gửi"));
    CHECK(seq == 2);
    CHECK(sample.stock_of("TV-BT-BM") == before + Quantity::units(20));
    CHECK(sample.stock_of("TV-LX-VT") == Quantity{15'000});

    auto event = must(sample.db.prepare("SELECT type, created_at, payload FROM outbox "
                                        "WHERE seq = 2"));
    REQUIRE(must(event.step()));
    CHECK(event.text(0) == "stock");
    CHECK(event.text(1) == "2026-11-29T14:00:00+07:00");
    const auto payload = nlohmann::json::parse(event.text(2));
    CHECK(payload["kind"] == "receipt");
    CHECK(payload["store"] == "TV01");
    CHECK(payload["note"] == "Hai Lý giao hàng ký gửi");
    REQUIRE(payload["lines"].size() == 2);
    CHECK(payload["lines"][0]["quantity_milli"] == 20'000);
    CHECK(payload["lines"][0]["lot"] == "L1129");
    CHECK(payload["lines"][1]["expiry"].is_null());

    auto rows = must(sample.db.prepare("SELECT kind, lot, expiry, note, outbox_seq FROM "
                                       "stock_movements WHERE outbox_seq = 2 ORDER BY id"));
    REQUIRE(must(rows.step()));
    CHECK(rows.text(0) == "receipt");
    CHECK(rows.text(1) == "L1129");
    CHECK(rows.text(2) == "2026-12-10");
    CHECK(rows.text(3) == "Hai Lý giao hàng ký gửi");
    CHECK_FALSE(must(db::verify_chain(sample.db, sample.till.terminal)).has_value());
}

TEST_CASE("a movement that cannot be recorded leaves no event behind", "[stock][failure]") {
    test::SampleDb sample;
    const auto before = sample.row_counts();
    CHECK(error_code(record_movements(sample.till, "receipt", {}, "")) == "stock.no_lines");
    // The event is appended first; a bad line after it must take it back.
    CHECK(error_code(record_movements(sample.till, "theft",
                                      {{sample.product_id("TV-BT-BM"), Quantity{1000}, {}, {}}},
                                      "")) == "db.constraint");
    CHECK(error_code(record_movements(sample.till, "receipt",
                                      {{sample.product_id("TV-BT-BM"), Quantity{1000}, {}, {}},
                                       {sample.product_id("TV-BT-NG"), Quantity{0}, {}, {}}},
                                      "")) == "db.constraint");
    CHECK(error_code(record_movements(sample.till, "receipt", {{9'999, Quantity{1000}, {}, {}}},
                                      "")) == "db.constraint");
    CHECK(sample.row_counts() == before);
    // The next event is numbered as if none of that had happened.
    CHECK(must(record_movements(sample.till, "adjustment",
                                {{sample.product_id("TV-BT-BM"), Quantity{-1000}, {}, {}}},
                                "Kiểm kê")) == 2);
}
