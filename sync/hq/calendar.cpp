#include "sync/hq/calendar.h"

#include <charconv>
#include <cstdio>

namespace ocop::hq {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, std::int64_t m, std::int64_t d) {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool read_number(std::string_view text, std::size_t at, std::size_t width, std::int64_t& out) {
    if (at + width > text.size())
        return false;
    for (std::size_t i = at; i < at + width; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    std::from_chars(text.data() + at, text.data() + at + width, out);
    return true;
}

bool read_date(std::string_view text, std::int64_t& days) {
    std::int64_t y = 0, m = 0, d = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !read_number(text, 0, 4, y) ||
        !read_number(text, 5, 2, m) || !read_number(text, 8, 2, d) || m < 1 || m > 12 || d < 1 ||
        d > 31)
        return false;
    days = days_from_civil(y, m, d);
    return true;
}

} // namespace

Result<std::int64_t> parse_date(std::string_view date) {
    std::int64_t days = 0;
    if (date.size() != 10 || !read_date(date, days)) {
        return fail("hq.bad_date", "not a date (YYYY-MM-DD): \"" + std::string(date) + "\"",
                    "Ngày không hợp lệ (cần dạng NNNN-TT-NN): \"" + std::string(date) + "\".");
    }
    return days;
}

Result<std::int64_t> parse_instant(std::string_view instant) {
    std::int64_t days = 0, h = 0, mi = 0, s = 0, oh = 0, om = 0;
    const bool shape = instant.size() == 25 && read_date(instant, days) && instant[10] == 'T' &&
                       instant[13] == ':' && instant[16] == ':' && instant[22] == ':' &&
                       (instant[19] == '+' || instant[19] == '-') &&
                       read_number(instant, 11, 2, h) && read_number(instant, 14, 2, mi) &&
                       read_number(instant, 17, 2, s) && read_number(instant, 20, 2, oh) &&
                       read_number(instant, 23, 2, om);
    if (!shape) {
        return fail("hq.bad_time",
                    "not an instant like 2026-11-29T09:00:00+07:00: \"" + std::string(instant) +
                        "\"",
                    "Thời điểm không hợp lệ: \"" + std::string(instant) + "\".");
    }
    const std::int64_t offset = (oh * 3600 + om * 60) * (instant[19] == '-' ? -1 : 1);
    return days * 86400 + h * 3600 + mi * 60 + s - offset;
}

std::string format_date(std::int64_t days) {
    // civil_from_days
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp + (mp < 10 ? 3 : -9);
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char text[64];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d));
    return text;
}

} // namespace ocop::hq
