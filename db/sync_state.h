#pragma once

// Where the terminal stands with head office (table sync_status, migration
// 0004): written by the sync daemon after each exchange, read by the
// terminal's settings panel and `ocop sync status`. It lives in db/ because
// the daemon (sync/) may use db/ but not pos/.

#include "common/error.h"
#include "db/outbox.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {

class Connection;

struct SyncStatus {
    std::int64_t pending_events = 0; // the terminal's outbox events after acked_seq
    std::int64_t acked_seq = 0;      // the highest seq head office holds without a gap
    std::optional<std::string> last_attempt_at, last_success_at; // never, when empty
    std::string last_error_code; // of the last attempt; empty after a success
    std::string last_error;      // its message, in Vietnamese
    std::string pull_cursor;     // head office's change log position; empty at first
};

// The status as the daemon left it, with pending_events counted from the
// outbox now (so it includes sales made since the last exchange).
Result<SyncStatus> read_sync_status(Connection& db, const TerminalRef& terminal);

// Head office answered: it holds the terminal's events up to `acked_seq`.
// An answer below what is already recorded (a late reply to an earlier
// batch) changes nothing but the times: acknowledged events never become
// pending again. An answer beyond the terminal's last event is refused
// (sync.ack_out_of_range): taking it would leave events made later unsent.
// Clears the last error.
Result<void> record_sync_success(Connection& db, const TerminalRef& terminal,
                                 std::int64_t acked_seq, std::string_view at);

// An attempt failed (network, head office refused, ...): what the panel shows
// until the next success. acked_seq is left as it was.
Result<void> record_sync_error(Connection& db, std::string_view code, std::string_view message,
                               std::string_view at);

// Where the next pull starts. Call it in the transaction that applies the
// page it came with, so a page is never applied twice or skipped.
Result<void> record_pull_cursor(Connection& db, std::string_view cursor);

} // namespace ocop::db
