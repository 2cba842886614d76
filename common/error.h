#pragma once

#include <expected>
#include <string>

namespace ocop {

// What went wrong, told three ways: a stable code a technician can search for
// (listed in docs/errors.md), an English sentence for logs and a Vietnamese one
// for the person at the till.
struct Error {
    std::string code;
    std::string message_en;
    std::string message_vi;

    // "code: English message", the form written to logs and stderr.
    std::string log_line() const { return code + ": " + message_en; }
};

template <class T>
using Result = std::expected<T, Error>;

// Shorthand for `return std::unexpected(Error{...})` in functions returning Result.
inline std::unexpected<Error> fail(std::string code, std::string message_en,
                                   std::string message_vi) {
    return std::unexpected(Error{std::move(code), std::move(message_en), std::move(message_vi)});
}

inline std::unexpected<Error> fail(Error error) {
    return std::unexpected(std::move(error));
}

} // namespace ocop
