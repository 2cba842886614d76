#pragma once

// Waiting for a program started beside a test to say it is ready: the first
// line of its output that starts with a given text.

#include "support/child_process.h"

#include <chrono>
#include <string>
#include <string_view>

namespace ocop::test {

// The rest of the first output line starting with `prefix`. Throws
// std::runtime_error, with everything the program wrote, when it exits or
// `patience` passes first: a program that never gets ready fails the test.
std::string wait_for_line(ChildProcess& child, std::string_view prefix,
                          std::chrono::milliseconds patience = std::chrono::seconds(30));

} // namespace ocop::test
