// What the settings panel shows about sync, as the daemon leaves it in the
// terminal's database: how many events wait for head office, when it last
// answered, and what went wrong last.
#include "db/connection.h"
#include "db/sync_state.h"
#include "support/expect.h"
#include "support/two_terminal_db.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ocop;
using namespace ocop::db;
using ocop::test::error_code;
using ocop::test::must;

namespace {

constexpr std::string_view kMorning = "2026-11-29T09:30:00+07:00";
constexpr std::string_view kNoon = "2026-11-29T12:00:00+07:00";
constexpr std::string_view kEvening = "2026-11-29T18:45:00+07:00";

// This till and another one of the same store.
struct SyncDb : test::TwoTerminalDb {
    // `count` sales on a terminal, as the journal appends them.
    void sell(const TerminalRef& terminal, int count) {
        for (int i = 0; i < count; ++i)
            append(terminal, "{}");
    }

    SyncStatus status() { return must(read_sync_status(db, till)); }
};

} // namespace

TEST_CASE("a till that never reached head office has all its events pending", "[db][sync]") {
    SyncDb sync;
    CHECK(sync.status().pending_events == 0);
    sync.sell(sync.till, 3);
    sync.sell(sync.other, 2); // another till's events are not this one's to send

    const auto status = sync.status();
    CHECK(status.pending_events == 3);
    CHECK(status.acked_seq == 0);
    CHECK_FALSE(status.last_attempt_at);
    CHECK_FALSE(status.last_success_at);
    CHECK(status.last_error_code.empty());
    CHECK(status.last_error.empty());
    CHECK(status.pull_cursor.empty());
}

TEST_CASE("head office's answer clears what it holds; sales made since are pending", "[db][sync]") {
    SyncDb sync;
    sync.sell(sync.till, 5);
    must(record_sync_success(sync.db, sync.till, 5, kMorning));
    auto status = sync.status();
    CHECK(status.pending_events == 0);
    CHECK(status.acked_seq == 5);
    CHECK(status.last_attempt_at == std::string(kMorning));
    CHECK(status.last_success_at == std::string(kMorning));

    sync.sell(sync.till, 2);
    CHECK(sync.status().pending_events == 2);
}

TEST_CASE("a stale answer never makes acknowledged events pending again", "[db][sync]") {
    SyncDb sync;
    sync.sell(sync.till, 8);
    must(record_sync_success(sync.db, sync.till, 6, kMorning));
    // The reply to an earlier, smaller batch arrives late.
    must(record_sync_success(sync.db, sync.till, 3, kNoon));

    const auto status = sync.status();
    CHECK(status.acked_seq == 6);
    CHECK(status.pending_events == 2);
    CHECK(status.last_success_at == std::string(kNoon)); // head office did answer

    // Not even by hand: the rule is in the file.
    CHECK(error_code(sync.db.execute("UPDATE sync_status SET acked_seq = 0")) == "db.constraint");
    CHECK(sync.status().acked_seq == 6);
}

TEST_CASE("an error shows until the next success and sends nothing again", "[db][sync]") {
    SyncDb sync;
    sync.sell(sync.till, 4);
    must(record_sync_success(sync.db, sync.till, 4, kMorning));
    sync.sell(sync.till, 1);
    must(record_sync_error(sync.db, "sync.unreachable", "Không kết nối được văn phòng chính.",
                           kNoon));

    auto status = sync.status();
    CHECK(status.last_error_code == "sync.unreachable");
    CHECK(status.last_error == "Không kết nối được văn phòng chính.");
    CHECK(status.last_attempt_at == std::string(kNoon));
    CHECK(status.last_success_at == std::string(kMorning));
    CHECK(status.acked_seq == 4);
    CHECK(status.pending_events == 1);

    must(record_sync_success(sync.db, sync.till, 5, kEvening));
    status = sync.status();
    CHECK(status.last_error_code.empty());
    CHECK(status.last_error.empty());
    CHECK(status.last_success_at == std::string(kEvening));
    CHECK(status.pending_events == 0);
}

TEST_CASE("an answer for events the till does not have is refused", "[db][sync][failure]") {
    // A database restored from an old backup: head office holds more than
    // the till. Taking the answer would leave the next sales unsent.
    SyncDb sync;
    sync.sell(sync.till, 3);
    sync.sell(sync.other, 9);
    CHECK(error_code(record_sync_success(sync.db, sync.till, 9, kMorning)) ==
          "sync.ack_out_of_range");
    CHECK(error_code(record_sync_success(sync.db, sync.till, -1, kMorning)) ==
          "sync.ack_out_of_range");
    const auto status = sync.status();
    CHECK(status.acked_seq == 0);
    CHECK(status.pending_events == 3);
    CHECK_FALSE(status.last_success_at);
}

TEST_CASE("the pull cursor moves with the page it came with, or not at all", "[db][sync]") {
    SyncDb sync;
    {
        auto transaction = must(Transaction::begin(sync.db));
        must(record_pull_cursor(sync.db, "hq-000120"));
        // The page failed to apply: its transaction goes away uncommitted.
    }
    CHECK(sync.status().pull_cursor.empty());

    auto transaction = must(Transaction::begin(sync.db));
    must(record_pull_cursor(sync.db, "hq-000120"));
    must(transaction.commit());
    CHECK(sync.status().pull_cursor == "hq-000120");
}

TEST_CASE("the sync status is one row that stays", "[db][sync]") {
    SyncDb sync;
    CHECK(must(sync.db.query_int64("SELECT count(*) FROM sync_status")) == 1);
    CHECK(error_code(sync.db.execute("DELETE FROM sync_status")) == "db.constraint");
    CHECK(error_code(sync.db.execute("INSERT INTO sync_status (id) VALUES (2)")) ==
          "db.constraint");
}
