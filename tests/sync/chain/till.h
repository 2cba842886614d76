#pragma once

// One store terminal of the chain under test: its own SQLite file made with
// `ocop init --sample travinh --terminal CODE`, the `ocop` command run on it
// as a process, its enrolment, and `ocop-syncd --once` for it.

#include "support/process.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ocop::test {

// What a till's own database says it did (read with SQL, not through ocop).
struct TillJournal {
    std::vector<std::string> sale_ids;               // sales and refunds
    std::int64_t sales_total = 0;                    // đồng; refunds negative
    std::map<std::string, std::int64_t> stock_milli; // by sku, every movement made here
    std::int64_t last_seq = 0;                       // of the outbox
};

class Till {
public:
    Till(std::string terminal, std::string store, const std::filesystem::path& folder);

    const std::string& terminal() const { return terminal_; }
    const std::string& store() const { return store_; }
    const std::filesystem::path& db() const { return db_; }
    const std::filesystem::path& folder() const { return folder_; }

    ProcessResult ocop(std::vector<std::string> arguments) const;
    // With --json; the test fails unless the command succeeds.
    nlohmann::json json(std::vector<std::string> arguments) const;

    void open_shift() const;
    // A cash sale of `bottles` of mật hoa dừa (8936010100114); its id.
    std::string sell(int bottles) const;
    // Refunds one bottle of the sale (line 1), approved by the manager; its id.
    std::string refund_one(const std::string& sale_id) const;

    void enroll(const std::string& hq_url, const std::string& code) const;
    // `ocop-syncd --once`; with `hq_url`, to that address instead of the enrolled one.
    ProcessResult sync_once(const std::string& hq_url = {}) const;
    std::vector<std::string> daemon_arguments(const std::string& hq_url,
                                              int pull_interval_seconds) const;

    TillJournal journal() const;

private:
    std::string terminal_, store_;
    std::filesystem::path folder_, db_;
};

// "pending N" from ocop-syncd --once; -1 when the line is missing.
std::int64_t pending_count(const std::string& output);

} // namespace ocop::test
