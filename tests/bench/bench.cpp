#include "bench/bench.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

void print_table(const std::vector<Row>& rows) {
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
