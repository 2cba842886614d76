#include "sync/hq/database.h"

#include <charconv>
#include <utility>

namespace ocop::hq {

std::optional<std::int64_t> Row::optional_int64(std::size_t column) const {
    const auto& cell = cells.at(column);
    if (!cell)
        return std::nullopt;
    std::int64_t value = 0;
    const char* end = cell->data() + cell->size();
    const auto [stopped, error] = std::from_chars(cell->data(), end, value);
    if (error != std::errc{} || stopped != end)
        return std::nullopt;
    return value;
}

std::int64_t Row::int64(std::size_t column) const {
    return optional_int64(column).value_or(0);
}

Result<Transaction> Transaction::begin(Database& database) {
    if (auto begun = database.begin(); !begun)
        return std::unexpected(begun.error());
    return Transaction(database);
}

Transaction::Transaction(Transaction&& other) noexcept
    : database_(std::exchange(other.database_, nullptr)) {}

Transaction::~Transaction() {
    if (database_)
        database_->rollback();
}

Result<void> Transaction::commit() {
    Database* database = std::exchange(database_, nullptr);
    if (!database) {
        return fail("hq.db", "commit without an open transaction",
                    "Lỗi chương trình: không có giao dịch để lưu.");
    }
    auto committed = database->commit();
    if (!committed)
        database->rollback();
    return committed;
}

Error database_error(std::string_view doing, std::string_view detail) {
    return Error{"hq.db",
                 "head office database: " + std::string(doing) + ": " + std::string(detail),
                 "Lỗi cơ sở dữ liệu của văn phòng (" + std::string(detail) + ")."};
}

} // namespace ocop::hq
