#include "support/sample_db.h"

#include "pos/payment.h"
#include "support/expect.h"

#include <sqlite3.h>

#include <stdexcept>

namespace ocop::test {

namespace {

// Failures while building a fixture are thrown: Catch2 reports them against
// the test that asked for it.
template <class T>
T or_throw(Result<T> result, std::string_view doing) {
    if (!result)
        throw std::runtime_error(std::string(doing) + ": " + result.error().log_line());
    return std::move(*result);
}

pos::InitOptions sample_options() {
    pos::InitOptions options;
    options.sample = "travinh";
    return options;
}

// The sample set up once, in a folder that lives as long as the test run.
struct Template {
    TempDir dir;
    std::filesystem::path file = dir.file("template.db");
    pos::InitResult result;

    Template() {
        {
            auto db = or_throw(db::Connection::open(file, db::OpenMode::CreateIfMissing),
                               "creating the sample template");
            pos::FixedClock clock(instant(kSampleStart));
            result = or_throw(pos::initialize_database(db, clock, sample_options()),
                              "loading the travinh sample");
        }
        // Closing the last connection checkpoints the WAL into the main file
        // and removes it; a copy of the main file alone is then the whole
        // database. Make sure of it rather than copy a file that lost work.
        if (std::filesystem::exists(file.string() + "-wal"))
            throw std::runtime_error("the template's WAL was not checkpointed on close");
    }
};

const Template& sample_template() {
    static const Template made;
    return made;
}

std::filesystem::path copy_of_template(const TempDir& dir) {
    const auto target = dir.file("terminal.db");
    std::filesystem::copy_file(sample_template().file, target);
    return target;
}

} // namespace

pos::Instant instant(std::string_view timestamp) {
    return or_throw(pos::parse_timestamp(timestamp), "reading a test timestamp");
}

const pos::InitResult& sample_init_result() {
    return sample_template().result;
}

SampleDb::SampleDb(std::string_view at)
    : path(copy_of_template(dir)),
      db(or_throw(db::Connection::open(path), "opening the sample copy")), clock(instant(at)),
      till(or_throw(pos::open_till(db, clock), "opening the till")) {}

pos::User SampleDb::user(std::string_view username) {
    auto statement = must(db.prepare("SELECT id, full_name, role FROM users WHERE username = ?"));
    statement.bind_all(username);
    if (!must(statement.step()))
        FAIL("no user " << username << " in the sample");
    return pos::User{statement.int64(0), std::string(username), statement.text(1),
                     pos::role_from_code(statement.text(2)).value()};
}

pos::Approval SampleDb::manager_approval(std::string_view reason) {
    return must(pos::approve_as_manager(db, "quanly", "9999", reason));
}

pos::CodeMatch SampleDb::code(std::string_view code) {
    return must(pos::find_by_code(db, code));
}

pos::Cart SampleDb::cart() {
    return pos::Cart(must(pos::cart_policy(db)));
}

pos::Shift SampleDb::open_shift(pos::Money opening_float) {
    return must(pos::open_shift(till, cashier(), opening_float));
}

pos::SaleRecord SampleDb::sell(const pos::Cart& cart) {
    std::vector<pos::PaymentInput> payments;
    if (cart.totals().total().dong > 0)
        payments.push_back({pos::PaymentMethod::Cash, cart.totals().total(), {}, {}});
    return must(pos::complete_sale(till, cart, cashier(), payments));
}

std::int64_t SampleDb::count(std::string_view table) {
    return must(db.query_int64("SELECT count(*) FROM " + std::string(table))).value_or(-1);
}

std::map<std::string, std::int64_t> SampleDb::row_counts() {
    auto statement = must(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                     "sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"));
    std::vector<std::string> tables;
    while (must(statement.step()))
        tables.push_back(statement.text(0));
    std::map<std::string, std::int64_t> counts;
    for (const auto& table : tables)
        counts[table] = count("\"" + table + "\"");
    return counts;
}

pos::Quantity SampleDb::stock_of(std::string_view sku) {
    return pos::Quantity{
        must(db.query_int64("SELECT coalesce(sum(m.quantity_milli), 0) FROM stock_movements m "
                            "JOIN products p ON p.id = m.product_id "
                            "WHERE p.sku = ? AND m.store_id = ?",
                            sku, till.store_id))
            .value_or(0)};
}

std::int64_t SampleDb::product_id(std::string_view sku) {
    const auto id = must(db.query_int64("SELECT id FROM products WHERE sku = ?", sku));
    if (!id)
        FAIL("no product " << sku << " in the sample");
    return *id;
}

pos::RefundRequest refund_of(const pos::SaleRecord& sale, std::vector<pos::RefundLine> lines) {
    pos::RefundRequest request;
    request.sale = sale.receipt_no;
    request.lines = std::move(lines);
    return request;
}

} // namespace ocop::test
