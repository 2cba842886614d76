#pragma once

// What the proxy does to each request/response exchange: the faults, their
// probabilities, and the seeded choice among them. Shared by every relay
// thread; the counts say afterwards what really happened.

#include <array>
#include <chrono>
#include <cstdint>
#include <expected>
#include <mutex>
#include <random>
#include <string>
#include <string_view>

namespace ocop::fault_proxy {

enum class Fault {
    pass,      // forwarded both ways untouched
    drop,      // the client's connection closed, its request never forwarded
    reset,     // the request forwarded, then the client reset (RST) before any answer
    delay,     // the answer held back for a while
    truncate,  // part of the answer forwarded, then the connection closed
    duplicate, // the answer's bytes sent twice
};

inline constexpr std::array kAllFaults{Fault::pass,  Fault::drop,     Fault::reset,
                                       Fault::delay, Fault::truncate, Fault::duplicate};

std::string_view fault_name(Fault fault);

// The probability of each fault but `pass`, which gets what is left.
struct FaultRates {
    std::array<double, kAllFaults.size()> probability{};
    double of(Fault fault) const { return probability[static_cast<std::size_t>(fault)]; }
};

// "drop=0.1,reset=0.05,delay=0.1,truncate=0.1,duplicate=0.1"; unnamed faults
// are 0; the sum must not exceed 1. An empty text is a transparent proxy.
std::expected<FaultRates, std::string> parse_fault_rates(std::string_view text);

struct Decision {
    Fault fault = Fault::pass;
    std::chrono::milliseconds delay{0}; // for Fault::delay
};

struct FaultCounts {
    std::int64_t connections = 0; // accepted from clients
    std::int64_t unreachable = 0; // the target refused (the client was closed)
    std::int64_t exchanges = 0;   // requests seen, each with one decision
    std::array<std::int64_t, kAllFaults.size()> by_fault{};
};

// "connections=3 unreachable=0 exchanges=7 pass=4 drop=1 reset=0 delay=1 truncate=1 duplicate=0"
std::string describe(const FaultCounts& counts);

class FaultPlan {
public:
    FaultPlan(FaultRates rates, std::uint64_t seed, std::chrono::milliseconds max_delay);

    // The fault for the next exchange. Thread-safe; with one client at a
    // time, the same seed gives the same sequence.
    Decision next();
    void count_connection(bool reached_target);
    FaultCounts counts() const;

private:
    mutable std::mutex mutex_;
    FaultRates rates_;
    std::mt19937_64 random_;
    std::chrono::milliseconds max_delay_;
    FaultCounts counts_;
};

} // namespace ocop::fault_proxy
