#pragma once

// The command line of ocop-fault-proxy.

#include "fault_plan.h"
#include "socket.h"

#include <chrono>
#include <cstdint>
#include <expected>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ocop::fault_proxy {

struct ProxyOptions {
    Endpoint listen{"127.0.0.1", 0};
    Endpoint target;
    std::uint64_t seed = 1;
    FaultRates rates;
    std::chrono::milliseconds max_delay{2000};
    std::optional<std::filesystem::path> stats_file;
};

inline constexpr std::string_view kUsage =
    "Usage: ocop-fault-proxy --listen HOST:PORT --target HOST:PORT [--seed N]\n"
    "         [--faults drop=P,reset=P,delay=P,truncate=P,duplicate=P] [--max-delay-ms MS]\n"
    "         [--stats FILE]\n"
    "A TCP proxy for tests that spoils some request/response exchanges on purpose.\n"
    "Prints 'ocop-fault-proxy listening on HOST:PORT' when ready; on SIGTERM or SIGINT\n"
    "prints the counts of each fault (and writes them to FILE) and exits 0.\n"
    "SIGUSR1 writes the counts to FILE without stopping.\n";

std::expected<ProxyOptions, std::string> parse_options(const std::vector<std::string>& arguments);

} // namespace ocop::fault_proxy
