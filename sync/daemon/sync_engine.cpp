#include "sync/daemon/sync_engine.h"

#include "db/connection.h"
#include "db/sync_state.h"
#include "sync/daemon/apply_changes.h"
#include "sync/protocol/local_time.h"
#include "sync/protocol/messages.h"

#include <utility>
#include <vector>

namespace ocop::syncd {

namespace {

// A batch stays well under head office's 8 MiB limit whatever the events hold.
constexpr std::size_t kBatchPayloadBytes = 4u << 20;
// Answers that move nothing forward, in a row, before the daemon gives up
// for this round instead of asking forever.
constexpr int kMaxAnswersWithoutProgress = 3;

Error no_progress(std::string_view what) {
    return Error{"syncd.no_progress",
                 "head office keeps answering without progress: " + std::string(what),
                 "Máy chủ văn phòng trả lời nhưng dữ liệu không tiến triển. Máy sẽ thử lại; nếu "
                 "lỗi còn, báo cho kỹ thuật viên."};
}

// The events after `after`, in order: at most a batch, and no more payload
// than kBatchPayloadBytes past the first event. The statement is done with
// before the exchange, so no read snapshot is held while head office answers.
Result<std::vector<db::OutboxEvent>> read_batch(db::Connection& db, const db::TerminalRef& terminal,
                                                std::int64_t after) {
    auto rows = db.prepare("SELECT seq, type, created_at, payload, prev_hash, hash FROM outbox "
                           "WHERE terminal_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    if (!rows)
        return fail(rows.error());
    rows->bind_all(terminal.id, after, static_cast<std::int64_t>(sync::kMaxBatchEvents));
    std::vector<db::OutboxEvent> events;
    std::size_t payload_bytes = 0;
    while (payload_bytes <= kBatchPayloadBytes) {
        auto row = rows->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        events.push_back(db::OutboxEvent{rows->int64(0), rows->text(1), rows->text(2),
                                         rows->text(3), rows->text(4), rows->text(5)});
        payload_bytes += events.back().payload.size();
    }
    return events;
}

} // namespace

SyncEngine::SyncEngine(db::Connection& db, TerminalIdentity terminal, HttpClient& client,
                       LogLine log)
    : db_(db), terminal_(std::move(terminal)), client_(client), log_(std::move(log)) {}

void record_failure(db::Connection& db, const Error& error, const LogLine& log) {
    log("sync error " + error.log_line());
    if (auto recorded =
            db::record_sync_error(db, error.code, error.message_vi, sync::vietnam_now());
        !recorded)
        log("could not record the sync error: " + recorded.error().log_line());
}

void SyncEngine::record_error(const Error& error) {
    record_failure(db_, error, log_);
}

Result<void> SyncEngine::record_success() {
    auto status = db::read_sync_status(db_, terminal_.terminal);
    if (!status)
        return fail(status.error());
    return db::record_sync_success(db_, terminal_.terminal, status->acked_seq, sync::vietnam_now());
}

Error SyncEngine::refusal(long status, const std::string& body, std::string_view doing) const {
    auto parsed = sync::parse_protocol_error(body, static_cast<int>(status));
    if (!parsed) // not even an error body: keep the status
        return Error{"sync.http_status", std::string(doing) + ": HTTP " + std::to_string(status),
                     "Máy chủ văn phòng trả lời lỗi HTTP " + std::to_string(status) + "."};
    return Error{parsed->code,
                 std::string(doing) + ": HTTP " + std::to_string(status) + " " + parsed->message,
                 parsed->message_vi};
}

Result<std::int64_t> SyncEngine::last_outbox_seq() {
    auto last =
        db_.query_int64("SELECT max(seq) FROM outbox WHERE terminal_id = ?", terminal_.terminal.id);
    if (!last)
        return fail(last.error());
    return last->value_or(0);
}

Result<std::int64_t> SyncEngine::pending_events() {
    auto status = db::read_sync_status(db_, terminal_.terminal);
    if (!status)
        return fail(status.error());
    return status->pending_events;
}

Result<std::int64_t> SyncEngine::resume_after() {
    if (head_office_acked_)
        return *head_office_acked_;
    auto status = db::read_sync_status(db_, terminal_.terminal);
    if (!status)
        return fail(status.error());
    return status->acked_seq;
}

// One POST /v1/events. true: there may be more to send.
Result<bool> SyncEngine::push_batch(PushReport& report) {
    auto after = resume_after();
    if (!after)
        return fail(after.error());
    sync::PushRequest request{terminal_.terminal.code, {}};
    auto events = read_batch(db_, terminal_.terminal, *after);
    if (!events)
        return fail(events.error());
    request.events = std::move(*events);
    if (request.events.empty())
        return false;

    const auto first = request.events.front().seq;
    const auto last = request.events.back().seq;
    auto response = client_.post_json("/v1/events", sync::to_json(request).dump(), true);
    if (!response)
        return fail(response.error());
    ++report.batches;
    report.sent += static_cast<std::int64_t>(request.events.size());
    if (response->status == 409) {
        auto refused = sync::parse_protocol_error(response->body, 409);
        if (refused && refused->code == "sync.gap" && refused->acked_seq &&
            *refused->acked_seq != *after) {
            log_("push " + terminal_.terminal.code + " events " + std::to_string(first) + ".." +
                 std::to_string(last) + ": sync.gap, head office holds up to " +
                 std::to_string(*refused->acked_seq) + ", resending from there");
            head_office_acked_ = *refused->acked_seq;
            return true;
        }
    }
    if (response->status != 200)
        return fail(refusal(response->status, response->body, "pushing events"));
    auto answer = sync::parse_push_response(response->body);
    if (!answer)
        return fail(answer.error());
    log_("push " + terminal_.terminal.code + " events " + std::to_string(first) + ".." +
         std::to_string(last) + ": ok, acked_seq " + std::to_string(answer->acked_seq) +
         ", stored " + std::to_string(answer->stored) + ", duplicates " +
         std::to_string(answer->duplicates));
    if (auto recorded = db::record_sync_success(db_, terminal_.terminal, answer->acked_seq,
                                                sync::vietnam_now());
        !recorded)
        return fail(recorded.error());
    head_office_acked_ = answer->acked_seq;
    report.acked_seq = answer->acked_seq;
    if (answer->acked_seq <= *after)
        return fail(no_progress("acked_seq " + std::to_string(answer->acked_seq) +
                                " after sending events from " + std::to_string(first)));
    return true; // the next round reads what is left, if anything
}

Result<PushReport> SyncEngine::push_pending() {
    PushReport report;
    int without_progress = 0;
    std::int64_t before = -1;
    for (;;) {
        auto more = push_batch(report);
        if (!more) {
            record_error(more.error());
            return fail(more.error());
        }
        if (!*more)
            return report;
        auto after = resume_after();
        if (!after) {
            record_error(after.error());
            return fail(after.error());
        }
        without_progress = *after > before ? 0 : without_progress + 1;
        before = *after;
        if (without_progress >= kMaxAnswersWithoutProgress) {
            const Error error = no_progress("sync.gap answers at " + std::to_string(*after));
            record_error(error);
            return fail(error);
        }
    }
}

// One GET /v1/changes and its page applied. true: another page is ready.
Result<bool> SyncEngine::pull_page(PullReport& report) {
    auto status = db::read_sync_status(db_, terminal_.terminal);
    if (!status)
        return fail(status.error());
    const std::string path = "/v1/changes?since=" + client_.escape(status->pull_cursor) +
                             "&limit=" + std::to_string(sync::kDefaultChangesPage);
    auto response = client_.get(path);
    if (!response)
        return fail(response.error());
    if (response->status != 200)
        return fail(refusal(response->status, response->body, "pulling changes"));
    auto page = sync::parse_changes_page(response->body);
    if (!page)
        return fail(page.error());
    if (auto applied = apply_changes_page(db_, terminal_, *page); !applied)
        return fail(applied.error());
    log_("pull " + terminal_.terminal.code + " since \"" + status->pull_cursor + "\": ok, " +
         std::to_string(page->changes.size()) + " changes applied, cursor \"" + page->cursor +
         "\"" + (page->more ? ", more" : ""));
    ++report.pages;
    report.changes += static_cast<std::int64_t>(page->changes.size());
    report.cursor = page->cursor;
    // A page that says "more" but moves nothing would be asked for forever.
    if (page->more && page->changes.empty() && page->cursor == status->pull_cursor)
        return fail(no_progress("an empty page at cursor " + page->cursor + " says more"));
    return page->more;
}

Result<PullReport> SyncEngine::pull_changes() {
    PullReport report;
    for (;;) {
        auto more = pull_page(report);
        if (!more) {
            record_error(more.error());
            return fail(more.error());
        }
        if (!*more)
            break;
    }
    if (auto recorded = record_success(); !recorded) {
        record_error(recorded.error());
        return fail(recorded.error());
    }
    return report;
}

} // namespace ocop::syncd
