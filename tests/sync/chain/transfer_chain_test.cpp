// Issue 7, transfers seen from both ends: TV01 sends goods to TV02, head
// office carries the transfer down to TV02's till, which confirms it with
// the id alone; head office then shows it received with no difference.
#include "chain_rig.h"

#include <catch2/catch.hpp>

using ocop::test::Backend;
using ocop::test::ChainRig;
using ocop::test::Till;
using Json = nlohmann::json;

namespace {

constexpr const char* kHoney = "8936010100114";

long level(const Till& till, const std::string& sku) {
    for (const auto& row : till.json({"stock", "--search", sku})) {
        if (row.at("sku") == sku)
            return row.at("quantity_milli").get<long>();
    }
    return 0;
}

void transfer_reaches_other_store(Backend backend) {
    ChainRig chain(backend);
    chain.head_office.serve();
    chain.enroll_all();
    chain.sync_all_once();
    const Till& sender = *chain.tills[0];   // TV01-01
    const Till& receiver = *chain.tills[2]; // TV02-01
    REQUIRE(receiver.store() == "TV02");

    const auto sent =
        sender.json({"stock", "transfer", "out", "--to", "TV02", "--scan", kHoney, "--qty", "3"});
    const std::string id = sent.at("transfer_id");
    REQUIRE(sender.sync_once().exit_code == 0);
    auto at_hq = Json::parse(chain.head_office.admin({"transfers", "--in-transit", "--json"}));
    REQUIRE(at_hq.size() == 1);
    CHECK(at_hq[0].at("id") == id);
    CHECK(at_hq[0].at("from_store") == "TV01");
    CHECK(at_hq[0].at("to_store") == "TV02");

    REQUIRE(receiver.sync_once().exit_code == 0);
    const auto incoming = receiver.json({"stock", "transfers", "--incoming"});
    REQUIRE(incoming.size() == 1);
    CHECK(incoming[0].at("transfer_id") == id);
    CHECK(incoming[0].at("from_store") == "TV01");
    REQUIRE(incoming[0].at("lines").size() == 1);
    CHECK(incoming[0].at("lines")[0].at("quantity_milli") == 3000);
    const std::string sku = incoming[0].at("lines")[0].at("sku");

    const long before = level(receiver, sku);
    receiver.json({"stock", "transfer", "in", id});
    CHECK(level(receiver, sku) == before + 3000);
    CHECK(receiver.json({"stock", "transfers", "--incoming"}).empty());
    REQUIRE(receiver.sync_once().exit_code == 0);

    at_hq = Json::parse(chain.head_office.admin({"transfers", "--store", "TV02", "--json"}));
    REQUIRE(at_hq.size() == 1);
    CHECK(at_hq[0].at("status") == "received");
    CHECK(at_hq[0].at("received_by_terminal") == "TV02-01");
    CHECK(at_hq[0].at("has_difference") == false);
    CHECK(at_hq[0].at("lines")[0].at("sent_milli") == 3000);
    CHECK(at_hq[0].at("lines")[0].at("received_milli") == 3000);
    CHECK(at_hq[0].at("lines")[0].at("missing_milli") == 0);
    CHECK(Json::parse(chain.head_office.admin({"transfers", "--in-transit", "--json"})).empty());

    // The other till of TV02 learns it was received: it is not offered there.
    const Till& other = *chain.tills[3];
    REQUIRE(other.sync_once().exit_code == 0);
    CHECK(other.json({"stock", "transfers", "--incoming"}).empty());
    auto twice = other.ocop({"stock", "transfer", "in", id});
    CHECK(twice.exit_code == 1);
    CHECK(twice.err.find("stock.transfer_confirmed") != std::string::npos);
}

} // namespace

TEST_CASE("a transfer is carried to the other store and confirmed by its id - SQLite",
          "[chain][transfer]") {
    transfer_reaches_other_store(Backend::sqlite);
}

TEST_CASE("a transfer is carried to the other store and confirmed by its id - PostgreSQL",
          "[chain][transfer]") {
    transfer_reaches_other_store(Backend::postgres);
}
