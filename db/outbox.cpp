#include "db/outbox.h"

#include "db/connection.h"

#include <sodium.h>

#include <array>

namespace ocop::db {

namespace {

std::string to_hex(const unsigned char* bytes, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex.push_back(kDigits[bytes[i] >> 4]);
        hex.push_back(kDigits[bytes[i] & 0x0f]);
    }
    return hex;
}

void hash_field(crypto_hash_sha256_state& state, std::string_view field, bool last = false) {
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(field.data()),
                              field.size());
    if (!last)
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>("\n"), 1);
}

} // namespace

std::string event_hash(std::string_view prev_hash, std::string_view terminal_code, std::int64_t seq,
                       std::string_view type, std::string_view created_at,
                       std::string_view payload) {
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    const std::string seq_text = std::to_string(seq);
    hash_field(state, prev_hash);
    hash_field(state, terminal_code);
    hash_field(state, seq_text);
    hash_field(state, type);
    hash_field(state, created_at);
    hash_field(state, payload, true);
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return to_hex(digest.data(), digest.size());
}

Result<OutboxEvent> append_event(Connection& connection, const TerminalRef& terminal,
                                 std::string_view type, std::string_view created_at,
                                 std::string_view payload) {
    auto last = connection.first_row(
        "SELECT seq, hash FROM outbox WHERE terminal_id = ? ORDER BY seq DESC LIMIT 1",
        terminal.id);
    if (!last)
        return fail(last.error());

    OutboxEvent event;
    event.seq = *last ? (*last)->int64(0) + 1 : 1;
    event.prev_hash = *last ? (*last)->text(1) : std::string(kGenesisHash);
    event.type = type;
    event.created_at = created_at;
    event.payload = payload;
    event.hash = event_hash(event.prev_hash, terminal.code, event.seq, type, created_at, payload);

    auto inserted = connection.execute("INSERT INTO outbox (terminal_id, seq, type, created_at, "
                                       "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                       terminal.id, event.seq, event.type, event.created_at,
                                       event.payload, event.prev_hash, event.hash);
    if (!inserted)
        return fail(inserted.error());
    return event;
}

Result<std::optional<ChainBreak>> verify_chain(Connection& connection, const TerminalRef& terminal,
                                               std::int64_t from_seq) {
    auto events =
        connection.prepare("SELECT seq, type, created_at, payload, prev_hash, hash FROM outbox "
                           "WHERE terminal_id = ? AND seq >= ? ORDER BY seq");
    if (!events)
        return fail(events.error());
    events->bind_all(terminal.id, from_seq);

    std::optional<std::string> previous_hash;
    std::int64_t expected_seq = from_seq;
    for (;;) {
        auto row = events->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return std::optional<ChainBreak>{};
        const std::int64_t seq = events->int64(0);
        const std::string prev_hash = events->text(4);
        const std::string hash = events->text(5);
        if (seq != expected_seq) {
            return ChainBreak{expected_seq, "event " + std::to_string(expected_seq) +
                                                " is missing (next present is " +
                                                std::to_string(seq) + ")"};
        }
        if (seq == 1 && prev_hash != kGenesisHash)
            return ChainBreak{seq, "first event does not start from the genesis hash"};
        if (previous_hash && prev_hash != *previous_hash)
            return ChainBreak{seq, "prev_hash does not match the hash of event " +
                                       std::to_string(seq - 1)};
        const std::string recomputed = event_hash(prev_hash, terminal.code, seq, events->text(1),
                                                  events->text(2), events->text(3));
        if (recomputed != hash)
            return ChainBreak{seq, "content does not match its hash (edited after it was written)"};
        previous_hash = hash;
        ++expected_seq;
    }
}

} // namespace ocop::db
