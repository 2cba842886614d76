#include "sync/hq/sqlite_database.h"

#include <sqlite3.h>

#include <type_traits>

namespace ocop::hq {

Result<std::unique_ptr<Database>> SqliteDatabase::open(const std::filesystem::path& file) {
    auto connection = db::Connection::open(file, db::OpenMode::CreateIfMissing);
    if (!connection)
        return std::unexpected(connection.error());
    return std::unique_ptr<Database>(new SqliteDatabase(std::move(*connection)));
}

Result<Rows> SqliteDatabase::run(std::string_view sql, std::span<const Param> params) {
    auto statement = connection_.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    int index = 0;
    for (const auto& param : params) {
        ++index;
        std::visit(
            [&](const auto& value) {
                if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::monostate>)
                    statement->bind(index, std::nullopt);
                else
                    statement->bind(index, value);
            },
            param);
    }
    Rows rows;
    for (;;) {
        auto stepped = statement->step();
        if (!stepped)
            return std::unexpected(stepped.error());
        if (!*stepped)
            return rows;
        Row row;
        const int columns = statement->column_count();
        row.cells.reserve(static_cast<std::size_t>(columns));
        for (int column = 0; column < columns; ++column)
            row.cells.push_back(statement->optional_text(column));
        rows.push_back(std::move(row));
    }
}

Result<void> SqliteDatabase::run_script(std::string_view sql) {
    return connection_.exec(sql);
}

Result<void> SqliteDatabase::begin() {
    return connection_.exec("BEGIN IMMEDIATE");
}

Result<void> SqliteDatabase::commit() {
    return connection_.exec("COMMIT");
}

void SqliteDatabase::rollback() noexcept {
    if (!sqlite3_get_autocommit(connection_.handle()))
        (void)connection_.exec("ROLLBACK");
}

} // namespace ocop::hq
