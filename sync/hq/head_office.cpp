#include "sync/hq/head_office.h"

#include "sync/hq/database.h"
#include "sync/hq/postgres_database.h"
#include "sync/hq/sample.h"
#include "sync/hq/schema.h"
#include "sync/hq/sqlite_database.h"

namespace ocop::hq {

Result<HeadOffice> HeadOffice::open(const StorageLocation& location) {
    auto database = location.kind == StorageLocation::Kind::postgres
                        ? PostgresDatabase::open(location.target)
                        : SqliteDatabase::open(location.target);
    if (!database)
        return std::unexpected(database.error());
    return HeadOffice(std::move(*database));
}

HeadOffice::HeadOffice(std::unique_ptr<Database> database) : database_(std::move(database)) {}
HeadOffice::HeadOffice(HeadOffice&&) noexcept = default;
HeadOffice& HeadOffice::operator=(HeadOffice&&) noexcept = default;
HeadOffice::~HeadOffice() = default;

Result<void> HeadOffice::init(const std::optional<std::string>& sample, std::string_view now) {
    if (auto created = create_schema(*database_); !created)
        return created;
    if (!sample)
        return {};
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    // A sample goes into an empty catalogue only: loading it twice would log
    // every entity twice and could overwrite head office's own edits.
    auto products = database_->first_row("SELECT count(*) FROM products");
    if (!products)
        return std::unexpected(products.error());
    if ((*products)->int64(0) > 0) {
        return fail("hq.not_empty", "head office already has a catalogue; a sample is not loaded",
                    "Văn phòng đã có danh mục hàng; không nạp dữ liệu mẫu.");
    }
    if (auto loaded = load_sample(*database_, *sample, now); !loaded)
        return loaded;
    return transaction->commit();
}

} // namespace ocop::hq
