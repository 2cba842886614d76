// Issue 6, "Tests": the four tills' daemons run continuously through
// ocop-fault-proxy with every fault on, while sales and refunds go on at the
// tills and, at random points, a daemon or head office itself is killed with
// SIGKILL and started again (head office on the same port, over the same
// data). Then the faults stop, everything settles, and: no sale lost, none
// doubled, every till's outbox held whole at head office, every chain sound,
// and the proxy's counts show the faults really happened.
//
// OCOP_CHAOS_SECONDS (default 30) sets how long the chaos lasts;
// OCOP_CHAOS_SEED repeats a run's choices (the seed is printed on failure).
#include "chain_rig.h"
#include "fault_proxy_process.h"
#include "sync_daemon.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

using ocop::test::Backend;
using ocop::test::ChainRig;
using ocop::test::FaultProxyConfig;
using ocop::test::FaultProxyProcess;
using ocop::test::SyncDaemon;

namespace {

constexpr const char* kAllFaults = "drop=0.1,reset=0.1,delay=0.1,truncate=0.1,duplicate=0.1";

std::chrono::seconds chaos_duration() {
    const char* text = std::getenv("OCOP_CHAOS_SECONDS");
    return std::chrono::seconds(text ? std::stoll(text) : 30);
}

std::uint64_t chaos_seed() {
    const char* text = std::getenv("OCOP_CHAOS_SEED");
    return text ? std::stoull(text) : std::random_device{}();
}

// What the chaos did, for the failure message and the final checks.
struct ChaosLog {
    int sales = 0, refunds = 0, daemon_kills = 0, head_office_kills = 0;
};

class Chaos {
public:
    Chaos(ChainRig& chain, std::vector<std::unique_ptr<SyncDaemon>>& daemons, std::uint64_t seed)
        : chain_(chain), daemons_(daemons), random_(seed) {}

    // One random step: mostly trade, sometimes a kill.
    void step() {
        const int roll = pick(0, 99);
        if (roll < 65)
            sell();
        else if (roll < 75)
            refund();
        else if (roll < 90)
            kill_daemon();
        else
            kill_head_office();
    }

    // Makes sure both kinds of kill happened at least once.
    void finish() {
        if (log.daemon_kills == 0)
            kill_daemon();
        if (log.head_office_kills == 0)
            kill_head_office();
    }

    ChaosLog log;

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

    std::size_t any_till() { return static_cast<std::size_t>(pick(0, 3)); }

    void pause_up_to(int milliseconds) {
        std::this_thread::sleep_for(std::chrono::milliseconds(pick(0, milliseconds)));
    }

    void sell() {
        const auto till = any_till();
        unrefunded_[till].push_back(chain_.tills[till]->sell(pick(1, 3)));
        ++log.sales;
    }

    void refund() {
        const auto till = any_till();
        auto& sales = unrefunded_[till];
        if (sales.empty())
            return sell();
        chain_.tills[till]->refund_one(sales.back());
        sales.pop_back();
        ++log.refunds;
    }

    // At a random moment: often in the middle of pushing what was just sold.
    void kill_daemon() {
        pause_up_to(300);
        daemons_[any_till()]->restart();
        ++log.daemon_kills;
    }

    void kill_head_office() {
        pause_up_to(300);
        chain_.head_office.kill();
        pause_up_to(1500); // the daemons find it away and back off
        chain_.head_office.serve();
        ++log.head_office_kills;
    }

    ChainRig& chain_;
    std::vector<std::unique_ptr<SyncDaemon>>& daemons_;
    std::mt19937_64 random_;
    std::map<std::size_t, std::vector<std::string>> unrefunded_;
};

// The events head office holds, over every till.
std::int64_t held_by_head_office(const ChainRig& chain) {
    auto office = ocop::hq::HeadOffice::open(chain.storage.location());
    REQUIRE(office);
    std::int64_t held = 0;
    for (const auto& till : chain.tills) {
        auto seq = office->held_seq(till->terminal());
        REQUIRE(seq);
        held += *seq;
    }
    return held;
}

void chaos(Backend backend) {
    const auto seed = chaos_seed();
    INFO("OCOP_CHAOS_SEED=" << seed);
    ChainRig chain(backend);
    chain.open_shifts();
    chain.head_office.serve();
    chain.enroll_all();

    std::int64_t made_before = 0;
    for (const auto& till : chain.tills)
        made_before += till->journal().last_seq;

    auto proxy = std::make_unique<FaultProxyProcess>(
        FaultProxyConfig{chain.head_office.port(), seed, kAllFaults, 1500},
        chain.folder.path() / "proxy");
    std::vector<std::unique_ptr<SyncDaemon>> daemons;
    for (const auto& till : chain.tills) {
        daemons.push_back(std::make_unique<SyncDaemon>(*till, proxy->url(), 1));
        daemons.back()->start();
    }

    Chaos chaos(chain, daemons, seed);
    const auto until = std::chrono::steady_clock::now() + chaos_duration();
    while (std::chrono::steady_clock::now() < until)
        chaos.step();
    chaos.finish();
    INFO("sales " << chaos.log.sales << ", refunds " << chaos.log.refunds << ", daemon kills "
                  << chaos.log.daemon_kills << ", head office kills "
                  << chaos.log.head_office_kills);

    // The daemons stop cleanly whatever state the faults left them in.
    for (auto& daemon : daemons) {
        INFO(daemon->logs());
        CHECK(daemon->stop() == 0);
    }
    const auto counts = proxy->stop();
    {
        INFO(ocop::test::describe_counts(counts));
        CHECK(counts.at("exchanges") > 0);
        for (const char* fault : {"drop", "reset", "delay", "truncate", "duplicate"}) {
            INFO(fault);
            CHECK(counts.at(fault) > 0);
        }
    }

    // The daemons got events through the faults, not only the --once below.
    CHECK(held_by_head_office(chain) > made_before);

    // Faults off: each till straight to head office until nothing is pending.
    chain.sync_all_once();
    check_head_office_matches_tills(chain);
    chain.head_office.stop();
}

} // namespace

TEST_CASE("through faults and kills no sale is lost or doubled and chains hold - SQLite",
          "[chain]") {
    chaos(Backend::sqlite);
}

TEST_CASE("through faults and kills no sale is lost or doubled and chains hold - PostgreSQL",
          "[chain]") {
    chaos(Backend::postgres);
}
