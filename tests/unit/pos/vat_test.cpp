#include "db/connection.h"
#include "pos/journal.h"
#include "pos/vat.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::units;

namespace {

// A sale of one Mật hoa dừa 500 ml (8 %/10 %) and one rượu lão tửu (10 %).
SaleRecord sell_nectar_and_liquor(test::SampleDb& sample) {
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(1))); // 165.000, standard_reducible
    must(cart.add(sample.code("TV-RXT-LT5"), units(1))); // 45.000, standard (liquor)
    return sample.sell(cart);
}

} // namespace

TEST_CASE("VAT rates come from the dated table", "[vat]") {
    test::SampleDb sample;
    auto& db = sample.db;
    const auto on = [&](const char* vat_class, const char* date) {
        const auto rate = must(vat_rate_on(db, vat_class, date));
        CHECK(rate.vat_class == vat_class);
        return std::pair{rate.rate_bp, rate.invoice_code};
    };
    CHECK(on("standard_reducible", "2024-07-01") == std::pair{800, std::string("8%")});
    CHECK(on("standard_reducible", "2026-12-31") == std::pair{800, std::string("8%")});
    CHECK(on("standard_reducible", "2027-01-01") == std::pair{1000, std::string("10%")});
    CHECK(on("standard_reducible", "2040-01-01") == std::pair{1000, std::string("10%")});
    CHECK(on("standard", "2026-12-31") == std::pair{1000, std::string("10%")});
    CHECK(on("standard", "2027-01-01") == std::pair{1000, std::string("10%")});
    CHECK(on("reduced", "2026-11-29") == std::pair{500, std::string("5%")});
    CHECK(on("exempt", "2026-11-29") == std::pair{0, std::string("KCT")});
}

TEST_CASE("no rate is ever guessed", "[vat][failure]") {
    test::SampleDb sample;
    auto before = vat_rate_on(sample.db, "standard_reducible", "2024-06-30");
    CHECK(error_code(before) == "vat.no_rate");
    CHECK(before.error().message_vi.find("2024-06-30") != std::string::npos);
    CHECK(error_code(vat_rate_on(sample.db, "luxury", "2026-11-29")) == "vat.no_rate");
    // A gap in the table is a gap, not the rate before it.
    must(sample.db.exec("UPDATE vat_rates SET valid_from = '2027-02-01' WHERE "
                        "vat_class = 'standard_reducible' AND valid_from = '2027-01-01'"));
    CHECK(error_code(vat_rate_on(sample.db, "standard_reducible", "2027-01-15")) == "vat.no_rate");
}

TEST_CASE("the VAT inside a VAT-inclusive price, rounded half away from zero", "[vat]") {
    // price × r / (1 + r), pinned to the đồng:
    CHECK(vat_included(Money{95'000}, 800) == Money{7'037});     // 7037,04
    CHECK(vat_included(Money{95'000}, 1000) == Money{8'636});    // 8636,36
    CHECK(vat_included(Money{45'000}, 1000) == Money{4'091});    // 4090,91
    CHECK(vat_included(Money{45'000}, 800) == Money{3'333});     // 3333,33
    CHECK(vat_included(Money{108'000}, 800) == Money{8'000});    // exact
    CHECK(vat_included(Money{1'150'000}, 500) == Money{54'762}); // 54761,90
    CHECK(vat_included(Money{350'000}, 0) == Money{0});
    CHECK(vat_included(Money{-95'000}, 800) == Money{-7'037}); // a refund mirrors its sale
    CHECK(vat_included(Money{7}, 800) == Money{1});            // 0,52
    CHECK(vat_included(Money{6}, 800) == Money{0});            // 0,44
}

TEST_CASE("VAT is summed per rate first and rounded once per rate", "[vat]") {
    // Three lines of 45.000 ₫ at 8 %: 3333,33 each. Rounded line by line that
    // is 9.999 ₫; the rule rounds the rate's sum once: 135.000 → 10.000 ₫.
    const auto rows = vat_breakdown(
        {{Money{45'000}, 800, "8%"}, {Money{45'000}, 800, "8%"}, {Money{45'000}, 800, "8%"}});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].invoice_code == "8%");
    CHECK(rows[0].gross == Money{135'000});
    CHECK(rows[0].vat == Money{10'000});
    CHECK(rows[0].net() == Money{125'000});

    // Rows come ordered by rate, one per invoice code.
    const auto mixed = vat_breakdown({{Money{165'000}, 1000, "10%"},
                                      {Money{350'000}, 0, "KCT"},
                                      {Money{95'000}, 800, "8%"},
                                      {Money{150'000}, 500, "5%"},
                                      {Money{45'000}, 1000, "10%"}});
    REQUIRE(mixed.size() == 4);
    CHECK(mixed[0].invoice_code == "KCT");
    CHECK(mixed[0].vat == Money{0});
    CHECK(mixed[1].invoice_code == "5%");
    CHECK(mixed[1].vat == Money{7'143}); // 7142,86
    CHECK(mixed[2].invoice_code == "8%");
    CHECK(mixed[2].vat == Money{7'037});
    CHECK(mixed[3].invoice_code == "10%");
    CHECK(mixed[3].gross == Money{210'000});
    CHECK(mixed[3].vat == Money{19'091}); // 19090,91 (line by line: 15.000 + 4.091 = 19.091)
    CHECK(vat_breakdown({}).empty());
}

TEST_CASE("a sale at 23:59 on 31 December 2026 is taxed at 8 %", "[vat][journal]") {
    test::SampleDb sample;
    sample.open_shift();
    sample.set_time("2026-12-31T23:59:00+07:00");
    const auto sale = sell_nectar_and_liquor(sample);
    REQUIRE(sale.lines.size() == 2);
    CHECK(sale.lines[0].vat_rate_bp == 800);
    CHECK(sale.lines[0].vat_code == "8%");
    CHECK(sale.lines[1].vat_rate_bp == 1000); // liquor never had the reduction
    REQUIRE(sale.vat.size() == 2);
    CHECK(sale.vat[0].invoice_code == "8%");
    CHECK(sale.vat[0].vat == Money{12'222}); // 165.000 × 8/108 = 12222,2
    CHECK(sale.vat[1].invoice_code == "10%");
    CHECK(sale.vat[1].vat == Money{4'091});
    CHECK(sale.vat_total == Money{16'313});
    // As stored.
    const auto stored = must(load_sale(sample.db, sale.id));
    CHECK(stored.vat_total == Money{16'313});
    REQUIRE(stored.vat.size() == 2);
    CHECK(stored.vat[0].rate_bp == 800);
    CHECK(stored.vat[0].gross == Money{165'000});
}

TEST_CASE("a minute later, on 1 January 2027, the same sale is taxed at 10 %", "[vat][journal]") {
    test::SampleDb sample;
    sample.open_shift();
    sample.set_time("2027-01-01T00:00:00+07:00");
    const auto sale = sell_nectar_and_liquor(sample);
    CHECK(sale.created_at == "2027-01-01T00:00:00+07:00");
    CHECK(sale.lines[0].vat_rate_bp == 1000);
    CHECK(sale.lines[1].vat_rate_bp == 1000);
    REQUIRE(sale.vat.size() == 1);
    CHECK(sale.vat[0].invoice_code == "10%");
    CHECK(sale.vat[0].gross == Money{210'000});
    CHECK(sale.vat[0].vat == Money{19'091});
    CHECK(sale.vat_total == Money{19'091});
    CHECK(sale.total == Money{210'000}); // the price the customer pays does not change
}

TEST_CASE("VAT is worked out on what is paid after discounts", "[vat][journal]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(2))); // 330.000 at 8 %
    must(cart.add(sample.code("1004"), Quantity{500}));  // 575.000 at 5 %
    must(cart.set_order_discount(Discount::amount(Money{90'500})));
    const auto sale = sample.sell(cart);
    // Shares of 90.500 over 330.000 / 575.000: 33.000 and 57.500.
    CHECK(sale.lines[0].amount == Money{297'000});
    CHECK(sale.lines[1].amount == Money{517'500});
    REQUIRE(sale.vat.size() == 2);
    CHECK(sale.vat[0].invoice_code == "5%");
    CHECK(sale.vat[0].vat == Money{24'643}); // 517.500 / 21 = 24642,86
    CHECK(sale.vat[1].vat == Money{22'000}); // 297.000 × 8/108
    CHECK(sale.total == Money{814'500});
}

TEST_CASE("a sale dated before the VAT table begins is refused and leaves no trace",
          "[vat][journal][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    sample.set_time("2024-06-30T10:00:00+07:00"); // a till with its clock far behind
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(1)));
    const auto before = sample.row_counts();
    auto sale = complete_sale(sample.till, cart, sample.cashier(),
                              {{PaymentMethod::Cash, Money{165'000}, {}, {}}});
    CHECK(error_code(sale) == "vat.no_rate");
    CHECK(sample.row_counts() == before);
}
