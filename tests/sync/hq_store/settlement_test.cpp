// A producer's consignment settlement at head office (docs/stock.md,
// "Settlement at head office"), from terminals' events as the tills write
// them: receipts with their terms, sales at changing prices, refunds, returns,
// write-offs; marking a settlement paid freezes it, and what arrives later
// goes to the next one. On SQLite and PostgreSQL.

#include "hq_fixture.h"
#include "pos/delivery_note.h"
#include "support/sample_db.h"
#include "sync/hq/server/settlement_export.h"

#include <nlohmann/json.hpp>

using namespace ocop;
using nlohmann::json;
using ocop::test::accepted;
using ocop::test::EventChain;
using ocop::test::kHqNow;
using ocop::test::must;
using ocop::test::units;

namespace {

struct Received {
    std::string sku;
    std::int64_t quantity_milli;
    std::optional<std::int64_t> unit_cost = std::nullopt;
};

struct Sold {
    std::string sku;
    std::int64_t quantity_milli, amount; // negative on a refund
};

struct Moved {
    std::string sku;
    std::int64_t quantity_milli; // signed as the movement
};

// A receipt's `stock` event as pos/delivery_note.cpp writes it.
std::string receipt_payload(std::string_view store, std::string_view document,
                            std::optional<std::int64_t> commission_bp,
                            const std::vector<Received>& lines, bool consigned = true) {
    json out = json::array();
    json costs = json::array();
    for (const auto& line : lines) {
        out.push_back({{"product_id", 1},
                       {"sku", line.sku},
                       {"quantity_milli", line.quantity_milli},
                       {"lot", nullptr},
                       {"expiry", nullptr}});
        costs.push_back(line.unit_cost ? json(*line.unit_cost) : json(nullptr));
    }
    return json{{"kind", "receipt"},
                {"store", store},
                {"note", nullptr},
                {"lines", out},
                {"document", document},
                {"producer", "SOKFARM"},
                {"consigned", consigned},
                {"commission_bp", commission_bp ? json(*commission_bp) : json(nullptr)},
                {"unit_costs", costs},
                {"manager", "quanly"}}
        .dump();
}

// A return to the producer, a write-off: the movements' quantities are
// negative.
std::string movement_payload(std::string_view kind, std::string_view store,
                             const std::vector<Moved>& lines) {
    json out = json::array();
    for (const auto& line : lines) {
        out.push_back({{"product_id", 1},
                       {"sku", line.sku},
                       {"quantity_milli", line.quantity_milli},
                       {"lot", nullptr},
                       {"expiry", nullptr}});
    }
    json payload{{"kind", kind}, {"store", store}, {"note", nullptr}, {"lines", out}};
    if (kind == "return") {
        payload["document"] = "TV01-01-PT000001";
        payload["producer"] = "SOKFARM";
        payload["consigned"] = true;
        payload["commission_bp"] = nullptr;
        payload["unit_costs"] = json::array();
        payload["manager"] = nullptr;
    } else {
        payload["reason"] = "vỡ chai";
    }
    return payload.dump();
}

// A sale or refund as pos::to_json(SaleRecord) writes the fields head
// office reads.
std::string sale_payload(std::string_view id, std::int64_t number, const std::vector<Sold>& lines) {
    json out = json::array();
    std::int64_t line_no = 0;
    std::int64_t total = 0;
    for (const auto& line : lines) {
        out.push_back({{"line_no", ++line_no},
                       {"sku", line.sku},
                       {"name", line.sku},
                       {"quantity_milli", line.quantity_milli},
                       {"amount", line.amount},
                       {"vat_code", "8%"},
                       {"ocop_stars", 4}});
        total += line.amount;
    }
    return json{{"id", id},       {"number", number}, {"receipt_no", "R-" + std::to_string(number)},
                {"total", total}, {"vat_total", 0},   {"lines", out}}
        .dump();
}

std::string at(std::string_view date) {
    return std::string(date) + "T10:00:00+07:00";
}

template <class Backend>
struct SettlementRig : test::HeadOfficeFixture<Backend> {
    SettlementRig() : tv01(this->enrol("TV01-01", "TV01")), tv02(this->enrol("TV02-01", "TV02")) {}

    void push(const std::string& terminal, std::string type, std::string payload,
              std::string_view date) {
        auto& chain = terminal == "TV01-01" ? chain01 : chain02;
        auto event = chain.next(std::move(type), std::move(payload), at(date));
        accepted(this->office.receive_events(terminal == "TV01-01" ? tv01 : tv02,
                                             chain.push({event}), kHqNow));
    }
    void receive(const std::string& terminal, std::string_view date,
                 std::optional<std::int64_t> commission_bp, const std::vector<Received>& lines,
                 bool consigned = true) {
        push(terminal, "stock",
             receipt_payload(terminal.substr(0, 4), "PN" + std::to_string(++documents),
                             commission_bp, lines, consigned),
             date);
    }
    void sell(const std::string& terminal, std::string_view date, const std::vector<Sold>& lines,
              std::string kind = "sale") {
        ++sales;
        push(terminal, kind, sale_payload("sale-" + std::to_string(sales), sales, lines), date);
    }

    hq::Settlement settle(std::string_view from, std::string_view to) {
        return must(this->office.settlement("SOKFARM", from, to));
    }

    hq::Principal tv01, tv02;
    EventChain chain01{"TV01-01"}, chain02{"TV02-01"};
    int documents = 0;
    std::int64_t sales = 0;
};

const hq::SettlementLine& line_of(const hq::Settlement& settlement, std::string_view sku) {
    for (const auto& line : settlement.lines) {
        if (line.sku == sku)
            return line;
    }
    FAIL("no line for " << sku);
    throw std::logic_error("unreachable");
}

std::int64_t remaining_at(const hq::Settlement& settlement, std::string_view store,
                          std::string_view sku) {
    for (const auto& row : settlement.remaining) {
        if (row.store == store && row.sku == sku)
            return row.quantity_milli;
    }
    return 0;
}

hq::SettlementPayment payment(std::string reference) {
    return hq::SettlementPayment{std::move(reference), "chuyển khoản", "ketoan", ""};
}

} // namespace

TEST_CASE("an amount rounds to the nearest đồng, halves away from zero", "[hq][settlement]") {
    CHECK(hq::divide_rounded(80'750'8500, 10'000) == 80'751);
    CHECK(hq::divide_rounded(5, 10) == 1);
    CHECK(hq::divide_rounded(4, 10) == 0);
    CHECK(hq::divide_rounded(-5, 10) == -1);
    CHECK(hq::divide_rounded(-80'750'8500, 10'000) == -80'751);
}

TEMPLATE_TEST_CASE("a commission is owed on what each sale actually took, after returns and "
                   "write-offs",
                   "[hq][settlement]", SqliteStore, PostgresStore) {
    SettlementRig<TestType> rig;
    // 15% commission; 20 jars at TV01, 10 at TV02.
    rig.receive("TV01-01", "2026-11-02", 1500, {{"TV-MHD-250", 20'000}});
    rig.receive("TV02-01", "2026-11-03", 1500, {{"TV-MHD-250", 10'000}});
    rig.sell("TV01-01", "2026-11-05", {{"TV-MHD-250", 2000, 190'000}});
    // The price goes up from 95.000 to 99.000 đ on the 20th.
    rig.sell("TV01-01", "2026-11-20", {{"TV-MHD-250", 1000, 99'000}});
    rig.sell("TV02-01", "2026-11-21", {{"TV-MHD-250", 3000, 297'000}});
    // Five jars go back to the producer, one is broken.
    rig.push("TV01-01", "stock", movement_payload("return", "TV01", {{"TV-MHD-250", -5000}}),
             "2026-11-22");
    rig.push("TV02-01", "stock", movement_payload("damage", "TV02", {{"TV-MHD-250", -1000}}),
             "2026-11-25");
    // December's sale is not November's.
    rig.sell("TV01-01", "2026-12-01", {{"TV-MHD-250", 1000, 99'000}});

    const auto november = rig.settle("2026-11-01", "2026-11-30");
    CHECK(november.producer_name == "Công ty TNHH Trà Vinh Farm (Sokfarm)");
    const auto& jar = line_of(november, "TV-MHD-250");
    CHECK(jar.received_milli == 30'000);
    CHECK(jar.sold_milli == 6000);
    CHECK(jar.sold_amount == 586'000);
    CHECK(jar.refunded_milli == 0);
    CHECK(jar.returned_milli == 5000);
    CHECK(jar.written_off_milli == 1000);
    CHECK(jar.net_amount == 586'000);
    // 85% of what the jars sold for, at whichever price each was sold.
    CHECK(jar.owed_amount == 498'100);
    CHECK(november.owed_amount == 498'100);
    CHECK(november.net_amount == 586'000);
    CHECK(november.unconsigned_amount == 0);
    REQUIRE(jar.terms.size() == 1);
    CHECK(jar.terms[0].commission_bp == 1500);
    // At the end of November: 20 - 3 - 5 at TV01, 10 - 3 - 1 at TV02.
    CHECK(remaining_at(november, "TV01", "TV-MHD-250") == 12'000);
    CHECK(remaining_at(november, "TV02", "TV-MHD-250") == 6000);
    CHECK(jar.remaining_milli == 18'000);

    // A later receipt at new terms applies to the sales after it.
    rig.receive("TV01-01", "2026-12-02", 2000, {{"TV-MHD-250", 5000}});
    rig.sell("TV01-01", "2026-12-03", {{"TV-MHD-250", 1000, 99'000}});
    const auto december = rig.settle("2026-12-01", "2026-12-31");
    const auto& later = line_of(december, "TV-MHD-250");
    // Not paid yet, November's sales are still owed: carried into December.
    CHECK(later.carried_milli == 6000);
    CHECK(later.carried_amount == 586'000);
    CHECK(december.carried.size() == 3);
    // 498.100 + 99.000 × 85% + 99.000 × 80%.
    CHECK(later.owed_amount == 498'100 + 84'150 + 79'200);
    CHECK(later.received_milli == 5000);
    CHECK(later.returned_milli == 0);
}

TEMPLATE_TEST_CASE("an agreed price is owed per unit sold; goods never received on consignment "
                   "are listed, not owed",
                   "[hq][settlement]", SqliteStore, PostgresStore) {
    SettlementRig<TestType> rig;
    // Sugar at 60.000 đ a unit; a jar of nectar 500 ml bought outright.
    rig.receive("TV01-01", "2026-11-02", std::nullopt, {{"TV-DHD-250", 10'000, 60'000}});
    rig.receive("TV01-01", "2026-11-02", std::nullopt, {{"TV-MHD-500", 4000, 120'000}}, false);
    rig.sell("TV01-01", "2026-11-10",
             {{"TV-DHD-250", 3000, 225'000}, {"TV-MHD-500", 1000, 165'000}});
    rig.sell("TV01-01", "2026-11-12", {{"TV-DHD-250", -1000, -75'000}}, "refund");
    // A weighed quantity: 1,250 units.
    rig.sell("TV01-01", "2026-11-13", {{"TV-DHD-250", 1250, 93'750}});

    const auto settlement = rig.settle("2026-11-01", "2026-11-30");
    const auto& sugar = line_of(settlement, "TV-DHD-250");
    CHECK(sugar.sold_milli == 4250);
    CHECK(sugar.refunded_milli == 1000);
    CHECK(sugar.refunded_amount == 75'000);
    CHECK(sugar.net_amount == 243'750);
    // (3 - 1 + 1,25) × 60.000.
    CHECK(sugar.owed_amount == 195'000);
    REQUIRE(sugar.terms.size() == 1);
    CHECK(sugar.terms[0].unit_cost == 60'000);

    const auto& bought = line_of(settlement, "TV-MHD-500");
    CHECK(bought.sold_amount == 165'000);
    CHECK(bought.unconsigned_milli == 1000);
    CHECK(bought.unconsigned_amount == 165'000);
    CHECK(bought.owed_amount == 0);
    CHECK(bought.received_milli == 0); // bought, not consigned
    CHECK(settlement.owed_amount == 195'000);
    CHECK(settlement.unconsigned_amount == 165'000);
    CHECK(settlement.net_amount == 243'750 + 165'000);
}

TEMPLATE_TEST_CASE("a paid settlement is frozen; late sales and later refunds go to the next one",
                   "[hq][settlement]", SqliteStore, PostgresStore) {
    SettlementRig<TestType> rig;
    rig.receive("TV01-01", "2026-11-01", 1500, {{"TV-MHD-250", 10'000}});
    rig.sell("TV01-01", "2026-11-10", {{"TV-MHD-250", 2000, 190'000}});

    const auto paid = must(rig.office.pay_settlement(
        "SOKFARM", "2026-11-01", "2026-11-30", payment("UNC-001"), "2026-12-02T09:00:00+07:00"));
    CHECK(paid.owed_amount == 161'500);
    REQUIRE(paid.paid);
    CHECK(paid.paid->reference == "UNC-001");
    CHECK(paid.paid->paid_at == "2026-12-02T09:00:00+07:00");
    const auto frozen = hq::settlement_to_json(rig.settle("2026-11-01", "2026-11-30"));

    // After payment: a refund of one jar of that sale, and a sale of
    // 2026-11-25 at TV02 that reaches head office only now (TV02 received
    // nothing itself: the terms are TV01's receipt's).
    rig.sell("TV01-01", "2026-12-03", {{"TV-MHD-250", -1000, -95'000}}, "refund");
    rig.sell("TV02-01", "2026-11-25", {{"TV-MHD-250", 2000, 190'000}});

    const auto november = rig.settle("2026-11-01", "2026-11-30");
    CHECK(hq::settlement_to_json(november) == frozen);
    CHECK(november.owed_amount == 161'500);
    CHECK(line_of(november, "TV-MHD-250").sold_milli == 2000);

    const auto december = rig.settle("2026-12-01", "2026-12-31");
    CHECK_FALSE(december.paid);
    const auto& jar = line_of(december, "TV-MHD-250");
    CHECK(jar.refunded_milli == 1000);
    CHECK(jar.refunded_amount == 95'000);
    CHECK(jar.sold_milli == 2000);
    CHECK(jar.carried_milli == 2000);
    CHECK(jar.carried_amount == 190'000);
    REQUIRE(december.carried.size() == 1);
    CHECK(december.carried[0].store == "TV02");
    CHECK(december.carried[0].created_at.starts_with("2026-11-25"));
    // 190.000 × 85% - 95.000 × 85%.
    CHECK(december.owed_amount == 161'500 - 80'750);
    CHECK(december.refunded_amount == 95'000);

    // Periods of one producer never overlap.
    for (const auto& [from, to] :
         {std::pair{"2026-11-15", "2026-12-15"}, std::pair{"2026-11-01", "2026-11-30"},
          std::pair{"2026-10-01", "2026-11-01"}}) {
        const auto refused = rig.office.pay_settlement("SOKFARM", from, to, payment("UNC-002"),
                                                       "2026-12-05T09:00:00+07:00");
        CHECK(test::error_code(refused) == "hq.settlement_overlaps");
        if (!refused)
            CHECK(refused.error().message_vi.find("đã được thanh toán") != std::string::npos);
    }
    CHECK(test::error_code(rig.office.pay_settlement("SOKFARM", "2026-12-01", "2026-12-31",
                                                     payment(""), kHqNow)) ==
          "hq.reference_required");
    CHECK(test::error_code(rig.office.pay_settlement("SOKFARM", "2026-12-31", "2026-12-01",
                                                     payment("X"), kHqNow)) == "hq.bad_period");
    CHECK(test::error_code(rig.office.pay_settlement("NOBODY", "2026-12-01", "2026-12-31",
                                                     payment("X"), kHqNow)) ==
          "hq.unknown_producer");

    must(rig.office.pay_settlement("SOKFARM", "2026-12-01", "2026-12-31", payment("UNC-002"),
                                   "2027-01-02T09:00:00+07:00"));
    const auto list = must(rig.office.paid_settlements(std::string("SOKFARM")));
    REQUIRE(list.size() == 2);
    CHECK(list[0].from == "2026-11-01");
    CHECK(list[0].owed_amount == 161'500);
    CHECK(list[1].payment.reference == "UNC-002");
    CHECK(list[1].owed_amount == 80'750);
    CHECK(must(rig.office.paid_settlements(std::string("VICOSAP"))).empty());
    // Nothing is left for January.
    const auto january = rig.settle("2027-01-01", "2027-01-31");
    CHECK(january.owed_amount == 0);
    CHECK(january.carried.empty());
}

TEMPLATE_TEST_CASE("a settlement's CSV and printable statement show its figures",
                   "[hq][settlement]", SqliteStore, PostgresStore) {
    SettlementRig<TestType> rig;
    rig.receive("TV01-01", "2026-11-02", 1500, {{"TV-MHD-250", 20'000}});
    rig.sell("TV01-01", "2026-11-05", {{"TV-MHD-250", 2000, 190'000}});
    auto settlement = rig.settle("2026-11-01", "2026-11-30");

    const std::string csv = hq::settlement_rows_csv(settlement);
    CHECK(csv.starts_with("producer,from,to,sku,name,received_milli,sold_milli,sold_amount,"));
    CHECK(csv.find("\r\nSOKFARM,2026-11-01,2026-11-30,TV-MHD-250,Mật hoa dừa Sokfarm 250 ml,"
                   "20000,2000,190000,0,0,0,0,190000,0,0,0,0,161500,18000,draft\r\n") !=
          std::string::npos);

    settlement.producer_name = "Cơ sở <b>Hai & Ba</b>";
    const std::string html = hq::settlement_html(settlement);
    CHECK(html.find("Bảng kê thanh toán hàng ký gửi") != std::string::npos);
    CHECK(html.find("Cơ sở &lt;b&gt;Hai &amp; Ba&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>Hai") == std::string::npos);
    CHECK(html.find("190.000 ₫") != std::string::npos);
    CHECK(html.find("161.500 ₫") != std::string::npos);
    CHECK(html.find("Hoa hồng 15%") != std::string::npos);
    CHECK(html.find("Từ ngày 01/11/2026 đến ngày 30/11/2026") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("Đại diện nhà sản xuất") != std::string::npos);
    CHECK(html.find("Bản nháp") != std::string::npos);
}

TEMPLATE_TEST_CASE("a real terminal's delivery notes and sales settle at head office",
                   "[hq][settlement]", SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    test::SampleDb terminal;
    const auto jar = terminal.product_id("TV-MHD-250");
    const auto opening = terminal.stock_of("TV-MHD-250").milli;
    terminal.open_shift();
    terminal.set_time("2026-11-29T10:00:00+07:00");
    pos::DeliveryNote receipt{
        "SOKFARM", {{jar, units(10), std::nullopt, std::nullopt, {}}}, {}, "Giao hàng"};
    receipt.terms.consigned = true;
    receipt.terms.commission_bp = 1500;
    must(pos::receive_goods(terminal.till, receipt, terminal.manager_approval("nhận hàng")));
    terminal.set_time("2026-11-29T11:00:00+07:00");
    auto cart = terminal.cart();
    must(cart.add(terminal.code("TV-MHD-250"), units(2)));
    const auto sale = terminal.sell(cart);
    terminal.set_time("2026-11-30T09:00:00+07:00");
    pos::DeliveryNote back{"SOKFARM", {{jar, units(3), std::nullopt, std::nullopt, {}}}, {}, ""};
    must(pos::return_to_producer(terminal.till, back));

    auto statement = must(terminal.db.prepare(
        "SELECT seq, type, created_at, payload, prev_hash, hash FROM outbox ORDER BY seq"));
    std::vector<db::OutboxEvent> events;
    while (must(statement.step())) {
        events.push_back({statement.int64(0), statement.text(1), statement.text(2),
                          statement.text(3), statement.text(4), statement.text(5)});
    }
    accepted(hq.office.receive_events(till, {"TV01-01", events}, kHqNow));

    const auto settlement = must(hq.office.settlement("SOKFARM", "2026-11-29", "2026-11-30"));
    const auto& line = line_of(settlement, "TV-MHD-250");
    CHECK(line.received_milli == 10'000);
    CHECK(line.sold_milli == 2000);
    CHECK(line.sold_amount == sale.total.dong);
    CHECK(line.returned_milli == 3000);
    CHECK(line.owed_amount == hq::divide_rounded(sale.total.dong * 8500, 10'000));
    CHECK(line.remaining_milli == opening + 10'000 - 2000 - 3000);
}
