// Scan lookup and search-as-you-type on a 100,000-product catalogue, each
// beside the bare SQLite query it stands on (docs/performance.md).
//
//   ocop_bench_catalogue [--products N] [--smoke]
#include "bench/bench.h"
#include "bench/generated_catalogue.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/text_fold.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/scanning.h"
#include "pos/till.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ocop;

namespace {

using bench::generated_barcode;
using bench::require;

// The generated products, the anchor's FTS5 table over their names, and the
// store and terminal the till runs as.
std::vector<std::string> fill_catalogue(db::Connection& db, int products) {
    auto names = bench::fill_generated_catalogue(db, 1, products);
    auto transaction = db::Transaction::begin(db);
    require(transaction.has_value(), "begin");
    // The anchor: FTS5 over the same names with SQLite's own accent removal.
    require(db.exec("CREATE VIRTUAL TABLE anchor_fts USING fts5(name, tokenize = "
                    "'unicode61 remove_diacritics 2', prefix = '1 2 3')")
                .has_value(),
            "anchor table");
    require(db.exec("INSERT INTO anchor_fts (rowid, name) SELECT id, name_vi FROM products")
                .has_value(),
            "anchor rows");
    require(db.exec("INSERT INTO stores (id, code, name, province, commune, address) VALUES "
                    "(1, 'B1', 'Bench', 'Vĩnh Long', 'Phường Trà Vinh', '-'); "
                    "INSERT INTO terminals (id, code, store_id, name) VALUES (1, 'B1-01', 1, "
                    "'Quầy 1'); INSERT INTO settings VALUES ('terminal.code', 'B1-01')")
                .has_value(),
            "terminal");
    require(transaction->commit().has_value(), "commit");
    return names;
}

// What a cashier types, one keystroke at a time: "b", "ba", "ban", ... Half
// the phrases start at the beginning of a name, half at a later word (the
// producer, the size), which the name-prefix index cannot answer.
std::vector<std::string> keystrokes(const std::vector<std::string>& names, int phrases) {
    std::vector<std::string> typed;
    std::mt19937 random(7);
    for (int i = 0; i < phrases; ++i) {
        std::string folded = db::fold_for_search(
            names[std::uniform_int_distribution<std::size_t>(0, names.size() - 1)(random)]);
        if (i % 2 == 1) {
            const auto spaces =
                static_cast<std::size_t>(std::count(folded.begin(), folded.end(), ' '));
            std::size_t word = std::uniform_int_distribution<std::size_t>(1, spaces - 1)(random);
            std::size_t at = 0;
            while (word-- > 0)
                at = folded.find(' ', at) + 1;
            folded = folded.substr(at);
        }
        const std::string phrase = folded.substr(0, folded.find(' ', folded.find(' ') + 1));
        for (std::size_t length = 1; length <= phrase.size(); ++length)
            if (phrase[length - 1] != ' ')
                typed.push_back(phrase.substr(0, length));
    }
    return typed;
}

std::string fts_prefix_query(const std::string& folded) {
    std::string query;
    std::size_t start = 0;
    while (start < folded.size()) {
        auto end = std::min(folded.find(' ', start), folded.size());
        query += (query.empty() ? "\"" : " \"") + folded.substr(start, end - start) + "\"*";
        start = end + 1;
    }
    return query;
}

} // namespace

int main(int argc, char** argv) {
    int products = 100000;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            products = 2000;
        else if (argument == "--products" && i + 1 < argc)
            products = std::atoi(argv[++i]);
    }
    char folder[] = "/tmp/ocop-bench-XXXXXX";
    require(mkdtemp(folder) != nullptr, "mkdtemp");
    const auto path = std::filesystem::path(folder) / "catalogue.db";
    auto db = db::Connection::open(path, db::OpenMode::CreateIfMissing);
    require(db.has_value(), "open");
    require(db::migrate(*db).has_value(), "migrate");
    const auto names = fill_catalogue(*db, products);

    std::vector<bench::Row> rows;
    const int lookups = products >= 100000 ? 20000 : 2000;
    std::mt19937 random(1);
    std::vector<std::string> codes;
    for (int i = 0; i < lookups + 10; ++i)
        codes.push_back(generated_barcode(std::uniform_int_distribution<int>(1, products)(random)));

    // Scan: what the till does with a scanned text: read the code, find the
    // product, check its certification against the store's policy, add a line.
    const pos::FixedClock clock(pos::parse_timestamp("2026-11-29T09:00:00+07:00").value());
    auto till = pos::open_till(*db, clock);
    require(till.has_value(), "till");
    pos::Cart cart;
    auto scan = bench::measure(lookups, [&](int i) {
        if (cart.lines().size() > 50)
            cart.clear();
        auto scanned =
            pos::scan_into_cart(*till, cart, {codes[static_cast<std::size_t>(i)], {}, {}});
        require(scanned.has_value() && scanned->line.has_value(), "scan");
    });
    sqlite3_stmt* bare = nullptr;
    sqlite3_prepare_v2(db->handle(),
                       "SELECT p.id, p.name_vi, p.price FROM barcodes b JOIN products p ON "
                       "p.id = b.product_id WHERE b.code = ?",
                       -1, &bare, nullptr);
    auto anchor = bench::measure(lookups, [&](int i) {
        const auto& code = codes[static_cast<std::size_t>(i)];
        sqlite3_bind_text(bare, 1, code.data(), static_cast<int>(code.size()), SQLITE_STATIC);
        require(sqlite3_step(bare) == SQLITE_ROW, "bare lookup");
        sqlite3_reset(bare);
    });
    sqlite3_finalize(bare);
    rows.push_back(
        {"scan → product + certification → cart line, " + std::to_string(products) + " products",
         "µs p50", scan.median(), "bare SQLite indexed lookup", anchor.median(), "≤ 3×"});
    rows.push_back({"scan → product + certification → cart line", "µs p99", scan.percentile(99),
                    "bare SQLite indexed lookup", anchor.percentile(99), "≤ 3×, < 1000 µs"});

    // Search as you type.
    const auto typed = keystrokes(names, products >= 100000 ? 40 : 10);
    auto search = bench::measure(
        static_cast<int>(typed.size()),
        [&](int i) {
            require(pos::search_products(*db, typed[static_cast<std::size_t>(i)], 20).has_value(),
                    "search");
        },
        5);
    sqlite3_stmt* fts = nullptr;
    sqlite3_prepare_v2(
        db->handle(),
        "SELECT rowid FROM anchor_fts WHERE anchor_fts MATCH ? ORDER BY rank LIMIT 20", -1, &fts,
        nullptr);
    auto fts_anchor = bench::measure(
        static_cast<int>(typed.size()),
        [&](int i) {
            const std::string query = fts_prefix_query(typed[static_cast<std::size_t>(i)]);
            sqlite3_bind_text(fts, 1, query.data(), static_cast<int>(query.size()),
                              SQLITE_TRANSIENT);
            while (sqlite3_step(fts) == SQLITE_ROW) {
            }
            sqlite3_reset(fts);
        },
        5);
    sqlite3_finalize(fts);
    rows.push_back(
        {"search as you type, per keystroke (" + std::to_string(typed.size()) + " keystrokes)",
         "µs p99", search.percentile(99), "SQLite FTS5 query, same names",
         fts_anchor.percentile(99), "≤ 2×"});
    rows.push_back({"search as you type, per keystroke", "µs p50", search.median(),
                    "SQLite FTS5 query, same names", fts_anchor.median(), ""});

    bench::print_table(rows);
    std::filesystem::remove_all(folder);
    return 0;
}
