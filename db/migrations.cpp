#include "db/migrations.h"

#include "db/connection.h"

#include <charconv>
#include <string>

namespace ocop::db {

extern const std::vector<EmbeddedFile> kMigrationFiles;

namespace {

// "0003_stock_thresholds.sql" -> 3; 0 for a name without a number.
int migration_number(std::string_view name) {
    int number = 0;
    const auto end = name.data() + name.size();
    const auto [rest, ec] = std::from_chars(name.data(), end, number);
    if (ec != std::errc{} || rest == end || *rest != '_')
        return 0;
    return number;
}

} // namespace

const std::vector<EmbeddedFile>& migration_files() {
    return kMigrationFiles;
}

int latest_schema_version() {
    return static_cast<int>(kMigrationFiles.size());
}

Result<int> migrate(Connection& connection) {
    auto version = connection.schema_version();
    if (!version)
        return version;
    for (const auto& file : kMigrationFiles) {
        const int number = migration_number(file.name);
        if (number <= *version)
            continue;
        if (number != *version + 1) {
            return fail("db.migration_gap",
                        "migration " + std::string(file.name) + " does not follow version " +
                            std::to_string(*version),
                        "Lỗi cài đặt: thiếu một bước nâng cấp cơ sở dữ liệu. Báo cho kỹ thuật "
                        "viên.");
        }
        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return fail(transaction.error());
        if (auto applied = connection.exec(file.contents); !applied) {
            auto error = applied.error();
            error.message_en = "migration " + std::string(file.name) + ": " + error.message_en;
            return fail(error);
        }
        if (auto set = connection.exec("PRAGMA user_version = " + std::to_string(number)); !set)
            return fail(set.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
        *version = number;
    }
    return *version;
}

Result<void> require_current_schema(Connection& connection) {
    auto version = connection.schema_version();
    if (!version)
        return fail(version.error());
    if (*version < latest_schema_version()) {
        return fail("db.schema_older",
                    "database schema version " + std::to_string(*version) + " is older than " +
                        std::to_string(latest_schema_version()) + "; run `ocop db migrate`",
                    "Cơ sở dữ liệu cần được nâng cấp. Chạy lệnh `ocop db migrate` rồi thử lại.");
    }
    return {};
}

} // namespace ocop::db
