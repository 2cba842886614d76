#include "bench/bench.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace ocop::bench {

double Timings::percentile(double p) const {
    if (micros.empty())
        return 0;
    std::vector<double> sorted = micros;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * static_cast<double>(sorted.size() - 1);
    return sorted[static_cast<std::size_t>(std::lround(rank))];
}

Timings measure(int count, const std::function<void(int)>& work, int warmup) {
    for (int i = 0; i < warmup; ++i)
        work(i);
    Timings timings;
    timings.micros.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work(i);
        const auto end = std::chrono::steady_clock::now();
        timings.micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    return timings;
}

namespace {

// Whether a ratio meets a target written as "≤ 3×", "≥ 5×", "> 1×" (what
// follows the first number, such as ", < 1 ms", is read by people): "yes",
// "no", or "—" when the target is not a ratio or there is no anchor.
std::string target_met(const Row& row) {
    if (row.anchor <= 0)
        return "—";
    std::string_view target = row.target;
    const double ratio = row.figure / row.anchor;
    struct Bound {
        std::string_view sign;
        bool at_most;
        bool strict;
    };
    constexpr Bound bounds[] = {
        {"≤ ", true, false}, {"≥ ", false, false}, {"< ", true, true}, {"> ", false, true}};
    for (const auto& [sign, at_most, strict] : bounds) {
        if (!target.starts_with(sign))
            continue;
        const std::string number(target.substr(sign.size()));
        char* end = nullptr;
        const double bound = std::strtod(number.c_str(), &end);
        if (end == number.c_str() || !std::string_view(end).starts_with("×"))
            return "—";
        const bool met = at_most ? (strict ? ratio < bound : ratio <= bound)
                                 : (strict ? ratio > bound : ratio >= bound);
        return met ? "yes" : "**no**";
    }
    return "—";
}

// Four significant digits, without an exponent for large figures.
std::string figure_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, value >= 1e4 ? "%.0f" : "%.4g", value);
    return text;
}

// The same rows for tests/bench/run.sh's one table, appended to the file
// named by OCOP_BENCH_ROWS: | what | figure | anchor | ratio | target | met? |
void append_rows(const std::vector<Row>& rows) {
    const char* file = std::getenv("OCOP_BENCH_ROWS");
    if (file == nullptr || *file == '\0')
        return;
    std::FILE* out = std::fopen(file, "a");
    if (out == nullptr) {
        std::fprintf(stderr, "cannot append the rows to %s\n", file);
        return;
    }
    for (const auto& row : rows) {
        if (row.anchor > 0) {
            std::fprintf(out, "| %s | %s %s | %s: %s %s | %.3g× | %s | %s |\n", row.what.c_str(),
                         figure_text(row.figure).c_str(), row.unit.c_str(), row.anchor_name.c_str(),
                         figure_text(row.anchor).c_str(), row.unit.c_str(), row.figure / row.anchor,
                         row.target.empty() ? "—" : row.target.c_str(), target_met(row).c_str());
        } else {
            std::fprintf(out, "| %s | %s %s | — | — | %s | — |\n", row.what.c_str(),
                         figure_text(row.figure).c_str(), row.unit.c_str(),
                         row.target.empty() ? "—" : row.target.c_str());
        }
    }
    std::fclose(out);
}

} // namespace

void print_table(const std::vector<Row>& rows) {
    append_rows(rows);
    std::printf("| what | figure | anchor (same run) | ratio | target |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const auto& row : rows) {
        if (row.anchor > 0) {
            std::printf("| %s | %.1f %s | %s: %.1f %s | %.3g× | %s |\n", row.what.c_str(),
                        row.figure, row.unit.c_str(), row.anchor_name.c_str(), row.anchor,
                        row.unit.c_str(), row.figure / row.anchor, row.target.c_str());
        } else {
            std::printf("| %s | %.1f %s | — | — | %s |\n", row.what.c_str(), row.figure,
                        row.unit.c_str(), row.target.c_str());
        }
    }
}

} // namespace ocop::bench
