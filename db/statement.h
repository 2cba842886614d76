#pragma once

#include "common/error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

struct sqlite3_stmt;

namespace ocop::db {

class Connection;
struct CachedStatement;

// A prepared statement: bind parameters (1-based, in order), step through rows,
// read columns (0-based). Obtained from Connection::prepare; it may be borrowed
// from the connection's cache, in which case destruction resets it for reuse.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, std::nullopt_t);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }

    // Binds each argument to parameters 1, 2, 3, ...
    template <class... Args>
    Statement& bind_all(const Args&... args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // true: a row is ready to read; false: the statement has finished.
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Result<void> run();

    // The number of columns of the statement's result (0 for one without).
    int column_count() const;
    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optional_text(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;

private:
    friend class Connection;
    // cache_slot is the connection's cache entry this statement was lent
    // from, or null for a one-off statement that is finalized on release.
    Statement(sqlite3_stmt* handle, CachedStatement* cache_slot) noexcept
        : handle_(handle), cache_slot_(cache_slot) {}
    void release() noexcept;
    void note_bind_result(int rc, int index);

    sqlite3_stmt* handle_ = nullptr;
    CachedStatement* cache_slot_ = nullptr;
    std::optional<Error> bind_error_;
};

// Steps through every row, turning each into a value with `read`.
template <class Read>
Result<std::vector<std::invoke_result_t<Read&, const Statement&>>>
collect_rows(Statement& statement, Read read) {
    std::vector<std::invoke_result_t<Read&, const Statement&>> rows;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return rows;
        rows.push_back(read(statement));
    }
}

} // namespace ocop::db
