#include "db/connection.h"
#include "pos/journal.h"
#include "pos/payment.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::card;
using ocop::test::cash;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::qr;

TEST_CASE("exact cash settles with no change", "[payment]") {
    const auto s = must(settle(Money{210'000}, {cash(210'000)}));
    REQUIRE(s.payments.size() == 1);
    CHECK(s.payments[0].method == PaymentMethod::Cash);
    CHECK(s.payments[0].amount == Money{210'000});
    CHECK(s.payments[0].tendered == Money{210'000});
    CHECK(s.change == Money{0});
}

TEST_CASE("change comes only out of cash", "[payment]") {
    SECTION("a 500.000 ₫ note for 210.000 ₫") {
        const auto s = must(settle(Money{210'000}, {cash(500'000)}));
        CHECK(s.change == Money{290'000});
        CHECK(s.payments[0].amount == Money{210'000}); // what it settled
        CHECK(s.payments[0].tendered == Money{500'000});
    }
    SECTION("part by transfer, the rest in cash with change") {
        const auto s = must(settle(Money{210'000}, {qr(200'000, "FT2611290001"), cash(50'000)}));
        CHECK(s.change == Money{40'000});
        REQUIRE(s.payments.size() == 2);
        CHECK(s.payments[0].method == PaymentMethod::VietQr);
        CHECK(s.payments[0].amount == Money{200'000});
        CHECK_FALSE(s.payments[0].tendered);
        CHECK(s.payments[0].reference == "FT2611290001");
        CHECK(s.payments[1].amount == Money{10'000});
        CHECK(s.payments[1].tendered == Money{50'000});
    }
    SECTION("cash handed over twice is one cash payment") {
        const auto s = must(settle(Money{95'000}, {cash(20'000), cash(100'000)}));
        CHECK(s.change == Money{25'000});
        REQUIRE(s.payments.size() == 1);
        CHECK(s.payments[0].amount == Money{95'000});
        CHECK(s.payments[0].tendered == Money{120'000});
    }
    SECTION("the cash row stands where cash was first given") {
        const auto s = must(settle(Money{30'000}, {cash(20'000), qr(5'000), cash(10'000)}));
        CHECK(s.change == Money{5'000});
        REQUIRE(s.payments.size() == 2);
        CHECK(s.payments[0].method == PaymentMethod::Cash);
        CHECK(s.payments[0].amount == Money{25'000});
        CHECK(s.payments[0].tendered == Money{30'000});
        CHECK(s.payments[1].method == PaymentMethod::VietQr);
    }
}

TEST_CASE("splits across methods settle to the đồng", "[payment]") {
    const auto s = must(
        settle(Money{1'250'000}, {card(500'000, "A1B2C3"), qr(450'000, "FT1"), cash(300'000)}));
    CHECK(s.change == Money{0});
    REQUIRE(s.payments.size() == 3);
    CHECK(s.payments[0].approval_code == "A1B2C3");
    CHECK(s.payments[0].amount + s.payments[1].amount + s.payments[2].amount == Money{1'250'000});
    // A sale given away entirely needs no payment at all.
    const auto free = must(settle(Money{0}, {}));
    CHECK(free.payments.empty());
    CHECK(free.change == Money{0});
}

TEST_CASE("a sale not fully paid is refused", "[payment][failure]") {
    auto short_by = settle(Money{210'000}, {cash(200'000)});
    CHECK(error_code(short_by) == "payment.unpaid");
    CHECK(short_by.error().message_vi.find("10.000 ₫") != std::string::npos);
    CHECK(error_code(settle(Money{210'000}, {})) == "payment.unpaid");
    CHECK(error_code(settle(Money{210'000}, {qr(100'000), card(109'999, "X")})) ==
          "payment.unpaid");
}

TEST_CASE("a card payment needs the card terminal's approval code", "[payment][failure]") {
    CHECK(error_code(settle(Money{210'000}, {card(210'000, "")})) ==
          "payment.card_approval_required");
    CHECK(must(settle(Money{210'000}, {card(210'000, "000123")})).payments[0].approval_code ==
          "000123");
}

TEST_CASE("transfers and cards cannot be overpaid: there is no change for them",
          "[payment][failure]") {
    CHECK(error_code(settle(Money{210'000}, {qr(250'000)})) == "payment.noncash_overpaid");
    CHECK(error_code(settle(Money{210'000}, {card(210'001, "A1")})) == "payment.noncash_overpaid");
    CHECK(error_code(settle(Money{210'000}, {qr(110'000), card(110'000, "A1"), cash(50'000)})) ==
          "payment.noncash_overpaid");
    // Cash that would all go back as change is not taken either.
    CHECK(error_code(settle(Money{210'000}, {qr(210'000), cash(50'000)})) ==
          "payment.cash_not_needed");
    // The rule is about the cash as a whole: here 10.000 ₫ of it is needed,
    // so it is taken, as one cash row that never settles 0 ₫.
    const auto s = must(settle(Money{210'000}, {cash(20'000), qr(200'000), cash(10'000)}));
    CHECK(s.change == Money{20'000});
    REQUIRE(s.payments.size() == 2);
    CHECK(s.payments[0].amount == Money{10'000});
    CHECK(s.payments[0].tendered == Money{30'000});
}

TEST_CASE("every payment must be more than nothing", "[payment][failure]") {
    CHECK(error_code(settle(Money{210'000}, {cash(0), cash(210'000)})) == "payment.not_positive");
    CHECK(error_code(settle(Money{210'000}, {cash(-10'000), cash(220'000)})) ==
          "payment.not_positive");
    CHECK(error_code(settle(Money{0}, {qr(0)})) == "payment.not_positive");
}

TEST_CASE("payments typed on the command line", "[payment]") {
    const auto c = must(parse_payment("cash=500000"));
    CHECK(c.method == PaymentMethod::Cash);
    CHECK(c.amount == Money{500'000});
    const auto q = must(parse_payment("qr=250.000:FT2611290001"));
    CHECK(q.method == PaymentMethod::VietQr);
    CHECK(q.amount == Money{250'000});
    CHECK(q.reference == "FT2611290001");
    const auto k = must(parse_payment("card=120000:A1B2C3"));
    CHECK(k.method == PaymentMethod::Card);
    CHECK(k.approval_code == "A1B2C3");
    CHECK(must(parse_payment("vietqr=50k")).amount == Money{50'000});
    for (const char* bad :
         {"", "cash", "cash=", "=100", "gold=100", "cash=1,5", "cash=-5", "Cash=100", "card=:A1"}) {
        INFO("'" << bad << "'");
        CHECK(error_code(parse_payment(bad)) == "payment.invalid");
    }
    CHECK(method_code(PaymentMethod::VietQr) == "vietqr");
    CHECK(method_from_code("qr") == PaymentMethod::VietQr);
    CHECK_FALSE(method_from_code("bank"));
    CHECK(method_name_vi(PaymentMethod::Cash) == "Tiền mặt");
}

TEST_CASE("a completed sale stores its payments as settled", "[payment][journal]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), Quantity::units(1))); // 165.000
    must(cart.add(sample.code("TV-RXT-LT5"), Quantity::units(1))); // 45.000
    const auto sale =
        must(complete_sale(sample.till, cart, sample.cashier(),
                           {card(100'000, "A1B2C3"), qr(60'000, "FT77"), cash(100'000)}));
    CHECK(sale.change_given == Money{50'000});
    const auto stored = must(load_sale(sample.db, sale.receipt_no));
    CHECK(stored.change_given == Money{50'000});
    REQUIRE(stored.payments.size() == 3);
    CHECK(stored.payments[0].seq == 1);
    CHECK(stored.payments[0].method == PaymentMethod::Card);
    CHECK(stored.payments[0].approval_code == "A1B2C3");
    CHECK_FALSE(stored.payments[0].tendered);
    CHECK(stored.payments[1].method == PaymentMethod::VietQr);
    CHECK(stored.payments[1].reference == "FT77");
    CHECK(stored.payments[2].method == PaymentMethod::Cash);
    CHECK(stored.payments[2].amount == Money{50'000});
    CHECK(stored.payments[2].tendered == Money{100'000});
}

TEST_CASE("a payment that does not settle the sale writes nothing", "[payment][journal][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), Quantity::units(1)));
    const auto before = sample.row_counts();
    CHECK(error_code(complete_sale(sample.till, cart, sample.cashier(), {cash(100'000)})) ==
          "payment.unpaid");
    CHECK(error_code(complete_sale(sample.till, cart, sample.cashier(), {card(165'000, "")})) ==
          "payment.card_approval_required");
    CHECK(error_code(complete_sale(sample.till, cart, sample.cashier(), {qr(200'000)})) ==
          "payment.noncash_overpaid");
    CHECK(sample.row_counts() == before);
}
