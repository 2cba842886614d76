// Issue 7, "Tests": two stores and head office. Goods are received from a
// producer on consignment, sold and refunded at both tills of the first
// store, sent to the second store (one jar goes missing on the way),
// written off, partly returned, and counted at the second store; then
// settled at head office. Every figure head office shows equals the sum of
// the stores' own journals, read from their database files with SQL.
#include "chain_rig.h"
#include "db/connection.h"
#include "sync/protocol/local_time.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <set>

using ocop::test::Backend;
using ocop::test::ChainRig;
using ocop::test::Till;
using Json = nlohmann::json;

namespace {

constexpr const char* kHoney = "TV-MHD-250"; // Sokfarm, 95.000 đ
constexpr const char* kBasket = "TV-TXD-TB"; // a handicraft (category thu_cong)
constexpr const char* kProducer = "SOKFARM";

// The level the till shows for a product (thousandths).
std::int64_t on_hand(const Till& till, const std::string& sku) {
    for (const auto& level : till.json({"stock", "--search", sku})) {
        if (level.at("sku") == sku)
            return level.at("quantity_milli").get<std::int64_t>();
    }
    return 0;
}

// A product's sale lines at one till, read from its file: net quantity and
// net amount (refund lines are negative).
struct SoldFigures {
    std::int64_t sold_milli = 0, refunded_milli = 0, net_amount = 0;
};

SoldFigures sold_at(const Till& till, const std::string& producer) {
    auto db = ocop::db::Connection::open(till.db());
    REQUIRE(db);
    auto rows =
        db->prepare("SELECT s.kind, l.quantity_milli, l.amount FROM sale_lines l "
                    "JOIN sales s ON s.id = l.sale_id JOIN products p ON p.id = l.product_id "
                    "JOIN producers r ON r.id = p.producer_id WHERE r.code = ?1");
    REQUIRE(rows);
    rows->bind(1, producer);
    SoldFigures figures;
    while (true) {
        auto row = rows->step();
        REQUIRE(row);
        if (!*row)
            break;
        if (rows->text(0) == "refund")
            figures.refunded_milli -= rows->int64(1);
        else
            figures.sold_milli += rows->int64(1);
        figures.net_amount += rows->int64(2);
    }
    return figures;
}

// Counts every product of a category at the till as the books expect,
// except `short_sku`, one unit short.
void count_category(const Till& till, const std::string& category, const std::string& short_sku) {
    till.json({"stock", "count", "start", "--category", category});
    auto db = ocop::db::Connection::open(till.db());
    REQUIRE(db);
    auto skus = db->prepare("SELECT sku FROM products WHERE category = ?1 AND active = 1");
    REQUIRE(skus);
    skus->bind(1, category);
    std::vector<std::string> in_category;
    while (true) {
        auto row = skus->step();
        REQUIRE(row);
        if (!*row)
            break;
        in_category.push_back(skus->text(0));
    }
    for (const auto& sku : in_category) {
        auto units = on_hand(till, sku) / 1000 - (sku == short_sku ? 1 : 0);
        if (units > 0)
            till.json({"stock", "count", "scan", sku, "--qty", std::to_string(units)});
    }
    auto report = till.json({"stock", "count", "report"});
    std::int64_t short_by = 0;
    for (const auto& line : report.at("lines")) {
        if (line.at("sku") == short_sku)
            short_by = line.at("expected_milli").get<std::int64_t>() -
                       line.at("counted_milli").get<std::int64_t>();
    }
    CHECK(short_by == 1000);
    till.json({"stock", "count", "apply", "--manager", "quanly", "--manager-pin", "9999"});
}

// `ocop-hq settlement` of the producer for [from, to], as JSON.
Json settle(const ChainRig& chain, const std::string& from, const std::string& to) {
    return Json::parse(chain.head_office.admin(
        {"settlement", "--producer", kProducer, "--from", from, "--to", to, "--format", "json"}));
}

// What the producer's goods remain in each store at the end of the period
// is what head office's stock report says each store holds.
void check_remaining_matches_stock(const ChainRig& chain, const Json& settlement) {
    std::set<std::string> skus;
    for (const auto& line : settlement.at("lines"))
        skus.insert(line.at("sku"));
    std::map<std::pair<std::string, std::string>, std::int64_t> remaining, stock;
    for (const auto& row : settlement.at("remaining")) {
        if (row.at("quantity_milli") != 0)
            remaining[{row.at("store"), row.at("sku")}] = row.at("quantity_milli");
    }
    for (const auto& row : chain.head_office.stock()) {
        if (skus.contains(row.at("sku")) && row.at("quantity_milli") != 0)
            stock[{row.at("store"), row.at("sku")}] = row.at("quantity_milli");
    }
    CHECK(remaining == stock);
}

// The settlement as it was, with the payment it now carries.
Json settlement_with_payment(Json settlement, const ChainRig& chain, const std::string& day) {
    settlement["status"] = "paid";
    settlement["paid"] = settle(chain, day, day).at("paid");
    CHECK(settlement.at("paid").at("reference") == "UNC-0001");
    return settlement;
}

void goods_through_two_stores(Backend backend) {
    ChainRig chain(backend);
    chain.open_shifts();
    chain.head_office.serve();
    chain.enroll_all();
    const Till& front = *chain.tills[0];        // TV01-01
    const Till& back = *chain.tills[1];         // TV01-02
    const Till& second_store = *chain.tills[2]; // TV02-01
    const Till& counter = *chain.tills[3];      // TV02-02

    // Sokfarm consigns 20 jars of honey at 15% commission.
    front.json({"stock", "receive", "--producer", kProducer, "--scan", kHoney, "--qty", "20",
                "--lot", "SF1129", "--expiry", "2027-06-30", "--consigned", "--commission", "15",
                "--manager", "quanly", "--manager-pin", "9999"});
    chain.sync_all_once(); // the second till of the store learns the new level

    const auto first_sale = front.sell(2);
    back.sell(3);
    front.refund_one(first_sale);
    back.json({"stock", "damage", "--scan", kHoney, "--qty", "1", "--reason", "Vỡ chai"});
    front.json({"stock", "return", "--producer", kProducer, "--scan", kHoney, "--qty", "2"});

    // Five jars and two baskets go to the second store; four jars arrive.
    const auto sent = front.json({"stock", "transfer", "out", "--to", "TV02", "--scan", kHoney,
                                  "--qty", "5", "--scan", kBasket, "--qty", "2"});
    const std::string transfer_id = sent.at("transfer_id");
    chain.sync_all_once();
    const auto before_arrival = on_hand(second_store, kHoney);
    second_store.json({"stock", "transfer", "in", transfer_id, "--from", "TV01", "--scan", kHoney,
                       "--qty", "4", "--scan", kBasket, "--qty", "2"});
    CHECK(on_hand(second_store, kHoney) == before_arrival + 4000);
    second_store.sell(1);
    chain.sync_all_once();

    // The other till of the second store counts the handicrafts: one basket short.
    CHECK(on_hand(counter, kHoney) == on_hand(second_store, kHoney));
    count_category(counter, "thu_cong", kBasket);
    chain.sync_all_once();
    chain.sync_all_once(); // every till pulls the figures the others' last pushes made

    // Head office's sales and stock per store equal the sums of the journals,
    // and every till shows head office's figure for its store.
    check_head_office_matches_tills(chain);
    for (const auto& sku : {kHoney, kBasket}) {
        INFO(sku);
        CHECK(on_hand(front, sku) == on_hand(back, sku));
        CHECK(on_hand(second_store, sku) == on_hand(counter, sku));
    }

    // The producer's settlement for today: what the journals sold and
    // refunded, and 85% of the net amount owed.
    SoldFigures journals;
    for (const auto& till : chain.tills) {
        const auto figures = sold_at(*till, kProducer);
        journals.sold_milli += figures.sold_milli;
        journals.refunded_milli += figures.refunded_milli;
        journals.net_amount += figures.net_amount;
    }
    CHECK(journals.sold_milli == 6000);
    CHECK(journals.refunded_milli == 1000);
    const std::string today = ocop::sync::vietnam_now().substr(0, 10);
    const auto settlement = settle(chain, today, today);
    CHECK(settlement.at("net_amount") == journals.net_amount);
    std::int64_t sold = 0, refunded = 0, owed = 0;
    for (const auto& line : settlement.at("lines")) {
        sold += line.at("sold_milli").get<std::int64_t>();
        refunded += line.at("refunded_milli").get<std::int64_t>();
        owed += line.at("owed_amount").get<std::int64_t>();
        if (line.at("sku") == kHoney) {
            CHECK(line.at("received_milli") == 20000);
            CHECK(line.at("returned_milli") == 2000);
            CHECK(line.at("written_off_milli") == 1000);
        }
    }
    CHECK(sold == journals.sold_milli);
    CHECK(refunded == journals.refunded_milli);
    // Every honey sale came after the consigned receipt: 85% of the net is owed.
    CHECK(owed == journals.net_amount * 85 / 100);
    CHECK(settlement.at("owed_amount") == owed);
    check_remaining_matches_stock(chain, settlement);

    // The transfer, seen from both ends: one jar missing on the way.
    const auto transfers = Json::parse(chain.head_office.admin({"transfers", "--json"}));
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].at("id") == transfer_id);
    CHECK(transfers[0].at("status") == "received");
    CHECK(transfers[0].at("has_difference") == true);
    for (const auto& line : transfers[0].at("lines"))
        CHECK(line.at("missing_milli") == (line.at("sku") == kHoney ? 1000 : 0));

    // Paid, the settlement is frozen: a refund made afterwards goes to the next one.
    chain.head_office.admin({"settlement", "pay", "--producer", kProducer, "--from", today, "--to",
                             today, "--reference", "UNC-0001"});
    const auto later_sale = back.sell(1);
    chain.sync_all_once();
    back.refund_one(later_sale);
    chain.sync_all_once();
    CHECK(settle(chain, today, today) == settlement_with_payment(settlement, chain, today));
    const std::string next_day =
        ocop::sync::vietnam_timestamp(std::chrono::system_clock::now() + std::chrono::hours(24))
            .substr(0, 10);
    const auto next = settle(chain, next_day, next_day);
    CHECK(next.at("net_amount") == 0);     // the later sale and its refund
    CHECK(next.at("carried").size() == 2); // both dated before the next period
    CHECK(next.at("owed_amount") == 0);
    chain.head_office.stop();
}

} // namespace

TEST_CASE("goods received sold moved counted and settled: head office equals the journals - SQLite",
          "[chain][stock]") {
    goods_through_two_stores(Backend::sqlite);
}

TEST_CASE("goods received sold moved counted and settled: head office equals the journals - "
          "PostgreSQL",
          "[chain][stock]") {
    goods_through_two_stores(Backend::postgres);
}
