#include "proxy_options.h"

#include <charconv>

namespace ocop::fault_proxy {

namespace {

template <typename Number>
std::expected<Number, std::string> number_of(const std::string& text, const std::string& option) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::unexpected(option + " needs a whole number, got '" + text + "'");
    return value;
}

} // namespace

std::expected<ProxyOptions, std::string> parse_options(const std::vector<std::string>& arguments) {
    ProxyOptions options;
    bool has_target = false;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& option = arguments[i];
        if (i + 1 >= arguments.size())
            return std::unexpected(option + " needs a value (or is unknown)");
        const std::string& value = arguments[++i];
        if (option == "--listen" || option == "--target") {
            auto endpoint = parse_endpoint(value);
            if (!endpoint)
                return std::unexpected(option + ": " + endpoint.error());
            (option == "--listen" ? options.listen : options.target) = *endpoint;
            has_target = has_target || option == "--target";
        } else if (option == "--seed") {
            auto seed = number_of<std::uint64_t>(value, option);
            if (!seed)
                return std::unexpected(seed.error());
            options.seed = *seed;
        } else if (option == "--faults") {
            auto rates = parse_fault_rates(value);
            if (!rates)
                return std::unexpected("--faults: " + rates.error());
            options.rates = *rates;
        } else if (option == "--max-delay-ms") {
            auto milliseconds = number_of<std::int64_t>(value, option);
            if (!milliseconds || *milliseconds < 0)
                return std::unexpected("--max-delay-ms needs a number of milliseconds");
            options.max_delay = std::chrono::milliseconds(*milliseconds);
        } else if (option == "--stats") {
            options.stats_file = value;
        } else {
            return std::unexpected("unknown option " + option);
        }
    }
    if (!has_target)
        return std::unexpected("--target HOST:PORT is required");
    return options;
}

} // namespace ocop::fault_proxy
