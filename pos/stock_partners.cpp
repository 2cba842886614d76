#include "pos/stock_partners.h"

#include "db/connection.h"
#include "db/statement.h"

namespace ocop::pos {

namespace {

Partner read_partner(const db::Statement& row) {
    return Partner{row.text(0), row.text(1)};
}

} // namespace

Result<std::vector<Partner>> list_producers(db::Connection& db) {
    auto query = db.prepare("SELECT code, name FROM producers ORDER BY name, code");
    if (!query)
        return fail(query.error());
    return db::collect_rows(*query, read_partner);
}

Result<std::vector<Partner>> other_stores(db::Connection& db, std::int64_t store_id) {
    auto query = db.prepare("SELECT code, name FROM stores WHERE id <> ? ORDER BY code");
    if (!query)
        return fail(query.error());
    query->bind(1, store_id);
    return db::collect_rows(*query, read_partner);
}

} // namespace ocop::pos
