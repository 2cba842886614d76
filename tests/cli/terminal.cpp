#include "cli/terminal.h"

#include <catch2/catch.hpp>

#include <stdexcept>

namespace ocop::test {

namespace {

// A database with the Trà Vinh sample, made once per run (hashing the demo
// PINs with Argon2id takes a moment) and copied for each test.
const std::filesystem::path& sample_database() {
    static TempDir folder;
    static const std::filesystem::path file = [] {
        auto path = folder.file("sample.db");
        auto made =
            run_process(OCOP_BINARY, {"--db", path.string(), "init", "--sample", "travinh"});
        if (made.exit_code != 0)
            throw std::runtime_error("ocop init failed: " + made.err);
        return path;
    }();
    return file;
}

} // namespace

Terminal::Terminal() {
    std::filesystem::copy_file(sample_database(), db);
}

ProcessResult Terminal::ocop(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"--db", db.string()});
    return run_process(OCOP_BINARY, arguments, environment);
}

nlohmann::json Terminal::json(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), "--json");
    auto result = ocop(arguments);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

void Terminal::open_shift() const {
    auto opened =
        ocop({"shift", "open", "--cashier", "thungan", "--pin", "1111", "--float", "1.000.000"});
    INFO(opened.err);
    REQUIRE(opened.exit_code == 0);
}

nlohmann::json Terminal::sell_one(std::vector<std::string> extra) const {
    std::vector<std::string> arguments{"--json", "sell",       "--cashier", "thungan",
                                       "--pin",  "1111",       "--scan",    "8936010100114",
                                       "--pay",  "cash=100000"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    auto sold = ocop(arguments);
    INFO(sold.err);
    REQUIRE(sold.out.find('{') != std::string::npos);
    return nlohmann::json::parse(sold.out.substr(sold.out.find('{')));
}

} // namespace ocop::test
