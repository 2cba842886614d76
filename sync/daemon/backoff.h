#pragma once

// How long the daemon waits before trying head office again after a failed
// exchange: exponential backoff with full jitter (a random share of the
// ceiling), so that the tills of a chain that lost head office together do
// not all come back in the same second.

#include <chrono>

namespace ocop::syncd {

inline constexpr std::chrono::milliseconds kBackoffBase{1000};
inline constexpr std::chrono::milliseconds kBackoffCap{300'000};

// The wait before retry number `attempt` (0 after the first failure): a
// uniformly chosen point, by `random` in [0, 1), of min(cap, base * 2^attempt).
// A random outside [0, 1) is clamped; a negative attempt counts as 0.
std::chrono::milliseconds next_backoff(int attempt, double random);

// The ceiling next_backoff draws under for `attempt`.
std::chrono::milliseconds backoff_ceiling(int attempt);

} // namespace ocop::syncd
