#include "pos/clock.h"

#include <charconv>
#include <cstdio>

namespace ocop::pos {

namespace {

std::chrono::local_seconds to_local(Instant instant) {
    return std::chrono::local_seconds{instant.time_since_epoch() + kStoreUtcOffset};
}

struct Fields {
    int year, month, day, hour, minute, second;
};

Fields fields_of(Instant instant) {
    const auto local = to_local(instant);
    const auto day = std::chrono::floor<std::chrono::days>(local);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{local - day};
    return {static_cast<int>(date.year()),
            static_cast<int>(unsigned(date.month())),
            static_cast<int>(unsigned(date.day())),
            static_cast<int>(time.hours().count()),
            static_cast<int>(time.minutes().count()),
            static_cast<int>(time.seconds().count())};
}

// Reads exactly `width` digits at `at`.
bool read_number(std::string_view text, std::size_t at, std::size_t width, int& out) {
    if (at + width > text.size())
        return false;
    const char* begin = text.data() + at;
    const auto [end, ec] = std::from_chars(begin, begin + width, out);
    return ec == std::errc{} && end == begin + width;
}

Error bad_date(std::string_view text) {
    return Error{"time.invalid_date", "not a date (YYYY-MM-DD): '" + std::string(text) + "'",
                 "Ngày không hợp lệ: \"" + std::string(text) + "\". Nhập theo dạng NNNN-TT-NN."};
}

} // namespace

std::string local_timestamp(Instant instant) {
    const auto f = fields_of(instant);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", f.year, f.month, f.day,
                  f.hour, f.minute, f.second);
    return text;
}

std::string local_date(Instant instant) {
    return local_timestamp(instant).substr(0, 10);
}

std::string display_time(Instant instant) {
    const auto f = fields_of(instant);
    char text[32];
    std::snprintf(text, sizeof text, "%02d/%02d/%04d %02d:%02d", f.day, f.month, f.year, f.hour,
                  f.minute);
    return text;
}

Result<std::string> parse_date(std::string_view text) {
    int year = 0, month = 0, day = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !read_number(text, 0, 4, year) ||
        !read_number(text, 5, 2, month) || !read_number(text, 8, 2, day)) {
        return fail(bad_date(text));
    }
    const std::chrono::year_month_day date{std::chrono::year{year},
                                           std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok())
        return fail(bad_date(text));
    return std::string(text);
}

Result<std::chrono::sys_days> to_days(std::string_view date) {
    auto valid = parse_date(date);
    if (!valid)
        return fail(valid.error());
    int year = 0, month = 0, day = 0;
    read_number(date, 0, 4, year);
    read_number(date, 5, 2, month);
    read_number(date, 8, 2, day);
    return std::chrono::sys_days{std::chrono::year{year} /
                                 std::chrono::month{static_cast<unsigned>(month)} /
                                 std::chrono::day{static_cast<unsigned>(day)}};
}

std::string to_date(std::chrono::sys_days days) {
    const std::chrono::year_month_day date{days};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

Result<Instant> parse_timestamp(std::string_view text) {
    const auto bad = [&] {
        return fail("time.invalid_timestamp",
                    "not a timestamp (YYYY-MM-DDTHH:MM:SS+07:00): '" + std::string(text) + "'",
                    "Thời điểm không hợp lệ: \"" + std::string(text) + "\".");
    };
    if (text.size() < 20 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' ||
        text[16] != ':')
        return bad();
    auto date = parse_date(text.substr(0, 10));
    if (!date)
        return bad();
    int hour = 0, minute = 0, second = 0;
    if (!read_number(text, 11, 2, hour) || !read_number(text, 14, 2, minute) ||
        !read_number(text, 17, 2, second) || hour > 23 || minute > 59 || second > 59)
        return bad();
    std::chrono::minutes offset{0};
    const std::string_view zone = text.substr(19);
    if (zone != "Z") {
        int offset_hours = 0, offset_minutes = 0;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
            !read_number(zone, 1, 2, offset_hours) || !read_number(zone, 4, 2, offset_minutes) ||
            offset_hours > 14 || offset_minutes > 59) // UTC-12..UTC+14 exist, nothing wider
            return bad();
        offset = std::chrono::hours{offset_hours} + std::chrono::minutes{offset_minutes};
        if (zone[0] == '-')
            offset = -offset;
    }
    int year = 0, month = 0, day = 0;
    read_number(text, 0, 4, year);
    read_number(text, 5, 2, month);
    read_number(text, 8, 2, day);
    const std::chrono::sys_days days{std::chrono::year{year} /
                                     std::chrono::month{static_cast<unsigned>(month)} /
                                     std::chrono::day{static_cast<unsigned>(day)}};
    return Instant{days} + std::chrono::hours{hour} + std::chrono::minutes{minute} +
           std::chrono::seconds{second} - offset;
}

} // namespace ocop::pos
