#pragma once

// One terminal's exchanges with head office (docs/sync.md): pushing the
// outbox after what head office acknowledged, pulling the change log after
// the stored cursor. Every position it resumes from is in the database, so a
// daemon killed at any point starts again exactly where it stopped; the only
// thing it keeps in memory is where head office asked it to resend from
// after a gap, which is never written (the stored acked_seq never goes back).

#include "common/error.h"
#include "sync/daemon/http_client.h"
#include "sync/daemon/terminal_identity.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace ocop::db {
class Connection;
}

namespace ocop::syncd {

// One line per exchange, English with codes (the daemon's log).
using LogLine = std::function<void(const std::string&)>;

struct PushReport {
    std::int64_t batches = 0;
    std::int64_t sent = 0;      // events sent (again, after a gap)
    std::int64_t acked_seq = 0; // head office's last answer
};

struct PullReport {
    std::int64_t pages = 0;
    std::int64_t changes = 0;
    std::string cursor;
};

// Records a failed attempt where the terminal's panel shows it, and logs it.
void record_failure(db::Connection& db, const Error& error, const LogLine& log);

class SyncEngine {
public:
    SyncEngine(db::Connection& db, TerminalIdentity terminal, HttpClient& client, LogLine log);

    // Sends batches of at most sync::kMaxBatchEvents until head office holds
    // every event written so far. Each answer is recorded at once
    // (db::record_sync_success); a failure is recorded (db::record_sync_error)
    // and returned.
    Result<PushReport> push_pending();

    // Fetches and applies pages until head office says there is no more.
    // Each page is applied with its cursor in one transaction.
    Result<PullReport> pull_changes();

    // The outbox's last seq now: cheap, for noticing new events.
    Result<std::int64_t> last_outbox_seq();
    // Events head office has not acknowledged (as the status shows them).
    Result<std::int64_t> pending_events();

    // An exchange that failed before reaching head office's logic (the
    // database, the token) is recorded too, so the panel shows it.
    void record_error(const Error& error);

private:
    Result<std::int64_t> resume_after();
    Result<bool> push_batch(PushReport& report);
    Result<bool> pull_page(PullReport& report);
    Error refusal(long status, const std::string& body, std::string_view doing) const;
    Result<void> record_success();

    db::Connection& db_;
    TerminalIdentity terminal_;
    HttpClient& client_;
    LogLine log_;
    // Head office's own account after a 409 sync.gap: resend after it.
    std::optional<std::int64_t> head_office_acked_;
};

} // namespace ocop::syncd
