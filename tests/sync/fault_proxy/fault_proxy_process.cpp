#include "fault_proxy_process.h"

#include "output_line.h"

#include <sstream>
#include <stdexcept>

namespace ocop::test {

FaultCounts parse_fault_counts(const std::string& line) {
    FaultCounts counts;
    std::istringstream words(line);
    for (std::string word; words >> word;) {
        const auto equals = word.find('=');
        if (equals != std::string::npos)
            counts[word.substr(0, equals)] = std::stoll(word.substr(equals + 1));
    }
    return counts;
}

std::string describe_counts(const FaultCounts& counts) {
    std::string text;
    for (const auto& [name, count] : counts)
        text += (text.empty() ? "" : " ") + name + "=" + std::to_string(count);
    return text;
}

FaultProxyProcess::FaultProxyProcess(const FaultProxyConfig& config,
                                     const std::filesystem::path& folder) {
    std::vector<std::string> arguments{
        "--listen",       "127.0.0.1:0",
        "--target",       "127.0.0.1:" + std::to_string(config.target_port),
        "--seed",         std::to_string(config.seed),
        "--max-delay-ms", std::to_string(config.max_delay_ms)};
    if (!config.faults.empty()) {
        arguments.push_back("--faults");
        arguments.push_back(config.faults);
    }
    std::filesystem::create_directories(folder);
    process_ = std::make_unique<ChildProcess>(OCOP_FAULT_PROXY_BINARY, arguments,
                                              folder / "fault-proxy.log");
    const auto address = wait_for_line(*process_, "ocop-fault-proxy listening on 127.0.0.1:");
    port_ = static_cast<std::uint16_t>(std::stoi(address));
}

FaultCounts FaultProxyProcess::stop() {
    const int status = process_->stop(std::chrono::seconds(10));
    if (status != 0)
        throw std::runtime_error("ocop-fault-proxy exited with " + std::to_string(status) + ":\n" +
                                 process_->output());
    return parse_fault_counts(wait_for_line(*process_, "ocop-fault-proxy stats "));
}

} // namespace ocop::test
