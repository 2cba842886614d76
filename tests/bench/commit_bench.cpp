// A completed sale committed durably (docs/performance.md): pos::complete_sale
// on a Trà Vinh sample terminal — WAL, synchronous=FULL, as db::Connection
// opens every terminal database — beside the same rows inserted by a bare
// transaction with the same settings: the INSERTs complete_sale makes into
// outbox, sales, sale_lines, stock_movements, sale_vat and payments, prepared
// once through the sqlite3 C API and run in BEGIN IMMEDIATE..COMMIT on a copy
// of the same database. The two alternate, sale by sale, so a busy machine
// disturbs both alike.
//
//   ocop_bench_commit [--smoke] [--sales N]

#include "bench/bench.h"
#include "db/connection.h"
#include "pos/cart.h"
#include "pos/catalogue.h"
#include "pos/clock.h"
#include "pos/journal.h"
#include "pos/setup.h"
#include "pos/shift.h"
#include "pos/till.h"
#include "pos/users.h"
#include "support/temp_dir.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace ocop;

namespace {

template <class T>
T need(Result<T> result, const char* what) {
    if (!result) {
        std::fprintf(stderr, "bench failed at %s: %s\n", what, result.error().log_line().c_str());
        std::exit(1);
    }
    return std::move(*result);
}

void need_sqlite(sqlite3* db, int rc, int wanted, const char* what) {
    if (rc != wanted) {
        std::fprintf(stderr, "bench failed at %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

// The till and the cart every timed sale repeats: three scans of two products.
struct SampleTerminal {
    db::Connection db;
    pos::SystemClock clock;
    pos::Till till;
    pos::User cashier;
    pos::CartPolicy policy;
    pos::CodeMatch honey;
    pos::CodeMatch second;

    explicit SampleTerminal(const std::filesystem::path& path)
        : db(need(db::Connection::open(path, db::OpenMode::CreateIfMissing), "open")),
          till(setup(db, clock)),
          cashier(need(pos::authenticate(db, "thungan", "1111"), "cashier")),
          policy(need(pos::cart_policy(db), "policy")),
          honey(need(pos::find_by_code(db, "8936010100114"), "honey")),
          second(need(pos::find_by_code(db, "TV-DSS-200"), "second product")) {
        need(pos::open_shift(till, cashier, pos::Money{1'000'000}), "shift");
    }

    static pos::Till setup(db::Connection& db, pos::SystemClock& clock) {
        pos::InitOptions options;
        options.sample = "travinh";
        options.terminal_code = "TV01-01";
        need(pos::initialize_database(db, clock, options), "sample");
        return need(pos::open_till(db, clock), "till");
    }

    pos::Cart cart() const {
        pos::Cart cart(policy);
        need(cart.add(honey, pos::Quantity::units(2)), "add");
        need(cart.add(second, pos::Quantity::units(1)), "add");
        need(cart.add(honey, pos::Quantity::units(1)), "add");
        return cart;
    }

    void sell(const pos::Cart& cart) {
        need(pos::complete_sale(till, cart, cashier,
                                {{pos::PaymentMethod::Cash, cart.totals().total(), {}, {}}}),
             "sale");
    }
};

// One of complete_sale's INSERTs, prepared once, with the values of each row
// the model sale wrote to that table. `keys` are the columns that must differ
// from sale to sale (ids, numbers, the outbox sequence): they get a new value
// per sale, the rest are the model's.
struct BareInsert {
    sqlite3_stmt* insert = nullptr;
    std::vector<std::vector<sqlite3_value*>> rows;
};

// The columns, in complete_sale's order, of each table it writes.
struct TableColumns {
    const char* table;
    const char* columns;
    const char* where; // selects the model sale's rows
};

constexpr TableColumns kTables[] = {
    {"outbox", "terminal_id, seq, type, created_at, payload, prev_hash, hash", "seq = ?"},
    {"sales",
     "id, kind, terminal_id, number, receipt_no, shift_id, cashier_id, approved_by, "
     "approval_note, created_at, refund_of, subtotal, discount_total, total, vat_total, "
     "change_given, outbox_seq",
     "id = ?"},
    {"sale_lines",
     "sale_id, line_no, product_id, sku, name, unit, quantity_milli, list_price, unit_price, "
     "gross, line_discount, order_discount, amount, vat_rate_bp, vat_code, lot, expiry, "
     "refund_of_line, certification, ocop_stars, decision_no, stamp, override_by, override_reason",
     "sale_id = ?"},
    {"stock_movements",
     "store_id, product_id, quantity_milli, kind, sale_id, lot, expiry, created_at, outbox_seq",
     "sale_id = ?"},
    {"sale_vat", "sale_id, vat_code, rate_bp, gross, vat", "sale_id = ?"},
    {"payments", "sale_id, seq, method, amount, tendered, reference, approval_code", "sale_id = ?"},
};

// The bare transaction's connection: the copy of the terminal's database,
// opened with the pragmas db::Connection sets.
class BareWriter {
public:
    BareWriter(const std::filesystem::path& path, const std::string& model_sale,
               std::int64_t model_seq) {
        need_sqlite(db_, sqlite3_open(path.c_str(), &db_), SQLITE_OK, "open copy");
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        for (const auto& table : kTables)
            inserts_.push_back(load(table, model_sale, model_seq));
    }
    ~BareWriter() {
        for (auto& insert : inserts_) {
            sqlite3_finalize(insert.insert);
            for (auto& row : insert.rows)
                for (auto* value : row)
                    sqlite3_value_free(value);
        }
        sqlite3_close(db_);
    }
    BareWriter(const BareWriter&) = delete;
    BareWriter& operator=(const BareWriter&) = delete;

    // The model sale's rows again as sale `number`, outbox event `seq`.
    void write(std::int64_t number, std::int64_t seq) {
        char id[40], receipt[32], hash[72];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012lld",
                      static_cast<long long>(number));
        std::snprintf(receipt, sizeof receipt, "BARE-%06lld", static_cast<long long>(number));
        std::snprintf(hash, sizeof hash, "%064lld", static_cast<long long>(seq));
        exec("BEGIN IMMEDIATE");
        for (std::size_t t = 0; t < inserts_.size(); ++t) {
            auto& insert = inserts_[t];
            for (const auto& row : insert.rows) {
                for (std::size_t c = 0; c < row.size(); ++c)
                    sqlite3_bind_value(insert.insert, static_cast<int>(c + 1), row[c]);
                bind_keys(t, insert.insert, id, number, receipt, seq, hash);
                need_sqlite(db_, sqlite3_step(insert.insert), SQLITE_DONE, kTables[t].table);
                sqlite3_reset(insert.insert);
            }
        }
        exec("COMMIT");
    }

private:
    void exec(const char* sql) {
        need_sqlite(db_, sqlite3_exec(db_, sql, nullptr, nullptr, nullptr), SQLITE_OK, sql);
    }

    static void bind_keys(std::size_t table, sqlite3_stmt* insert, const char* id,
                          std::int64_t number, const char* receipt, std::int64_t seq,
                          const char* hash) {
        switch (table) {
        case 0: // outbox: seq, hash
            sqlite3_bind_int64(insert, 2, seq);
            sqlite3_bind_text(insert, 7, hash, -1, SQLITE_STATIC);
            break;
        case 1: // sales: id, number, receipt_no, outbox_seq
            sqlite3_bind_text(insert, 1, id, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 4, number);
            sqlite3_bind_text(insert, 5, receipt, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 17, seq);
            break;
        case 3: // stock_movements: sale_id, outbox_seq
            sqlite3_bind_text(insert, 5, id, -1, SQLITE_STATIC);
            sqlite3_bind_int64(insert, 9, seq);
            break;
        default: // sale_lines, sale_vat, payments: sale_id
            sqlite3_bind_text(insert, 1, id, -1, SQLITE_STATIC);
        }
    }

    BareInsert load(const TableColumns& table, const std::string& model_sale,
                    std::int64_t model_seq) {
        BareInsert insert;
        const std::string columns = table.columns;
        const std::string select =
            "SELECT " + columns + " FROM " + table.table + " WHERE " + table.where;
        sqlite3_stmt* rows = nullptr;
        need_sqlite(db_, sqlite3_prepare_v2(db_, select.c_str(), -1, &rows, nullptr), SQLITE_OK,
                    "select model rows");
        if (std::string(table.table) == "outbox")
            sqlite3_bind_int64(rows, 1, model_seq);
        else
            sqlite3_bind_text(rows, 1, model_sale.c_str(), -1, SQLITE_TRANSIENT);
        const int count = sqlite3_column_count(rows);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            std::vector<sqlite3_value*> row;
            for (int c = 0; c < count; ++c)
                row.push_back(sqlite3_value_dup(sqlite3_column_value(rows, c)));
            insert.rows.push_back(std::move(row));
        }
        sqlite3_finalize(rows);
        if (insert.rows.empty()) {
            std::fprintf(stderr, "bench failed: the model sale has no %s rows\n", table.table);
            std::exit(1);
        }
        std::string placeholders = "?";
        for (int c = 1; c < count; ++c)
            placeholders += ",?";
        const std::string sql = "INSERT INTO " + std::string(table.table) + " (" + columns +
                                ") VALUES (" + placeholders + ")";
        need_sqlite(db_, sqlite3_prepare_v2(db_, sql.c_str(), -1, &insert.insert, nullptr),
                    SQLITE_OK, "prepare insert");
        return insert;
    }

    sqlite3* db_ = nullptr;
    std::vector<BareInsert> inserts_;
};

void copy_database(const std::filesystem::path& from, const std::filesystem::path& to) {
    sqlite3* db = nullptr;
    need_sqlite(db, sqlite3_open(from.c_str(), &db), SQLITE_OK, "open for the copy");
    const std::string sql = "VACUUM INTO '" + to.string() + "'";
    need_sqlite(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK, "copy");
    sqlite3_close(db);
}

} // namespace

int main(int argc, char** argv) {
    int sales = 1000;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--smoke")
            sales = 20;
        else if (argument == "--sales" && i + 1 < argc)
            sales = std::atoi(argv[++i]);
    }
    test::TempDir dir;
    SampleTerminal terminal(dir.file("terminal.db"));
    const pos::Cart cart = terminal.cart();
    terminal.sell(cart); // the model sale whose rows the bare transaction repeats
    const auto model = need(terminal.db.first_row("SELECT id, outbox_seq FROM sales ORDER BY "
                                                  "number DESC LIMIT 1"),
                            "model sale");
    const std::string model_sale = model->text(0);
    const std::int64_t model_seq = model->int64(1);

    // The copy starts from the same rows (VACUUM INTO on a connection of its
    // own: the terminal's keeps cached statements open).
    copy_database(dir.file("terminal.db"), dir.file("bare.db"));
    BareWriter bare(dir.file("bare.db"), model_sale, model_seq);

    // Alternate the two, sale by sale, after a few untimed of each.
    bench::Timings ours, anchor;
    std::int64_t next = 1'000'000;
    const auto one_of_each = [&](bool timed) {
        const auto start = std::chrono::steady_clock::now();
        terminal.sell(cart);
        const auto middle = std::chrono::steady_clock::now();
        bare.write(next, next);
        ++next;
        const auto end = std::chrono::steady_clock::now();
        if (timed) {
            ours.micros.push_back(
                std::chrono::duration<double, std::micro>(middle - start).count());
            anchor.micros.push_back(
                std::chrono::duration<double, std::micro>(end - middle).count());
        }
    };
    for (int i = 0; i < 10; ++i)
        one_of_each(false);
    for (int i = 0; i < sales; ++i)
        one_of_each(true);

    const std::string what = "completed sale (3 lines) committed, WAL + synchronous=FULL (" +
                             std::to_string(sales) + " sales)";
    const std::string anchor_name = "the same rows, one bare sqlite3 transaction";
    bench::print_table({
        {what, "ms p50", ours.median() / 1000, anchor_name, anchor.median() / 1000, "≤ 1.3×"},
        {"completed sale committed", "ms p99", ours.percentile(99) / 1000, anchor_name,
         anchor.percentile(99) / 1000, "≤ 1.3×"},
    });
    return 0;
}
