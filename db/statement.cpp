#include "db/statement.h"

#include "db/connection_state.h"

#include <sqlite3.h>

#include <utility>

namespace ocop::db {

Statement::Statement(Statement&& other) noexcept
    : handle_(std::exchange(other.handle_, nullptr)),
      cache_slot_(std::exchange(other.cache_slot_, nullptr)),
      bind_error_(std::move(other.bind_error_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        release();
        handle_ = std::exchange(other.handle_, nullptr);
        cache_slot_ = std::exchange(other.cache_slot_, nullptr);
        bind_error_ = std::move(other.bind_error_);
    }
    return *this;
}

Statement::~Statement() {
    release();
}

void Statement::release() noexcept {
    if (!handle_)
        return;
    if (cache_slot_) {
        sqlite3_reset(handle_);
        sqlite3_clear_bindings(handle_);
        cache_slot_->in_use = false;
    } else {
        sqlite3_finalize(handle_);
    }
    handle_ = nullptr;
    cache_slot_ = nullptr;
}

void Statement::note_bind_result(int rc, int index) {
    if (rc != SQLITE_OK && !bind_error_) {
        bind_error_ = sqlite_error(sqlite3_db_handle(handle_), rc,
                                   "binding parameter " + std::to_string(index));
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    note_bind_result(sqlite3_bind_int64(handle_, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    note_bind_result(sqlite3_bind_text64(handle_, index, value.data(), value.size(),
                                         SQLITE_TRANSIENT, SQLITE_UTF8),
                     index);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    note_bind_result(sqlite3_bind_null(handle_, index), index);
    return *this;
}

Result<bool> Statement::step() {
    if (bind_error_)
        return fail(*bind_error_);
    const int rc = sqlite3_step(handle_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char* sql = sqlite3_sql(handle_);
    return fail(sqlite_error(sqlite3_db_handle(handle_), rc,
                             std::string("running ") + (sql ? sql : "statement")));
}

Result<void> Statement::run() {
    for (;;) {
        auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return {};
    }
}

int Statement::column_count() const {
    return sqlite3_column_count(handle_);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(handle_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(handle_, column);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(handle_, column);
    const int size = sqlite3_column_bytes(handle_, column);
    if (!data)
        return {};
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column))
        return std::nullopt;
    return text(column);
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column))
        return std::nullopt;
    return int64(column);
}

} // namespace ocop::db
