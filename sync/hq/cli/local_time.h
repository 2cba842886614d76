#pragma once

// "Now" for head office: local time in Vietnam (UTC+07:00, no daylight
// saving) written the way terminals write theirs,
// "2026-11-29T09:14:02+07:00". $OCOP_NOW, in the same form, fixes it, so
// that tests and demonstrations give the same answers every run.

#include "common/error.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::hq {

class LocalClock {
public:
    // The system clock, or `fixed` when given (hq.bad_now unless it has the
    // form above).
    static Result<LocalClock> make(std::optional<std::string_view> fixed);

    std::string now() const;

private:
    explicit LocalClock(std::optional<std::string> fixed) : fixed_(std::move(fixed)) {}
    std::optional<std::string> fixed_;
};

} // namespace ocop::hq
