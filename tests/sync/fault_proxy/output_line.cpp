#include "output_line.h"

#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace ocop::test {

namespace {

std::optional<std::string> line_after(const std::string& output, std::string_view prefix) {
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with(prefix))
            return line.substr(prefix.size());
    }
    return std::nullopt;
}

} // namespace

std::string wait_for_line(ChildProcess& child, std::string_view prefix,
                          std::chrono::milliseconds patience) {
    const auto deadline = std::chrono::steady_clock::now() + patience;
    for (;;) {
        // Read before asking whether it still runs: a program that printed
        // the line and then exited still said it.
        const auto output = child.output();
        if (auto rest = line_after(output, prefix))
            return *rest;
        if (!child.running())
            throw std::runtime_error("the program exited before printing '" + std::string(prefix) +
                                     "':\n" + output);
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("no '" + std::string(prefix) + "' line in time:\n" + output);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace ocop::test
