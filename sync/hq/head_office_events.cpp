// Receiving a terminal's events (docs/sync.md, "Upstream"): each (terminal,
// seq) stored once, in one transaction per batch, with the chain checked;
// any refusal stores nothing of the batch.

#include "db/outbox.h"
#include "sync/hq/database.h"
#include "sync/hq/head_office.h"
#include "sync/hq/projections.h"
#include "sync/hq/refusal.h"
#include "sync/hq/transfers.h"

#include <set>
#include <string>

namespace ocop::hq {

namespace {

using Refused = std::unexpected<sync::ProtocolError>;

sync::ProtocolError bad_chain(std::int64_t seq, const std::string& problem) {
    return refusal(422, "sync.bad_chain",
                   "event " + std::to_string(seq) + " does not hold in the chain: " + problem,
                   "Sự kiện số " + std::to_string(seq) +
                       " không khớp chuỗi băm của máy (dữ liệu bị sửa hoặc hỏng). Báo cho kỹ "
                       "thuật viên.");
}

// What can be checked without head office's data: the batch is consecutive,
// each event's hash is the hash of its own fields, and each chains to the
// one before it in the batch.
std::optional<sync::ProtocolError> check_batch(const sync::PushRequest& request) {
    const auto& events = request.events;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& event = events[i];
        if (event.seq < 1 || (i > 0 && event.seq != events[i - 1].seq + 1)) {
            return refusal(400, "sync.bad_message",
                           "the events of a push must be consecutive, from seq 1 on",
                           "Dữ liệu gửi lên không đúng thứ tự.");
        }
        if (i > 0 && event.prev_hash != events[i - 1].hash)
            return bad_chain(event.seq, "prev_hash is not the hash of the event before it");
        const auto hash = db::event_hash(event.prev_hash, request.terminal, event.seq, event.type,
                                         event.created_at, event.payload);
        if (hash != event.hash)
            return bad_chain(event.seq, "hash is not the hash of the event's fields");
    }
    return std::nullopt;
}

struct Head {
    std::int64_t held_seq = 0;
    std::string held_hash;
};

Result<Head> read_head(Database& database, std::string_view terminal) {
    auto row = database.first_row(
        "SELECT held_seq, held_hash FROM terminal_heads WHERE terminal = ?", terminal);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return Head{0, std::string(db::kGenesisHash)};
    return Head{(*row)->int64(0), (*row)->text(1)};
}

// Events of the batch head office already holds must be the very same
// events: the same seq with another hash is a conflict.
std::optional<sync::ProtocolError> check_held(Database& database, const sync::PushRequest& request,
                                              std::int64_t held_seq, std::int64_t& duplicates,
                                              std::optional<Error>& failure) {
    const auto& events = request.events;
    if (events.front().seq > held_seq)
        return std::nullopt;
    auto stored = database.query(
        "SELECT seq, hash FROM events WHERE terminal = ? AND seq >= ? AND seq <= ? ORDER BY seq",
        request.terminal, events.front().seq, held_seq);
    if (!stored) {
        failure = stored.error();
        return std::nullopt;
    }
    for (const auto& row : *stored) {
        const auto index = static_cast<std::size_t>(row.int64(0) - events.front().seq);
        if (index >= events.size())
            break;
        if (events[index].hash != row.text(1)) {
            return refusal(409, "sync.conflict",
                           "head office holds another event " + std::to_string(row.int64(0)) +
                               " of terminal " + request.terminal,
                           "Văn phòng đã có sự kiện số " + std::to_string(row.int64(0)) +
                               " khác của máy này (hai máy dùng chung mã, hoặc dữ liệu máy bị "
                               "khôi phục). Báo cho kỹ thuật viên.");
        }
        ++duplicates;
    }
    return std::nullopt;
}

} // namespace

std::expected<sync::PushResponse, sync::ProtocolError>
HeadOffice::receive_events(const Principal& who, const sync::PushRequest& request,
                           std::string_view now) {
    if (who.role != Principal::Role::terminal || who.terminal != request.terminal) {
        return Refused(
            refusal(403, "auth.wrong_terminal",
                    "this token may not push the events of terminal " + request.terminal,
                    "Mã truy cập này không được gửi dữ liệu của máy " + request.terminal + "."));
    }
    if (request.events.size() > sync::kMaxBatchEvents) {
        return Refused(
            refusal(413, "sync.batch_too_long",
                    "at most " + std::to_string(sync::kMaxBatchEvents) + " events per push",
                    "Mỗi lần gửi tối đa " + std::to_string(sync::kMaxBatchEvents) + " sự kiện."));
    }
    if (auto refused = check_batch(request))
        return Refused(std::move(*refused));

    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return Refused(internal_refusal(transaction.error()));
    auto head = read_head(*database_, request.terminal);
    if (!head)
        return Refused(internal_refusal(head.error()));
    sync::PushResponse response{head->held_seq, 0, 0};
    const auto& events = request.events;
    if (!events.empty() && events.front().seq > head->held_seq + 1) {
        return Refused(refusal(409, "sync.gap",
                               "head office holds terminal " + request.terminal + " up to " +
                                   std::to_string(head->held_seq) + "; this batch starts at " +
                                   std::to_string(events.front().seq),
                               "Thiếu dữ liệu ở giữa; máy sẽ gửi lại từ sự kiện số " +
                                   std::to_string(head->held_seq + 1) + ".",
                               head->held_seq));
    }
    if (!events.empty()) {
        std::optional<Error> failure;
        if (auto refused =
                check_held(*database_, request, head->held_seq, response.duplicates, failure))
            return Refused(std::move(*refused));
        if (failure)
            return Refused(internal_refusal(*failure));
    }

    std::set<std::string> moved_skus;
    for (const auto& event : events) {
        if (event.seq <= head->held_seq)
            continue;
        if (event.seq == head->held_seq + 1 && event.prev_hash != head->held_hash) {
            return Refused(bad_chain(event.seq,
                                     "prev_hash is not the hash of the event head office holds "
                                     "before it"));
        }
        auto stored = database_->execute(
            "INSERT INTO events (terminal, seq, type, created_at, payload, prev_hash, hash, "
            "received_at) VALUES (?,?,?,?,?,?,?,?)",
            request.terminal, event.seq, event.type, event.created_at, event.payload,
            event.prev_hash, event.hash, now);
        if (!stored)
            return Refused(internal_refusal(stored.error()));
        auto projected = project_event(*database_, request.terminal, who.store, event, moved_skus);
        if (!projected)
            return Refused(internal_refusal(projected.error()));
        if (auto transfer = project_transfer(*database_, request.terminal, who.store, event, now);
            !transfer)
            return Refused(internal_refusal(transfer.error()));
        head->held_seq = event.seq;
        head->held_hash = event.hash;
        ++response.stored;
    }
    response.acked_seq = head->held_seq;
    auto recorded = database_->execute(
        "INSERT INTO terminal_heads (terminal, held_seq, held_hash, last_push_at) VALUES (?,?,?,?) "
        "ON CONFLICT (terminal) DO UPDATE SET held_seq = excluded.held_seq, "
        "held_hash = excluded.held_hash, last_push_at = excluded.last_push_at",
        request.terminal, head->held_seq, head->held_hash, now);
    if (!recorded)
        return Refused(internal_refusal(recorded.error()));
    if (auto logged = log_stock_figures(*database_, who.store, moved_skus, now); !logged)
        return Refused(internal_refusal(logged.error()));
    if (auto committed = transaction->commit(); !committed)
        return Refused(internal_refusal(committed.error()));
    return response;
}

} // namespace ocop::hq
