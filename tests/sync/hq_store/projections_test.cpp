// What head office reads from real terminal events: a terminal database of
// the sample makes sales, a refund and a stock receipt with the store's own
// code (pos/), its outbox is pushed, and head office's sales, stock and
// settlement must equal the terminal's own figures.

#include "hq_fixture.h"
#include "pos/journal.h"
#include "pos/stock.h"
#include "support/sample_db.h"

#include <map>
#include <tuple>

using namespace ocop;
using ocop::test::accepted;
using ocop::test::kHqNow;
using ocop::test::must;
using ocop::test::units;

namespace {

// A morning at TV01-01: two sales, a partial refund, a receipt of goods
// and a voided cart.
void trade(test::SampleDb& terminal) {
    terminal.open_shift();
    terminal.set_time("2026-11-29T10:15:00+07:00");
    auto first = terminal.cart();
    must(first.add(terminal.code("TV-DSS-200"), units(2)));
    must(first.add(terminal.code("TV-MHD-500"), units(1)));
    must(first.add(terminal.code("1001"), pos::Quantity{1250}));
    const auto sale = terminal.sell(first);
    terminal.set_time("2026-11-29T11:00:00+07:00");
    auto second = terminal.cart();
    must(second.add(terminal.code("TV-DSS-200"), units(3)));
    terminal.sell(second);
    terminal.set_time("2026-11-30T09:30:00+07:00");
    const auto approval = terminal.manager_approval("khách đổi ý");
    must(pos::refund_sale(terminal.till, test::refund_of(sale, {{1, units(1)}}), terminal.cashier(),
                          approval));
    must(pos::record_movements(terminal.till, "receipt",
                               {{terminal.product_id("TV-MHD-500"), units(12), {}, {}}},
                               "nhập hàng"));
    auto abandoned = terminal.cart();
    must(abandoned.add(terminal.code("TV-MHD-500"), units(1)));
    must(pos::void_cart(terminal.till, abandoned, terminal.cashier(), "khách không mua"));
}

std::vector<db::OutboxEvent> outbox(test::SampleDb& terminal) {
    auto statement = must(terminal.db.prepare(
        "SELECT seq, type, created_at, payload, prev_hash, hash FROM outbox WHERE terminal_id = ? "
        "ORDER BY seq"));
    statement.bind_all(terminal.till.terminal.id);
    std::vector<db::OutboxEvent> events;
    while (must(statement.step())) {
        events.push_back({statement.int64(0), statement.text(1), statement.text(2),
                          statement.text(3), statement.text(4), statement.text(5)});
    }
    return events;
}

// The terminal's stock by sku, from the movements of events head office can
// place (a stock event whose lines carry no sku makes none there).
std::map<std::string, std::int64_t> terminal_stock(test::SampleDb& terminal) {
    auto statement =
        must(terminal.db.prepare("SELECT p.sku, sum(m.quantity_milli) FROM stock_movements m "
                                 "JOIN products p ON p.id = m.product_id "
                                 "JOIN outbox o ON o.seq = m.outbox_seq AND o.terminal_id = ? "
                                 "WHERE m.store_id = ? AND (o.type <> 'stock' OR "
                                 "      json_extract(o.payload, '$.lines[0].sku') IS NOT NULL) "
                                 "GROUP BY p.sku"));
    statement.bind_all(terminal.till.terminal.id, terminal.till.store_id);
    std::map<std::string, std::int64_t> stock;
    while (must(statement.step()))
        stock[statement.text(0)] = statement.int64(1);
    return stock;
}

using SettlementFigures =
    std::tuple<std::string, std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;

std::vector<SettlementFigures> terminal_settlement(test::SampleDb& terminal,
                                                   const std::string& producer) {
    auto statement = must(terminal.db.prepare(
        "SELECT l.sku, "
        "coalesce(sum(CASE WHEN s.kind = 'sale' THEN l.quantity_milli END), 0), "
        "coalesce(sum(CASE WHEN s.kind = 'sale' THEN l.amount END), 0), "
        "coalesce(-sum(CASE WHEN s.kind = 'refund' THEN l.quantity_milli END), 0), "
        "coalesce(-sum(CASE WHEN s.kind = 'refund' THEN l.amount END), 0), sum(l.amount) "
        "FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
        "JOIN products p ON p.id = l.product_id JOIN producers r ON r.id = p.producer_id "
        "WHERE r.code = ? GROUP BY l.sku ORDER BY l.sku"));
    statement.bind_all(producer);
    std::vector<SettlementFigures> lines;
    while (must(statement.step())) {
        lines.emplace_back(statement.text(0), statement.int64(1), statement.int64(2),
                           statement.int64(3), statement.int64(4), statement.int64(5));
    }
    return lines;
}

} // namespace

TEMPLATE_TEST_CASE("sales, stock and settlement at head office equal the terminal's own", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    test::SampleDb terminal;
    REQUIRE(terminal.till.terminal.code == "TV01-01");
    trade(terminal);
    const auto events = outbox(terminal);
    REQUIRE(events.size() >= 6);

    // In two batches, the second resent once more: nothing counts twice.
    const auto half = static_cast<std::ptrdiff_t>(events.size() / 2);
    const sync::PushRequest first{"TV01-01", {events.begin(), events.begin() + half}};
    const sync::PushRequest rest{"TV01-01", {events.begin() + half, events.end()}};
    accepted(hq.office.receive_events(till, first, kHqNow));
    accepted(hq.office.receive_events(till, rest, "2026-11-30T10:00:00+07:00"));
    const auto again = accepted(hq.office.receive_events(till, rest, "2026-11-30T10:05:00+07:00"));
    CHECK(again.acked_seq == events.back().seq);
    CHECK(again.stored == 0);

    // Sales: one row per sale and refund, with the terminal's ids and totals.
    auto statement = must(terminal.db.prepare(
        "SELECT id, kind, receipt_no, total, vat_total FROM sales ORDER BY created_at, number"));
    std::vector<std::tuple<std::string, std::string, std::string, std::int64_t, std::int64_t>>
        expected_sales;
    while (must(statement.step()))
        expected_sales.emplace_back(statement.text(0), statement.text(1), statement.text(2),
                                    statement.int64(3), statement.int64(4));
    const auto sales = must(hq.office.sales({}));
    REQUIRE(sales.size() == expected_sales.size());
    for (std::size_t i = 0; i < sales.size(); ++i) {
        CHECK(std::tie(sales[i].id, sales[i].kind, sales[i].receipt_no, sales[i].total,
                       sales[i].vat_total) == expected_sales[i]);
        CHECK(sales[i].store == "TV01");
        CHECK(sales[i].terminal == "TV01-01");
    }
    hq::SalesFilter day;
    day.from = "2026-11-30";
    day.to = "2026-11-30";
    const auto refunds = must(hq.office.sales(day));
    REQUIRE(refunds.size() == 1);
    CHECK(refunds[0].kind == "refund");
    CHECK(refunds[0].total < 0);
    hq::SalesFilter by_sku;
    by_sku.sku = "TV-MHD-500";
    CHECK(must(hq.office.sales(by_sku)).size() == 1);

    // Stock: head office's figures are the terminal's.
    std::map<std::string, std::int64_t> stock;
    for (const auto& row : must(hq.office.stock("TV01"))) {
        stock[row.sku] = row.quantity_milli;
        CHECK(row.last_sync_at == "2026-11-30T10:05:00+07:00");
    }
    CHECK(stock == terminal_stock(terminal));
    // Every event now names its products by sku (the opening stock too), so
    // the figures are the terminal's whole levels.
    CHECK(stock.at("TV-DSS-200") == terminal.stock_of("TV-DSS-200").milli);
    CHECK(must(hq.office.stock("TV02")).empty());
    CHECK(test::error_code(hq.office.stock("XX99")) == "hq.unknown_store");

    // Settlement of the producer of TV-DSS-200.
    auto producer_row = must(terminal.db.prepare(
        "SELECT r.code FROM products p JOIN producers r ON r.id = p.producer_id "
        "WHERE p.sku = 'TV-DSS-200'"));
    REQUIRE(must(producer_row.step()));
    const std::string producer_code = producer_row.text(0);
    const auto settlement = must(hq.office.settlement(producer_code, "2026-11-01", "2026-11-30"));
    std::vector<SettlementFigures> figures;
    std::int64_t net = 0;
    for (const auto& line : settlement.lines) {
        // The settlement also lists products that only remain in the stores
        // (the opening stock): the terminal's figures are of sales.
        if (line.sold_milli == 0 && line.refunded_milli == 0)
            continue;
        figures.emplace_back(line.sku, line.sold_milli, line.sold_amount, line.refunded_milli,
                             line.refunded_amount, line.net_amount);
        net += line.net_amount;
    }
    CHECK(figures == terminal_settlement(terminal, producer_code));
    CHECK(settlement.net_amount == net);
    CHECK_FALSE(settlement.lines.empty());
}

TEMPLATE_TEST_CASE("stock changes carry includes and stay in their store", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    hq.enrol("TV01-02", "TV01");
    const auto other_store = hq.enrol("TV02-01", "TV02");
    const auto office = hq.office_principal();
    test::SampleDb terminal;
    trade(terminal);
    const auto events = outbox(terminal);
    const auto before = accepted(hq.office.changes_since(office, "", sync::kMaxChangesPage));
    accepted(hq.office.receive_events(till, {"TV01-01", events}, kHqNow));

    const auto after = accepted(hq.office.changes_since(office, before.cursor, 1000));
    const auto expected = terminal_stock(terminal);
    std::map<std::string, std::int64_t> logged;
    for (const auto& change : after.changes) {
        REQUIRE(change.entity == "stock");
        logged[change.key] = change.body["quantity_milli"].template get<std::int64_t>();
        const auto& includes = change.body["includes"];
        CHECK(includes.value("TV01-01", std::int64_t{-1}) == events.back().seq);
        CHECK(includes.value("TV01-02", std::int64_t{-1}) == 0);
        CHECK(includes.size() == 2);
    }
    CHECK(logged == expected);

    // Pushed again: nothing new in the log. The till of TV01 reads its
    // store's stock; the till of TV02 reads none of it.
    accepted(hq.office.receive_events(till, {"TV01-01", events}, kHqNow));
    CHECK(accepted(hq.office.changes_since(office, after.cursor, 1000)).changes.empty());
    std::size_t seen_by_tv01 = 0;
    for (const auto& change : accepted(hq.office.changes_since(till, "", 1000)).changes)
        seen_by_tv01 += change.entity == "stock" ? 1u : 0u;
    CHECK(seen_by_tv01 == expected.size());
    for (const auto& change : accepted(hq.office.changes_since(other_store, "", 1000)).changes)
        CHECK(change.entity != "stock");
}
