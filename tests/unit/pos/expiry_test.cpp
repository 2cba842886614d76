#include "pos/expiry.h"
#include "pos/stock.h"
#include "support/expect.h"
#include "support/sample_db.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::must;

namespace {

Quantity remaining(const std::vector<LotStock>& lots, std::string_view lot) {
    const auto it = std::find_if(lots.begin(), lots.end(),
                                 [&](const LotStock& stock) { return stock.lot == lot; });
    return it == lots.end() ? Quantity{} : it->remaining;
}

} // namespace

TEST_CASE("lots are known from receipts and sold first-expiring-first", "[stock][expiry]") {
    test::SampleDb sample;
    const auto id = sample.product_id("TV-BT-NG");
    // Clear the sample's own stock of it, so only the lots are on hand.
    must(record_movements(sample.till, "adjustment", {{id, -sample.stock_of("TV-BT-NG"), {}, {}}},
                          "Kiểm kê"));
    must(record_movements(
        sample.till, "receipt",
        {{id, Quantity::units(5), "A", "2026-12-05"}, {id, Quantity::units(5), "B", "2027-01-20"}},
        ""));
    auto lots = must(lots_on_hand(sample.db, sample.till.store_id, "2026-11-29"));
    CHECK(remaining(lots, "A") == Quantity::units(5));
    CHECK(remaining(lots, "B") == Quantity::units(5));

    // Two damaged of lot B (named), three sold without a lot (first to expire: A).
    must(record_movements(sample.till, "damage", {{id, Quantity::units(-2), "B", "2027-01-20"}},
                          "Rách lá"));
    must(record_movements(sample.till, "adjustment", {{id, Quantity::units(-3), {}, {}}}, ""));
    lots = must(lots_on_hand(sample.db, sample.till.store_id, "2026-11-29"));
    CHECK(remaining(lots, "A") == Quantity::units(2));
    CHECK(remaining(lots, "B") == Quantity::units(3));

    const auto soon = must(expiring_lots(sample.db, sample.till.store_id, "2026-11-29", 30));
    REQUIRE(soon.size() == 1);
    CHECK(soon[0].lot == "A");
    CHECK(soon[0].days_left == 6);
    CHECK(soon[0].product.sku == "TV-BT-NG");
    CHECK(must(expiring_lots(sample.db, sample.till.store_id, "2026-11-29", 60)).size() == 2);
    // An expired lot stays on the list until it is written off.
    const auto later = must(expiring_lots(sample.db, sample.till.store_id, "2026-12-10", 0));
    REQUIRE(later.size() == 1);
    CHECK(later[0].days_left == -5);

    // Three more sold: A is gone, B has two.
    must(record_movements(sample.till, "adjustment", {{id, Quantity::units(-3), {}, {}}}, ""));
    lots = must(lots_on_hand(sample.db, sample.till.store_id, "2026-11-29"));
    CHECK(remaining(lots, "A") == Quantity{0});
    CHECK(remaining(lots, "B") == Quantity::units(2));
    CHECK(lots.size() == 1);
}
