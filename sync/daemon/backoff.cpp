#include "sync/daemon/backoff.h"

#include <algorithm>

namespace ocop::syncd {

std::chrono::milliseconds backoff_ceiling(int attempt) {
    // 2^9 s already passes the cap: stop doubling before anything overflows.
    const int doublings = std::clamp(attempt, 0, 20);
    const auto ceiling = kBackoffBase.count() * (std::int64_t{1} << doublings);
    return std::chrono::milliseconds(std::min<std::int64_t>(ceiling, kBackoffCap.count()));
}

std::chrono::milliseconds next_backoff(int attempt, double random) {
    const double share = std::clamp(random, 0.0, 1.0);
    const auto ceiling = static_cast<double>(backoff_ceiling(attempt).count());
    const auto wait = static_cast<std::int64_t>(share * ceiling);
    return std::chrono::milliseconds(std::min(wait, backoff_ceiling(attempt).count()));
}

} // namespace ocop::syncd
