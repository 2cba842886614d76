// Issue 6, "Tests": a price set and a certification revoked at head office
// reach every till -- by `ocop-syncd --once` at two of them, and at the
// other two by their running daemons, told to pull now with SIGUSR1.
#include "chain_rig.h"
#include "sync_daemon.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using ocop::test::Backend;
using ocop::test::ChainRig;
using ocop::test::SyncDaemon;
using ocop::test::Till;

namespace {

constexpr const char* kHoney = "8936010100114";
constexpr const char* kHoneyCertification = "TV-MHD-250/2164/QĐ-BNNMT";

std::int64_t price_at(const Till& till) {
    return till.json({"catalog", "show", kHoney}).at("price").get<std::int64_t>();
}

// Polls the till's own database until the pulled price shows, for at most
// half a minute; the checks that follow say whether it came.
void wait_for_price(const Till& till, std::int64_t price) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (price_at(till) != price && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
}

void check_till_has_news(const Till& till) {
    INFO(till.terminal());
    auto product = till.json({"catalog", "show", kHoney});
    CHECK(product.at("price") == 99000);
    bool revoked = false;
    for (const auto& certification : product.at("certifications"))
        revoked = revoked || (certification.at("decision_no") == "2164/QĐ-BNNMT" &&
                              certification.at("status") == "revoked");
    CHECK(revoked);
    auto verified = till.ocop({"--json", "verify", kHoney});
    CHECK(verified.exit_code == 1); // a revoked product is blocked
    CHECK(nlohmann::json::parse(verified.out).at("outcome") == "revoked");
}

void catalogue_reaches_tills(Backend backend) {
    ChainRig chain(backend);
    chain.head_office.serve();
    chain.enroll_all();
    chain.sync_all_once();
    for (const auto& till : chain.tills)
        REQUIRE(price_at(*till) == 95000);

    // Daemons pull at start, then only every hour, or when told.
    std::vector<std::unique_ptr<SyncDaemon>> daemons;
    for (std::size_t i : {1u, 3u}) {
        daemons.push_back(
            std::make_unique<SyncDaemon>(*chain.tills[i], chain.head_office.url(), 3600));
        daemons.back()->start();
        daemons.back()->wait_for_log("pull " + chain.tills[i]->terminal());
    }

    chain.head_office.admin({"price", "set", "TV-MHD-250", "99000"});
    chain.head_office.admin(
        {"cert", "revoke", kHoneyCertification, "--reason", "Vi phạm an toàn thực phẩm"});

    for (std::size_t i : {0u, 2u}) {
        auto synced = chain.tills[i]->sync_once();
        INFO(synced.out << synced.err);
        REQUIRE(synced.exit_code == 0);
    }
    for (auto& daemon : daemons) {
        daemon->pull_now();
        wait_for_price(daemon->till(), 99000);
    }
    for (const auto& till : chain.tills)
        check_till_has_news(*till);
    for (auto& daemon : daemons) {
        INFO(daemon->logs());
        CHECK(daemon->stop() == 0);
    }
    chain.head_office.stop();
}

} // namespace

TEST_CASE("a price and a revocation made at head office reach every till - SQLite", "[chain]") {
    catalogue_reaches_tills(Backend::sqlite);
}

TEST_CASE("a price and a revocation made at head office reach every till - PostgreSQL", "[chain]") {
    catalogue_reaches_tills(Backend::postgres);
}
