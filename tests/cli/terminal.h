#pragma once

// A store terminal for tests of the `ocop` command: its own copy of a
// database made with `ocop init --sample travinh`, and the real binary run
// as a process on it, the way scripts and technicians use it.

#include "support/process.h"
#include "support/temp_dir.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ocop::test {

struct Terminal {
    Terminal();

    TempDir folder;
    std::filesystem::path db = folder.file("terminal.db");
    // Extra environment for every run, e.g. CUPS_SERVER for a private cupsd.
    std::map<std::string, std::string> environment;

    ProcessResult ocop(std::vector<std::string> arguments) const;
    // Runs with --json; the test fails unless the command succeeds.
    nlohmann::json json(std::vector<std::string> arguments) const;
    // Opens a shift for thungan with a 1.000.000 ₫ float.
    void open_shift() const;
    // Sells one bottle of mật hoa dừa (95.000 ₫) for cash and returns the sale
    // as `ocop --json sell` reports it.
    nlohmann::json sell_one(std::vector<std::string> extra = {}) const;
};

} // namespace ocop::test
