#include "sync/hq/cli/local_time.h"

#include "sync/protocol/local_time.h"

namespace ocop::hq {

namespace {

// YYYY-MM-DDTHH:MM:SS+07:00, digit by digit.
bool is_vietnam_timestamp(std::string_view text) {
    constexpr std::string_view shape = "dddd-dd-ddTdd:dd:dd+07:00";
    if (text.size() != shape.size())
        return false;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool digit = text[i] >= '0' && text[i] <= '9';
        if (shape[i] == 'd' ? !digit : text[i] != shape[i])
            return false;
    }
    return true;
}

} // namespace

Result<LocalClock> LocalClock::make(std::optional<std::string_view> fixed) {
    if (!fixed)
        return LocalClock(std::nullopt);
    if (!is_vietnam_timestamp(*fixed)) {
        return fail("hq.bad_now",
                    "OCOP_NOW must be a local time like 2026-11-29T09:00:00+07:00, not \"" +
                        std::string(*fixed) + "\"",
                    "OCOP_NOW phải là giờ địa phương dạng 2026-11-29T09:00:00+07:00, không phải "
                    "\"" +
                        std::string(*fixed) + "\".");
    }
    return LocalClock(std::string(*fixed));
}

std::string LocalClock::now() const {
    return fixed_ ? *fixed_ : sync::vietnam_now();
}

} // namespace ocop::hq
