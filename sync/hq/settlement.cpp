#include "sync/hq/settlement.h"

#include "sync/hq/calendar.h"
#include "sync/hq/database.h"
#include "sync/hq/payload_fields.h"

#include <map>
#include <utility>

namespace ocop::hq {

namespace {

using nlohmann::json;

json optional_json(const std::optional<std::int64_t>& value) {
    return value ? json(*value) : json(nullptr);
}

// Every sale and refund line of the producer's products dated on or before
// the period's last day that no paid settlement has counted. Parameters:
// producer, last day.
constexpr const char* kCountedLines =
    " FROM sale_lines l JOIN sales s ON s.id = l.sale_id JOIN products p ON p.sku = l.sku"
    " WHERE p.producer = ? AND substr(s.created_at, 1, 10) <= ?"
    " AND NOT EXISTS (SELECT 1 FROM settled_lines d"
    " WHERE d.sale_id = l.sale_id AND d.line_no = l.line_no)";

// A consigned receipt line: the terms it sets for its product.
struct Receipt {
    std::string store, created_at;
    std::optional<std::int64_t> commission_bp, unit_cost;
    std::int64_t quantity_milli = 0;
};

// The terms a sold unit is settled under: those of the latest consigned
// receipt of the product at the sale's store at or before the sale, else the
// latest at any store at or before the sale; nullptr when there is none
// (bought goods, opening stock). Receipts are in time order.
const Receipt* terms_for(const std::vector<Receipt>& receipts, const std::string& store,
                         const std::string& sold_at) {
    const Receipt* here = nullptr;
    const Receipt* anywhere = nullptr;
    for (const auto& receipt : receipts) {
        if (receipt.created_at > sold_at)
            break;
        anywhere = &receipt;
        if (receipt.store == store)
            here = &receipt;
    }
    return here ? here : anywhere;
}

// What is owed for a product's net sales under one set of terms, rounded
// once: a commission leaves the producer (10000 - commission_bp) / 10000 of
// the amount the goods actually sold for; an agreed price is per unit.
std::int64_t owed_under(const SettlementTerms& terms) {
    if (terms.unit_cost)
        return divide_rounded(terms.quantity_milli * *terms.unit_cost, 1000);
    if (terms.commission_bp)
        return divide_rounded(terms.amount * (10'000 - *terms.commission_bp), 10'000);
    return 0;
}

Result<Settlement> work_out(Database& database, std::string_view producer, std::string_view from,
                            std::string_view to) {
    auto named = database.first_row("SELECT name FROM producers WHERE code = ?", producer);
    if (!named)
        return std::unexpected(named.error());
    if (!*named) {
        return fail("hq.unknown_producer", "no producer " + std::string(producer),
                    "Không có nhà sản xuất mã " + std::string(producer) + ".");
    }
    Settlement settlement;
    settlement.producer = producer;
    settlement.producer_name = (*named)->text(0);
    settlement.from = from;
    settlement.to = to;

    auto products =
        database.query("SELECT sku, name_vi FROM products WHERE producer = ?", producer);
    if (!products)
        return std::unexpected(products.error());
    std::map<std::string, SettlementLine> lines;
    std::map<std::string, std::string> names;
    for (const auto& row : *products)
        names[row.text(0)] = row.text(1);
    const auto line_of = [&](const std::string& sku) -> SettlementLine& {
        auto [found, added] = lines.try_emplace(sku);
        if (added) {
            found->second.sku = sku;
            const auto name = names.find(sku);
            found->second.name = name != names.end() ? name->second : sku;
        }
        return found->second;
    };

    // The terms, and what was received in the period.
    auto receipt_rows = database.query(
        "SELECT rl.sku, r.store, r.created_at, r.commission_bp, rl.unit_cost, rl.quantity_milli "
        "FROM consignment_receipt_lines rl JOIN consignment_receipts r "
        "ON r.terminal = rl.terminal AND r.seq = rl.seq JOIN products p ON p.sku = rl.sku "
        "WHERE p.producer = ? AND r.consigned = 1 AND substr(r.created_at, 1, 10) <= ? "
        "ORDER BY rl.sku, r.created_at, r.terminal, r.seq, rl.line_no",
        producer, to);
    if (!receipt_rows)
        return std::unexpected(receipt_rows.error());
    std::map<std::string, std::vector<Receipt>> receipts;
    for (const auto& row : *receipt_rows) {
        Receipt receipt{row.text(1), row.text(2), row.optional_int64(3), row.optional_int64(4),
                        row.int64(5)};
        if (receipt.created_at.substr(0, 10) >= from)
            line_of(row.text(0)).received_milli += receipt.quantity_milli;
        receipts[row.text(0)].push_back(std::move(receipt));
    }

    // Sales and refunds, added up per product, store, kind and instant (the
    // terms cannot differ between lines of one instant at one store).
    auto sold = database.query(
        std::string("SELECT l.sku, s.store, s.kind, s.created_at, sum(l.quantity_milli), "
                    "sum(l.amount)") +
            kCountedLines + " GROUP BY l.sku, s.store, s.kind, s.created_at",
        producer, to);
    if (!sold)
        return std::unexpected(sold.error());
    using TermsKey = std::pair<std::int64_t, std::int64_t>; // (0 commission | 1 cost, value)
    std::map<std::string, std::map<TermsKey, SettlementTerms>> by_terms;
    for (const auto& row : *sold) {
        const std::string sku = row.text(0);
        const std::string kind = row.text(2);
        const std::string created_at = row.text(3);
        const std::int64_t quantity = row.int64(4);
        const std::int64_t amount = row.int64(5);
        auto& line = line_of(sku);
        if (kind == "refund") {
            line.refunded_milli -= quantity;
            line.refunded_amount -= amount;
        } else {
            line.sold_milli += quantity;
            line.sold_amount += amount;
        }
        line.net_amount += amount;
        if (created_at.substr(0, 10) < from) {
            line.carried_milli += quantity;
            line.carried_amount += amount;
        }
        const auto found = receipts.find(sku);
        const Receipt* receipt =
            found == receipts.end() ? nullptr : terms_for(found->second, row.text(1), created_at);
        if (!receipt || (!receipt->unit_cost && !receipt->commission_bp)) {
            line.unconsigned_milli += quantity;
            line.unconsigned_amount += amount;
            continue;
        }
        // An agreed price on the receipt's line wins over its commission.
        const TermsKey key = receipt->unit_cost ? TermsKey{1, *receipt->unit_cost}
                                                : TermsKey{0, *receipt->commission_bp};
        auto& terms = by_terms[sku][key];
        if (key.first == 1)
            terms.unit_cost = key.second;
        else
            terms.commission_bp = key.second;
        terms.quantity_milli += quantity;
        terms.amount += amount;
    }
    for (auto& [sku, terms_of_sku] : by_terms) {
        auto& line = line_of(sku);
        for (auto& [key, terms] : terms_of_sku) {
            terms.owed_amount = owed_under(terms);
            line.owed_amount += terms.owed_amount;
            line.terms.push_back(terms);
        }
    }

    // The lines carried from before the period, one by one.
    auto carried = database.query(
        std::string("SELECT l.sale_id, l.line_no, s.kind, s.receipt_no, s.created_at, s.store, "
                    "l.sku, l.quantity_milli, l.amount") +
            kCountedLines +
            " AND substr(s.created_at, 1, 10) < ?"
            " ORDER BY s.created_at, s.terminal, s.number, l.line_no",
        producer, to, from);
    if (!carried)
        return std::unexpected(carried.error());
    for (const auto& row : *carried) {
        settlement.carried.push_back(CarriedLine{row.text(0), row.text(2), row.text(3), row.text(4),
                                                 row.text(5), row.text(6), row.int64(1),
                                                 row.int64(7), row.int64(8)});
    }

    // Returns to the producer and write-offs in the period.
    auto moved =
        database.query("SELECT m.sku, m.kind, sum(m.quantity_milli) FROM stock_movements m "
                       "JOIN events e ON e.terminal = m.terminal AND e.seq = m.seq "
                       "JOIN products p ON p.sku = m.sku "
                       "WHERE p.producer = ? AND m.kind IN ('return', 'damage') "
                       "AND substr(e.created_at, 1, 10) >= ? AND substr(e.created_at, 1, 10) <= ? "
                       "GROUP BY m.sku, m.kind",
                       producer, from, to);
    if (!moved)
        return std::unexpected(moved.error());
    for (const auto& row : *moved) {
        auto& line = line_of(row.text(0));
        (row.text(1) == "return" ? line.returned_milli : line.written_off_milli) -= row.int64(2);
    }

    // What every store holds at the end of the period.
    auto held =
        database.query("SELECT m.store, m.sku, sum(m.quantity_milli) FROM stock_movements m "
                       "JOIN events e ON e.terminal = m.terminal AND e.seq = m.seq "
                       "JOIN products p ON p.sku = m.sku "
                       "WHERE p.producer = ? AND substr(e.created_at, 1, 10) <= ? "
                       "GROUP BY m.store, m.sku ORDER BY m.store, m.sku",
                       producer, to);
    if (!held)
        return std::unexpected(held.error());
    for (const auto& row : *held) {
        if (row.int64(2) == 0)
            continue;
        auto& line = line_of(row.text(1));
        line.remaining_milli += row.int64(2);
        settlement.remaining.push_back(
            SettlementStock{row.text(0), row.text(1), line.name, row.int64(2)});
    }

    for (auto& [sku, line] : lines) {
        settlement.net_amount += line.net_amount;
        settlement.sold_amount += line.sold_amount;
        settlement.refunded_amount += line.refunded_amount;
        settlement.owed_amount += line.owed_amount;
        settlement.carried_amount += line.carried_amount;
        settlement.unconsigned_amount += line.unconsigned_amount;
        settlement.lines.push_back(std::move(line));
    }
    return settlement;
}

Result<void> check_period(std::string_view from, std::string_view to) {
    auto first = parse_date(from);
    if (!first)
        return std::unexpected(first.error());
    auto last = parse_date(to);
    if (!last)
        return std::unexpected(last.error());
    if (*first > *last) {
        return fail("hq.bad_period",
                    "the period starts (" + std::string(from) + ") after it ends (" +
                        std::string(to) + ")",
                    "Kỳ quyết toán bắt đầu (" + std::string(from) + ") sau ngày kết thúc (" +
                        std::string(to) + ").");
    }
    return {};
}

std::string settlement_id(std::string_view producer, std::string_view from, std::string_view to) {
    return std::string(producer) + "/" + std::string(from) + "/" + std::string(to);
}

} // namespace

std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator) {
    if (numerator < 0)
        return -((-numerator + denominator / 2) / denominator);
    return (numerator + denominator / 2) / denominator;
}

json settlement_to_json(const Settlement& settlement) {
    json lines = json::array();
    for (const auto& line : settlement.lines) {
        json terms = json::array();
        for (const auto& t : line.terms) {
            terms.push_back({{"commission_bp", optional_json(t.commission_bp)},
                             {"unit_cost", optional_json(t.unit_cost)},
                             {"quantity_milli", t.quantity_milli},
                             {"amount", t.amount},
                             {"owed_amount", t.owed_amount}});
        }
        lines.push_back({{"sku", line.sku},
                         {"name", line.name},
                         {"received_milli", line.received_milli},
                         {"sold_milli", line.sold_milli},
                         {"sold_amount", line.sold_amount},
                         {"refunded_milli", line.refunded_milli},
                         {"refunded_amount", line.refunded_amount},
                         {"returned_milli", line.returned_milli},
                         {"written_off_milli", line.written_off_milli},
                         {"net_amount", line.net_amount},
                         {"carried_milli", line.carried_milli},
                         {"carried_amount", line.carried_amount},
                         {"unconsigned_milli", line.unconsigned_milli},
                         {"unconsigned_amount", line.unconsigned_amount},
                         {"owed_amount", line.owed_amount},
                         {"remaining_milli", line.remaining_milli},
                         {"terms", terms}});
    }
    json carried = json::array();
    for (const auto& c : settlement.carried) {
        carried.push_back({{"sale_id", c.sale_id},
                           {"line_no", c.line_no},
                           {"kind", c.kind},
                           {"receipt_no", c.receipt_no},
                           {"created_at", c.created_at},
                           {"store", c.store},
                           {"sku", c.sku},
                           {"quantity_milli", c.quantity_milli},
                           {"amount", c.amount}});
    }
    json remaining = json::array();
    for (const auto& r : settlement.remaining) {
        remaining.push_back({{"store", r.store},
                             {"sku", r.sku},
                             {"name", r.name},
                             {"quantity_milli", r.quantity_milli}});
    }
    json paid = nullptr;
    if (settlement.paid) {
        paid = {{"reference", settlement.paid->reference},
                {"note", settlement.paid->note},
                {"paid_by", settlement.paid->paid_by},
                {"paid_at", settlement.paid->paid_at}};
    }
    return {{"producer", settlement.producer},
            {"producer_name", settlement.producer_name},
            {"from", settlement.from},
            {"to", settlement.to},
            {"status", settlement.paid ? "paid" : "draft"},
            {"lines", lines},
            {"sold_amount", settlement.sold_amount},
            {"refunded_amount", settlement.refunded_amount},
            {"net_amount", settlement.net_amount},
            {"carried_amount", settlement.carried_amount},
            {"unconsigned_amount", settlement.unconsigned_amount},
            {"owed_amount", settlement.owed_amount},
            {"carried", carried},
            {"remaining", remaining},
            {"paid", paid}};
}

Result<Settlement> settlement_from_json(const json& in) {
    if (!in.is_object() || !in.contains("lines") || !in["lines"].is_array()) {
        return fail("hq.bad_snapshot", "a paid settlement's snapshot cannot be read",
                    "Không đọc được bảng kê đã thanh toán đã lưu.");
    }
    Settlement s;
    s.producer = payload::text(in, "producer");
    s.producer_name = payload::text(in, "producer_name");
    s.from = payload::text(in, "from");
    s.to = payload::text(in, "to");
    for (const auto& l : in["lines"]) {
        SettlementLine line;
        line.sku = payload::text(l, "sku");
        line.name = payload::text(l, "name");
        line.received_milli = payload::integer(l, "received_milli");
        line.sold_milli = payload::integer(l, "sold_milli");
        line.sold_amount = payload::integer(l, "sold_amount");
        line.refunded_milli = payload::integer(l, "refunded_milli");
        line.refunded_amount = payload::integer(l, "refunded_amount");
        line.returned_milli = payload::integer(l, "returned_milli");
        line.written_off_milli = payload::integer(l, "written_off_milli");
        line.net_amount = payload::integer(l, "net_amount");
        line.carried_milli = payload::integer(l, "carried_milli");
        line.carried_amount = payload::integer(l, "carried_amount");
        line.unconsigned_milli = payload::integer(l, "unconsigned_milli");
        line.unconsigned_amount = payload::integer(l, "unconsigned_amount");
        line.owed_amount = payload::integer(l, "owed_amount");
        line.remaining_milli = payload::integer(l, "remaining_milli");
        for (const auto& t : l.value("terms", json::array())) {
            line.terms.push_back(SettlementTerms{
                payload::optional_integer(t, "commission_bp"),
                payload::optional_integer(t, "unit_cost"), payload::integer(t, "quantity_milli"),
                payload::integer(t, "amount"), payload::integer(t, "owed_amount")});
        }
        s.lines.push_back(std::move(line));
    }
    s.sold_amount = payload::integer(in, "sold_amount");
    s.refunded_amount = payload::integer(in, "refunded_amount");
    s.net_amount = payload::integer(in, "net_amount");
    s.carried_amount = payload::integer(in, "carried_amount");
    s.unconsigned_amount = payload::integer(in, "unconsigned_amount");
    s.owed_amount = payload::integer(in, "owed_amount");
    for (const auto& c : in.value("carried", json::array())) {
        s.carried.push_back(CarriedLine{
            payload::text(c, "sale_id"), payload::text(c, "kind"), payload::text(c, "receipt_no"),
            payload::text(c, "created_at"), payload::text(c, "store"), payload::text(c, "sku"),
            payload::integer(c, "line_no"), payload::integer(c, "quantity_milli"),
            payload::integer(c, "amount")});
    }
    for (const auto& r : in.value("remaining", json::array())) {
        s.remaining.push_back(SettlementStock{payload::text(r, "store"), payload::text(r, "sku"),
                                              payload::text(r, "name"),
                                              payload::integer(r, "quantity_milli")});
    }
    if (const auto paid = in.find("paid"); paid != in.end() && paid->is_object()) {
        s.paid =
            SettlementPayment{payload::text(*paid, "reference"), payload::text(*paid, "note"),
                              payload::text(*paid, "paid_by"), payload::text(*paid, "paid_at")};
    }
    return s;
}

Result<void> project_consignment_receipt(Database& database, std::string_view terminal,
                                         std::string_view store, std::int64_t seq,
                                         std::string_view created_at, const json& movement) {
    const std::string document = payload::text(movement, "document");
    const auto consigned = movement.find("consigned");
    if (document.empty() || consigned == movement.end() || !consigned->is_boolean())
        return {}; // movements without a delivery note (opening stock, older terminals)
    auto stored = database.execute(
        "INSERT INTO consignment_receipts (terminal, seq, store, document, producer, consigned, "
        "commission_bp, created_at) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT (terminal, seq) DO NOTHING",
        terminal, seq, store, document, payload::text(movement, "producer"), consigned->get<bool>(),
        payload::optional_integer(movement, "commission_bp"), created_at);
    if (!stored)
        return stored;
    const auto lines = movement.find("lines");
    const auto costs = movement.find("unit_costs");
    if (lines == movement.end() || !lines->is_array())
        return {};
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const json& line = (*lines)[i];
        if (!line.is_object() || payload::text(line, "sku").empty())
            continue;
        std::optional<std::int64_t> cost;
        if (costs != movement.end() && costs->is_array() && i < costs->size() &&
            (*costs)[i].is_number_integer())
            cost = (*costs)[i].get<std::int64_t>();
        // line_no as the stock movements number them (from 1).
        auto written = database.execute(
            "INSERT INTO consignment_receipt_lines (terminal, seq, line_no, sku, quantity_milli, "
            "unit_cost) VALUES (?,?,?,?,?,?) ON CONFLICT (terminal, seq, line_no) DO NOTHING",
            terminal, seq, static_cast<std::int64_t>(i + 1), payload::text(line, "sku"),
            payload::integer(line, "quantity_milli"), cost);
        if (!written)
            return written;
    }
    return {};
}

Result<Settlement> read_settlement(Database& database, std::string_view producer,
                                   std::string_view from, std::string_view to) {
    if (auto period = check_period(from, to); !period)
        return std::unexpected(period.error());
    auto paid = database.first_row("SELECT snapshot FROM settlements WHERE id = ?",
                                   settlement_id(producer, from, to));
    if (!paid)
        return std::unexpected(paid.error());
    if (*paid) {
        const json snapshot = json::parse((*paid)->text(0), nullptr, false);
        return settlement_from_json(snapshot);
    }
    return work_out(database, producer, from, to);
}

Result<Settlement> pay_settlement(Database& database, std::string_view producer,
                                  std::string_view from, std::string_view to,
                                  const SettlementPayment& payment) {
    if (auto period = check_period(from, to); !period)
        return std::unexpected(period.error());
    if (payment.reference.empty()) {
        return fail("hq.reference_required",
                    "marking a settlement paid needs the payment's reference",
                    "Cần ghi số chứng từ thanh toán (--reference) khi xác nhận đã trả tiền.");
    }
    auto transaction = Transaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto overlapping = database.first_row(
        "SELECT period_from, period_to FROM settlements "
        "WHERE producer = ? AND period_from <= ? AND period_to >= ? ORDER BY period_from",
        producer, to, from);
    if (!overlapping)
        return std::unexpected(overlapping.error());
    if (*overlapping) {
        const std::string other = (*overlapping)->text(0) + " – " + (*overlapping)->text(1);
        return fail("hq.settlement_overlaps",
                    "producer " + std::string(producer) + " was already paid for " + other +
                        ", which overlaps " + std::string(from) + " – " + std::string(to),
                    "Nhà sản xuất " + std::string(producer) + " đã được thanh toán kỳ " + other +
                        ", trùng với kỳ " + std::string(from) + " – " + std::string(to) +
                        ". Chọn kỳ bắt đầu sau ngày " + (*overlapping)->text(1) + ".");
    }
    auto settlement = work_out(database, producer, from, to);
    if (!settlement)
        return settlement;
    settlement->paid = payment;
    const std::string id = settlement_id(producer, from, to);
    auto stored = database.execute(
        "INSERT INTO settlements (id, producer, period_from, period_to, net_amount, owed_amount, "
        "reference, note, paid_by, paid_at, snapshot) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        id, producer, from, to, settlement->net_amount, settlement->owed_amount, payment.reference,
        payment.note, payment.paid_by, payment.paid_at, settlement_to_json(*settlement).dump());
    if (!stored)
        return std::unexpected(stored.error());
    auto settled =
        database.execute(std::string("INSERT INTO settled_lines (settlement_id, sale_id, line_no) "
                                     "SELECT CAST(? AS TEXT), l.sale_id, l.line_no") +
                             kCountedLines,
                         id, producer, to);
    if (!settled)
        return std::unexpected(settled.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return settlement;
}

Result<std::vector<PaidSettlement>> paid_settlements(Database& database,
                                                     const std::optional<std::string>& producer) {
    std::string sql = "SELECT producer, period_from, period_to, net_amount, owed_amount, "
                      "reference, note, paid_by, paid_at FROM settlements";
    std::vector<Param> params;
    if (producer) {
        sql += " WHERE producer = ?";
        params.emplace_back(*producer);
    }
    sql += " ORDER BY producer, period_from";
    auto rows = database.run(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<PaidSettlement> paid;
    for (const auto& r : *rows) {
        paid.push_back(
            PaidSettlement{r.text(0), r.text(1), r.text(2), r.int64(3), r.int64(4),
                           SettlementPayment{r.text(5), r.text(6), r.text(7), r.text(8)}});
    }
    return paid;
}

} // namespace ocop::hq
