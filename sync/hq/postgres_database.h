#pragma once

// Head office on PostgreSQL (a chain that outgrows one file), through libpq.
// Statements arrive with `?` placeholders, as SQLite writes them, and are
// rewritten to $1..$n, prepared once per connection and sent with text
// parameters; results are read as text.

#include "sync/hq/database.h"

#include <memory>
#include <string>
#include <unordered_map>

struct pg_conn;

namespace ocop::hq {

class PostgresDatabase final : public Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::string& url);
    ~PostgresDatabase() override;

    Dialect dialect() const override { return Dialect::postgres; }
    Result<Rows> run(std::string_view sql, std::span<const Param> params) override;
    Result<void> run_script(std::string_view sql) override;
    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() noexcept override;

private:
    explicit PostgresDatabase(pg_conn* connection) : connection_(connection) {}
    Result<std::string> prepared_name(std::string_view sql);

    pg_conn* connection_ = nullptr;
    std::unordered_map<std::string, std::string> prepared_; // SQL as given -> statement name
};

// `?` placeholders to `$1`, `$2`, ... (none is inside a quoted literal or
// identifier in the statements head office sends, but quotes are respected).
std::string numbered_placeholders(std::string_view sql);

} // namespace ocop::hq
