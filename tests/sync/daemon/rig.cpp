#include "rig.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <stdexcept>
#include <thread>

namespace ocop::test {

namespace {

std::vector<std::string> with_db(const std::filesystem::path& db,
                                 std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db.string()});
    return arguments;
}

// One `ocop init --sample travinh` per test run (Argon2id hashing of the demo
// PINs takes a moment); each rig gets a copy.
const std::filesystem::path& till_template() {
    static TempDir folder;
    static const std::filesystem::path file = [] {
        auto path = folder.file("terminal.db");
        auto made = run_ocop(path, {"init", "--sample", "travinh"});
        if (made.exit_code != 0)
            throw std::runtime_error("ocop init failed: " + made.err);
        return path;
    }();
    return file;
}

} // namespace

ProcessResult run_ocop(const std::filesystem::path& db, std::vector<std::string> arguments) {
    return run_process(OCOP_BINARY, with_db(db, std::move(arguments)));
}

ProcessResult run_syncd(const std::filesystem::path& db, std::vector<std::string> arguments) {
    return run_process(OCOP_SYNCD_BINARY, with_db(db, std::move(arguments)));
}

ProcessResult run_hq(const std::filesystem::path& db, std::vector<std::string> arguments) {
    return run_process(OCOP_HQ_BINARY, with_db(db, std::move(arguments)));
}

std::string must_succeed(const ProcessResult& result, std::string_view what) {
    INFO(what << " said: " << result.out << result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

HeadOfficeServer::HeadOfficeServer(const std::filesystem::path& db,
                                   const std::filesystem::path& log,
                                   const std::vector<std::string>& extra) {
    std::vector<std::string> words{"--db", db.string(), "serve", "--listen", "127.0.0.1:0"};
    words.insert(words.end(), extra.begin(), extra.end());
    process_ = std::make_unique<ChildProcess>(OCOP_HQ_BINARY, words, log);
    // Waits for its one line (a server that never says it listens fails here
    // with what it printed, rather than hanging the test).
    const std::string marker = "ocop-hq listening on ";
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        const std::string output = process_->output();
        const auto at = output.find(marker);
        const auto end = at == std::string::npos ? at : output.find('\n', at);
        if (end != std::string::npos) {
            url = output.substr(at + marker.size(), end - at - marker.size());
            return;
        }
        if (!process_->running() || std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("ocop-hq serve did not start: " + output);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

Rig::Rig() {
    std::filesystem::copy_file(till_template(), till_db);
    must_succeed(run_hq(hq_db, {"init", "--sample", "travinh"}), "ocop-hq init");
}

std::string Rig::enrolment_code(const std::string& store) const {
    std::string code = must_succeed(run_hq(hq_db, {"terminal", "enroll-code", store}),
                                    "ocop-hq terminal enroll-code");
    while (!code.empty() && (code.back() == '\n' || code.back() == '\r'))
        code.pop_back();
    REQUIRE(!code.empty());
    REQUIRE(code.find('\n') == std::string::npos);
    return code;
}

nlohmann::json Rig::ocop_json(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), "--json");
    const auto out = must_succeed(run_ocop(till_db, arguments), "ocop");
    return nlohmann::json::parse(out);
}

std::string Rig::sell_one() const {
    // A shift already open is refused; that is fine, one is open then.
    (void)run_ocop(
        till_db, {"shift", "open", "--cashier", "thungan", "--pin", "1111", "--float", "500.000"});
    const auto out =
        must_succeed(run_ocop(till_db, {"--json", "sell", "--cashier", "thungan", "--pin", "1111",
                                        "--scan", "8936010100114", "--pay", "cash=100000"}),
                     "ocop sell");
    return nlohmann::json::parse(out.substr(out.find('{')))["id"].get<std::string>();
}

} // namespace ocop::test
