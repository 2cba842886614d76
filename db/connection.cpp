#include "db/connection.h"

#include "db/connection_state.h"
#include "db/migrations.h"
#include "db/text_fold.h"

#include <sqlite3.h>

#include <utility>

namespace ocop::db {

namespace {

struct SqliteErrorText {
    const char* code;
    const char* message_vi;
};

// What each family of SQLite failure means to the person at the till.
SqliteErrorText describe(int primary_code) {
    switch (primary_code) {
    case SQLITE_FULL:
        return {"db.disk_full", "Bộ nhớ của máy đã đầy nên chưa lưu được. Dữ liệu đã lưu trước đó "
                                "vẫn an toàn. Báo cho quản lý hoặc kỹ thuật viên."};
    case SQLITE_READONLY:
        return {"db.read_only", "Cơ sở dữ liệu đang ở chế độ chỉ đọc nên chưa lưu được. Dữ liệu đã "
                                "lưu vẫn an toàn. Báo cho kỹ thuật viên."};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {"db.busy", "Cơ sở dữ liệu đang bận. Vui lòng thử lại sau giây lát."};
    case SQLITE_IOERR:
        return {"db.io_error", "Lỗi đọc/ghi ổ đĩa nên chưa lưu được. Dữ liệu đã lưu trước đó vẫn "
                               "an toàn. Báo cho kỹ thuật viên."};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {"db.corrupt", "Tệp cơ sở dữ liệu bị hỏng hoặc không đúng loại. Báo ngay cho kỹ "
                              "thuật viên."};
    case SQLITE_CANTOPEN:
        return {"db.cannot_open", "Không mở được tệp cơ sở dữ liệu. Báo cho kỹ thuật viên."};
    case SQLITE_CONSTRAINT:
        return {"db.constraint", "Dữ liệu không hợp lệ nên không lưu được."};
    default:
        return {"db.error", "Lỗi cơ sở dữ liệu. Báo cho kỹ thuật viên."};
    }
}

} // namespace

Error sqlite_error(sqlite3* handle, int rc, std::string_view doing) {
    const auto text = describe(rc & 0xff);
    std::string message(doing);
    message += ": ";
    message += handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    return Error{text.code, std::move(message), text.message_vi};
}

ConnectionState::~ConnectionState() {
    for (auto& [sql, cached] : cache)
        sqlite3_finalize(cached.handle);
    sqlite3_close_v2(handle);
}

Connection::Connection(std::unique_ptr<ConnectionState> state) noexcept
    : state_(std::move(state)) {}
Connection::Connection(Connection&& other) noexcept = default;
Connection& Connection::operator=(Connection&& other) noexcept = default;
Connection::~Connection() = default;

Result<Connection> Connection::open(const std::filesystem::path& path, OpenMode mode) {
    std::error_code ignored;
    if (mode == OpenMode::ExistingOnly && !std::filesystem::exists(path, ignored)) {
        return fail("db.not_found", "database file not found: " + path.string(),
                    "Không tìm thấy cơ sở dữ liệu " + path.string() +
                        ". Hãy khởi tạo bằng lệnh `ocop init` hoặc kiểm tra đường dẫn.");
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    auto state = std::make_unique<ConnectionState>();
    state->handle = handle;
    state->path = path;
    if (rc != SQLITE_OK)
        return fail(sqlite_error(handle, rc, "opening " + path.string()));

    Connection connection(std::move(state));
    if (auto configured = connection.configure(); !configured)
        return fail(configured.error());
    return connection;
}

Result<void> Connection::configure() {
    sqlite3* handle = state_->handle;
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);

    auto version = schema_version();
    if (!version)
        return fail(version.error());
    if (*version > latest_schema_version()) {
        return fail("db.schema_newer",
                    "database schema version " + std::to_string(*version) +
                        " is newer than this program's " + std::to_string(latest_schema_version()) +
                        "; upgrade the program",
                    "Cơ sở dữ liệu do một phiên bản phần mềm mới hơn tạo ra. Hãy cập nhật phần "
                    "mềm trước khi dùng tệp này.");
    }

    // journal_mode answers with the mode in force; a file on a filesystem
    // without shared memory would silently stay in another mode.
    auto mode = prepare("PRAGMA journal_mode=WAL");
    if (!mode)
        return fail(mode.error());
    if (auto row = mode->step(); !row)
        return fail(row.error());
    if (mode->text(0) != "wal") {
        return fail("db.no_wal", "could not switch " + path().string() + " to WAL mode",
                    "Không bật được chế độ ghi an toàn (WAL) cho cơ sở dữ liệu. Báo cho kỹ "
                    "thuật viên.");
    }
    if (auto pragmas = exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !pragmas)
        return pragmas;
    return register_text_fold(handle);
}

Result<void> Connection::exec(std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(state_->handle, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqlite_error(state_->handle, rc, "executing SQL"));
    return {};
}

Result<Statement> Connection::prepare(std::string_view sql) {
    auto entry = state_->cache.find(sql);
    if (entry == state_->cache.end())
        entry = state_->cache.emplace(std::string(sql), CachedStatement{}).first;
    auto& cached = entry->second;
    if (cached.handle && !cached.in_use) {
        cached.in_use = true;
        return Statement(cached.handle, &cached);
    }
    sqlite3_stmt* handle = nullptr;
    // A statement already in use (a nested query of the same text) gets its
    // own one-off handle; the cached one stays with its current user.
    const bool to_cache = !cached.handle;
    const unsigned flags = to_cache ? SQLITE_PREPARE_PERSISTENT : 0;
    const int rc = sqlite3_prepare_v3(state_->handle, sql.data(), static_cast<int>(sql.size()),
                                      flags, &handle, nullptr);
    if (rc != SQLITE_OK) {
        if (to_cache)
            state_->cache.erase(entry);
        return fail(sqlite_error(state_->handle, rc, "preparing " + std::string(sql)));
    }
    if (to_cache) {
        cached.handle = handle;
        cached.in_use = true;
    }
    return Statement(handle, to_cache ? &cached : nullptr);
}

std::int64_t Connection::last_insert_rowid() const {
    return sqlite3_last_insert_rowid(state_->handle);
}

int Connection::changes() const {
    return sqlite3_changes(state_->handle);
}

std::int64_t Connection::total_changes() const {
    return sqlite3_total_changes64(state_->handle);
}

Result<std::int64_t> Connection::data_version() {
    auto version = query_int64("PRAGMA data_version");
    if (!version)
        return fail(version.error());
    return version->value_or(0);
}

Result<int> Connection::schema_version() {
    auto version = query_int64("PRAGMA user_version");
    if (!version)
        return fail(version.error());
    return static_cast<int>(version->value_or(0));
}

const std::filesystem::path& Connection::path() const {
    return state_->path;
}

sqlite3* Connection::handle() const {
    return state_->handle;
}

Error Connection::last_error(std::string_view doing) const {
    return sqlite_error(state_->handle, sqlite3_extended_errcode(state_->handle), doing);
}

Result<Transaction> Transaction::begin(Connection& connection) {
    const bool nested = sqlite3_get_autocommit(connection.handle()) == 0;
    if (auto begun = connection.exec(nested ? "SAVEPOINT ocop_nested" : "BEGIN IMMEDIATE"); !begun)
        return fail(begun.error());
    return Transaction(connection, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)), nested_(other.nested_) {}

Transaction::~Transaction() {
    if (!connection_)
        return;
    if (nested_)
        (void)connection_->exec("ROLLBACK TO ocop_nested; RELEASE ocop_nested");
    else if (!sqlite3_get_autocommit(connection_->handle()))
        (void)connection_->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
    if (!connection_) {
        return fail("db.no_transaction", "commit without an open transaction",
                    "Lỗi chương trình: không có giao dịch để lưu.");
    }
    auto committed = connection_->exec(nested_ ? "RELEASE ocop_nested" : "COMMIT");
    // A failed COMMIT (disk full, I/O error) leaves the transaction open;
    // the destructor rolls it back so nothing half-written remains.
    if (committed)
        connection_ = nullptr;
    return committed;
}

} // namespace ocop::db
