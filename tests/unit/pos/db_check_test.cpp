#include "db/connection.h"
#include "pos/db_check.h"
#include "pos/journal.h"
#include "pos/shift.h"
#include "pos/stock.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/values.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;
using ocop::test::units;

namespace {

PaymentInput pay(PaymentMethod method, std::int64_t dong, std::string code = {}) {
    return {method, Money{dong}, method == PaymentMethod::Card ? code : "",
            method == PaymentMethod::VietQr ? code : ""};
}

// A day at the till: sales of every kind, refunds, a void, a delivery, and
// the shift closed. Sales TV01-01-000001..000004, refunds 000005 and 000006.
void busy_day(test::SampleDb& sample) {
    sample.open_shift(Money{1'000'000});
    const auto approval = sample.manager_approval("Kiểm tra");
    const auto cashier = sample.cashier();

    auto a = sample.cart();
    must(a.add(sample.code("TV-DSS-200"), units(2)));
    must(a.add(sample.code("TV-MHD-500"), units(1)));
    must(a.add(sample.code("1001"), Quantity{1250}));
    must(complete_sale(sample.till, a, cashier, {pay(PaymentMethod::Cash, 700'000)})); // 1

    auto b = sample.cart();
    must(b.add(sample.code("18936011200117"), units(1))); // a carton of 24
    must(b.add(sample.code("TV-RXT-HOP"), units(2)));
    must(b.set_line_discount(1, Discount::percent_bp(1500), approval));
    must(b.set_order_discount(Discount::amount(Money{10'001}), approval));
    must(complete_sale(sample.till, b, cashier,
                       {pay(PaymentMethod::Card, 200'000, "A1B2C3"),
                        pay(PaymentMethod::VietQr, 100'000, "FT1"),
                        pay(PaymentMethod::Cash, 200'000)})); // 2

    auto c = sample.cart();
    must(c.add(sample.code("1004"), Quantity{137}));
    must(c.add(sample.code("TV-GIONG-DS"), units(1))); // exempt
    must(complete_sale(sample.till, c, cashier, {pay(PaymentMethod::VietQr, 507'550, "FT2")}));

    auto d = sample.cart();
    must(d.add(sample.code("TV-YS-PH50"), units(1)));
    must(d.set_line_discount(0, Discount::percent_bp(10'000), approval)); // a gift
    must(complete_sale(sample.till, d, cashier, {}));                     // 4, total 0

    RefundRequest partial;
    partial.sale = "TV01-01-000002";
    partial.lines = {{1, units(5)}, {2, units(1)}};
    must(refund_sale(sample.till, partial, cashier, approval)); // 5
    RefundRequest whole;
    whole.sale = "TV01-01-000001";
    must(refund_sale(sample.till, whole, cashier, approval)); // 6

    auto e = sample.cart();
    must(e.add(sample.code("TV-BT-BM"), units(1)));
    must(void_cart(sample.till, e, cashier, "Khách đổi ý"));
    must(record_movements(sample.till, "receipt",
                          {{sample.product_id("TV-BT-BM"), units(10), {}, {}}}, "Giao hàng"));
    must(close_shift(sample.till, approval, Money{1'500'000}));
}

std::set<std::string> checks_failing(test::SampleDb& sample) {
    std::set<std::string> names;
    for (const auto& problem : must(check_database(sample.db)))
        names.insert(problem.check);
    return names;
}

std::string detail_of(test::SampleDb& sample, const std::string& check) {
    for (const auto& problem : must(check_database(sample.db)))
        if (problem.check == check)
            return problem.detail;
    return "";
}

// Someone with the file and the sqlite3 shell: the immutability triggers are
// in the file too, so they go first.
void tamper(test::SampleDb& sample, const std::string& sql) {
    must(sample.db.exec("DROP TRIGGER IF EXISTS sales_no_update;"
                        "DROP TRIGGER IF EXISTS sales_no_delete;"
                        "DROP TRIGGER IF EXISTS outbox_no_update;"
                        "DROP TRIGGER IF EXISTS outbox_no_delete;"));
    must(sample.db.exec(sql));
}

using Names = std::set<std::string>;

} // namespace

TEST_CASE("a freshly set-up database is sound", "[db_check]") {
    test::SampleDb sample;
    CHECK(must(check_database(sample.db)).empty());
}

TEST_CASE("a day of sales, refunds, voids and deliveries leaves a sound database", "[db_check]") {
    test::SampleDb sample;
    busy_day(sample);
    CHECK(sample.count("sales") == 6);
    const auto problems = must(check_database(sample.db));
    for (const auto& problem : problems)
        UNSCOPED_INFO(problem.check << ": " << problem.detail);
    CHECK(problems.empty());
}

TEST_CASE("many random sales and refunds leave a sound database", "[db_check][property]") {
    test::SampleDb sample;
    sample.open_shift();
    const auto approval = sample.manager_approval("Kiểm thử");
    const auto cashier = sample.cashier();
    std::vector<CodeMatch> products;
    for (const char* code : {"TV-MHD-500", "1001", "1004", "TV-NK-SB05", "18936011200216",
                             "TV-RXT-LT5", "TV-GIONG-DS", "TV-DS-HT1", "TV-KDS-NC", "1006"})
        products.push_back(sample.code(code));

    std::mt19937_64 random(7);
    const auto pick = [&](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    std::vector<SaleRecord> sales;
    for (int round = 0; round < 40; ++round) {
        auto cart = sample.cart();
        for (auto lines = pick(1, 5); lines > 0; --lines) {
            const auto& product = products[static_cast<std::size_t>(pick(0, 9))];
            must(cart.add(product,
                          product.product.weighed ? Quantity{pick(1, 3'000)} : units(pick(1, 7))));
        }
        if (pick(0, 1))
            must(cart.set_order_discount(
                Discount::amount(Money{pick(0, cart.totals().total().dong)}), approval));
        sales.push_back(sample.sell(cart));
        // Now and then refund part of an earlier sale, a line at a time.
        if (pick(0, 2) == 0) {
            const auto& sale = sales[static_cast<std::size_t>(
                pick(0, static_cast<std::int64_t>(sales.size() - 1)))];
            const auto& line = sale.lines[static_cast<std::size_t>(
                pick(0, static_cast<std::int64_t>(sale.lines.size() - 1)))];
            RefundRequest request;
            request.sale = sale.id;
            const bool weighed = line.unit == "kg";
            const Quantity some = weighed ? Quantity{pick(1, line.quantity.milli)}
                                          : units(pick(1, line.quantity.milli / 1000));
            request.lines = {{line.line_no, some}};
            auto refund = refund_sale(sample.till, request, cashier, approval);
            CHECK((refund || refund.error().code == "refund.too_much"));
        }
    }
    const auto problems = must(check_database(sample.db));
    for (const auto& problem : problems)
        UNSCOPED_INFO(problem.check << ": " << problem.detail);
    CHECK(problems.empty());
}

TEST_CASE("a sale total changed behind the program's back is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    // The table's CHECK wants total = subtotal − discount_total, so both move.
    tamper(sample, "UPDATE sales SET subtotal = subtotal + 1000, total = total + 1000 "
                   "WHERE receipt_no = 'TV01-01-000003'");
    CHECK(checks_failing(sample) == Names{"sale_total_matches_lines", "payments_settle_total",
                                          "vat_breakdown_matches_total"});
    CHECK(detail_of(sample, "sale_total_matches_lines") ==
          "sale TV01-01-000003: total 508550 but lines sum to 507550");
}

TEST_CASE("a deleted stock movement is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "DELETE FROM stock_movements WHERE id = (SELECT m.id FROM stock_movements m "
                   "JOIN sales s ON s.id = m.sale_id WHERE s.receipt_no = 'TV01-01-000001' "
                   "ORDER BY m.id LIMIT 1)");
    CHECK(checks_failing(sample) == Names{"sale_lines_moved_stock"});
    CHECK(detail_of(sample, "sale_lines_moved_stock").starts_with("sale TV01-01-000001 product "));
}

TEST_CASE("an edited outbox payload is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE outbox SET payload = replace(payload, '700000', '7000') WHERE seq = 3");
    CHECK(checks_failing(sample) == Names{"outbox_chain"});
    CHECK(detail_of(sample, "outbox_chain") ==
          "terminal TV01-01 event 3: content does not match its hash (edited after it was "
          "written)");
}

TEST_CASE("a deleted outbox event is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "DELETE FROM outbox WHERE seq = (SELECT outbox_seq FROM sales "
                   "WHERE receipt_no = 'TV01-01-000002')");
    CHECK(checks_failing(sample) == Names{"sale_has_event", "movement_has_event", "outbox_chain"});
    CHECK(detail_of(sample, "outbox_chain") ==
          "terminal TV01-01 event 4: event 4 is missing (next present is 5)");
}

TEST_CASE("lines missing from a sale are found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    SECTION("one line") {
        tamper(sample, "DELETE FROM sale_lines WHERE line_no = 2 AND sale_id = (SELECT id FROM "
                       "sales WHERE receipt_no = 'TV01-01-000003')");
        CHECK(checks_failing(sample) ==
              Names{"sale_total_matches_lines", "sale_movements_have_lines"});
        CHECK(detail_of(sample, "sale_total_matches_lines") ==
              "sale TV01-01-000003: total 507550 but lines sum to 157550");
    }
    SECTION("all of them") {
        tamper(sample, "DELETE FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE "
                       "receipt_no = 'TV01-01-000004')");
        // The gift had a total of 0, so only the missing lines show.
        CHECK(checks_failing(sample) == Names{"sale_has_lines", "sale_movements_have_lines"});
        CHECK(detail_of(sample, "sale_has_lines") == "sale TV01-01-000004 has no lines");
    }
}

TEST_CASE("stock moved for a sale that did not sell it is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    // Goods taken off the shelf and booked against an existing sale.
    tamper(sample, "INSERT INTO stock_movements (store_id, product_id, quantity_milli, kind, "
                   "sale_id, created_at, outbox_seq) SELECT 1, p.id, -5000, 'sale', s.id, "
                   "s.created_at, s.outbox_seq FROM sales s, products p "
                   "WHERE s.receipt_no = 'TV01-01-000003' AND p.sku = 'TV-YS-PH50'");
    CHECK(checks_failing(sample) == Names{"sale_movements_have_lines"});
    const auto detail = detail_of(sample, "sale_movements_have_lines");
    CHECK(detail.find("of sale TV01-01-000003") != std::string::npos);
    CHECK(detail.find("product 59") != std::string::npos);
}

TEST_CASE("payments that do not settle the total are found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE payments SET amount = amount - 50000 WHERE method = 'vietqr' AND "
                   "sale_id = (SELECT id FROM sales WHERE receipt_no = 'TV01-01-000002')");
    CHECK(checks_failing(sample) == Names{"payments_settle_total"});
}

TEST_CASE("change that does not match the cash is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE sales SET change_given = change_given + 5000 "
                   "WHERE receipt_no = 'TV01-01-000001'");
    CHECK(checks_failing(sample) == Names{"change_matches_cash"});
    CHECK(detail_of(sample, "change_matches_cash") ==
          "sale TV01-01-000001: change 12000 but cash tendered minus applied is 7000");
}

TEST_CASE("a VAT breakdown that does not match is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE sale_vat SET vat = vat - 1 WHERE vat_code = '8%' AND sale_id = "
                   "(SELECT id FROM sales WHERE receipt_no = 'TV01-01-000001')");
    CHECK(checks_failing(sample) == Names{"vat_breakdown_matches_total"});
}

TEST_CASE("a movement pointing at no event is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE stock_movements SET outbox_seq = 999 WHERE kind = 'receipt'");
    CHECK(checks_failing(sample) == Names{"movement_has_event"});
}

TEST_CASE("a gap in the sale numbers is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    tamper(sample, "UPDATE sales SET number = 7 WHERE receipt_no = 'TV01-01-000006'");
    CHECK(checks_failing(sample) == Names{"sale_numbers_gapless"});
    CHECK(detail_of(sample, "sale_numbers_gapless") ==
          "terminal TV01-01: 6 sales numbered up to 7");
}

TEST_CASE("a refund of more than was sold is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    // Sale 2 sold 24 bottles on line 1; refund 5 returned 5 of them. Make it 30,
    // with its money and stock to match, so that only the quantity is wrong.
    tamper(sample, "UPDATE sale_lines SET quantity_milli = -30000 WHERE refund_of_line = 1 AND "
                   "sale_id = (SELECT id FROM sales WHERE receipt_no = 'TV01-01-000005');"
                   "UPDATE stock_movements SET quantity_milli = 30000 WHERE kind = 'refund' AND "
                   "quantity_milli = 5000");
    CHECK(checks_failing(sample) == Names{"refund_within_sale"});
    CHECK(detail_of(sample, "refund_within_sale") ==
          "sale TV01-01-000002 line 1: sold 24000, refunded 30000");
}

TEST_CASE("a row referring to something missing is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    const auto id =
        must(sample.db.query_int64("SELECT id FROM stock_movements WHERE kind = 'receipt'"))
            .value();
    must(sample.db.exec("PRAGMA foreign_keys = OFF"));
    tamper(sample, "UPDATE stock_movements SET product_id = 9999 WHERE kind = 'receipt'");
    CHECK(checks_failing(sample) == Names{"foreign_keys"});
    CHECK(detail_of(sample, "foreign_keys") ==
          "stock_movements row " + std::to_string(id) + " refers to a missing products");
}

TEST_CASE("damage to the file itself is found", "[db_check][failure]") {
    test::SampleDb sample;
    busy_day(sample);
    // Overwrite the header of an index page that no check reads, as a bad
    // sector would, with everything checkpointed into the main file.
    const auto root =
        must(sample.db.query_int64(
                 "SELECT rootpage FROM sqlite_schema WHERE name = 'sales_created_at'"))
            .value();
    const auto page_size = must(sample.db.query_int64("PRAGMA page_size")).value();
    must(sample.db.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    {
        std::fstream file(sample.path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp((root - 1) * page_size);
        const std::string garbage(64, '\x5a');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    auto reopened = must(db::Connection::open(sample.path));
    // Reported as what SQLite found, not as a failure to check.
    const auto problems = must(check_database(reopened));
    REQUIRE_FALSE(problems.empty());
    CHECK(problems.front().check == "sqlite_integrity");
    CHECK(problems.front().detail.find("Page " + std::to_string(root)) != std::string::npos);
}
