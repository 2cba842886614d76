#pragma once

// The one storage interface head office's rules are written over. Two
// backends implement it (sqlite_database.h, postgres_database.h); the SQL the
// rules send is written once, in the subset both understand (BIGINT, TEXT,
// `INSERT ... ON CONFLICT`, `RETURNING`, `?` placeholders). Values come back
// as text (NULL as nullopt), the way libpq gives them, and are read with
// the typed accessors of Row.

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ocop::hq {

enum class Dialect { sqlite, postgres };

// A bound parameter: NULL, an integer or text.
using Param = std::variant<std::monostate, std::int64_t, std::string>;

inline Param to_param(std::nullopt_t) {
    return std::monostate{};
}
inline Param to_param(std::int64_t value) {
    return value;
}
inline Param to_param(int value) {
    return std::int64_t{value};
}
inline Param to_param(bool value) {
    return std::int64_t{value ? 1 : 0};
}
inline Param to_param(std::string_view value) {
    return std::string(value);
}
inline Param to_param(const char* value) {
    return std::string(value);
}
inline Param to_param(const std::string& value) {
    return value;
}
template <class T>
Param to_param(const std::optional<T>& value) {
    return value ? to_param(*value) : Param{std::monostate{}};
}

// One row of a result, every column as text or NULL.
struct Row {
    std::vector<std::optional<std::string>> cells;

    bool is_null(std::size_t column) const { return !cells.at(column); }
    std::string text(std::size_t column) const { return cells.at(column).value_or(""); }
    const std::optional<std::string>& optional_text(std::size_t column) const {
        return cells.at(column);
    }
    // 0 for NULL or text that is not a whole number.
    std::int64_t int64(std::size_t column) const;
    std::optional<std::int64_t> optional_int64(std::size_t column) const;
};

using Rows = std::vector<Row>;

class Database {
public:
    Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    virtual ~Database() = default;

    virtual Dialect dialect() const = 0;

    // One statement with `?` placeholders bound in order; its rows, if any.
    virtual Result<Rows> run(std::string_view sql, std::span<const Param> params) = 0;
    // Several statements without parameters (the schema).
    virtual Result<void> run_script(std::string_view sql) = 0;

    // A write transaction. Both backends serialise writers from begin() on
    // (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock, see
    // postgres_database.cpp for why the change log needs it).
    virtual Result<void> begin() = 0;
    virtual Result<void> commit() = 0;
    virtual void rollback() noexcept = 0;

    template <class... Args>
    Result<Rows> query(std::string_view sql, const Args&... args) {
        const std::vector<Param> params{to_param(args)...};
        return run(sql, params);
    }

    template <class... Args>
    Result<void> execute(std::string_view sql, const Args&... args) {
        auto rows = query(sql, args...);
        if (!rows)
            return std::unexpected(rows.error());
        return {};
    }

    // The first row, or nullopt when the query returns none.
    template <class... Args>
    Result<std::optional<Row>> first_row(std::string_view sql, const Args&... args) {
        auto rows = query(sql, args...);
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->empty())
            return std::optional<Row>{};
        return std::optional<Row>{std::move(rows->front())};
    }
};

// A write transaction that rolls back when it goes away uncommitted, so an
// early `return fail(...)` leaves nothing half-written.
class Transaction {
public:
    static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(Database& database) noexcept : database_(&database) {}
    Database* database_ = nullptr;
};

// The error every backend failure is reported with.
Error database_error(std::string_view doing, std::string_view detail);

} // namespace ocop::hq
