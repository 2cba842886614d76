#include "db/connection.h"
#include "db/connection_state.h" // sqlite_error(), to check the mapping for raw handles
#include "db/migrations.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <string>
#include <vector>

using namespace ocop;
using namespace ocop::db;
using ocop::test::error_code;
using ocop::test::must;

namespace {

Connection open_new(const test::TempDir& dir, const std::string& name = "t.db") {
    return must(Connection::open(dir.file(name), OpenMode::CreateIfMissing));
}

std::string pragma_text(Connection& db, const std::string& pragma) {
    auto statement = must(db.prepare("PRAGMA " + pragma));
    REQUIRE(must(statement.step()));
    return statement.text(0);
}

std::int64_t pragma_int(Connection& db, const std::string& pragma) {
    return must(db.query_int64("PRAGMA " + pragma)).value_or(-1);
}

std::int64_t count_rows(Connection& db, const std::string& table) {
    return must(db.query_int64("SELECT count(*) FROM " + table)).value_or(-1);
}

// The number of statements SQLite holds prepared for a connection.
int prepared_statements(const Connection& db) {
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s;
         s = sqlite3_next_stmt(db.handle(), s))
        ++count;
    return count;
}

// A file made with SQLite directly, outside the program.
void raw_sqlite(const std::filesystem::path& path, const char* sql) {
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &handle) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(handle);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a connection is set up the way every process needs it", "[db][connection]") {
    test::TempDir dir;
    auto db = open_new(dir);
    CHECK(pragma_text(db, "journal_mode") == "wal");
    CHECK(pragma_int(db, "synchronous") == 2); // FULL: a reported sale survives power loss
    CHECK(pragma_int(db, "foreign_keys") == 1);
    CHECK(pragma_int(db, "busy_timeout") == Connection::kBusyTimeoutMs);
    CHECK(Connection::kBusyTimeoutMs == 5000);
    CHECK(db.path() == dir.file("t.db"));
    // ocop_fold() is there for the search triggers.
    auto folded = must(db.prepare("SELECT ocop_fold('Bánh tét Trà Cuôn')"));
    REQUIRE(must(folded.step()));
    CHECK(folded.text(0) == "banh tet tra cuon");
}

TEST_CASE("WAL mode is kept in the file, so every later connection shares it", "[db][connection]") {
    test::TempDir dir;
    { auto db = open_new(dir); }
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(dir.file("t.db").c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) == "wal");
    sqlite3_finalize(statement);
    sqlite3_close(raw);
}

TEST_CASE("opening an existing database refuses a missing file and creates nothing",
          "[db][connection][failure]") {
    test::TempDir dir;
    auto missing = Connection::open(dir.file("nope.db"));
    CHECK(error_code(missing) == "db.not_found");
    CHECK(missing.error().message_vi.find("ocop init") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("nope.db")));
    // The same path in CreateIfMissing mode is made.
    CHECK(Connection::open(dir.file("nope.db"), OpenMode::CreateIfMissing).has_value());
    CHECK(std::filesystem::exists(dir.file("nope.db")));
}

TEST_CASE("a file in a folder that does not exist cannot be opened", "[db][connection][failure]") {
    test::TempDir dir;
    auto opened = Connection::open(dir.file("no/such/folder/t.db"), OpenMode::CreateIfMissing);
    CHECK(error_code(opened) == "db.cannot_open");
}

TEST_CASE("a file that is not a database is reported as corrupt", "[db][connection][failure]") {
    test::TempDir dir;
    {
        std::ofstream out(dir.file("notes.db"));
        out << "Đây không phải là cơ sở dữ liệu, chỉ là một tệp văn bản đủ dài để SQLite đọc "
               "phần đầu của nó và thấy rằng phần đầu đó không phải là 'SQLite format 3'.\n";
    }
    auto opened = Connection::open(dir.file("notes.db"));
    CHECK(error_code(opened) == "db.corrupt");
}

TEST_CASE("a database made by a newer program is refused, and left as it was",
          "[db][connection][failure]") {
    test::TempDir dir;
    const auto path = dir.file("newer.db");
    // Made outside the program, in SQLite's default rollback-journal mode.
    raw_sqlite(path, "CREATE TABLE future (x); PRAGMA user_version = 999;");

    auto opened = Connection::open(path);
    CHECK(error_code(opened) == "db.schema_newer");
    CHECK(opened.error().message_en.find("999") != std::string::npos);

    // Refusing happened before any setting was changed: still not in WAL mode.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) ==
          "delete");
    sqlite3_finalize(statement);
    sqlite3_close(raw);
}

TEST_CASE("the latest schema opens; one version more is refused in either mode",
          "[db][connection][failure]") {
    test::TempDir dir;
    {
        auto db = open_new(dir);
        REQUIRE(must(migrate(db)) == latest_schema_version());
    }
    CHECK(Connection::open(dir.file("t.db")).has_value());
    {
        auto db = must(Connection::open(dir.file("t.db")));
        must(db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() + 1)));
    }
    CHECK(error_code(Connection::open(dir.file("t.db"))) == "db.schema_newer");
    CHECK(error_code(Connection::open(dir.file("t.db"), OpenMode::CreateIfMissing)) ==
          "db.schema_newer");
}

TEST_CASE("a transaction that is not committed is rolled back", "[db][transaction]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (x INTEGER)"));
    {
        auto transaction = must(Transaction::begin(db));
        must(db.execute("INSERT INTO t VALUES (?)", 1));
        CHECK(count_rows(db, "t") == 1); // visible inside
    }                                    // destroyed: e.g. an early `return fail(...)`
    CHECK(count_rows(db, "t") == 0);
    CHECK(sqlite3_get_autocommit(db.handle()) != 0);

    {
        auto transaction = must(Transaction::begin(db));
        must(db.execute("INSERT INTO t VALUES (?)", 2));
        must(transaction.commit());
        // A second commit has nothing to commit.
        CHECK(error_code(transaction.commit()) == "db.no_transaction");
    }
    CHECK(count_rows(db, "t") == 1);
}

TEST_CASE("a committed transaction is in the file for the next connection", "[db][transaction]") {
    test::TempDir dir;
    {
        auto db = open_new(dir);
        must(db.exec("CREATE TABLE t (x INTEGER)"));
        auto transaction = must(Transaction::begin(db));
        must(db.execute("INSERT INTO t VALUES (?)", 42));
        must(transaction.commit());
    }
    auto db = must(Connection::open(dir.file("t.db")));
    CHECK(must(db.query_int64("SELECT x FROM t")) == 42);
}

TEST_CASE("a transaction begun inside another is a savepoint of it", "[db][transaction]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (x INTEGER)"));

    SECTION("the inner one rolled back keeps the outer one's work") {
        auto outer = must(Transaction::begin(db));
        must(db.execute("INSERT INTO t VALUES (1)"));
        {
            auto inner = must(Transaction::begin(db));
            must(db.execute("INSERT INTO t VALUES (2)"));
            CHECK(count_rows(db, "t") == 2);
        }
        CHECK(count_rows(db, "t") == 1);
        CHECK(sqlite3_get_autocommit(db.handle()) == 0); // the outer one is still open
        must(db.execute("INSERT INTO t VALUES (3)"));
        must(outer.commit());
        CHECK(must(db.query_int64("SELECT sum(x) FROM t")) == 4);
    }
    SECTION("the inner one committed is undone with the outer one") {
        {
            auto outer = must(Transaction::begin(db));
            must(db.execute("INSERT INTO t VALUES (1)"));
            auto inner = must(Transaction::begin(db));
            must(db.execute("INSERT INTO t VALUES (2)"));
            must(inner.commit());
            CHECK(count_rows(db, "t") == 2);
        }
        CHECK(count_rows(db, "t") == 0);
    }
    SECTION("three levels, the middle one rolled back, take its inner work with it") {
        auto outer = must(Transaction::begin(db));
        must(db.execute("INSERT INTO t VALUES (1)"));
        {
            auto middle = must(Transaction::begin(db));
            must(db.execute("INSERT INTO t VALUES (10)"));
            auto inner = must(Transaction::begin(db));
            must(db.execute("INSERT INTO t VALUES (100)"));
            must(inner.commit());
        }
        must(outer.commit());
        CHECK(must(db.query_int64("SELECT sum(x) FROM t")) == 1);
    }
}

TEST_CASE("a transaction takes the write lock at once; a second writer gets db.busy",
          "[db][transaction][failure]") {
    test::TempDir dir;
    auto first = open_new(dir);
    must(first.exec("CREATE TABLE t (x INTEGER)"));
    auto second = must(Connection::open(dir.file("t.db")));
    // Five seconds of patience is right at a till, too long for a test.
    sqlite3_busy_timeout(second.handle(), 50);

    auto holding = must(Transaction::begin(first)); // BEGIN IMMEDIATE: no write yet
    auto waiting = Transaction::begin(second);
    CHECK(error_code(waiting) == "db.busy");
    // Readers are not blocked in WAL mode.
    CHECK(count_rows(second, "t") == 0);
    must(holding.commit());
    auto now = Transaction::begin(second);
    CHECK(now.has_value());
}

TEST_CASE("a cached statement is compiled once and reused", "[db][statement]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (x INTEGER)"));
    const int before = prepared_statements(db);
    for (int i = 1; i <= 5; ++i)
        must(db.execute("INSERT INTO t VALUES (?)", i));
    CHECK(prepared_statements(db) == before + 1);
    CHECK(must(db.query_int64("SELECT sum(x) FROM t")) == 15);

    // A statement handed back is reset and its bindings cleared: the next
    // user of the same text does not see the last one's values.
    {
        auto statement = must(db.prepare("SELECT ?"));
        statement.bind(1, 7);
        REQUIRE(must(statement.step()));
        CHECK(statement.int64(0) == 7);
    }
    auto again = must(db.prepare("SELECT ?"));
    REQUIRE(must(again.step()));
    CHECK(again.is_null(0));
}

TEST_CASE("the same query nested inside itself gets its own statement", "[db][statement]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);"));
    constexpr std::string_view sql = "SELECT x FROM t ORDER BY x";
    const int before = prepared_statements(db);

    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    {
        auto outer = must(db.prepare(sql));
        while (must(outer.step())) {
            auto inner = must(db.prepare(sql));
            while (must(inner.step()))
                pairs.emplace_back(outer.int64(0), inner.int64(0));
            // The cached statement stays with the outer loop meanwhile.
            CHECK(prepared_statements(db) == before + 2);
        }
    }
    REQUIRE(pairs.size() == 9);
    CHECK(pairs.front() == std::pair<std::int64_t, std::int64_t>{1, 1});
    CHECK(pairs[4] == std::pair<std::int64_t, std::int64_t>{2, 2});
    CHECK(pairs.back() == std::pair<std::int64_t, std::int64_t>{3, 3});
    // The one-off statements were finalized; only the cached one remains.
    CHECK(prepared_statements(db) == before + 1);
    auto once_more = must(db.prepare(sql));
    CHECK(must(db::collect_rows(once_more, [](const Statement& row) { return row.int64(0); })) ==
          std::vector<std::int64_t>{1, 2, 3});
}

TEST_CASE("a statement survives a move of its connection", "[db][statement]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (5);"));
    // A statement must not outlive its connection, so the moved-to
    // connection is declared first.
    std::optional<Connection> moved;
    {
        auto statement = must(db.prepare("SELECT x FROM t"));
        moved.emplace(std::move(db));
        REQUIRE(must(statement.step()));
        CHECK(statement.int64(0) == 5);
    }
    CHECK(moved->path() == dir.file("t.db"));
    CHECK(must(moved->query_int64("SELECT x FROM t")) == 5);
}

TEST_CASE("SQL that does not compile is an error, and is not cached", "[db][statement][failure]") {
    test::TempDir dir;
    auto db = open_new(dir);
    const int before = prepared_statements(db);
    auto bad = db.prepare("SELEC 1");
    CHECK(error_code(bad) == "db.error");
    CHECK(bad.error().message_en.find("SELEC 1") != std::string::npos);
    CHECK(prepared_statements(db) == before);
    CHECK(error_code(db.prepare("SELECT * FROM no_such_table")) == "db.error");
    CHECK(error_code(db.exec("CREATE TABLE")) == "db.error");
}

TEST_CASE("binding a parameter that does not exist fails the step", "[db][statement][failure]") {
    test::TempDir dir;
    auto db = open_new(dir);
    auto statement = must(db.prepare("SELECT ?"));
    statement.bind(1, 1).bind(2, 2);
    auto row = statement.step();
    CHECK(error_code(row) == "db.error");
    CHECK(row.error().message_en.find("parameter 2") != std::string::npos);
}

TEST_CASE("values go in and come out as they were", "[db][statement]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE t (i INTEGER, s TEXT, n TEXT)"));
    const std::string with_nul("a\0b", 3);
    must(db.execute("INSERT INTO t VALUES (?, ?, ?)", INT64_MIN, with_nul, std::nullopt));
    must(db.execute("INSERT INTO t VALUES (?, ?, ?)", INT64_MAX, "Đường hoa dừa",
                    std::optional<std::string>("x")));
    auto rows = must(db.prepare("SELECT i, s, n FROM t ORDER BY i"));
    REQUIRE(must(rows.step()));
    CHECK(rows.int64(0) == INT64_MIN);
    CHECK(rows.text(1) == with_nul);
    CHECK(rows.optional_text(2) == std::nullopt);
    CHECK(rows.optional_int64(2) == std::nullopt);
    REQUIRE(must(rows.step()));
    CHECK(rows.int64(0) == INT64_MAX);
    CHECK(rows.text(1) == "Đường hoa dừa");
    CHECK(rows.optional_text(2) == "x");
    CHECK_FALSE(must(rows.step()));
    CHECK(db.changes() == 1);
    CHECK(must(db.query_int64("SELECT i FROM t WHERE s = 'none'")) == std::nullopt);
}

TEST_CASE("SQLite failures map to codes a technician can look up", "[db][connection][failure]") {
    test::TempDir dir;
    auto db = open_new(dir);
    must(db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                 "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL "
                 "REFERENCES parent (id), qty INTEGER CHECK (qty > 0));"
                 "INSERT INTO parent VALUES (1);"));

    SECTION("constraints: primary key, NOT NULL, CHECK, foreign key") {
        must(db.execute("INSERT INTO child VALUES (1, 1, 5)"));
        CHECK(error_code(db.execute("INSERT INTO child VALUES (1, 1, 5)")) == "db.constraint");
        CHECK(error_code(db.execute("INSERT INTO child VALUES (2, NULL, 5)")) == "db.constraint");
        CHECK(error_code(db.execute("INSERT INTO child VALUES (3, 1, 0)")) == "db.constraint");
        // Foreign keys are enforced (they are off by default in SQLite).
        CHECK(error_code(db.execute("INSERT INTO child VALUES (4, 99, 1)")) == "db.constraint");
        CHECK(error_code(db.execute("DELETE FROM parent")) == "db.constraint");
        // last_error tells the same story after the fact.
        CHECK(db.last_error("checking").code == "db.constraint");
        CHECK(count_rows(db, "child") == 1);
    }
    SECTION("a read-only database") {
        // Tests run as root, and root writes through chmod 0444, so a
        // read-only file cannot be made with permissions here. PRAGMA
        // query_only makes SQLite itself refuse writes with SQLITE_READONLY,
        // the code a read-only file or mount gives.
        must(db.exec("PRAGMA query_only = 1"));
        auto written = db.execute("INSERT INTO parent VALUES (2)");
        CHECK(error_code(written) == "db.read_only");
        CHECK(written.error().message_vi.find("chỉ đọc") != std::string::npos);
        CHECK(count_rows(db, "parent") == 1); // reading still works
    }
    SECTION("a read-only connection, as from SQLITE_OPEN_READONLY") {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(dir.file("t.db").c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
                SQLITE_OK);
        const int rc =
            sqlite3_exec(raw, "INSERT INTO parent VALUES (3)", nullptr, nullptr, nullptr);
        CHECK(db::sqlite_error(raw, rc, "writing").code == "db.read_only");
        sqlite3_close(raw);
    }
    SECTION("a full disk") {
        // max_page_count caps the file where it is, as a full disk would.
        must(db.exec("CREATE TABLE big (x TEXT)"));
        const auto pages = pragma_int(db, "page_count");
        must(db.exec("PRAGMA max_page_count = " + std::to_string(pages)));
        auto written = db.execute("INSERT INTO big VALUES (?)", std::string(100'000, 'x'));
        CHECK(error_code(written) == "db.disk_full");
        CHECK(written.error().message_vi.find("đầy") != std::string::npos);
        CHECK(count_rows(db, "big") == 0);
    }
    SECTION("a busy database, and anything else") {
        CHECK(db::sqlite_error(nullptr, SQLITE_BUSY, "x").code == "db.busy");
        CHECK(db::sqlite_error(nullptr, SQLITE_LOCKED, "x").code == "db.busy");
        CHECK(db::sqlite_error(nullptr, SQLITE_IOERR_FSYNC, "x").code == "db.io_error");
        CHECK(db::sqlite_error(nullptr, SQLITE_CORRUPT, "x").code == "db.corrupt");
        CHECK(db::sqlite_error(nullptr, SQLITE_CANTOPEN, "x").code == "db.cannot_open");
        CHECK(db::sqlite_error(nullptr, SQLITE_MISMATCH, "x").code == "db.error");
        const auto error = db::sqlite_error(nullptr, SQLITE_FULL, "saving sale");
        CHECK(error.message_en.starts_with("saving sale: "));
        CHECK_FALSE(error.message_vi.empty());
    }
}
