#include "db/sync_state.h"

#include "db/connection.h"

namespace ocop::db {

namespace {

Result<std::int64_t> last_seq(Connection& db, const TerminalRef& terminal) {
    auto last = db.query_int64("SELECT max(seq) FROM outbox WHERE terminal_id = ?", terminal.id);
    if (!last)
        return fail(last.error());
    return last->value_or(0);
}

Error ack_out_of_range(const TerminalRef& terminal, std::int64_t acked_seq, std::int64_t last) {
    return Error{"sync.ack_out_of_range",
                 "head office acknowledged event " + std::to_string(acked_seq) + " of " +
                     terminal.code + ", whose outbox ends at " + std::to_string(last),
                 "Máy chủ báo đã nhận sự kiện số " + std::to_string(acked_seq) +
                     " nhưng máy này chỉ có đến số " + std::to_string(last) +
                     ". Có thể cơ sở dữ liệu đã được khôi phục từ bản cũ: báo cho kỹ thuật viên."};
}

} // namespace

Result<SyncStatus> read_sync_status(Connection& db, const TerminalRef& terminal) {
    auto row = db.first_row("SELECT acked_seq, last_attempt_at, last_success_at, "
                            "last_error_code, last_error, pull_cursor FROM sync_status");
    if (!row)
        return fail(row.error());
    SyncStatus status;
    if (*row) {
        const Statement& values = **row;
        status = SyncStatus{0,
                            values.int64(0),
                            values.optional_text(1),
                            values.optional_text(2),
                            values.text(3),
                            values.text(4),
                            values.text(5)};
    }
    auto pending = db.query_int64("SELECT count(*) FROM outbox WHERE terminal_id = ? AND seq > ?",
                                  terminal.id, status.acked_seq);
    if (!pending)
        return fail(pending.error());
    status.pending_events = pending->value_or(0);
    return status;
}

Result<void> record_sync_success(Connection& db, const TerminalRef& terminal,
                                 std::int64_t acked_seq, std::string_view at) {
    auto last = last_seq(db, terminal);
    if (!last)
        return fail(last.error());
    if (acked_seq < 0 || acked_seq > *last)
        return fail(ack_out_of_range(terminal, acked_seq, *last));
    return db.execute("UPDATE sync_status SET acked_seq = max(acked_seq, ?), last_attempt_at = ?, "
                      "last_success_at = ?, last_error_code = '', last_error = ''",
                      acked_seq, at, at);
}

Result<void> record_sync_error(Connection& db, std::string_view code, std::string_view message,
                               std::string_view at) {
    return db.execute(
        "UPDATE sync_status SET last_attempt_at = ?, last_error_code = ?, last_error = ?", at, code,
        message);
}

Result<void> record_pull_cursor(Connection& db, std::string_view cursor) {
    return db.execute("UPDATE sync_status SET pull_cursor = ?", cursor);
}

} // namespace ocop::db
