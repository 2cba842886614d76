// What head office reads out of what it holds: sales, stock, certifications
// that need attention, a producer's settlement.

#include "sync/hq/calendar.h"
#include "sync/hq/database.h"
#include "sync/hq/head_office.h"

#include <map>

namespace ocop::hq {

namespace {

// Filters are appended as SQL with `?` and their parameters, in order, so
// no statement compares a parameter with nothing (PostgreSQL could not type it).
struct Where {
    std::string sql;
    std::vector<Param> params;

    void add(std::string condition, std::string value) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
        params.emplace_back(std::move(value));
    }
    void add(std::string condition, std::int64_t value) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
        params.emplace_back(value);
    }
};

Result<void> check_dates(const std::optional<std::string>& from,
                         const std::optional<std::string>& to) {
    for (const auto& date : {from, to}) {
        if (date) {
            if (auto parsed = parse_date(*date); !parsed)
                return std::unexpected(parsed.error());
        }
    }
    return {};
}

} // namespace

Result<std::vector<SaleRow>> HeadOffice::sales(const SalesFilter& filter) {
    if (auto dates = check_dates(filter.from, filter.to); !dates)
        return std::unexpected(dates.error());
    Where where;
    // Dates are local: the date part of the instant the terminal wrote.
    if (filter.from)
        where.add("substr(s.created_at, 1, 10) >= ?", *filter.from);
    if (filter.to)
        where.add("substr(s.created_at, 1, 10) <= ?", *filter.to);
    if (filter.store)
        where.add("s.store = ?", *filter.store);
    if (filter.terminal)
        where.add("s.terminal = ?", *filter.terminal);
    const std::string line_match =
        "EXISTS (SELECT 1 FROM sale_lines l LEFT JOIN products p ON p.sku = l.sku "
        "WHERE l.sale_id = s.id AND ";
    if (filter.sku)
        where.add(line_match + "l.sku = ?)", *filter.sku);
    if (filter.producer)
        where.add(line_match + "p.producer = ?)", *filter.producer);
    if (filter.category)
        where.add(line_match + "p.category = ?)", *filter.category);
    if (filter.stars)
        where.add(line_match + "l.ocop_stars = ?)", std::int64_t{*filter.stars});
    auto rows = database_->run(
        "SELECT s.id, s.kind, s.store, s.terminal, s.receipt_no, s.created_at, s.seq, s.number, "
        "s.total, s.vat_total, (SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) "
        "FROM sales s" +
            where.sql + " ORDER BY s.created_at, s.terminal, s.number",
        where.params);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<SaleRow> sales;
    sales.reserve(rows->size());
    for (const auto& r : *rows) {
        sales.push_back(SaleRow{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                r.int64(6), r.int64(7), r.int64(8), r.int64(9), r.int64(10)});
    }
    return sales;
}

Result<std::vector<StockRow>> HeadOffice::stock(const std::optional<std::string>& store) {
    if (store) {
        auto known = database_->first_row("SELECT 1 FROM stores WHERE code = ?", *store);
        if (!known)
            return std::unexpected(known.error());
        if (!*known) {
            return fail("hq.unknown_store", "no store " + *store,
                        "Không có cửa hàng mã " + *store + ".");
        }
    }
    Where where;
    if (store)
        where.add("m.store = ?", *store);
    auto rows = database_->run(
        "SELECT m.store, m.sku, coalesce(p.name_vi, m.sku), sum(m.quantity_milli) "
        "FROM stock_movements m LEFT JOIN products p ON p.sku = m.sku" +
            where.sql + " GROUP BY m.store, m.sku, p.name_vi ORDER BY m.store, m.sku",
        where.params);
    if (!rows)
        return std::unexpected(rows.error());
    auto pushes = database_->query("SELECT t.store, max(h.last_push_at) FROM terminals t "
                                   "JOIN terminal_heads h ON h.terminal = t.code GROUP BY t.store");
    if (!pushes)
        return std::unexpected(pushes.error());
    std::map<std::string, std::optional<std::string>> last_push;
    for (const auto& push : *pushes)
        last_push[push.text(0)] = push.optional_text(1);
    std::vector<StockRow> stock;
    stock.reserve(rows->size());
    for (const auto& r : *rows) {
        const auto found = last_push.find(r.text(0));
        stock.push_back(StockRow{r.text(0), r.text(1), r.text(2), r.int64(3),
                                 found == last_push.end() ? std::nullopt : found->second});
    }
    return stock;
}

Result<std::vector<CertificationRow>> HeadOffice::certifications_due(std::string_view today,
                                                                     int within_days) {
    auto day = parse_date(today);
    if (!day)
        return std::unexpected(day.error());
    const std::string horizon = format_date(*day + within_days);
    // Active ones that end within the horizon (or already ended: expired by
    // date), and every one suspended, revoked or marked expired.
    auto rows = database_->query(
        "SELECT c.cert_key, c.sku, coalesce(p.name_vi, c.sku), coalesce(c.producer, ''), "
        "c.decision_no, c.level, c.valid_from, c.valid_to, c.stars, c.status "
        "FROM certifications c LEFT JOIN products p ON p.sku = c.sku "
        "WHERE c.status <> 'active' OR c.valid_to <= ? ORDER BY c.valid_to, c.cert_key",
        horizon);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<CertificationRow> due;
    due.reserve(rows->size());
    for (const auto& r : *rows) {
        CertificationRow row{r.text(0), r.text(1), r.text(2),
                             r.text(3), r.text(4), r.text(5),
                             r.text(6), r.text(7), static_cast<int>(r.int64(8)),
                             r.text(9), {}};
        if (row.status == "active" && row.valid_to < today)
            row.status = "expired";
        due.push_back(std::move(row));
    }
    return due;
}

// HeadOffice::settlement and paying it: head_office_settlement.cpp.

Result<std::int64_t> HeadOffice::held_seq(std::string_view terminal) {
    auto row =
        database_->first_row("SELECT held_seq FROM terminal_heads WHERE terminal = ?", terminal);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->int64(0) : 0;
}

} // namespace ocop::hq
