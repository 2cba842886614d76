#include "till.h"

#include "db/connection.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace ocop::test {

namespace {

constexpr const char* kHoney = "8936010100114"; // 95.000 đ

TillJournal read_journal(db::Connection& db) {
    TillJournal journal;
    auto sales = db.prepare("SELECT id, total FROM sales ORDER BY number");
    REQUIRE(sales);
    while (true) {
        auto row = sales->step();
        REQUIRE(row);
        if (!*row)
            break;
        journal.sale_ids.push_back(sales->text(0));
        journal.sales_total += sales->int64(1);
    }
    auto stock = db.prepare("SELECT p.sku, sum(m.quantity_milli) FROM stock_movements m "
                            "JOIN products p ON p.id = m.product_id GROUP BY p.sku");
    REQUIRE(stock);
    while (true) {
        auto row = stock->step();
        REQUIRE(row);
        if (!*row)
            break;
        journal.stock_milli[stock->text(0)] = stock->int64(1);
    }
    auto last = db.query_int64("SELECT max(seq) FROM outbox");
    REQUIRE(last);
    journal.last_seq = last->value_or(0);
    return journal;
}

} // namespace

Till::Till(std::string terminal, std::string store, const std::filesystem::path& folder)
    : terminal_(std::move(terminal)), store_(std::move(store)), folder_(folder / terminal_),
      db_(folder_ / "terminal.db") {
    std::filesystem::create_directories(folder_);
    auto made = ocop({"init", "--sample", "travinh", "--terminal", terminal_});
    INFO("ocop init " << terminal_ << ": " << made.err);
    REQUIRE(made.exit_code == 0);
}

ProcessResult Till::ocop(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"--db", db_.string()});
    return run_process(OCOP_BINARY, arguments);
}

nlohmann::json Till::json(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), "--json");
    auto result = ocop(arguments);
    INFO(terminal_ << ": ocop " << arguments.at(1) << ": " << result.err);
    REQUIRE(result.exit_code == 0);
    return nlohmann::json::parse(result.out);
}

void Till::open_shift() const {
    json({"shift", "open", "--cashier", "thungan", "--pin", "1111", "--float", "1.000.000"});
}

std::string Till::sell(int bottles) const {
    const auto paid = std::to_string(95000 * bottles);
    auto sale = json({"sell", "--cashier", "thungan", "--pin", "1111", "--scan", kHoney, "--qty",
                      std::to_string(bottles), "--pay", "cash=" + paid});
    return sale.at("id");
}

std::string Till::refund_one(const std::string& sale_id) const {
    auto refund =
        json({"refund", sale_id, "--cashier", "thungan", "--pin", "1111", "--manager", "quanly",
              "--manager-pin", "9999", "--reason", "khách trả lại", "--line", "1:1"});
    return refund.at("id");
}

void Till::enroll(const std::string& hq_url, const std::string& code) const {
    auto enrolled = ocop({"enroll", hq_url, code});
    INFO(terminal_ << ": ocop enroll: " << enrolled.out << enrolled.err);
    REQUIRE(enrolled.exit_code == 0);
}

ProcessResult Till::sync_once(const std::string& hq_url) const {
    std::vector<std::string> arguments{"--db", db_.string(), "--once"};
    if (!hq_url.empty())
        arguments.insert(arguments.end(), {"--hq", hq_url});
    return run_process(OCOP_SYNCD_BINARY, arguments);
}

std::vector<std::string> Till::daemon_arguments(const std::string& hq_url,
                                                int pull_interval_seconds) const {
    return {"--db", db_.string(),      "--hq",
            hq_url, "--pull-interval", std::to_string(pull_interval_seconds)};
}

TillJournal Till::journal() const {
    auto db = db::Connection::open(db_);
    INFO(terminal_ << ": " << (db ? std::string() : db.error().log_line()));
    REQUIRE(db);
    return read_journal(*db);
}

std::int64_t pending_count(const std::string& output) {
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("pending "))
            return std::stoll(line.substr(8));
    }
    return -1;
}

} // namespace ocop::test
