#include "sync/daemon/local_time.h"

#include <cstdio>

namespace ocop::syncd {

std::string local_timestamp(std::chrono::system_clock::time_point instant) {
    using namespace std::chrono;
    // Vietnam keeps UTC+7 all year: no time zone database needed.
    const auto local = floor<seconds>(instant) + hours(7);
    const auto day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss time{local - day};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d+07:00",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return text;
}

std::string now_timestamp() {
    return local_timestamp(std::chrono::system_clock::now());
}

} // namespace ocop::syncd
