// Issue 6, "Tests": two stores with two tills each sell while head office is
// away; then head office serves, each till enrols and runs `ocop-syncd
// --once`: every sale arrives exactly once, and head office's totals and
// stock per store equal the sums of the stores' own journals. On a SQLite
// file and on a private PostgreSQL cluster.
#include "chain_rig.h"

#include <catch2/catch.hpp>

using ocop::test::Backend;
using ocop::test::ChainRig;

namespace {

// Sales of 1 to 3 bottles and a refund of one bottle of the first.
void trade(const ocop::test::Till& till, int sales) {
    std::string first;
    for (int i = 0; i < sales; ++i) {
        const auto id = till.sell(1 + i % 3);
        if (first.empty())
            first = id;
    }
    till.refund_one(first);
}

void offline_then_online(Backend backend) {
    ChainRig chain(backend);
    chain.open_shifts();
    for (std::size_t i = 0; i < chain.tills.size(); ++i)
        trade(*chain.tills[i], 3 + static_cast<int>(i % 2));

    chain.head_office.serve();
    chain.enroll_all();
    chain.sync_all_once();
    check_head_office_matches_tills(chain);

    // Everything again changes nothing: resending is always safe.
    chain.sync_all_once();
    check_head_office_matches_tills(chain);

    // More trade at two tills picks up exactly where the last exchange ended.
    trade(*chain.tills[0], 2);
    trade(*chain.tills[3], 1);
    chain.sync_all_once();
    check_head_office_matches_tills(chain);
    chain.head_office.stop();
}

} // namespace

TEST_CASE("sales made while head office was away arrive exactly once - SQLite", "[chain]") {
    offline_then_online(Backend::sqlite);
}

TEST_CASE("sales made while head office was away arrive exactly once - PostgreSQL", "[chain]") {
    offline_then_online(Backend::postgres);
}
