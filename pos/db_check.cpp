#include "pos/db_check.h"

#include "db/connection.h"
#include "db/outbox.h"

namespace ocop::pos {

namespace {

// A rule written as a query that returns one row (a description) per
// violation, so that adding a rule is adding a line here.
struct Rule {
    const char* name;
    const char* query;
};

constexpr Rule kRules[] = {
    {"sale_total_matches_lines",
     "SELECT 'sale ' || s.receipt_no || ': total ' || s.total || ' but lines sum to ' || "
     "coalesce(sum(l.amount), 0) FROM sales s LEFT JOIN sale_lines l ON l.sale_id = s.id "
     "GROUP BY s.id HAVING s.total <> coalesce(sum(l.amount), 0)"},
    {"sale_has_lines", "SELECT 'sale ' || receipt_no || ' has no lines' FROM sales s "
                       "WHERE NOT EXISTS (SELECT 1 FROM sale_lines WHERE sale_id = s.id)"},
    {"payments_settle_total",
     "SELECT 'sale ' || s.receipt_no || ': total ' || s.total || ' but payments sum to ' || "
     "coalesce(sum(p.amount), 0) FROM sales s LEFT JOIN payments p ON p.sale_id = s.id "
     "GROUP BY s.id HAVING s.total <> coalesce(sum(p.amount), 0)"},
    {"change_matches_cash",
     "SELECT 'sale ' || s.receipt_no || ': change ' || s.change_given || ' but cash tendered "
     "minus applied is ' || coalesce(sum(p.tendered - p.amount), 0) FROM sales s "
     "LEFT JOIN payments p ON p.sale_id = s.id AND p.method = 'cash' AND p.tendered IS NOT NULL "
     "GROUP BY s.id HAVING s.change_given <> coalesce(sum(p.tendered - p.amount), 0)"},
    {"vat_breakdown_matches_total",
     "SELECT 'sale ' || s.receipt_no || ': VAT rows cover ' || coalesce(sum(v.gross), 0) || "
     "' of ' || s.total FROM sales s LEFT JOIN sale_vat v ON v.sale_id = s.id GROUP BY s.id "
     "HAVING s.total <> coalesce(sum(v.gross), 0) OR s.vat_total <> coalesce(sum(v.vat), 0)"},
    {"sale_has_event",
     "SELECT 'sale ' || s.receipt_no || ' has no outbox event ' || s.outbox_seq FROM sales s "
     "WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.terminal_id = s.terminal_id "
     "AND o.seq = s.outbox_seq AND o.type = s.kind)"},
    {"sale_lines_moved_stock",
     "SELECT 'sale ' || s.receipt_no || ' product ' || l.product_id || ': sold ' || "
     "sum(l.quantity_milli) || ' but stock moved ' || coalesce((SELECT sum(quantity_milli) FROM "
     "stock_movements m WHERE m.sale_id = s.id AND m.product_id = l.product_id), 0) "
     "FROM sales s JOIN sale_lines l ON l.sale_id = s.id GROUP BY s.id, l.product_id "
     "HAVING -sum(l.quantity_milli) <> coalesce((SELECT sum(quantity_milli) FROM "
     "stock_movements m WHERE m.sale_id = s.id AND m.product_id = l.product_id), 0)"},
    // The converse of sale_lines_moved_stock, which starts from the lines and
    // so cannot see a movement booked against a sale for a product the sale
    // does not have (or against a sale that lost its lines): stock taken off
    // the shelf under cover of a real receipt.
    {"sale_movements_have_lines",
     "SELECT 'stock movement ' || m.id || ' of sale ' || s.receipt_no || ' moves product ' || "
     "m.product_id || ', which is on none of its lines' FROM stock_movements m "
     "JOIN sales s ON s.id = m.sale_id WHERE NOT EXISTS (SELECT 1 FROM sale_lines l "
     "WHERE l.sale_id = m.sale_id AND l.product_id = m.product_id)"},
    {"movement_has_event",
     "SELECT 'stock movement ' || m.id || ' refers to missing event ' || m.outbox_seq "
     "FROM stock_movements m WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.seq = "
     "m.outbox_seq)"},
    {"sale_numbers_gapless",
     "SELECT 'terminal ' || t.code || ': ' || count(s.id) || ' sales numbered up to ' || "
     "max(s.number) FROM terminals t JOIN sales s ON s.terminal_id = t.id GROUP BY t.id "
     "HAVING count(s.id) <> max(s.number)"},
    {"refund_within_sale",
     "SELECT 'sale ' || s.receipt_no || ' line ' || l.line_no || ': sold ' || l.quantity_milli "
     "|| ', refunded ' || -sum(r.quantity_milli) FROM sales s JOIN sale_lines l ON "
     "l.sale_id = s.id JOIN sales rs ON rs.refund_of = s.id JOIN sale_lines r ON "
     "r.sale_id = rs.id AND r.refund_of_line = l.line_no GROUP BY s.id, l.line_no "
     "HAVING -sum(r.quantity_milli) > l.quantity_milli"},
};

Result<void> run_rule(db::Connection& db, const Rule& rule, std::vector<CheckProblem>& problems) {
    auto statement = db.prepare(rule.query);
    if (!statement)
        return fail(statement.error());
    auto rows = db::collect_rows(*statement, [](const db::Statement& row) { return row.text(0); });
    if (!rows)
        return fail(rows.error());
    for (auto& detail : *rows)
        problems.push_back({rule.name, std::move(detail)});
    return {};
}

Result<void> sqlite_checks(db::Connection& db, std::vector<CheckProblem>& problems) {
    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity)
        return fail(integrity.error());
    for (;;) {
        auto row = integrity->step();
        if (!row) {
            // On some damage (a page it cannot read at all) SQLite ends
            // integrity_check with SQLITE_CORRUPT after the rows it found:
            // that is the finding to report, not a failure to check.
            if (row.error().code != "db.corrupt")
                return fail(row.error());
            problems.push_back({"sqlite_integrity", row.error().message_en});
            break;
        }
        if (!*row)
            break;
        if (auto message = integrity->text(0); message != "ok")
            problems.push_back({"sqlite_integrity", std::move(message)});
    }

    auto keys = db.prepare("PRAGMA foreign_key_check");
    if (!keys)
        return fail(keys.error());
    auto violations = db::collect_rows(*keys, [](const db::Statement& row) {
        return row.text(0) + " row " + row.text(1) + " refers to a missing " + row.text(2);
    });
    if (!violations)
        return fail(violations.error());
    for (auto& violation : *violations)
        problems.push_back({"foreign_keys", std::move(violation)});
    return {};
}

Result<void> chain_checks(db::Connection& db, std::vector<CheckProblem>& problems) {
    auto terminals = db.prepare(
        "SELECT DISTINCT t.id, t.code FROM terminals t JOIN outbox o ON o.terminal_id = t.id");
    if (!terminals)
        return fail(terminals.error());
    auto refs = db::collect_rows(*terminals, [](const db::Statement& row) {
        return db::TerminalRef{row.int64(0), row.text(1)};
    });
    if (!refs)
        return fail(refs.error());
    for (const auto& terminal : *refs) {
        auto broken = db::verify_chain(db, terminal);
        if (!broken)
            return fail(broken.error());
        if (*broken) {
            problems.push_back({"outbox_chain", "terminal " + terminal.code + " event " +
                                                    std::to_string((*broken)->seq) + ": " +
                                                    (*broken)->problem});
        }
    }
    return {};
}

} // namespace

Result<std::vector<CheckProblem>> check_database(db::Connection& db) {
    std::vector<CheckProblem> problems;
    if (auto checked = sqlite_checks(db, problems); !checked)
        return fail(checked.error());
    // On a file SQLite found damaged, the journal's rules may read the damage
    // too; then what was found so far is the answer, rather than an error
    // that would hide it.
    const bool damaged = !problems.empty() && problems.front().check == "sqlite_integrity";
    const auto stop = [&](const Error& error) {
        return damaged && error.code == "db.corrupt";
    };
    for (const auto& rule : kRules) {
        if (auto checked = run_rule(db, rule, problems); !checked) {
            if (stop(checked.error()))
                return problems;
            return fail(checked.error());
        }
    }
    if (auto checked = chain_checks(db, problems); !checked) {
        if (stop(checked.error()))
            return problems;
        return fail(checked.error());
    }
    return problems;
}

} // namespace ocop::pos
