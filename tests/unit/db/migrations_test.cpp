#include "db/connection.h"
#include "db/migrations.h"
#include "support/expect.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ocop;
using namespace ocop::db;
using ocop::test::error_code;
using ocop::test::must;

namespace {

Connection open_new(const test::TempDir& dir) {
    return must(Connection::open(dir.file("t.db"), OpenMode::CreateIfMissing));
}

std::int64_t table_count(Connection& db) {
    return must(db.query_int64("SELECT count(*) FROM sqlite_schema WHERE type = 'table'"))
        .value_or(-1);
}

bool has_table(Connection& db, const std::string& name) {
    return must(db.query_int64("SELECT count(*) FROM sqlite_schema WHERE name = ?", name)) == 1;
}

} // namespace

TEST_CASE("migrations are numbered files, one per schema version, in order", "[db][migrations]") {
    const auto& files = migration_files();
    REQUIRE_FALSE(files.empty());
    CHECK(latest_schema_version() == static_cast<int>(files.size()));
    CHECK(files.front().name == "0001_initial.sql");
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i].name);
        char prefix[32];
        std::snprintf(prefix, sizeof prefix, "%04zu_", i + 1);
        CHECK(files[i].name.starts_with(prefix));
        CHECK(files[i].name.ends_with(".sql"));
        CHECK(files[i].contents.size() > 100); // compiled in whole, not a path
    }
}

TEST_CASE("an empty file is migrated to the latest schema", "[db][migrations]") {
    test::TempDir dir;
    auto db = open_new(dir);
    CHECK(must(db.schema_version()) == 0);
    CHECK(must(migrate(db)) == latest_schema_version());
    CHECK(must(db.schema_version()) == latest_schema_version());
    for (const char* table : {"settings", "products", "barcodes", "certifications", "users",
                              "shifts", "sales", "sale_lines", "sale_vat", "payments",
                              "stock_movements", "outbox", "vat_rates", "product_search"}) {
        INFO(table);
        CHECK(has_table(db, table));
    }
    // Reference data comes with the schema.
    CHECK(must(db.query_int64("SELECT count(*) FROM vat_rates")) == 5);
    CHECK(must(db.query_int64("SELECT count(*) FROM categories")) == 4);
    CHECK(must(db.query_int64("SELECT count(*) FROM ocop_groups")) == 6);
    must(require_current_schema(db));
}

TEST_CASE("migrating again changes nothing", "[db][migrations]") {
    test::TempDir dir;
    auto db = open_new(dir);
    REQUIRE(must(migrate(db)) == latest_schema_version());
    must(db.execute("INSERT INTO settings (key, value) VALUES ('terminal.code', 'TV01-01')"));
    const auto tables = table_count(db);
    CHECK(must(migrate(db)) == latest_schema_version());
    CHECK(must(migrate(db)) == latest_schema_version());
    CHECK(table_count(db) == tables);
    CHECK(must(db.query_int64("SELECT count(*) FROM settings")) == 1);
    CHECK(must(db.query_int64("SELECT count(*) FROM vat_rates")) == 5); // not inserted twice
}

TEST_CASE("a migrated file opens as current in a later connection", "[db][migrations]") {
    test::TempDir dir;
    {
        auto db = open_new(dir);
        must(migrate(db));
    }
    auto db = must(Connection::open(dir.file("t.db")));
    must(require_current_schema(db));
    CHECK(must(migrate(db)) == latest_schema_version());
}

TEST_CASE("an older schema must be migrated before use", "[db][migrations][failure]") {
    test::TempDir dir;
    auto db = open_new(dir);
    auto fresh = require_current_schema(db);
    CHECK(error_code(fresh) == "db.schema_older");
    CHECK(fresh.error().message_vi.find("ocop db migrate") != std::string::npos);

    must(migrate(db));
    // A file a version behind (as an older program left it).
    must(db.exec("PRAGMA user_version = " + std::to_string(latest_schema_version() - 1)));
    CHECK(error_code(require_current_schema(db)) == "db.schema_older");
}

TEST_CASE("a migration that fails leaves the file at the version before it",
          "[db][migrations][failure]") {
    test::TempDir dir;
    auto db = open_new(dir);
    // A table in the way: 0001_initial.sql fails part-way, at CREATE TABLE settings.
    must(db.exec("CREATE TABLE settings (whatever TEXT)"));
    auto migrated = migrate(db);
    CHECK(error_code(migrated) == "db.error");
    CHECK(migrated.error().message_en.find("0001_initial.sql") != std::string::npos);
    CHECK(must(db.schema_version()) == 0);
    // Nothing of the failed migration is left behind.
    CHECK_FALSE(has_table(db, "categories"));
    CHECK_FALSE(has_table(db, "products"));
    CHECK(table_count(db) == 1);
}
