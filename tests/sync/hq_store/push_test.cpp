// Upstream (docs/sync.md, "Upstream"): each (terminal, seq) stored once,
// the chain checked, refusals store nothing.

#include "hq_fixture.h"

using namespace ocop;
using ocop::test::accepted;
using ocop::test::EventChain;
using ocop::test::kHqNow;
using ocop::test::must;
using ocop::test::refused_code;

TEMPLATE_TEST_CASE("an in-order batch is acked and a resend counts as duplicates", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    EventChain chain("TV01-01");
    const auto batch = chain.next(5);

    const auto first = accepted(hq.office.receive_events(till, chain.push(batch), kHqNow));
    CHECK(first.acked_seq == 5);
    CHECK(first.stored == 5);
    CHECK(first.duplicates == 0);

    const auto resent = accepted(hq.office.receive_events(till, chain.push(batch), kHqNow));
    CHECK(resent.acked_seq == 5);
    CHECK(resent.stored == 0);
    CHECK(resent.duplicates == 5);

    // Overlapping: 4..7 holds two duplicates and two new events.
    auto overlapping = std::vector<db::OutboxEvent>(batch.begin() + 3, batch.end());
    for (const auto& event : chain.next(2))
        overlapping.push_back(event);
    const auto third = accepted(hq.office.receive_events(till, chain.push(overlapping), kHqNow));
    CHECK(third.acked_seq == 7);
    CHECK(third.stored == 2);
    CHECK(third.duplicates == 2);
    CHECK(must(hq.office.held_seq("TV01-01")) == 7);

    const auto empty = accepted(hq.office.receive_events(till, chain.push({}), kHqNow));
    CHECK(empty.acked_seq == 7);
}

TEMPLATE_TEST_CASE("a batch after a gap is refused with the acked seq", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    EventChain chain("TV01-01");
    const auto events = chain.next(6);
    accepted(
        hq.office.receive_events(till, chain.push({events.begin(), events.begin() + 2}), kHqNow));
    const auto gap =
        hq.office.receive_events(till, chain.push({events.begin() + 3, events.end()}), kHqNow);
    REQUIRE(refused_code(gap) == "sync.gap");
    CHECK(gap.error().status == 409);
    CHECK(gap.error().acked_seq == 2);
    CHECK(must(hq.office.held_seq("TV01-01")) == 2);
    const auto resumed = accepted(
        hq.office.receive_events(till, chain.push({events.begin() + 2, events.end()}), kHqNow));
    CHECK(resumed.acked_seq == 6);
}

TEMPLATE_TEST_CASE("an altered payload breaks the chain and nothing of the batch is stored", "[hq]",
                   SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    EventChain chain("TV01-01");
    auto events = chain.next(3);
    events[2].payload = R"({"total": 1})";
    const auto altered = hq.office.receive_events(till, chain.push(events), kHqNow);
    CHECK(refused_code(altered) == "sync.bad_chain");
    CHECK(altered.error().status == 422);
    CHECK(must(hq.office.held_seq("TV01-01")) == 0);

    // An event that chains to something head office does not hold.
    EventChain other("TV01-01");
    auto first = other.next(1);
    accepted(hq.office.receive_events(till, other.push(first), kHqNow));
    auto stray = EventChain("TV01-01").next(2);
    stray[1].prev_hash = std::string(64, 'f');
    stray[1].hash = db::event_hash(stray[1].prev_hash, "TV01-01", 2, stray[1].type,
                                   stray[1].created_at, stray[1].payload);
    CHECK(refused_code(hq.office.receive_events(till, other.push({stray[1]}), kHqNow)) ==
          "sync.bad_chain");
    CHECK(must(hq.office.held_seq("TV01-01")) == 1);
}

TEMPLATE_TEST_CASE("the same seq with another hash is a conflict", "[hq]", SqliteStore,
                   PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    EventChain chain("TV01-01");
    accepted(hq.office.receive_events(till, chain.push(chain.next(3)), kHqNow));

    EventChain impostor("TV01-01");
    std::vector<db::OutboxEvent> events;
    for (int i = 0; i < 4; ++i)
        events.push_back(impostor.next("stock", R"({"impostor": true})"));
    const auto conflict = hq.office.receive_events(till, impostor.push(events), kHqNow);
    CHECK(refused_code(conflict) == "sync.conflict");
    CHECK(conflict.error().status == 409);
    CHECK(must(hq.office.held_seq("TV01-01")) == 3);
}

TEMPLATE_TEST_CASE("a terminal may push only its own events", "[hq]", SqliteStore, PostgresStore) {
    test::HeadOfficeFixture<TestType> hq;
    const auto till = hq.enrol("TV01-01", "TV01");
    hq.enrol("TV01-02", "TV01");
    EventChain chain("TV01-02");
    const auto refused = hq.office.receive_events(till, chain.push(chain.next(2)), kHqNow);
    CHECK(refused_code(refused) == "auth.wrong_terminal");
    CHECK(refused.error().status == 403);
    CHECK(must(hq.office.held_seq("TV01-02")) == 0);
}
