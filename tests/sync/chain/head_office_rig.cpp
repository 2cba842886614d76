#include "head_office_rig.h"

#include "output_line.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <stdexcept>
#include <thread>

namespace ocop::test {

namespace {

constexpr std::string_view kReady = "ocop-hq listening on http://127.0.0.1:";

} // namespace

HeadOfficeRig::HeadOfficeRig(const HqStorage& storage, std::filesystem::path folder)
    : storage_(storage), folder_(std::move(folder)) {
    std::filesystem::create_directories(folder_);
    admin({"init", "--sample", "travinh"});
}

ProcessResult HeadOfficeRig::run(const std::vector<std::string>& arguments) const {
    auto words = storage_.arguments();
    words.insert(words.end(), arguments.begin(), arguments.end());
    return run_process(OCOP_HQ_BINARY, words);
}

std::string HeadOfficeRig::admin(const std::vector<std::string>& arguments) const {
    auto result = run(arguments);
    INFO("ocop-hq " << arguments.front() << ": " << result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
}

std::string HeadOfficeRig::enrolment_code(const std::string& store) const {
    auto code = admin({"terminal", "enroll-code", store});
    while (!code.empty() && (code.back() == '\n' || code.back() == '\r'))
        code.pop_back();
    REQUIRE_FALSE(code.empty());
    return code;
}

nlohmann::json HeadOfficeRig::exported_sales() const {
    return nlohmann::json::parse(admin(
        {"export", "sales", "--from", "2000-01-01", "--to", "2099-12-31", "--format", "json"}));
}

nlohmann::json HeadOfficeRig::stock() const {
    return nlohmann::json::parse(admin({"stock", "--format", "json"}));
}

void HeadOfficeRig::serve() {
    REQUIRE_FALSE(serving());
    // After a kill the port is normally free at once; give the kernel a few
    // tries all the same rather than fail on a slow release.
    for (int attempt = 0; attempt < 20; ++attempt) {
        ++starts_;
        auto words = storage_.arguments();
        words.insert(words.end(), {"serve", "--listen", "127.0.0.1:" + std::to_string(port_)});
        const auto log = folder_ / ("ocop-hq-serve-" + std::to_string(starts_) + ".log");
        auto server = std::make_unique<ChildProcess>(OCOP_HQ_BINARY, words, log);
        try {
            port_ = static_cast<std::uint16_t>(std::stoi(wait_for_line(*server, kReady)));
            server_ = std::move(server);
            return;
        } catch (const std::runtime_error& failure) {
            if (port_ == 0)
                FAIL(failure.what()); // nothing to wait for on a free port
            UNSCOPED_INFO("ocop-hq did not start again on its port: " << failure.what());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    FAIL("ocop-hq could not start again on port " << port_);
}

void HeadOfficeRig::kill() {
    REQUIRE(serving());
    ::kill(server_->pid(), SIGKILL);
    CHECK(server_->stop() == 128 + SIGKILL);
    server_.reset();
}

void HeadOfficeRig::stop() {
    REQUIRE(serving());
    const int status = server_->stop(std::chrono::seconds(10));
    INFO(server_->output());
    CHECK(status == 0);
    server_.reset();
}

} // namespace ocop::test
