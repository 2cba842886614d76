#include "sync/protocol/local_time.h"

#include <cstdio>

namespace ocop::sync {

std::string vietnam_timestamp(std::chrono::system_clock::time_point instant) {
    using namespace std::chrono;
    const auto local = floor<seconds>(instant) + hours(7);
    const auto day = floor<days>(local);
    const year_month_day date(day);
    const hh_mm_ss time(local - day);
    char text[80];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d+07:00",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

std::string vietnam_now() {
    return vietnam_timestamp(std::chrono::system_clock::now());
}

} // namespace ocop::sync
