#pragma once

// ocop-syncd: its command line, `--once` for scripts, and the service loop
// (push soon after a sale, pull on an interval and on SIGUSR1, back off when
// head office is away, stop cleanly on SIGTERM). main.cpp only calls run().

#include "common/error.h"
#include "sync/daemon/sync_settings.h"

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace ocop::syncd {

struct DaemonOptions {
    std::filesystem::path database;
    SyncOverrides overrides;
    bool once = false;
    std::chrono::seconds pull_interval{60};
    bool help = false;
};

// How often the loop looks at the outbox for new events (a cheap max(seq)).
inline constexpr std::chrono::milliseconds kOutboxPoll{500};

// cli.* errors for a command line it cannot use (exit status 2).
Result<DaemonOptions> parse_daemon_options(const std::vector<std::string>& arguments);

std::string daemon_usage();

// The whole program: 0 done (or stopped by SIGTERM), 1 failed, 2 bad command line.
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err);

} // namespace ocop::syncd
