#pragma once

// Small helpers for functions that return Result<T>: take the value or fail
// the test with the error's log line, and name the error a call failed with.

#include "common/error.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

namespace ocop::test {

// The value of a Result that must have succeeded; fails the test with the
// error (code and English message) otherwise.
template <class T>
T must(Result<T> result) {
    if (!result)
        FAIL("expected success, got " << result.error().log_line());
    return std::move(*result);
}

inline void must(Result<void> result) {
    if (!result)
        FAIL("expected success, got " << result.error().log_line());
}

// The code a call failed with: "" when it succeeded. An error without an
// English or a Vietnamese message is reported as such, so that every test of
// a failure also checks that the cashier is told something.
template <class T>
std::string error_code(const Result<T>& result) {
    if (result)
        return "";
    const Error& error = result.error();
    if (error.message_en.empty())
        return error.code + " (no English message)";
    if (error.message_vi.empty())
        return error.code + " (no Vietnamese message)";
    return error.code;
}

} // namespace ocop::test
