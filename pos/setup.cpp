#include "pos/setup.h"

#include "db/connection.h"
#include "db/migrations.h"
#include "db/samples.h"
#include "pos/settings.h"
#include "pos/stock.h"
#include "pos/till.h"
#include "pos/users.h"

namespace ocop::pos {

namespace {

Result<std::int64_t> count(db::Connection& db, std::string_view table) {
    auto value = db.query_int64("SELECT count(*) FROM " + std::string(table));
    if (!value)
        return fail(value.error());
    return value->value_or(0);
}

// The sample's users come with their PINs in clear (they are demo users);
// here they are hashed like any other.
Result<std::int64_t> add_sample_users(db::Connection& db) {
    auto statement = db.prepare("SELECT username, full_name, role, pin FROM temp.sample_users");
    if (!statement)
        return fail(statement.error());
    struct SampleUser {
        std::string username, full_name, role, pin;
    };
    auto users = db::collect_rows(*statement, [](const db::Statement& row) {
        return SampleUser{row.text(0), row.text(1), row.text(2), row.text(3)};
    });
    if (!users)
        return fail(users.error());
    for (const auto& user : *users) {
        auto added = add_user(db, user.username, user.full_name,
                              role_from_code(user.role).value_or(Role::Cashier), user.pin);
        if (!added)
            return fail(added.error());
    }
    return static_cast<std::int64_t>(users->size());
}

// The sample's opening stock is the store's, not the till's: only the first
// terminal of the store (lowest id) records it, or head office, which sums
// every terminal's movements, would count it once per till.
Result<bool> first_terminal_of_store(Till& till) {
    auto first =
        till.db.query_int64("SELECT min(id) FROM terminals WHERE store_id = ?", till.store_id);
    if (!first)
        return fail(first.error());
    return *first == till.terminal.id;
}

Result<void> record_opening_stock(Till& till) {
    auto first = first_terminal_of_store(till);
    if (!first)
        return fail(first.error());
    if (!*first)
        return {};
    auto statement = till.db.prepare(
        "SELECT p.id, o.quantity_milli FROM temp.sample_opening_stock o "
        "JOIN products p ON p.sku = o.sku WHERE o.store_code = ? AND o.quantity_milli <> 0 "
        "ORDER BY p.id");
    if (!statement)
        return fail(statement.error());
    statement->bind_all(till.store_code);
    auto lines = db::collect_rows(*statement, [](const db::Statement& row) {
        return MovementLine{row.int64(0), Quantity{row.int64(1)}, std::nullopt, std::nullopt};
    });
    if (!lines)
        return fail(lines.error());
    if (lines->empty())
        return {};
    auto recorded = record_movements(till, "opening", *lines, "Tồn đầu kỳ (dữ liệu mẫu)");
    if (!recorded)
        return fail(recorded.error());
    return {};
}

Result<std::string> choose_terminal(db::Connection& db, const InitOptions& options) {
    if (options.terminal_code)
        return *options.terminal_code;
    auto row = db.first_row("SELECT code FROM terminals ORDER BY id LIMIT 1");
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("init.no_terminal", "the sample defines no terminal",
                    "Dữ liệu mẫu không có quầy bán hàng nào.");
    }
    return (*row)->text(0);
}

Result<InitResult> load_sample(db::Connection& db, const Clock& clock, const InitOptions& options,
                               InitResult result) {
    auto existing = count(db, "products");
    if (!existing)
        return fail(existing.error());
    if (*existing > 0) {
        return fail("init.not_empty", db.path().string() + " already holds a catalogue",
                    "Cơ sở dữ liệu này đã có danh mục hàng. Dùng một tệp mới để nạp dữ liệu mẫu.");
    }
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    if (auto loaded = db::load_sample_sql(db, *options.sample); !loaded)
        return fail(loaded.error());
    auto users = add_sample_users(db);
    if (!users)
        return fail(users.error());
    auto terminal = choose_terminal(db, options);
    if (!terminal)
        return fail(terminal.error());
    if (auto set = set_setting(db, setting::kTerminalCode, *terminal); !set)
        return fail(set.error());
    auto till = open_till(db, clock);
    if (!till)
        return fail(till.error());
    if (auto stocked = record_opening_stock(*till); !stocked)
        return fail(stocked.error());
    if (auto dropped =
            db.exec("DROP TABLE temp.sample_users; DROP TABLE temp.sample_opening_stock");
        !dropped)
        return fail(dropped.error());
    auto products = count(db, "products");
    if (!products)
        return fail(products.error());
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    result.terminal_code = *terminal;
    result.products = *products;
    result.users = *users;
    return result;
}

} // namespace

Result<InitResult> initialize_database(db::Connection& db, const Clock& clock,
                                       const InitOptions& options) {
    auto version = db::migrate(db);
    if (!version)
        return fail(version.error());
    InitResult result;
    result.schema_version = *version;
    if (options.sample)
        return load_sample(db, clock, options, result);
    if (options.terminal_code) {
        auto set = set_setting(db, setting::kTerminalCode, *options.terminal_code);
        if (!set)
            return fail(set.error());
        result.terminal_code = *options.terminal_code;
    }
    return result;
}

} // namespace ocop::pos
