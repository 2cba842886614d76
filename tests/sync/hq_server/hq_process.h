#pragma once

// The `ocop-hq` program as tests use it: its commands run to completion, and
// `ocop-hq serve` as a real server process on a free loopback port, stopped
// with SIGTERM when the object goes.

#include "support/child_process.h"
#include "support/process.h"
#include "support/temp_dir.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ocop::test {

// `ocop-hq --db DB ARGS...`.
ProcessResult run_hq(const std::filesystem::path& db, const std::vector<std::string>& arguments,
                     const std::map<std::string, std::string>& environment = {});
// `ocop-hq ARGS...`, no storage option added.
ProcessResult run_hq_raw(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

// The output of a command that must succeed, its last line break removed
// (fails the test, with stderr, otherwise).
std::string hq_output(const std::filesystem::path& db, const std::vector<std::string>& arguments);

class HqProcess {
public:
    // `ocop-hq --db DB serve --listen 127.0.0.1:0 EXTRA...`, waiting for its
    // "listening on" line; its stdout and stderr go to `log`.
    HqProcess(const std::filesystem::path& db, const std::filesystem::path& log,
              const std::vector<std::string>& extra = {});

    std::string url; // "http://127.0.0.1:PORT"
    int port = 0;
    std::string log() const { return process_->output(); }
    // SIGTERM; its exit status (128 + 9 if it had to be killed after `grace`).
    int stop(std::chrono::milliseconds grace = std::chrono::seconds(10)) {
        return process_->stop(grace);
    }

private:
    std::unique_ptr<ChildProcess> process_;
};

// A head office database made with `init --sample travinh` in `dir`.
std::filesystem::path sample_head_office(const TempDir& dir);

} // namespace ocop::test
