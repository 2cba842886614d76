#pragma once

#include "common/error.h"

#include <chrono>
#include <string>
#include <string_view>

namespace ocop::pos {

using Instant = std::chrono::sys_seconds;

// Where "now" comes from. The terminal and the CLI use the system clock; tests
// use a FixedClock so that, say, the VAT change at midnight on 2026-12-31 can
// be tried without waiting for it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
public:
    Instant now() const override {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(Instant at) : at_(at) {}
    Instant now() const override { return at_; }
    void set(Instant at) { at_ = at; }
    void advance(std::chrono::seconds by) { at_ += by; }

private:
    Instant at_;
};

// Vietnam keeps one time zone, UTC+7, with no daylight saving; stores record
// local time with its offset so that the text is unambiguous anywhere.
inline constexpr std::chrono::hours kStoreUtcOffset{7};

// "2026-11-29T08:39:52+07:00"
std::string local_timestamp(Instant instant);
// "2026-11-29": the business date a sale belongs to.
std::string local_date(Instant instant);
// "29/11/2026 08:39": how people read a time on screen and on paper.
std::string display_time(Instant instant);

// Reads "2026-11-29T08:39:52+07:00" (any offset, or Z).
Result<Instant> parse_timestamp(std::string_view text);
// Checks "YYYY-MM-DD" is a real date; returns it unchanged.
Result<std::string> parse_date(std::string_view text);

// A date as a count of days, for arithmetic (days left, day numbers in a
// stamp), and back: "2026-11-29" <-> sys_days.
Result<std::chrono::sys_days> to_days(std::string_view date);
std::string to_date(std::chrono::sys_days days);

} // namespace ocop::pos
