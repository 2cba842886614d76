#pragma once

// The real ocop-hq on loopback: its administration commands run as
// processes, and its server started, killed with SIGKILL and started again
// on the same port over the same data, the way a crash and a restart by
// systemd would.

#include "hq_storage.h"
#include "support/child_process.h"
#include "support/process.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

class HeadOfficeRig {
public:
    // Runs `ocop-hq init --sample travinh` on the storage; logs go to `folder`.
    HeadOfficeRig(const HqStorage& storage, std::filesystem::path folder);

    // An administration command; the test fails unless it succeeds. Its output.
    std::string admin(const std::vector<std::string>& arguments) const;
    ProcessResult run(const std::vector<std::string>& arguments) const;
    std::string enrolment_code(const std::string& store) const;
    nlohmann::json exported_sales() const;
    nlohmann::json stock() const;

    // Starts the server: on a free port the first time, on the same port after.
    void serve();
    // SIGKILL, no warning: whatever it was doing is cut short.
    void kill();
    // SIGTERM; the test fails unless it exits 0.
    void stop();
    bool serving() const { return server_ != nullptr; }

    std::uint16_t port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    int starts() const { return starts_; }

private:
    const HqStorage& storage_;
    std::filesystem::path folder_;
    std::unique_ptr<ChildProcess> server_;
    std::uint16_t port_ = 0;
    int starts_ = 0;
};

} // namespace ocop::test
