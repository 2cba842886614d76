#pragma once

// Refusals of the protocol (docs/sync.md, "Errors"): an HTTP status and a
// code, English and Vietnamese.

#include "common/error.h"
#include "sync/protocol/messages.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ocop::hq {

inline sync::ProtocolError refusal(int status, std::string code, std::string message_en,
                                   std::string message_vi,
                                   std::optional<std::int64_t> acked_seq = std::nullopt) {
    return sync::ProtocolError{status, std::move(code), std::move(message_en),
                               std::move(message_vi), acked_seq};
}

// Head office's own failure (its database): 500 with the error's code.
inline sync::ProtocolError internal_refusal(const Error& error) {
    return sync::ProtocolError{500, error.code, error.message_en, error.message_vi, std::nullopt};
}

} // namespace ocop::hq
