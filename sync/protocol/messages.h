#pragma once

// The messages between a terminal's sync daemon and head office, and their
// JSON form (docs/sync.md is the reference; both ends build and read them
// here, so they cannot disagree). Plain values: no I/O, no database.

#include "common/error.h"
#include "db/outbox.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::sync {

// Sent as "protocol" in every body and as the path prefix (/v1/...). A server
// answers a body with another version 400 sync.protocol_version.
inline constexpr int kProtocolVersion = 1;

// Limits both ends keep (docs/sync.md, "Limits").
inline constexpr std::size_t kMaxBodyBytes = 8u << 20; // after gunzip
inline constexpr std::size_t kMaxBatchEvents = 500;    // events per push
inline constexpr std::size_t kMaxChangesPage = 1000;   // changes per pull page
inline constexpr std::size_t kDefaultChangesPage = 500;

// POST /v1/enroll (no token: the one-time code is the credential).
struct EnrolRequest {
    std::string code;          // the one-time enrolment code head office printed
    std::string terminal;      // the terminal's code, e.g. "TV01-02"
    std::string terminal_name; // "Quầy 2"
    std::string store;         // the store the terminal's database belongs to
};

struct EnrolResponse {
    std::string token; // the terminal's bearer token from now on
    std::string terminal;
    std::string store;
};

// POST /v1/events: a terminal's outbox events, in sequence order, consecutive.
struct PushRequest {
    std::string terminal;
    std::vector<db::OutboxEvent> events;
};

// 200: what head office now holds of the terminal.
struct PushResponse {
    std::int64_t acked_seq = 0;  // highest seq held without a gap
    std::int64_t stored = 0;     // events of this batch stored now
    std::int64_t duplicates = 0; // events of this batch already held (same hash)
};

// GET /v1/changes?since=CURSOR&limit=N: one page of head office's change log,
// oldest first, with what the caller's token may read.
struct Change {
    std::int64_t id = 0;
    std::string entity; // producer, product, vat_rate, certification, issuer_key,
                        // stamp_revocation, store, stock, transfer (docs/sync.md,
                        // "Changes")
    std::string key;    // the entity's code; the same key again replaces it
    nlohmann::json body;
};

struct ChangesPage {
    std::vector<Change> changes;
    std::string cursor; // where the next page starts; store it with the page applied
    bool more = false;  // another page is ready now
};

// Every refusal: an HTTP status and this body. acked_seq comes with
// sync.gap so the daemon knows where to resume.
struct ProtocolError {
    int status = 500;
    std::string code;       // sync.gap, sync.bad_chain, auth.unknown_token, ...
    std::string message;    // English
    std::string message_vi; // for the terminal's sync panel
    std::optional<std::int64_t> acked_seq;
};

nlohmann::json to_json(const EnrolRequest& request);
nlohmann::json to_json(const EnrolResponse& response);
nlohmann::json to_json(const PushRequest& request);
nlohmann::json to_json(const PushResponse& response);
nlohmann::json to_json(const Change& change);
nlohmann::json to_json(const ChangesPage& page);
nlohmann::json to_json(const ProtocolError& error);

// Parsing a body: a missing or mistyped field, an unknown field or another
// protocol version is an Error with code sync.bad_message (sync.protocol_version
// for the version), never an exception.
Result<EnrolRequest> parse_enrol_request(std::string_view body);
Result<EnrolResponse> parse_enrol_response(std::string_view body);
Result<PushRequest> parse_push_request(std::string_view body);
Result<PushResponse> parse_push_response(std::string_view body);
Result<ChangesPage> parse_changes_page(std::string_view body);
Result<ProtocolError> parse_protocol_error(std::string_view body, int status);

} // namespace ocop::sync
