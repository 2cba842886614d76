// Scan lookup and search-as-you-type on a 100,000-product catalogue, each
// beside the bare SQLite query it stands on (docs/performance.md).
//
//   ocop_bench_catalogue [--products N] [--smoke]
#include "bench/bench.h"
#include "db/connection.h"
#include "db/migrations.h"
#include "db/text_fold.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/gtin.h"
#include "pos/scanning.h"
#include "pos/till.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace ocop;

namespace {

const std::vector<std::string> kKinds = {
    "Mật hoa dừa",  "Đường hoa dừa", "Bánh tét", "Kẹo dừa",   "Chả giò",      "Lạp xưởng",
    "Trà mãng cầu", "Rượu đế",       "Cốm dẹp",  "Giấm dừa",  "Thảm xơ dừa",  "Nước khoáng",
    "Tôm khô",      "Mắm bò hóc",    "Bánh pía", "Dừa sáp",   "Khô cá lóc",   "Gạo thơm",
    "Mật ong",      "Bánh ú",        "Nem chua", "Chuối sấy", "Giỏ lục bình", "Gáo dừa khắc"};
const std::vector<std::string> kMakers = {"Sokfarm",    "Vicosap",    "Hai Lý",   "Trà Cuôn",
                                          "Xuân Thạnh", "Vạn Thành",  "Ba So",    "Cầu Kè",
                                          "Tiểu Cần",   "Trà Cú",     "Phú Quới", "Long Đức",
                                          "Hòa Tân",    "Nhị Trường", "Vinh Kim", "Đại An"};
const std::vector<std::string> kSizes = {"100 g",   "200 g",     "250 ml",      "500 ml", "1 kg",
                                         "hộp quà", "túi 300 g", "chai 330 ml", "loại 1", "loại 2"};

std::string product_name(std::mt19937& random, int id) {
    auto pick = [&](const std::vector<std::string>& words) {
        return words[std::uniform_int_distribution<std::size_t>(0, words.size() - 1)(random)];
    };
    return pick(kKinds) + " " + pick(kMakers) + " " + pick(kSizes) + " #" + std::to_string(id);
}

// A valid EAN-13 (scanning checks the check digit).
std::string barcode(int id) {
    char text[16];
    std::snprintf(text, sizeof text, "893%09d", id);
    return std::string(text) + std::to_string(pos::gs1_check_digit(text));
}

void require(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "bench setup failed: %s\n", what);
        std::exit(1);
    }
}

void fill_catalogue(db::Connection& db, int products, std::vector<std::string>& names) {
    std::mt19937 random(42);
    auto transaction = db::Transaction::begin(db);
    require(transaction.has_value(), "begin");
    for (int id = 1; id <= products; ++id) {
        names.push_back(product_name(random, id));
        require(db.execute("INSERT INTO products (id, sku, name_vi, category, unit, price, "
                           "vat_class) VALUES (?, ?, ?, 'dac_san', 'cái', ?, "
                           "'standard_reducible')",
                           id, "SKU" + std::to_string(id), names.back(), 10000 + id % 500 * 1000)
                    .has_value(),
                "insert product");
        require(db.execute("INSERT INTO barcodes (code, product_id) VALUES (?, ?)", barcode(id), id)
                    .has_value(),
                "insert barcode");
        // A third of the catalogue is certified, as in a showcase store.
        if (id % 3 == 0) {
            require(db.execute("INSERT INTO certifications (product_id, decision_no, "
                               "decision_date, level, stars, valid_from, valid_to) VALUES "
                               "(?, '1693/QĐ-UBND', '2025-08-22', 'province', 4, '2025-08-22', "
                               "'2028-08-21')",
                               id)
                        .has_value(),
                    "insert certification");
        }
    }
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
    std::vector<std::string> names;
    fill_catalogue(*db, products, names);

    std::vector<bench::Row> rows;
    const int lookups = products >= 100000 ? 20000 : 2000;
    std::mt19937 random(1);
    std::vector<std::string> codes;
    for (int i = 0; i < lookups + 10; ++i)
        codes.push_back(barcode(std::uniform_int_distribution<int>(1, products)(random)));

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
