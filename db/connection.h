#pragma once

#include "common/error.h"
#include "db/statement.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;

namespace ocop::db {

struct ConnectionState;

enum class OpenMode {
    ExistingOnly,    // the file must exist (every command but `init`)
    CreateIfMissing, // `init` and tests
};

// One open SQLite database, set up the way every process of the system needs
// it: WAL (the terminal, the CLI and ocop-syncd share one file), synchronous=FULL
// (a reported sale survives power loss), foreign keys on, a busy timeout, and
// the ocop_fold() SQL function (accent-free search keys, see text_fold.h).
//
// Opening refuses a file whose schema is newer than this program knows.
class Connection {
public:
    static constexpr int kBusyTimeoutMs = 5000;

    static Result<Connection> open(const std::filesystem::path& path,
                                   OpenMode mode = OpenMode::ExistingOnly);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // Runs one or more statements that take no parameters (schema, pragmas).
    Result<void> exec(std::string_view sql);

    // Prepares a statement. Statements are cached by their text, so a query on
    // the hot path (a scan) is compiled once per connection.
    Result<Statement> prepare(std::string_view sql);

    // prepare + bind_all + run, for statements that return no rows.
    template <class... Args>
    Result<void> execute(std::string_view sql, const Args&... args) {
        auto statement = prepare(sql);
        if (!statement)
            return fail(statement.error());
        return statement->bind_all(args...).run();
    }

    // Prepares, binds and steps once: the statement standing on its first
    // row, or nullopt when the query returns no row.
    template <class... Args>
    Result<std::optional<Statement>> first_row(std::string_view sql, const Args&... args) {
        auto statement = prepare(sql);
        if (!statement)
            return fail(statement.error());
        statement->bind_all(args...);
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return std::optional<Statement>{};
        return std::optional<Statement>{std::move(*statement)};
    }

    // The first column of the first row as an integer, or nullopt when there is
    // no row or it is NULL.
    template <class... Args>
    Result<std::optional<std::int64_t>> query_int64(std::string_view sql, const Args&... args) {
        auto row = first_row(sql, args...);
        if (!row)
            return fail(row.error());
        if (!*row)
            return std::optional<std::int64_t>{};
        return (*row)->optional_int64(0);
    }

    std::int64_t last_insert_rowid() const;
    int changes() const;
    // Rows written through this connection since it was opened.
    std::int64_t total_changes() const;
    // Changes when another connection (another process) commits to the file:
    // PRAGMA data_version, for caches of what rarely changes.
    Result<std::int64_t> data_version();

    // PRAGMA user_version: the number of the last migration applied.
    Result<int> schema_version();

    const std::filesystem::path& path() const;
    sqlite3* handle() const;

    // The Error for the connection's last failure, with a code a technician
    // can look up: db.disk_full, db.read_only, db.busy, db.io_error, ...
    Error last_error(std::string_view doing) const;

private:
    explicit Connection(std::unique_ptr<ConnectionState> state) noexcept;
    Result<void> configure();

    // Kept behind a pointer so that statements, which refer to it, survive a
    // move of the Connection.
    std::unique_ptr<ConnectionState> state_;
};

// A write transaction. It begins IMMEDIATE (takes the write lock at once, so a
// read-then-write never fails with SQLITE_BUSY_SNAPSHOT in WAL mode) and rolls
// back on destruction unless committed. Begun inside another transaction it
// is a savepoint of it, so operations that each commit their own work can also
// be composed into one larger all-or-nothing step (setting up a terminal).
class Transaction {
public:
    static Result<Transaction> begin(Connection& connection);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Connection& connection, bool nested) noexcept
        : connection_(&connection), nested_(nested) {}
    Connection* connection_ = nullptr;
    bool nested_ = false;
};

} // namespace ocop::db
