#include "db/connection.h"
#include "db/outbox.h"
#include "pos/journal.h"
#include "pos/stock.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <string>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::cash;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::refund_of;
using ocop::test::units;

namespace {

// What changed between two row counts, table by table (0s left out).
std::map<std::string, std::int64_t> difference(const std::map<std::string, std::int64_t>& before,
                                               const std::map<std::string, std::int64_t>& after) {
    std::map<std::string, std::int64_t> changed;
    for (const auto& [table, rows] : after) {
        const auto it = before.find(table);
        const std::int64_t delta = rows - (it == before.end() ? 0 : it->second);
        if (delta != 0)
            changed[table] = delta;
    }
    return changed;
}

// Two jars of dừa sáp sợi, a bottle of nectar, 1,25 kg of lạp xưởng.
Cart three_line_cart(test::SampleDb& sample) {
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-DSS-200"), units(2))); // 2 × 89.000 = 178.000
    must(cart.add(sample.code("TV-MHD-500"), units(1))); // 165.000
    must(cart.add(sample.code("1001"), Quantity{1250})); // 1,25 × 280.000 = 350.000
    return cart;
}

} // namespace

TEST_CASE("a sale is written whole: header, lines, VAT, payments, stock and its event",
          "[journal]") {
    test::SampleDb sample;
    const auto shift = sample.open_shift();
    sample.set_time("2026-11-29T10:15:30+07:00");
    const auto cart = three_line_cart(sample);
    const auto before = sample.row_counts();
    const auto sale = must(complete_sale(sample.till, cart, sample.cashier(), {cash(700'000)}));

    const std::map<std::string, std::int64_t> expected{{"sales", 1},           {"sale_lines", 3},
                                                       {"sale_vat", 1},        {"payments", 1},
                                                       {"stock_movements", 3}, {"outbox", 1}};
    CHECK(difference(before, sample.row_counts()) == expected);

    CHECK(sale.kind == "sale");
    CHECK(sale.number == 1);
    CHECK(sale.receipt_no == "TV01-01-000001");
    CHECK(sale.terminal_code == "TV01-01");
    CHECK(sale.store_code == "TV01");
    CHECK(sale.shift_id == shift.id);
    CHECK(sale.cashier == "thungan");
    CHECK(sale.cashier_name == "Nguyễn Thị Thu Ngân");
    CHECK(sale.created_at == "2026-11-29T10:15:30+07:00");
    CHECK(sale.subtotal == Money{693'000});
    CHECK(sale.discount_total == Money{0});
    CHECK(sale.total == Money{693'000});
    CHECK(sale.change_given == Money{7'000});
    CHECK(sale.vat_total == Money{51'333}); // 693.000 × 8/108 = 51333,3
    CHECK(sale.id.size() == 36);
    REQUIRE(sale.lines.size() == 3);
    CHECK(sale.lines[2].sku == "TV-LX-VT");
    CHECK(sale.lines[2].unit == "kg");
    CHECK(sale.lines[2].quantity == Quantity{1250});
    CHECK(sale.lines[2].amount == Money{350'000});

    // Read back, it is the same sale.
    const auto stored = must(load_sale(sample.db, sale.id));
    CHECK(stored.receipt_no == sale.receipt_no);
    CHECK(stored.total == sale.total);
    CHECK(stored.vat_total == sale.vat_total);
    CHECK(stored.change_given == sale.change_given);
    REQUIRE(stored.lines.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(stored.lines[i].line_no == static_cast<int>(i + 1));
        CHECK(stored.lines[i].quantity == sale.lines[i].quantity);
        CHECK(stored.lines[i].amount == sale.lines[i].amount);
        CHECK(stored.lines[i].vat_code == "8%");
    }
    CHECK(to_json(stored) == to_json(sale)); // every field, as written

    // Its event is the next in the chain and carries the sale.
    CHECK(sale.outbox_seq == 3); // 1 is the opening stock, 2 the shift's opening
    auto event = must(sample.db.prepare("SELECT type, created_at, payload FROM outbox "
                                        "WHERE seq = ?"));
    event.bind_all(sale.outbox_seq);
    REQUIRE(must(event.step()));
    CHECK(event.text(0) == "sale");
    CHECK(event.text(1) == "2026-11-29T10:15:30+07:00");
    const auto payload = nlohmann::json::parse(event.text(2));
    CHECK(payload["id"] == sale.id);
    CHECK(payload["receipt_no"] == "TV01-01-000001");
    CHECK(payload["total"] == 693'000);
    CHECK(payload["lines"][2]["quantity"] == "1.25");
    CHECK(payload["lines"][2]["quantity_milli"] == 1250);
    CHECK(payload["payments"][0]["tendered"] == 700'000);
    CHECK_FALSE(must(db::verify_chain(sample.db, sample.till.terminal)).has_value());
}

TEST_CASE("sold goods leave the stock", "[journal][stock]") {
    test::SampleDb sample;
    sample.open_shift();
    CHECK(sample.stock_of("TV-DSS-200") == units(3));
    CHECK(sample.stock_of("TV-LX-VT") == Quantity{12'500});
    sample.sell(three_line_cart(sample));
    CHECK(sample.stock_of("TV-DSS-200") == units(1));
    CHECK(sample.stock_of("TV-MHD-500") == units(11));
    CHECK(sample.stock_of("TV-LX-VT") == Quantity{11'250});
    // A carton leaves as 24 bottles.
    auto cart = sample.cart();
    must(cart.add(sample.code("18936011200216"), units(1))); // 12 × TV-NK-SB15
    sample.sell(cart);
    CHECK(sample.stock_of("TV-NK-SB15") == units(48));
    // Stock may go below zero: the sale happened, the count was wrong.
    auto more = sample.cart();
    must(more.add(sample.code("TV-DSS-200"), units(3)));
    sample.sell(more);
    CHECK(sample.stock_of("TV-DSS-200") == units(-2));
}

TEST_CASE("sale numbers are gapless and make the receipt numbers", "[journal]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-NK-SB05"), units(1)));
    for (int i = 1; i <= 12; ++i) {
        const auto sale = sample.sell(cart);
        CHECK(sale.number == i);
    }
    CHECK(must(load_sale(sample.db, "TV01-01-000012")).number == 12);
    CHECK(must(load_sale(sample.db, "tv01-01-000007")).number == 7); // typed in lower case
    CHECK(error_code(load_sale(sample.db, "TV01-01-000013")) == "sales.not_found");
    CHECK(must(sample.db.query_int64("SELECT count(*) FROM sales")) == 12);
}

TEST_CASE("without an open shift nothing is sold and nothing is written", "[journal][failure]") {
    test::SampleDb sample;
    const auto cart = three_line_cart(sample);
    const auto before = sample.row_counts();
    auto sale = complete_sale(sample.till, cart, sample.cashier(), {cash(700'000)});
    CHECK(error_code(sale) == "sale.no_open_shift");
    CHECK(sample.row_counts() == before);

    // After opening one, the first sale is still number 1.
    sample.open_shift();
    CHECK(sample.sell(cart).receipt_no == "TV01-01-000001");
}

TEST_CASE("an empty cart is not a sale", "[journal][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto before = sample.row_counts();
    CHECK(error_code(complete_sale(sample.till, sample.cart(), sample.cashier(), {})) ==
          "sale.empty_cart");
    CHECK(error_code(void_cart(sample.till, sample.cart(), sample.cashier(), "x")) ==
          "sale.empty_cart");
    CHECK(sample.row_counts() == before);
}

TEST_CASE("a failure while writing any part of a sale leaves nothing of it", "[journal][failure]") {
    // Each table the sale writes to fails in turn, as a full disk or a
    // constraint would fail half-way through: the whole sale must go.
    const char* table =
        GENERATE("outbox", "sales", "sale_lines", "stock_movements", "sale_vat", "payments");
    INFO(table);
    test::SampleDb sample;
    sample.open_shift();
    const auto first = sample.sell(three_line_cart(sample));
    must(sample.db.exec(std::string("CREATE TEMP TRIGGER fail_here BEFORE INSERT ON main.") +
                        table + " BEGIN SELECT raise(ABORT, 'injected failure'); END;"));
    const auto cart = three_line_cart(sample);
    const auto before = sample.row_counts();
    auto failed = complete_sale(sample.till, cart, sample.cashier(), {cash(700'000)});
    CHECK(error_code(failed) == "db.constraint");
    CHECK(sample.row_counts() == before);
    CHECK(sample.stock_of("TV-DSS-200") == units(1));
    // The failed sale took no number: the next one follows the first.
    must(sample.db.exec("DROP TRIGGER temp.fail_here"));
    const auto next = sample.sell(cart);
    CHECK(next.number == first.number + 1);
    CHECK(next.outbox_seq == first.outbox_seq + 1);
    CHECK_FALSE(must(db::verify_chain(sample.db, sample.till.terminal)).has_value());
}

TEST_CASE("a full disk fails the sale cleanly", "[journal][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto cart = three_line_cart(sample);
    const auto before = sample.row_counts();
    const auto pages = must(sample.db.query_int64("PRAGMA page_count")).value();
    must(sample.db.exec("PRAGMA max_page_count = " + std::to_string(pages)));
    auto failed = complete_sale(sample.till, cart, sample.cashier(), {cash(700'000)});
    CHECK(error_code(failed) == "db.disk_full");
    must(sample.db.exec("PRAGMA max_page_count = 1073741823"));
    CHECK(sample.row_counts() == before);
    CHECK(sample.sell(cart).number == 1);
}

TEST_CASE("a manager's approvals are recorded with the sale", "[journal]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Khách đoàn");
    auto cart = three_line_cart(sample);
    must(cart.set_line_discount(0, Discount::percent_bp(2000), approval));
    must(cart.set_order_discount(Discount::percent_bp(1500), approval));
    const auto sale = sample.sell(cart);
    CHECK(sale.approved_by == "quanly");
    CHECK(sale.approval_note == "Khách đoàn; Khách đoàn");
    const auto stored = must(load_sale(sample.db, sale.id));
    CHECK(stored.approved_by == "quanly");
    // 178.000 − 20 % = 142.400; with 165.000 and 350.000 the base is 657.400;
    // 15 % of it is 98.610.
    CHECK(stored.discount_total == Money{35'600 + 98'610});
    CHECK(stored.total == Money{693'000 - 35'600 - 98'610});
    Money order_shares;
    for (const auto& line : stored.lines)
        order_shares += line.order_discount;
    CHECK(order_shares == Money{98'610});
    // Without approvals there is no approver.
    auto plain = sample.cart();
    must(plain.add(sample.code("TV-NK-SB05"), units(1)));
    CHECK(sample.sell(plain).approved_by.empty());
}

TEST_CASE("a whole sale is refunded at its own prices", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Khách đổi ý");
    const auto sale = sample.sell(three_line_cart(sample));
    sample.set_time("2026-11-29T15:00:00+07:00");
    const auto before = sample.row_counts();
    const auto refund = must(refund_sale(sample.till, refund_of(sale), sample.cashier(), approval));

    const std::map<std::string, std::int64_t> expected{{"sales", 1},           {"sale_lines", 3},
                                                       {"sale_vat", 1},        {"payments", 1},
                                                       {"stock_movements", 3}, {"outbox", 1}};
    CHECK(difference(before, sample.row_counts()) == expected);
    CHECK(refund.kind == "refund");
    CHECK(refund.refund_of == sale.id);
    CHECK(refund.number == 2);
    CHECK(refund.receipt_no == "TV01-01-000002");
    CHECK(refund.approved_by == "quanly");
    CHECK(refund.approval_note == "Khách đổi ý");
    CHECK(refund.total == Money{-693'000});
    CHECK(refund.vat_total == Money{-51'333});
    REQUIRE(refund.lines.size() == 3);
    CHECK(refund.lines[2].quantity == Quantity{-1250});
    CHECK(refund.lines[2].refund_of_line == 3);
    REQUIRE(refund.payments.size() == 1);
    CHECK(refund.payments[0].method == PaymentMethod::Cash);
    CHECK(refund.payments[0].amount == Money{-693'000});
    // The goods are back on the shelf.
    CHECK(sample.stock_of("TV-DSS-200") == units(3));
    CHECK(sample.stock_of("TV-LX-VT") == Quantity{12'500});
    // And nothing is left to refund.
    CHECK(error_code(refund_sale(sample.till, refund_of(sale), sample.cashier(), approval)) ==
          "refund.nothing_left");
}

TEST_CASE("partial refunds add up to the line to the đồng", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Hàng lỗi");
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-KDS-NC"), units(3)));  // 3 × 65.000 = 195.000
    must(cart.add(sample.code("TV-MHT-330"), units(7))); // 7 × 45.000 = 315.000
    must(cart.add(sample.code("TV-RXT-LT5"), units(1))); // 45.000
    // 10.001 ₫ shared three ways (3513,87 / 5676,19 / 810,89, so 3514 / 5676 /
    // 811): no line's share divides evenly by its quantity.
    must(cart.set_order_discount(Discount::amount(Money{10'001})));
    const auto sale = sample.sell(cart);
    const auto& line = sale.lines[1];
    CHECK(sale.lines[0].order_discount == Money{3'514});
    CHECK(line.order_discount == Money{5'676});
    CHECK(sale.lines[2].order_discount == Money{811});
    CHECK(line.amount == Money{309'324});

    const auto first = must(
        refund_sale(sample.till, refund_of(sale, {{2, units(3)}}), sample.cashier(), approval));
    const auto second = must(
        refund_sale(sample.till, refund_of(sale, {{2, units(2)}}), sample.cashier(), approval));
    const auto rest = must(
        refund_sale(sample.till, refund_of(sale, {{2, std::nullopt}}), sample.cashier(), approval));
    REQUIRE(first.lines.size() == 1);
    REQUIRE(rest.lines.size() == 1);
    CHECK(rest.lines[0].quantity == units(-2));
    CHECK(first.lines[0].order_discount == Money{-2'433}); // 5676 × 3/7 = 2432,57
    CHECK(first.lines[0].amount == Money{-132'567});
    const auto sum = [&](auto member) {
        return (first.lines[0].*member) + (second.lines[0].*member) + (rest.lines[0].*member);
    };
    CHECK(sum(&SaleLineRecord::quantity) == -line.quantity);
    CHECK(sum(&SaleLineRecord::gross) == -line.gross);
    CHECK(sum(&SaleLineRecord::order_discount) == -line.order_discount);
    CHECK(sum(&SaleLineRecord::amount) == -line.amount);
    CHECK(first.total + second.total + rest.total == -line.amount);
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{2, units(1)}}), sample.cashier(),
                                 approval)) == "refund.too_much");
}

TEST_CASE("unit by unit, no refund gives back more than a unit's share", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Trả từng chai");
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(4))); // 660.000
    // 2 đồng off for 4 bottles: half a đồng each.
    must(cart.set_order_discount(Discount::amount(Money{2})));
    const auto sale = sample.sell(cart);
    REQUIRE(sale.lines[0].order_discount == Money{2});

    Money refunded;
    Money returned_discount;
    for (int bottle = 1; bottle <= 4; ++bottle) {
        INFO("bottle " << bottle);
        const auto refund = must(
            refund_sale(sample.till, refund_of(sale, {{1, units(1)}}), sample.cashier(), approval));
        const auto& line = refund.lines[0];
        // Each bottle returns half a đồng of discount, rounded: 0 or 1, never
        // more, and never a discount handed back the other way.
        CHECK(line.order_discount <= Money{0});
        CHECK(line.order_discount >= Money{-1});
        CHECK(-line.amount <= Money{165'000});
        refunded -= line.amount;
        returned_discount -= line.order_discount;
        // What has gone back so far is the rounded share of what was returned.
        CHECK(returned_discount == Money{(2 * bottle + 2) / 4}); // half away from zero
    }
    CHECK(refunded == sale.lines[0].amount);
    CHECK(returned_discount == Money{2});
}

TEST_CASE("counted goods are refunded in whole units", "[journal][refund][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Trả hàng");
    const auto sale = sample.sell(three_line_cart(sample)); // 2 jars, 1 bottle, 1,25 kg
    const auto before = sample.row_counts();
    auto half_jar =
        refund_sale(sample.till, refund_of(sale, {{1, Quantity{500}}}), sample.cashier(), approval);
    CHECK(error_code(half_jar) == "refund.fractional_quantity");
    CHECK(half_jar.error().message_vi.find("Dừa sáp sợi Vicosap hũ 200 g") != std::string::npos);
    CHECK(sample.row_counts() == before);
    // Weighed goods come back by weight.
    const auto sausage = must(refund_sale(sample.till, refund_of(sale, {{3, Quantity{500}}}),
                                          sample.cashier(), approval));
    CHECK(sausage.lines[0].amount == Money{-140'000});
}

TEST_CASE("two halves of a weighed line refund exactly what was paid", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Cân nhầm");
    auto cart = sample.cart();
    must(cart.add(sample.code("1004"), Quantity{333})); // 0,333 kg tôm khô: 382.950
    must(cart.add(sample.code("TV-NK-SB05"), units(1)));
    must(cart.set_order_discount(Discount::amount(Money{1'001})));
    const auto sale = sample.sell(cart);
    const auto a = must(refund_sale(sample.till, refund_of(sale, {{1, Quantity{111}}}),
                                    sample.cashier(), approval));
    const auto b = must(refund_sale(sample.till, refund_of(sale, {{1, Quantity{222}}}),
                                    sample.cashier(), approval));
    CHECK(a.lines[0].amount + b.lines[0].amount == -sale.lines[0].amount);
    CHECK(a.lines[0].gross + b.lines[0].gross == -sale.lines[0].gross);
    CHECK(sample.stock_of("TV-TK-TH1") == Quantity{1250});
}

TEST_CASE("a refund cannot return more than was sold", "[journal][refund][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Trả hàng");
    const auto sale = sample.sell(three_line_cart(sample)); // line 1: 2 jars
    const auto before = sample.row_counts();

    auto too_many =
        refund_sale(sample.till, refund_of(sale, {{1, units(3)}}), sample.cashier(), approval);
    CHECK(error_code(too_many) == "refund.too_much");
    CHECK(too_many.error().message_vi.find("chỉ còn 2 hũ") != std::string::npos);
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{3, Quantity{1251}}}),
                                 sample.cashier(), approval)) == "refund.too_much");
    // Not even by naming the same line twice in one refund.
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{1, units(2)}, {1, units(2)}}),
                                 sample.cashier(), approval)) == "refund.too_much");
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{2, units(1)}, {2, units(1)}}),
                                 sample.cashier(), approval)) == "refund.too_much");
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{4, std::nullopt}}),
                                 sample.cashier(), approval)) == "refund.no_such_line");
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{0, std::nullopt}}),
                                 sample.cashier(), approval)) == "refund.no_such_line");
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{1, units(0)}}), sample.cashier(),
                                 approval)) == "quantity.not_positive");
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{1, units(-1)}}), sample.cashier(),
                                 approval)) == "quantity.not_positive");
    CHECK(sample.row_counts() == before);

    must(refund_sale(sample.till, refund_of(sale, {{1, units(1)}}), sample.cashier(), approval));
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{1, units(2)}}), sample.cashier(),
                                 approval)) == "refund.too_much");
    // One jar left on line 1: two lines of one in a single refund is one too many.
    CHECK(error_code(refund_sale(sample.till, refund_of(sale, {{1, units(1)}, {1, units(1)}}),
                                 sample.cashier(), approval)) == "refund.too_much");
    // Named twice within what is left is fine: one jar, then "the rest" (none).
    const auto twice =
        must(refund_sale(sample.till, refund_of(sale, {{2, units(1)}, {2, std::nullopt}}),
                         sample.cashier(), approval));
    CHECK(twice.lines.size() == 1);
    CHECK(twice.total == Money{-165'000});
    // What is left of the sale can still go back whole.
    const auto rest = must(refund_sale(sample.till, refund_of(sale), sample.cashier(), approval));
    CHECK(rest.lines.size() == 2);
    CHECK(rest.lines[0].quantity == units(-1));
    CHECK(sample.stock_of("TV-DSS-200") == units(3));
}

TEST_CASE("a refund is not refunded", "[journal][refund][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Trả hàng");
    const auto sale = sample.sell(three_line_cart(sample));
    const auto refund = must(
        refund_sale(sample.till, refund_of(sale, {{1, units(1)}}), sample.cashier(), approval));
    RefundRequest again;
    again.sale = refund.receipt_no;
    CHECK(error_code(refund_sale(sample.till, again, sample.cashier(), approval)) ==
          "refund.not_a_sale");
    again.sale = refund.id;
    CHECK(error_code(refund_sale(sample.till, again, sample.cashier(), approval)) ==
          "refund.not_a_sale");
    again.sale = "TV01-01-000099";
    CHECK(error_code(refund_sale(sample.till, again, sample.cashier(), approval)) ==
          "sales.not_found");
}

TEST_CASE("a refund needs an open shift", "[journal][refund][failure]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Đóng ca");
    const auto sale = sample.sell(three_line_cart(sample));
    must(close_shift(sample.till, approval, Money{500'000 + 693'000}));
    const auto before = sample.row_counts();
    CHECK(error_code(refund_sale(sample.till, refund_of(sale), sample.cashier(), approval)) ==
          "sale.no_open_shift");
    CHECK(sample.row_counts() == before);
}

TEST_CASE("a refund in 2027 of a 2026 sale returns the 8 % it was charged", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Hàng hỏng");
    sample.set_time("2026-12-31T20:00:00+07:00");
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-MHD-500"), units(2))); // 330.000 at 8 %
    must(cart.add(sample.code("TV-RXT-LT5"), units(1))); // 45.000 at 10 %
    const auto sale = sample.sell(cart);
    sample.set_time("2027-01-02T09:00:00+07:00");
    const auto refund = must(
        refund_sale(sample.till, refund_of(sale, {{1, units(1)}}), sample.cashier(), approval));
    CHECK(refund.created_at == "2027-01-02T09:00:00+07:00");
    REQUIRE(refund.lines.size() == 1);
    CHECK(refund.lines[0].vat_rate_bp == 800);
    CHECK(refund.lines[0].vat_code == "8%");
    REQUIRE(refund.vat.size() == 1);
    CHECK(refund.vat[0].invoice_code == "8%");
    CHECK(refund.vat[0].vat == Money{-12'222}); // −165.000 × 8/108
    // A new sale the same day is at 10 %.
    auto today = sample.cart();
    must(today.add(sample.code("TV-MHD-500"), units(1)));
    CHECK(sample.sell(today).lines[0].vat_rate_bp == 1000);
}

TEST_CASE("a refund can be paid out by transfer", "[journal][refund]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Khách chuyển khoản");
    const auto sale = sample.sell(three_line_cart(sample));
    auto request = refund_of(sale, {{2, std::nullopt}});
    request.payout = PaymentMethod::VietQr;
    request.payout_reference = "FT2611290099";
    const auto refund = must(refund_sale(sample.till, request, sample.cashier(), approval));
    const auto stored = must(load_sale(sample.db, refund.id));
    REQUIRE(stored.payments.size() == 1);
    CHECK(stored.payments[0].method == PaymentMethod::VietQr);
    CHECK(stored.payments[0].amount == Money{-165'000});
    CHECK(stored.payments[0].reference == "FT2611290099");
    CHECK(stored.refund_of == sale.id);
}

TEST_CASE("an abandoned cart is recorded as a void event", "[journal]") {
    test::SampleDb sample;
    sample.set_time("2026-11-29T11:00:00+07:00");
    const auto cart = three_line_cart(sample);
    const auto before = sample.row_counts();
    const auto seq = must(void_cart(sample.till, cart, sample.cashier(), "Khách không mua nữa"));
    CHECK(seq == 2);
    CHECK(difference(before, sample.row_counts()) ==
          std::map<std::string, std::int64_t>{{"outbox", 1}});
    auto event = must(sample.db.prepare("SELECT type, created_at, payload FROM outbox "
                                        "WHERE seq = 2"));
    REQUIRE(must(event.step()));
    CHECK(event.text(0) == "void");
    CHECK(event.text(1) == "2026-11-29T11:00:00+07:00");
    const auto payload = nlohmann::json::parse(event.text(2));
    CHECK(payload["cashier"] == "thungan");
    CHECK(payload["reason"] == "Khách không mua nữa");
    CHECK(payload["total"] == 693'000);
    REQUIRE(payload["lines"].size() == 3);
    CHECK(payload["lines"][2]["sku"] == "TV-LX-VT");
    CHECK(payload["lines"][2]["quantity_milli"] == 1250);
    CHECK(payload["lines"][2]["amount"] == 350'000);
    CHECK_FALSE(must(db::verify_chain(sample.db, sample.till.terminal)).has_value());
}

TEST_CASE("sales are listed by business date", "[journal]") {
    test::SampleDb sample;
    sample.open_shift();
    auto cart = sample.cart();
    must(cart.add(sample.code("TV-NK-SB05"), units(1)));
    sample.set_time("2026-12-30T23:59:59+07:00");
    sample.sell(cart);
    sample.set_time("2026-12-31T00:00:00+07:00");
    sample.sell(cart);
    sample.set_time("2027-01-01T08:00:00+07:00");
    sample.sell(cart);
    SaleFilter filter;
    CHECK(must(list_sales(sample.db, filter)).size() == 3);
    filter.from_date = "2026-12-31";
    filter.to_date = "2026-12-31";
    const auto day = must(list_sales(sample.db, filter));
    REQUIRE(day.size() == 1);
    CHECK(day[0].number == 2);
    CHECK(day[0].lines.empty()); // headers only
    filter.to_date.reset();
    CHECK(must(list_sales(sample.db, filter)).size() == 2);
}
