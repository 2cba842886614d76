#pragma once

#include <map>
#include <string>
#include <vector>

namespace ocop::test {

struct ProcessResult {
    int exit_code = -1; // the status, or 128 + signal when killed
    std::string out;
    std::string err;
};

// Runs a program to completion with the given arguments (no shell), extra
// environment variables, and optional standard input; captures both outputs.
ProcessResult run_process(const std::string& program, const std::vector<std::string>& arguments,
                          const std::map<std::string, std::string>& environment = {},
                          const std::string& input = {});

} // namespace ocop::test
