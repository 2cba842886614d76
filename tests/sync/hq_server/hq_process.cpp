#include "hq_process.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace ocop::test {

ProcessResult run_hq_raw(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment) {
    return run_process(OCOP_HQ_BINARY, arguments, environment);
}

ProcessResult run_hq(const std::filesystem::path& db, const std::vector<std::string>& arguments,
                     const std::map<std::string, std::string>& environment) {
    std::vector<std::string> words{"--db", db.string()};
    words.insert(words.end(), arguments.begin(), arguments.end());
    return run_hq_raw(words, environment);
}

std::string hq_output(const std::filesystem::path& db, const std::vector<std::string>& arguments) {
    const auto result = run_hq(db, arguments);
    INFO("ocop-hq " << (arguments.empty() ? "" : arguments.front()) << " said: " << result.err);
    REQUIRE(result.exit_code == 0);
    std::string out = result.out;
    if (out.ends_with('\n'))
        out.pop_back();
    return out;
}

HqProcess::HqProcess(const std::filesystem::path& db, const std::filesystem::path& log,
                     const std::vector<std::string>& extra) {
    std::vector<std::string> words{"--db", db.string(), "serve", "--listen", "127.0.0.1:0"};
    words.insert(words.end(), extra.begin(), extra.end());
    process_ = std::make_unique<ChildProcess>(OCOP_HQ_BINARY, words, log);
    // Waits for the line (not a timing assertion: a server that never says
    // it listens fails here, with what it printed, instead of hanging).
    const std::string marker = "ocop-hq listening on ";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        const std::string output = process_->output();
        const auto at = output.find(marker);
        const auto end = at == std::string::npos ? at : output.find('\n', at);
        if (end != std::string::npos) {
            url = output.substr(at + marker.size(), end - at - marker.size());
            port = std::stoi(url.substr(url.rfind(':') + 1));
            return;
        }
        if (!process_->running() || std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("ocop-hq serve did not start: " + output);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

std::filesystem::path sample_head_office(const TempDir& dir) {
    const auto db = dir.file("hq.sqlite");
    hq_output(db, {"init", "--sample", "travinh"});
    return db;
}

} // namespace ocop::test
