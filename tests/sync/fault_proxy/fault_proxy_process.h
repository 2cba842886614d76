#pragma once

// ocop-fault-proxy run beside a test: started, waited for, and stopped with
// its counts read back, so a test can show the faults really happened.

#include "support/child_process.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

struct FaultProxyConfig {
    std::uint16_t target_port = 0;
    std::uint64_t seed = 1;
    std::string faults; // "drop=0.1,reset=0.1,..."; empty for a transparent proxy
    int max_delay_ms = 2000;
};

// Counts by name: connections, unreachable, exchanges, pass, drop, reset,
// delay, truncate, duplicate.
using FaultCounts = std::map<std::string, std::int64_t>;

// Reads "ocop-fault-proxy stats connections=1 ..." (or the stats file's line).
FaultCounts parse_fault_counts(const std::string& line);
// "drop=3 reset=1 ..." for a message.
std::string describe_counts(const FaultCounts& counts);

class FaultProxyProcess {
public:
    // Starts the proxy on a free loopback port, its output in `folder`.
    FaultProxyProcess(const FaultProxyConfig& config, const std::filesystem::path& folder);

    std::uint16_t port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    // Stops it (SIGTERM) and returns its final counts.
    FaultCounts stop();
    ChildProcess& process() { return *process_; }

private:
    std::unique_ptr<ChildProcess> process_;
    std::uint16_t port_ = 0;
};

} // namespace ocop::test
