#include "support/two_terminal_db.h"

#include "db/migrations.h"
#include "support/expect.h"

namespace ocop::test {

TwoTerminalDb::TwoTerminalDb()
    : db(must(db::Connection::open(dir.file("t.db"), db::OpenMode::CreateIfMissing))) {
    must(db::migrate(db));
    must(db.exec("INSERT INTO stores (id, code, name, province, commune, address) VALUES "
                 "(1, 'TV01', 'Cửa hàng', 'Vĩnh Long', 'Phường Trà Vinh', 'Số 18');"
                 "INSERT INTO terminals (id, code, store_id, name) VALUES "
                 "(1, 'TV01-01', 1, 'Quầy 1'), (2, 'TV01-02', 1, 'Quầy 2');"));
}

db::OutboxEvent TwoTerminalDb::append(const db::TerminalRef& terminal, std::string_view payload) {
    auto transaction = must(db::Transaction::begin(db));
    auto event = must(db::append_event(db, terminal, "sale", "2026-11-29T09:15:00+07:00", payload));
    must(transaction.commit());
    return event;
}

} // namespace ocop::test
