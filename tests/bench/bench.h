#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ocop::bench {

// Durations of repeated runs of one thing, in microseconds.
struct Timings {
    std::vector<double> micros;

    double percentile(double p) const; // p in [0, 100]
    double median() const { return percentile(50); }
};

// Runs `work` `count` times (after `warmup` untimed runs) and times each run.
Timings measure(int count, const std::function<void(int)>& work, int warmup = 10);

// One row of the table tests/bench/run.sh prints: what was measured, its
// figure, the anchor measured in the same run, and figure / anchor.
struct Row {
    std::string what;
    std::string unit; // "µs p50", "µs p99", ...
    double figure = 0;
    std::string anchor_name;
    double anchor = 0;
    std::string target; // e.g. "≤ 3×"
};

void print_table(const std::vector<Row>& rows);

} // namespace ocop::bench
