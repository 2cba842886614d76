#include "db/connection.h"
#include "db/migrations.h"
#include "db/outbox.h"
#include "pos/settings.h"
#include "pos/setup.h"
#include "pos/stock.h"
#include "support/expect.h"
#include "support/sample_db.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ocop;
using namespace ocop::pos;
using ocop::test::error_code;
using ocop::test::must;

namespace {

InitOptions options(std::optional<std::string> sample,
                    std::optional<std::string> terminal = std::nullopt) {
    InitOptions options;
    options.sample = std::move(sample);
    options.terminal_code = std::move(terminal);
    return options;
}

std::int64_t count(db::Connection& db, const std::string& table) {
    return must(db.query_int64("SELECT count(*) FROM " + table)).value_or(-1);
}

} // namespace

TEST_CASE("the travinh sample sets up terminal TV01-01 with its catalogue and users", "[setup]") {
    // The fixture's template was made by initialize_database; this is what it said.
    const InitResult& result = test::sample_init_result();
    CHECK(result.schema_version == db::latest_schema_version());
    CHECK(result.terminal_code == "TV01-01");
    CHECK(result.products == 68);
    CHECK(result.users == 3);

    test::SampleDb sample;
    auto& db = sample.db;
    CHECK(must(get_setting(db, setting::kTerminalCode)) == "TV01-01");
    CHECK(sample.till.terminal.code == "TV01-01");
    CHECK(sample.till.store_code == "TV01");
    CHECK(count(db, "products") == 68);
    CHECK(count(db, "barcodes") == 72);
    CHECK(count(db, "certifications") == 51);
    CHECK(count(db, "producers") == 23);
    CHECK(count(db, "terminals") == 4);
    CHECK(count(db, "stock_thresholds") == 16);
    CHECK(count(db, "product_search") == 68); // the search index followed every insert
    // The TEMP tables the sample left for the program are gone.
    CHECK(count(db, "temp.sqlite_master") == 0);
}

TEST_CASE("sample PINs are stored only as Argon2id hashes", "[setup]") {
    test::SampleDb sample;
    auto statement = must(sample.db.prepare("SELECT username, pin_hash FROM users ORDER BY id"));
    int users = 0;
    while (must(statement.step())) {
        ++users;
        const std::string hash = statement.text(1);
        INFO(statement.text(0) << ": " << hash);
        CHECK(hash.starts_with("$argon2id$"));
        CHECK(hash.find("1111") == std::string::npos);
        CHECK(hash.find("9999") == std::string::npos);
    }
    CHECK(users == 3);
    // ...and the PINs work.
    CHECK(must(authenticate(sample.db, "thungan", "1111")).role == Role::Cashier);
}

TEST_CASE("opening stock of the terminal's store is one journal event", "[setup][stock]") {
    test::SampleDb sample;
    auto& db = sample.db;
    // TV01 has 67 lines of opening stock; TV02's 64 are not this terminal's business.
    CHECK(count(db, "stock_movements") == 67);
    CHECK(must(db.query_int64("SELECT count(DISTINCT store_id) FROM stock_movements")) == 1);
    CHECK(must(db.query_int64("SELECT count(*) FROM stock_movements WHERE kind <> 'opening'")) ==
          0);
    CHECK(count(db, "outbox") == 1);

    auto event = must(db.prepare("SELECT seq, type, created_at, payload FROM outbox"));
    REQUIRE(must(event.step()));
    CHECK(event.int64(0) == 1);
    CHECK(event.text(1) == "stock");
    CHECK(event.text(2) == "2026-11-29T09:00:00+07:00");
    const auto payload = nlohmann::json::parse(event.text(3));
    CHECK(payload["kind"] == "opening");
    CHECK(payload["store"] == "TV01");
    CHECK(payload["lines"].size() == 67);
    CHECK_FALSE(must(db::verify_chain(db, sample.till.terminal)).has_value());

    CHECK(sample.stock_of("TV-TK-TH1") == Quantity{1250});  // 1,25 kg
    CHECK(sample.stock_of("TV-MHD-180") == Quantity{2000}); // inactive, still on the shelf
    CHECK(sample.stock_of("TV-GIONG-DS") == Quantity{10000});
    CHECK(sample.stock_of("TV-TRA-TT") == Quantity{0});
}

TEST_CASE("the store's opening stock is recorded by its first terminal only", "[setup][stock]") {
    // Head office adds up every till's movements: two tills of TV01 both
    // recording the store's opening stock would count it twice.
    test::TempDir dir;
    auto db = must(db::Connection::open(dir.file("t.db"), db::OpenMode::CreateIfMissing));
    FixedClock clock(test::instant(test::kSampleStart));
    must(initialize_database(db, clock, options("travinh", "TV01-02")));
    CHECK(count(db, "stock_movements") == 0);
    CHECK(count(db, "outbox") == 0);
    const auto till = must(open_till(db, clock));
    const auto levels = must(stock_levels(db, till.store_id));
    CHECK(std::all_of(levels.begin(), levels.end(),
                      [](const StockLevel& level) { return level.on_hand == Quantity{0}; }));

    auto second_store =
        must(db::Connection::open(dir.file("t2.db"), db::OpenMode::CreateIfMissing));
    must(initialize_database(second_store, clock, options("travinh", "TV02-01")));
    CHECK(count(second_store, "stock_movements") == 64);
}

TEST_CASE("a sample is loaded once: a second load is refused and changes nothing",
          "[setup][failure]") {
    test::SampleDb sample;
    const auto before = sample.row_counts();
    auto again = initialize_database(sample.db, sample.clock, options("travinh"));
    CHECK(error_code(again) == "init.not_empty");
    CHECK(sample.row_counts() == before);
}

TEST_CASE("an unknown sample name is refused and leaves an empty catalogue", "[setup][failure]") {
    test::TempDir dir;
    auto db = must(db::Connection::open(dir.file("t.db"), db::OpenMode::CreateIfMissing));
    FixedClock clock(test::instant(test::kSampleStart));
    auto loaded = initialize_database(db, clock, options("hanoi"));
    CHECK(error_code(loaded) == "db.unknown_sample");
    CHECK(count(db, "products") == 0);
    CHECK(count(db, "settings") == 0);
    // The schema itself was brought up to date before the sample was tried.
    CHECK(must(db.schema_version()) == db::latest_schema_version());
}

TEST_CASE("a terminal code the sample does not have rolls the whole load back",
          "[setup][failure]") {
    test::TempDir dir;
    auto db = must(db::Connection::open(dir.file("t.db"), db::OpenMode::CreateIfMissing));
    FixedClock clock(test::instant(test::kSampleStart));
    auto loaded = initialize_database(db, clock, options("travinh", "TV09-01"));
    CHECK(error_code(loaded) == "terminal.unknown");
    for (const char* table : {"products", "users", "stores", "terminals", "settings",
                              "stock_movements", "outbox", "product_search"}) {
        INFO(table);
        CHECK(count(db, table) == 0);
    }
}

TEST_CASE("a database without a sample gets the schema and, if given, its terminal code",
          "[setup]") {
    test::TempDir dir;
    auto db = must(db::Connection::open(dir.file("t.db"), db::OpenMode::CreateIfMissing));
    FixedClock clock(test::instant(test::kSampleStart));
    auto result = must(initialize_database(db, clock, options(std::nullopt, "TV02-01")));
    CHECK(result.schema_version == db::latest_schema_version());
    CHECK(result.terminal_code == "TV02-01");
    CHECK(result.products == 0);
    CHECK(must(get_setting(db, setting::kTerminalCode)) == "TV02-01");
    // No terminal row exists yet, so no till can be opened on it.
    CHECK(error_code(open_till(db, clock)) == "terminal.unknown");

    auto bare = must(db::Connection::open(dir.file("bare.db"), db::OpenMode::CreateIfMissing));
    auto plain = must(initialize_database(bare, clock, {}));
    CHECK(plain.terminal_code.empty());
    CHECK(error_code(open_till(bare, clock)) == "terminal.not_configured");
}
