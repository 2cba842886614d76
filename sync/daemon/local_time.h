#pragma once

// "Now" as the terminal writes instants (local time, UTC+7, with its
// offset): for the sync status the terminal's panel shows. pos/clock.h does
// the same for the store domain; the daemon may not use pos/.

#include <chrono>
#include <string>

namespace ocop::syncd {

std::string local_timestamp(std::chrono::system_clock::time_point instant);
std::string now_timestamp();

} // namespace ocop::syncd
