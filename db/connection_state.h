#pragma once

// Internal to db/: what a Connection and its Statements share.

#include "common/error.h"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ocop::db {

struct CachedStatement {
    sqlite3_stmt* handle = nullptr;
    bool in_use = false;
};

// Lets the statement cache be searched with a string_view, without building a
// std::string on every lookup.
struct SqlTextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

struct ConnectionState {
    ConnectionState() = default;
    ConnectionState(const ConnectionState&) = delete;
    ConnectionState& operator=(const ConnectionState&) = delete;
    ~ConnectionState();

    sqlite3* handle = nullptr;
    std::filesystem::path path;
    // Node-based: a Statement keeps a pointer to its entry across rehashes.
    std::unordered_map<std::string, CachedStatement, SqlTextHash, std::equal_to<>> cache;
};

// Turns an SQLite result code into an Error (db.disk_full, db.read_only, ...).
Error sqlite_error(sqlite3* handle, int rc, std::string_view doing);

} // namespace ocop::db
