#pragma once

// Instants and dates as the terminals write them, read without the C
// library's time zone state: "2026-11-29T09:00:00+07:00" and "2026-11-29".

#include "common/error.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ocop::hq {

// Seconds since 1970-01-01T00:00:00Z. Fails with hq.bad_time.
Result<std::int64_t> parse_instant(std::string_view instant);

// Days since 1970-01-01 of a "YYYY-MM-DD" date. Fails with hq.bad_date.
Result<std::int64_t> parse_date(std::string_view date);

// "YYYY-MM-DD" of a day number.
std::string format_date(std::int64_t days);

} // namespace ocop::hq
