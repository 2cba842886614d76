#pragma once

// Head office on one SQLite file (the default: nothing to install). The
// file is opened with db::Connection (WAL, synchronous=FULL, busy timeout);
// write transactions begin IMMEDIATE so that a read-then-write never fails
// with SQLITE_BUSY_SNAPSHOT under WAL.

#include "db/connection.h"
#include "sync/hq/database.h"

#include <filesystem>
#include <memory>

namespace ocop::hq {

class SqliteDatabase final : public Database {
public:
    static Result<std::unique_ptr<Database>> open(const std::filesystem::path& file);

    Dialect dialect() const override { return Dialect::sqlite; }
    Result<Rows> run(std::string_view sql, std::span<const Param> params) override;
    Result<void> run_script(std::string_view sql) override;
    Result<void> begin() override;
    Result<void> commit() override;
    void rollback() noexcept override;

private:
    explicit SqliteDatabase(db::Connection connection) : connection_(std::move(connection)) {}
    db::Connection connection_;
};

} // namespace ocop::hq
