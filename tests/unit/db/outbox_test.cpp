#include "db/connection.h"
#include "db/migrations.h"
#include "db/outbox.h"
#include "support/expect.h"
#include "support/two_terminal_db.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ocop;
using namespace ocop::db;
using ocop::test::error_code;
using ocop::test::must;

namespace {

struct OutboxDb : test::TwoTerminalDb {
    // What someone with the file and the sqlite3 shell could do: the
    // immutability triggers are in the file too, so they go first.
    void tamper(const std::string& sql) {
        must(db.exec("DROP TRIGGER outbox_no_update; DROP TRIGGER outbox_no_delete;"));
        must(db.exec(sql));
    }
};

} // namespace

TEST_CASE("the event hash is SHA-256 of the fields, one per line", "[db][outbox]") {
    // Pinned values, computed once (with Python's hashlib over the fields
    // joined by "\n") when the format was written down in docs/sync.md. Head
    // office recomputes exactly this to check every terminal's chain: if
    // this test fails, the program no longer agrees with head office (and
    // with every event already sent), so the change must be undone, not the
    // expected value updated.
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "sale", "2026-11-29T09:15:00+07:00",
                     R"({"total":95000})") ==
          "ae43d5720bad46c9017f179076b757082e357dd19ada7737a1fb78621c342eed");
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "ghi chú", "2026-11-29T09:15:00+07:00",
                     "Đường hoa dừa") ==
          "c9f1edd2cba76cdcedeb63dcbfef87a6d3001c8c2c6502314eb8ebfadf60a527");
    // One đồng more changes everything.
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "sale", "2026-11-29T09:15:00+07:00",
                     R"({"total":95001})") ==
          "ec917f7a351e4b497429e2da66b203280fdb7270c24f2e77c84bb03dd03c9530");
    // Every field counts, and the line breaks keep fields from running together.
    const auto base = event_hash(kGenesisHash, "TV01-01", 1, "sale", "t", "p");
    CHECK(event_hash(kGenesisHash, "TV01-02", 1, "sale", "t", "p") != base);
    CHECK(event_hash(kGenesisHash, "TV01-01", 2, "sale", "t", "p") != base);
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "void", "t", "p") != base);
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "sale", "u", "p") != base);
    CHECK(event_hash(std::string(64, '1'), "TV01-01", 1, "sale", "t", "p") != base);
    CHECK(event_hash(kGenesisHash, "TV01-01", 1, "sal", "et", "p") !=
          event_hash(kGenesisHash, "TV01-01", 1, "sale", "t", "p"));
    CHECK(base.size() == 64);
    CHECK(base.find_first_not_of("0123456789abcdef") == std::string::npos);
}

TEST_CASE("events are numbered 1, 2, 3 and chained from the genesis hash", "[db][outbox]") {
    OutboxDb o;
    const auto first = o.append(o.till, R"({"n":1})");
    const auto second = o.append(o.till, R"({"n":2})");
    const auto third = o.append(o.till, R"({"n":3})");
    CHECK(first.seq == 1);
    CHECK(second.seq == 2);
    CHECK(third.seq == 3);
    CHECK(first.prev_hash == kGenesisHash);
    CHECK(second.prev_hash == first.hash);
    CHECK(third.prev_hash == second.hash);
    CHECK(first.hash == event_hash(kGenesisHash, "TV01-01", 1, "sale", "2026-11-29T09:15:00+07:00",
                                   R"({"n":1})"));
    CHECK(first.hash != second.hash);

    // What was returned is what was stored.
    auto stored = must(o.db.prepare("SELECT seq, type, created_at, payload, prev_hash, hash "
                                    "FROM outbox WHERE seq = 2"));
    REQUIRE(must(stored.step()));
    CHECK(stored.text(1) == "sale");
    CHECK(stored.text(2) == "2026-11-29T09:15:00+07:00");
    CHECK(stored.text(3) == R"({"n":2})");
    CHECK(stored.text(4) == first.hash);
    CHECK(stored.text(5) == second.hash);

    CHECK_FALSE(must(verify_chain(o.db, o.till)).has_value());
    CHECK_FALSE(must(verify_chain(o.db, o.till, 2)).has_value());
}

TEST_CASE("each terminal has its own sequence and chain", "[db][outbox]") {
    OutboxDb o;
    o.append(o.till, "a");
    o.append(o.till, "b");
    const auto other_first = o.append(o.other, "a");
    CHECK(other_first.seq == 1);
    CHECK(other_first.prev_hash == kGenesisHash);
    // Same content, another terminal: another hash (the code is hashed).
    CHECK(other_first.hash !=
          event_hash(kGenesisHash, "TV01-01", 1, "sale", "2026-11-29T09:15:00+07:00", "a"));
    CHECK(o.append(o.till, "c").seq == 3);
    CHECK_FALSE(must(verify_chain(o.db, o.till)).has_value());
    CHECK_FALSE(must(verify_chain(o.db, o.other)).has_value());
    // A terminal without events has nothing to break.
    CHECK_FALSE(must(verify_chain(o.db, TerminalRef{3, "TV02-01"})).has_value());
}

TEST_CASE("the program cannot edit or delete an event", "[db][outbox][failure]") {
    OutboxDb o;
    o.append(o.till, "a");
    CHECK(error_code(o.db.exec("UPDATE outbox SET payload = 'b'")) == "db.constraint");
    CHECK(error_code(o.db.exec("DELETE FROM outbox")) == "db.constraint");
    // Nor append one with a number already taken.
    CHECK(error_code(o.db.execute("INSERT INTO outbox (terminal_id, seq, type, created_at, "
                                  "payload, prev_hash, hash) VALUES (1, 1, 'x', 't', 'p', "
                                  "'h', 'h2')")) == "db.constraint");
    CHECK_FALSE(must(verify_chain(o.db, o.till)).has_value());
}

TEST_CASE("an event that is not appended in a committed transaction is not there",
          "[db][outbox][failure]") {
    OutboxDb o;
    o.append(o.till, "a");
    {
        auto transaction = must(Transaction::begin(o.db));
        CHECK(must(append_event(o.db, o.till, "sale", "t", "b")).seq == 2);
    } // the change it recorded failed: rolled back together
    const auto next = o.append(o.till, "c");
    CHECK(next.seq == 2); // no gap left behind
    CHECK_FALSE(must(verify_chain(o.db, o.till)).has_value());
}

TEST_CASE("a payload edited behind the program's back is found at its event",
          "[db][outbox][failure]") {
    OutboxDb o;
    for (int i = 1; i <= 5; ++i)
        o.append(o.till, R"({"total":)" + std::to_string(i * 1000) + "}");
    o.tamper(R"(UPDATE outbox SET payload = '{"total":1}' WHERE seq = 3)");
    const auto broken = must(verify_chain(o.db, o.till));
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 3);
    CHECK(broken->problem.find("does not match its hash") != std::string::npos);
    // Checking from after the edit finds the rest sound.
    CHECK_FALSE(must(verify_chain(o.db, o.till, 4)).has_value());
}

TEST_CASE("an edit with its hash recomputed breaks the link to the next event",
          "[db][outbox][failure]") {
    OutboxDb o;
    std::vector<OutboxEvent> events;
    for (int i = 1; i <= 4; ++i)
        events.push_back(o.append(o.till, "p" + std::to_string(i)));
    const auto forged =
        event_hash(events[0].hash, "TV01-01", 2, "sale", "2026-11-29T09:15:00+07:00", "forged");
    o.tamper("UPDATE outbox SET payload = 'forged', hash = '" + forged + "' WHERE seq = 2");
    const auto broken = must(verify_chain(o.db, o.till));
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 3);
    CHECK(broken->problem.find("prev_hash") != std::string::npos);
}

TEST_CASE("a deleted event is reported as a gap", "[db][outbox][failure]") {
    OutboxDb o;
    for (int i = 1; i <= 4; ++i)
        o.append(o.till, "p" + std::to_string(i));

    SECTION("in the middle") {
        o.tamper("DELETE FROM outbox WHERE seq = 2");
        const auto broken = must(verify_chain(o.db, o.till));
        REQUIRE(broken.has_value());
        CHECK(broken->seq == 2);
        CHECK(broken->problem == "event 2 is missing (next present is 3)");
    }
    SECTION("the first one") {
        o.tamper("DELETE FROM outbox WHERE seq = 1");
        const auto broken = must(verify_chain(o.db, o.till));
        REQUIRE(broken.has_value());
        CHECK(broken->seq == 1);
    }
    SECTION("renumbered to hide the gap") {
        o.tamper("DELETE FROM outbox WHERE seq = 2; UPDATE outbox SET seq = seq - 1 WHERE seq > 2");
        const auto broken = must(verify_chain(o.db, o.till));
        REQUIRE(broken.has_value());
        CHECK(broken->seq == 2);
    }
}

TEST_CASE("a chain that does not start from the genesis hash is reported",
          "[db][outbox][failure]") {
    OutboxDb o;
    o.append(o.till, "a");
    const auto fake_prev = std::string(64, 'f');
    const auto rehashed =
        event_hash(fake_prev, "TV01-01", 1, "sale", "2026-11-29T09:15:00+07:00", "a");
    o.tamper("UPDATE outbox SET prev_hash = '" + fake_prev + "', hash = '" + rehashed + "'");
    const auto broken = must(verify_chain(o.db, o.till));
    REQUIRE(broken.has_value());
    CHECK(broken->seq == 1);
    CHECK(broken->problem.find("genesis") != std::string::npos);
}
