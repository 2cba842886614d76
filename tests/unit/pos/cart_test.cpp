#include "db/connection.h"
#include "pos/cart.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::units;

namespace {

LineExtras lot(std::string number, std::string expiry) {
    LineExtras extras;
    extras.lot = std::move(number);
    extras.expiry = std::move(expiry);
    return extras;
}

Money sum_amounts(const Cart& cart) {
    Money total;
    for (const auto& line : cart.totals().lines)
        total += line.amount();
    return total;
}

Money sum_order_shares(const Cart& cart) {
    Money total;
    for (const auto& line : cart.totals().lines)
        total += line.order_discount;
    return total;
}

} // namespace

TEST_CASE("scanning a product again adds to its line", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto nectar = sample.code("8936010100213"); // TV-MHD-500, 165.000 ₫
    CHECK(must(cart.add(nectar, units(1))) == 0);
    CHECK(must(cart.add(nectar, units(1))) == 0);
    CHECK(must(cart.add(sample.code("tv-mhd-500"), units(1))) == 0); // typed sku: same product
    REQUIRE(cart.lines().size() == 1);
    CHECK(cart.lines()[0].quantity == units(3));
    CHECK(cart.lines()[0].name == "Mật hoa dừa Sokfarm 500 ml");
    CHECK(cart.totals().lines[0].gross == Money{495'000});
    CHECK(cart.totals().subtotal == Money{495'000});
    CHECK(cart.totals().total() == Money{495'000});

    // Another product gets its own line; the first keeps its place.
    CHECK(must(cart.add(sample.code("TV-DHD-250"), units(2))) == 1);
    CHECK(must(cart.add(nectar, units(1))) == 0);
    CHECK(cart.lines()[0].quantity == units(4));
    CHECK(cart.totals().total() == Money{4 * 165'000 + 2 * 75'000});
}

TEST_CASE("a price pulled while a line is in the cart leaves that line as it was", "[cart][sync]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    CHECK(must(cart.add(sample.code("8936010100213"), units(2))) == 0); // 165.000 ₫
    // Head office's new price arrives (ocop-syncd writes the catalogue) mid-sale.
    must(sample.db.execute("UPDATE products SET price = 170000 WHERE sku = 'TV-MHD-500'"));
    // The same product scanned again: a new line at the new price, the first
    // line untouched.
    CHECK(must(cart.add(sample.code("8936010100213"), units(1))) == 1);
    REQUIRE(cart.lines().size() == 2);
    CHECK(cart.lines()[0].unit_price == Money{165'000});
    CHECK(cart.lines()[0].quantity == units(2));
    CHECK(cart.lines()[1].unit_price == Money{170'000});
    CHECK(cart.totals().total() == Money{2 * 165'000 + 170'000});
    // Scanned once more, it joins the line of its current price.
    CHECK(must(cart.add(sample.code("TV-MHD-500"), units(1))) == 1);
    CHECK(cart.lines()[1].quantity == units(2));
    CHECK(cart.lines()[0].quantity == units(2));
}

TEST_CASE("a carton scan adds its units to the bottle line", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("8936011200110"), units(1)));  // one bottle of water
    must(cart.add(sample.code("18936011200117"), units(1))); // a carton of 24
    REQUIRE(cart.lines().size() == 1);
    CHECK(cart.lines()[0].quantity == units(25));
    CHECK(cart.totals().total() == Money{25 * 7'000});
    must(cart.add(sample.code("18936011200117"), units(2))); // two more cartons
    CHECK(cart.lines()[0].quantity == units(73));
}

TEST_CASE("a lot of its own makes a line of its own", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto candy = sample.code("TV-KDS-NC");
    must(cart.add(candy, units(1), lot("L2611", "2027-05-31")));
    must(cart.add(candy, units(1), lot("L2612", "2027-06-30")));
    must(cart.add(candy, units(1), lot("L2611", "2027-05-31")));
    REQUIRE(cart.lines().size() == 2);
    CHECK(cart.lines()[0].quantity == units(2));
    CHECK(cart.lines()[0].lot == "L2611");
    CHECK(cart.lines()[1].expiry == "2027-06-30");
}

TEST_CASE("weighed goods take decimal weights, each weighing its own line", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto sausage = sample.code("1001"); // Lạp xưởng Vạn Thành, 280.000 ₫/kg
    REQUIRE(sausage.product.weighed);
    CHECK(must(cart.add(sausage, must(parse_quantity("1,25")))) == 0);
    CHECK(must(cart.add(sausage, must(parse_quantity("0.5")))) == 1);
    CHECK(must(cart.add(sausage, Quantity{333})) == 2);
    REQUIRE(cart.lines().size() == 3);
    CHECK(cart.lines()[0].quantity == Quantity{1250});
    CHECK(cart.totals().lines[0].gross == Money{350'000});
    CHECK(cart.totals().lines[1].gross == Money{140'000});
    CHECK(cart.totals().lines[2].gross == Money{93'240}); // 280.000 × 0,333
    // Tôm khô at 1.150.000 ₫/kg: 0,137 kg is 157.550 ₫.
    must(cart.add(sample.code("1004"), Quantity{137}));
    CHECK(cart.totals().lines[3].gross == Money{157'550});
    CHECK(cart.totals().total() == Money{350'000 + 140'000 + 93'240 + 157'550});
    // A weighing can be corrected to another decimal weight.
    must(cart.set_quantity(0, Quantity{1001}));
    CHECK(cart.totals().lines[0].gross == Money{280'280});
}

TEST_CASE("counted goods refuse fractions", "[cart][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto jar = sample.code("TV-DSS-200");
    auto half = cart.add(jar, must(parse_quantity("1,5")));
    CHECK(error_code(half) == "cart.fractional_quantity");
    CHECK(half.error().message_vi.find("Dừa sáp sợi Vicosap hũ 200 g") != std::string::npos);
    CHECK(cart.empty());
    must(cart.add(jar, units(2)));
    CHECK(error_code(cart.set_quantity(0, Quantity{2500})) == "cart.fractional_quantity");
    CHECK(error_code(cart.add(jar, Quantity{1})) == "cart.fractional_quantity");
    CHECK(cart.lines()[0].quantity == units(2));
    CHECK(cart.totals().total() == Money{178'000});
}

TEST_CASE("zero and negative quantities are refused", "[cart][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto jar = sample.code("TV-DSS-200");
    const auto sausage = sample.code("1001");
    CHECK(error_code(cart.add(jar, units(0))) == "quantity.not_positive");
    CHECK(error_code(cart.add(jar, units(-1))) == "quantity.not_positive");
    CHECK(error_code(cart.add(sausage, Quantity{0})) == "quantity.not_positive");
    CHECK(error_code(cart.add(sausage, Quantity{-250})) == "quantity.not_positive");
    CHECK(cart.empty());

    must(cart.add(jar, units(3)));
    // Not even when it would land on a line that already has enough to take it.
    CHECK(error_code(cart.add(jar, units(-1))) == "quantity.not_positive");
    CHECK(error_code(cart.add(jar, units(0))) == "quantity.not_positive");
    CHECK(error_code(cart.set_quantity(0, units(0))) == "quantity.not_positive");
    CHECK(error_code(cart.set_quantity(0, units(-3))) == "quantity.not_positive");
    CHECK(cart.lines()[0].quantity == units(3));
    CHECK(cart.totals().total() == Money{267'000});
}

TEST_CASE("more than 9999 on a line is taken for a scanning slip", "[cart][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto water = sample.code("TV-NK-SB05");
    CHECK(error_code(cart.add(water, units(10'000))) == "cart.quantity_too_large");
    CHECK(error_code(cart.add(water, units(8'936'011))) == "cart.quantity_too_large");
    CHECK(error_code(cart.add(sample.code("18936011200117"), units(417))) ==
          "cart.quantity_too_large"); // 417 cartons of 24
    CHECK(cart.empty());
    must(cart.add(water, units(9'999)));
    CHECK(cart.totals().total() == Money{9'999 * 7'000});
    CHECK(error_code(cart.add(water, units(1))) == "cart.quantity_too_large");
    CHECK(cart.lines()[0].quantity == units(9'999));
    // Weighed: 9999 kg is the most, to the gram.
    const auto sausage = sample.code("1001");
    CHECK(error_code(cart.add(sausage, Quantity{9'999'001})) == "cart.quantity_too_large");
    CHECK(must(cart.add(sausage, Quantity{9'999'000})) == 1);
}

TEST_CASE("lines are changed and removed by their index", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(1)));
    must(cart.add(sample.code("TV-DHD-250"), units(1)));
    must(cart.add(sample.code("TV-RXT-LT5"), units(1)));
    must(cart.remove(1));
    REQUIRE(cart.lines().size() == 2);
    CHECK(cart.lines()[1].sku == "TV-RXT-LT5");
    CHECK(cart.totals().total() == Money{210'000});
    CHECK(error_code(cart.remove(2)) == "cart.no_such_line");
    CHECK(error_code(cart.set_quantity(5, units(1))) == "cart.no_such_line");
    CHECK(error_code(cart.set_line_discount(2, Discount::percent_bp(500))) == "cart.no_such_line");
    cart.clear();
    CHECK(cart.empty());
    CHECK(cart.totals().total() == Money{0});
    CHECK(cart.totals().lines.empty());
}

TEST_CASE("the manager's discount limit comes from the store's settings", "[cart]") {
    test::SampleDb sample;
    CHECK(sample.cart().policy().manager_discount_limit_bp == 1000);
    CHECK(sample.cart().policy().max_units_per_line == 9999);
    must(sample.db.exec("UPDATE settings SET value = '500' WHERE key = "
                        "'discount.manager_limit_bp'"));
    CHECK(sample.cart().policy().manager_discount_limit_bp == 500);
    must(sample.db.exec("UPDATE settings SET value = '5%' WHERE key = "
                        "'discount.manager_limit_bp'"));
    CHECK(error_code(cart_policy(sample.db)) == "settings.not_a_number");
}

TEST_CASE("a discount up to the limit is the cashier's to give", "[cart][discount]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(2))); // 330.000 ₫
    must(cart.set_line_discount(0, Discount::percent_bp(1000)));
    CHECK(cart.totals().lines[0].line_discount == Money{33'000});
    CHECK(cart.totals().total() == Money{297'000});
    CHECK_FALSE(cart.lines()[0].discount_approval);
    must(cart.set_line_discount(0, Discount::amount(Money{33'000}))); // exactly 10 %
    CHECK(cart.totals().total() == Money{297'000});
    must(cart.set_order_discount(Discount::percent_bp(500)));
    CHECK(cart.totals().discount_total == Money{33'000 + 14'850});
    CHECK(cart.totals().total() == Money{282'150});
}

TEST_CASE("a larger discount needs a manager's PIN", "[cart][discount][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(2))); // 330.000 ₫

    auto refused = cart.set_line_discount(0, Discount::percent_bp(1001));
    CHECK(error_code(refused) == "cart.discount_needs_manager");
    CHECK(refused.error().message_vi.find("10%") != std::string::npos);
    CHECK(error_code(cart.set_line_discount(0, Discount::amount(Money{33'001}))) ==
          "cart.discount_needs_manager");
    CHECK(error_code(cart.set_order_discount(Discount::percent_bp(2000))) ==
          "cart.discount_needs_manager");
    CHECK(cart.totals().total() == Money{330'000}); // nothing was applied

    SECTION("a cashier's PIN is not a manager's") {
        auto cashier = approve_as_manager(sample.db, "thungan", "1111", "khách quen");
        CHECK(error_code(cashier) == "auth.not_manager");
        CHECK(cashier.error().message_vi.find("Nguyễn Thị Thu Ngân") != std::string::npos);
    }
    SECTION("a wrong PIN approves nothing") {
        CHECK(error_code(approve_as_manager(sample.db, "quanly", "9998", "khách quen")) ==
              "auth.wrong_pin");
    }
    SECTION("the manager's approval lets it through and is kept with it") {
        const auto approval = sample.manager_approval("Khách mua sỉ");
        CHECK(approval.manager.username == "quanly");
        must(cart.set_line_discount(0, Discount::percent_bp(2500), approval));
        CHECK(cart.totals().lines[0].line_discount == Money{82'500});
        REQUIRE(cart.lines()[0].discount_approval);
        CHECK(cart.lines()[0].discount_approval->reason == "Khách mua sỉ");
        must(cart.set_order_discount(Discount::amount(Money{47'500}), approval));
        CHECK(cart.totals().total() == Money{200'000});
        REQUIRE(cart.order_discount_approval());
        // Taking the discount away drops the approval with it.
        must(cart.set_order_discount(Discount::none(), approval));
        CHECK_FALSE(cart.order_discount_approval());
        CHECK(cart.totals().total() == Money{247'500});
    }
}

TEST_CASE("an amount discount just over the limit is over the limit", "[cart][discount][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-YS-PH50"), units(6))); // 6 × 1.800.000 = 10.800.000 ₫
    // 1.080.000 ₫ is exactly 10 %; 1.080.500 ₫ is 10,0046 %, which rounds to
    // 10,00 % in basis points but is more than the cashier may give alone.
    must(cart.set_line_discount(0, Discount::amount(Money{1'080'000})));
    CHECK(error_code(cart.set_line_discount(0, Discount::amount(Money{1'080'500}))) ==
          "cart.discount_needs_manager");
    CHECK(error_code(cart.set_line_discount(0, Discount::amount(Money{1'080'001}))) ==
          "cart.discount_needs_manager");
    CHECK(cart.totals().lines[0].line_discount == Money{1'080'000});
}

TEST_CASE("shrinking a discounted cart does not stretch the discount past the limit",
          "[cart][discount][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto nectar = sample.code("TV-MHD-500"); // 165.000 ₫
    must(cart.add(nectar, units(10)));             // 1.650.000 ₫
    must(cart.add(sample.code("TV-NK-SB05"), units(1)));

    SECTION("a line's amount discount") {
        must(cart.set_line_discount(0, Discount::amount(Money{165'000}))); // 10 %
        // With one bottle left the same 165.000 ₫ would be 100 % off.
        CHECK(error_code(cart.set_quantity(0, units(1))) == "cart.discount_needs_manager");
        CHECK(error_code(cart.set_quantity(0, units(9))) == "cart.discount_needs_manager");
        CHECK(cart.lines()[0].quantity == units(10));
        CHECK(cart.totals().lines[0].line_discount == Money{165'000});
        // More is fine.
        must(cart.set_quantity(0, units(11)));
        CHECK(cart.totals().total() == Money{11 * 165'000 - 165'000 + 7'000});
    }
    SECTION("the order's amount discount") {
        must(cart.set_order_discount(Discount::amount(Money{165'700}))); // 10 % of 1.657.000
        CHECK(error_code(cart.remove(0)) == "discount.too_large");
        CHECK(error_code(cart.set_quantity(0, units(5))) == "cart.discount_needs_manager");
        CHECK(cart.lines().size() == 2);
        CHECK(cart.totals().total() == Money{1'657'000 - 165'700});
    }
    SECTION("a line discount under the order's amount discount") {
        must(cart.set_order_discount(Discount::amount(Money{165'700}))); // 10 % of 1.657.000
        // 10 % off line 1 is the cashier's to give, but it would leave the
        // order's 165.700 ₫ at 11 % of what remains.
        CHECK(error_code(cart.set_line_discount(0, Discount::percent_bp(1000))) ==
              "cart.discount_needs_manager");
        CHECK(cart.lines()[0].discount.is_none());
        CHECK(cart.totals().total() == Money{1'657'000 - 165'700});
    }
    SECTION("removing the last line takes the order discount with it") {
        must(cart.set_order_discount(Discount::amount(Money{100'000})));
        must(cart.remove(1));
        must(cart.remove(0));
        CHECK(cart.empty());
        CHECK(cart.order_discount().is_none());
        must(cart.add(sample.code("TV-NK-SB05"), units(1)));
        CHECK(cart.totals().total() == Money{7'000}); // not 100.000 ₫ off a 7.000 ₫ bottle
    }
    SECTION("with a manager's approval the smaller cart keeps its discount") {
        const auto approval = sample.manager_approval("Hàng trưng bày");
        must(cart.set_order_discount(Discount::amount(Money{400'000}), approval));
        must(cart.set_quantity(0, units(3)));
        CHECK(cart.totals().total() == Money{3 * 165'000 + 7'000 - 400'000});
        CHECK(error_code(cart.set_quantity(0, units(2))) == "discount.too_large");
    }
}

TEST_CASE("a discount cannot exceed what it applies to", "[cart][discount][failure]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto approval = sample.manager_approval("Quà tặng");
    must(cart.add(sample.code("TV-RXT-LT5"), units(1))); // 45.000 ₫
    CHECK(error_code(cart.set_line_discount(0, Discount::amount(Money{45'001}), approval)) ==
          "discount.too_large");
    CHECK(error_code(cart.set_line_discount(0, Discount::percent_bp(10'001), approval)) ==
          "discount.too_large");
    CHECK(error_code(cart.set_line_discount(0, Discount{Discount::Kind::Percent, -100})) ==
          "discount.too_large");
    CHECK(error_code(cart.set_order_discount(Discount::amount(Money{45'001}), approval)) ==
          "discount.too_large");
    // All of it, with a manager: a gift.
    must(cart.set_line_discount(0, Discount::percent_bp(10'000), approval));
    CHECK(cart.totals().total() == Money{0});
}

TEST_CASE("a price override needs a manager and is kept as sold", "[cart]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    const auto approval = sample.manager_approval("Bao bì móp");
    must(cart.add(sample.code("TV-BT-BM"), units(2)));
    must(cart.override_price(0, Money{100'000}, approval));
    CHECK(cart.lines()[0].list_price == Money{120'000});
    CHECK(cart.lines()[0].unit_price == Money{100'000});
    CHECK(cart.totals().total() == Money{200'000});
    REQUIRE(cart.lines()[0].price_approval);
    // An overridden line is not merged with a new scan at the list price.
    CHECK(must(cart.add(sample.code("TV-BT-BM"), units(1))) == 1);
    CHECK(error_code(cart.override_price(0, Money{-1}, approval)) == "cart.negative_price");
    must(cart.override_price(0, Money{120'000}, approval)); // back to the list price
    CHECK_FALSE(cart.lines()[0].price_approval);
}

TEST_CASE("an order discount is shared out over the lines to the đồng", "[cart][discount]") {
    test::SampleDb sample;
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(1))); // 165.000
    must(cart.add(sample.code("TV-DHD-250"), units(1))); // 75.000
    must(cart.add(sample.code("TV-RXT-LT5"), units(1))); // 45.000
    must(cart.set_order_discount(Discount::amount(Money{10'000})));
    // Exact shares 5789,47 / 2631,58 / 1578,95: the two đồng left after
    // flooring go to the largest remainders.
    CHECK(cart.totals().lines[0].order_discount == Money{5'789});
    CHECK(cart.totals().lines[1].order_discount == Money{2'632});
    CHECK(cart.totals().lines[2].order_discount == Money{1'579});
    CHECK(cart.totals().total() == Money{275'000});
    CHECK(sum_amounts(cart) == Money{275'000});

    // After a line discount the share follows what is left of the line.
    must(cart.set_line_discount(0, Discount::amount(Money{15'000})));
    // Bases 150.000 / 75.000 / 45.000 of 270.000.
    // Exact 5555,56 / 2777,78 / 1666,67.
    CHECK(cart.totals().lines[0].order_discount == Money{5'555});
    CHECK(cart.totals().lines[1].order_discount == Money{2'778});
    CHECK(cart.totals().lines[2].order_discount == Money{1'667});
    CHECK(cart.totals().total() == Money{260'000});
}

TEST_CASE("proportional allocation: exact sums, ties to the earlier line", "[cart][discount]") {
    CHECK(allocate_proportionally(Money{2}, {Money{1}, Money{1}, Money{1}}) ==
          std::vector<Money>{Money{1}, Money{1}, Money{0}});
    CHECK(allocate_proportionally(Money{100}, {Money{300}, Money{0}, Money{100}}) ==
          std::vector<Money>{Money{75}, Money{0}, Money{25}});
    CHECK(allocate_proportionally(Money{0}, {Money{300}}) == std::vector<Money>{Money{0}});
    CHECK(allocate_proportionally(Money{5}, {Money{0}, Money{0}}) ==
          std::vector<Money>{Money{0}, Money{0}});
    CHECK(allocate_proportionally(Money{7}, {}).empty());
    // Large amounts do not overflow in between.
    const Money big{4'000'000'000'000'000};
    const auto shares = allocate_proportionally(big, {big, big, big});
    CHECK(shares[0] + shares[1] + shares[2] == big);
}

TEST_CASE("random carts: discounts always add up to the đồng", "[cart][discount][property]") {
    test::SampleDb sample;
    const auto approval = sample.manager_approval("Kiểm thử");
    std::vector<CodeMatch> products;
    {
        auto statement = must(sample.db.prepare("SELECT sku FROM products WHERE active = 1"));
        std::vector<std::string> codes;
        while (must(statement.step()))
            codes.push_back(statement.text(0));
        for (const auto& code : codes)
            products.push_back(sample.code(code));
    }
    REQUIRE(products.size() == 66);

    std::mt19937_64 random(20261129); // fixed: a failure can be replayed
    const auto pick = [&](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    for (int round = 0; round < 300; ++round) {
        Cart cart = sample.cart();
        const auto lines = pick(1, 9);
        for (std::int64_t i = 0; i < lines; ++i) {
            const auto& product = products[static_cast<std::size_t>(
                pick(0, static_cast<std::int64_t>(products.size()) - 1))];
            const Quantity quantity =
                product.product.weighed ? Quantity{pick(1, 5'000)} : units(pick(1, 12));
            const auto index = must(cart.add(product, quantity));
            if (pick(0, 3) == 0) {
                const Money gross = cart.totals().lines[index].gross;
                const Discount discount = pick(0, 1) ? Discount::percent_bp(pick(1, 10'000))
                                                     : Discount::amount(Money{pick(0, gross.dong)});
                must(cart.set_line_discount(index, discount, approval));
            }
        }
        Money base;
        for (const auto& line : cart.totals().lines)
            base += line.gross - line.line_discount;
        const Discount order = pick(0, 1) ? Discount::percent_bp(pick(1, 10'000))
                                          : Discount::amount(Money{pick(0, base.dong)});
        must(cart.set_order_discount(order, approval));

        INFO("round " << round);
        const auto& totals = cart.totals();
        CHECK(sum_order_shares(cart) == order.of(base));
        CHECK(sum_amounts(cart) == totals.total());
        CHECK(totals.total() == totals.subtotal - totals.discount_total);
        Money line_discounts;
        for (std::size_t i = 0; i < totals.lines.size(); ++i) {
            const auto& line = totals.lines[i];
            line_discounts += line.line_discount;
            CHECK(line.amount() >= Money{0});
            // Each share is its exact proportion rounded down or up, never further.
            const Money line_base = line.gross - line.line_discount;
            if (base.dong > 0) {
                // order ≤ base and line_base ≤ base keep the product in 128 bits.
                __extension__ using Int128 = __int128;
                const auto exact_floor = static_cast<std::int64_t>(
                    static_cast<Int128>(order.of(base).dong) * line_base.dong / base.dong);
                CHECK(line.order_discount.dong >= exact_floor);
                CHECK(line.order_discount.dong <= exact_floor + 1);
            }
        }
        CHECK(totals.discount_total == line_discounts + order.of(base));
    }
}
