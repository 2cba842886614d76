#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {

class Connection;

// The terminal an event belongs to: its row id here, and its code, which is
// the same at head office and so is what the hash covers.
struct TerminalRef {
    std::int64_t id = 0;
    std::string code;
};

struct OutboxEvent {
    std::int64_t seq = 0;
    std::string type;
    std::string created_at;
    std::string payload; // JSON
    std::string prev_hash;
    std::string hash;
};

// The prev_hash of a terminal's first event.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// SHA-256, in lower-case hex, of the event's fields, each on its own line:
//   prev_hash \n terminal_code \n seq \n type \n created_at \n payload
// Head office computes the same to check the chain (docs/sync.md).
std::string event_hash(std::string_view prev_hash, std::string_view terminal_code, std::int64_t seq,
                       std::string_view type, std::string_view created_at,
                       std::string_view payload);

// Appends an event with the terminal's next sequence number, chained to the
// last one. Call it inside the transaction that makes the change it records,
// so that the change and its event are committed together or not at all.
Result<OutboxEvent> append_event(Connection& connection, const TerminalRef& terminal,
                                 std::string_view type, std::string_view created_at,
                                 std::string_view payload);

// Where a terminal's chain first fails to hold, if it does.
struct ChainBreak {
    std::int64_t seq = 0;
    std::string problem; // English, for a technician
};

// Walks the terminal's events from `from_seq` and reports the first gap in the
// numbering, a prev_hash that is not the previous hash, or a hash that does
// not match the event's content.
Result<std::optional<ChainBreak>> verify_chain(Connection& connection, const TerminalRef& terminal,
                                               std::int64_t from_seq = 1);

} // namespace ocop::db
