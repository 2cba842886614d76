#pragma once

// A till and head office as real processes on loopback, for the tests of
// ocop-syncd and `ocop enroll`: the `ocop`, `ocop-syncd` and `ocop-hq`
// programs run the way a technician runs them.

#include "support/child_process.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

ProcessResult run_ocop(const std::filesystem::path& db, std::vector<std::string> arguments);
ProcessResult run_syncd(const std::filesystem::path& db, std::vector<std::string> arguments);
ProcessResult run_hq(const std::filesystem::path& db, std::vector<std::string> arguments);
// stdout of a command that must succeed (the test fails with its stderr otherwise).
std::string must_succeed(const ProcessResult& result, std::string_view what);

// `ocop-hq --db DB serve --listen 127.0.0.1:0 [EXTRA]` until stopped or destroyed.
class HeadOfficeServer {
public:
    HeadOfficeServer(const std::filesystem::path& db, const std::filesystem::path& log,
                     const std::vector<std::string>& extra = {});
    std::string url; // as it printed it: http(s)://127.0.0.1:PORT
    int stop() { return process_->stop(); }
    std::string log() const { return process_->output(); }

private:
    std::unique_ptr<ChildProcess> process_;
};

// A head office with the Trà Vinh sample and a till (TV01-01) made with
// `ocop init --sample travinh`, both in one folder.
struct Rig {
    Rig();
    TempDir folder;
    std::filesystem::path hq_db = folder.file("hq.sqlite");
    std::filesystem::path till_db = folder.file("terminal.db");

    std::string enrolment_code(const std::string& store = "TV01") const;
    // Opens a shift and sells one bottle (95.000 ₫) for cash; the sale's id.
    std::string sell_one() const;
    nlohmann::json ocop_json(std::vector<std::string> arguments) const;
};

} // namespace ocop::test
