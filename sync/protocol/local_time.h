#pragma once

// Instants as both ends of the protocol write them: local time in Vietnam
// (UTC+07:00 all year, so no time zone database is needed), with the offset,
// "2026-11-29T09:14:02+07:00" -- the form pos/clock.h gives the terminal's
// events, which sync/ may not include.

#include <chrono>
#include <string>

namespace ocop::sync {

std::string vietnam_timestamp(std::chrono::system_clock::time_point instant);

// The system clock's now, in that form.
std::string vietnam_now();

} // namespace ocop::sync
