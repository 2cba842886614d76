#include "fault_plan.h"

#include <charconv>

namespace ocop::fault_proxy {

std::string_view fault_name(Fault fault) {
    switch (fault) {
    case Fault::pass:
        return "pass";
    case Fault::drop:
        return "drop";
    case Fault::reset:
        return "reset";
    case Fault::delay:
        return "delay";
    case Fault::truncate:
        return "truncate";
    case Fault::duplicate:
        return "duplicate";
    }
    return "?";
}

namespace {

std::expected<Fault, std::string> fault_named(std::string_view name) {
    for (Fault fault : kAllFaults) {
        if (fault != Fault::pass && fault_name(fault) == name)
            return fault;
    }
    return std::unexpected("unknown fault '" + std::string(name) +
                           "' (drop, reset, delay, truncate, duplicate)");
}

std::expected<double, std::string> probability_of(std::string_view text) {
    double value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 0 || value > 1)
        return std::unexpected("not a probability between 0 and 1: '" + std::string(text) + "'");
    return value;
}

} // namespace

std::expected<FaultRates, std::string> parse_fault_rates(std::string_view text) {
    FaultRates rates;
    double total = 0;
    while (!text.empty()) {
        const auto comma = text.find(',');
        const auto item = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const auto equals = item.find('=');
        if (equals == std::string_view::npos)
            return std::unexpected("expected NAME=PROBABILITY, got '" + std::string(item) + "'");
        auto fault = fault_named(item.substr(0, equals));
        if (!fault)
            return std::unexpected(fault.error());
        auto probability = probability_of(item.substr(equals + 1));
        if (!probability)
            return std::unexpected(probability.error());
        rates.probability[static_cast<std::size_t>(*fault)] = *probability;
        total += *probability;
    }
    if (total > 1.0 + 1e-9)
        return std::unexpected("the probabilities add up to more than 1");
    return rates;
}

std::string describe(const FaultCounts& counts) {
    std::string text = "connections=" + std::to_string(counts.connections) +
                       " unreachable=" + std::to_string(counts.unreachable) +
                       " exchanges=" + std::to_string(counts.exchanges);
    for (Fault fault : kAllFaults) {
        text += ' ';
        text += fault_name(fault);
        text += '=' + std::to_string(counts.by_fault[static_cast<std::size_t>(fault)]);
    }
    return text;
}

FaultPlan::FaultPlan(FaultRates rates, std::uint64_t seed, std::chrono::milliseconds max_delay)
    : rates_(rates), random_(seed), max_delay_(max_delay) {}

Decision FaultPlan::next() {
    std::lock_guard lock(mutex_);
    // Both draws are made every time, so one fault's delay range does not
    // shift the sequence of the faults that follow.
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(random_);
    const auto wait = std::uniform_int_distribution<std::int64_t>(max_delay_.count() > 0 ? 1 : 0,
                                                                  max_delay_.count())(random_);
    Decision decision;
    double bound = 0;
    for (Fault fault : kAllFaults) {
        if (fault == Fault::pass)
            continue;
        bound += rates_.of(fault);
        if (roll < bound) {
            decision.fault = fault;
            break;
        }
    }
    if (decision.fault == Fault::delay)
        decision.delay = std::chrono::milliseconds(wait);
    ++counts_.exchanges;
    ++counts_.by_fault[static_cast<std::size_t>(decision.fault)];
    return decision;
}

void FaultPlan::count_connection(bool reached_target) {
    std::lock_guard lock(mutex_);
    ++counts_.connections;
    if (!reached_target)
        ++counts_.unreachable;
}

FaultCounts FaultPlan::counts() const {
    std::lock_guard lock(mutex_);
    return counts_;
}

} // namespace ocop::fault_proxy
