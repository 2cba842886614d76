#pragma once

// The daemon's signals, read from a signalfd rather than handled in a
// signal handler: SIGTERM and SIGINT stop it between exchanges, SIGUSR1
// asks for a pull now. Waiting on it is also how the daemon sleeps, so a
// signal ends a wait at once.

#include "common/error.h"

#include <chrono>

namespace ocop::syncd {

enum class Wake { timeout, stop, pull_now };

class SignalWatch {
public:
    // Blocks the three signals for the process and opens the signalfd.
    static Result<SignalWatch> open();
    SignalWatch(SignalWatch&& other) noexcept;
    SignalWatch& operator=(SignalWatch&&) = delete;
    SignalWatch(const SignalWatch&) = delete;
    SignalWatch& operator=(const SignalWatch&) = delete;
    ~SignalWatch();

    // Waits up to `timeout` for a signal.
    Wake wait(std::chrono::milliseconds timeout);

private:
    explicit SignalWatch(int fd) : fd_(fd) {}
    int fd_ = -1;
};

} // namespace ocop::syncd
