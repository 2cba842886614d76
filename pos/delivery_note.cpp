#include "pos/delivery_note.h"

#include "db/connection.h"
#include "pos/clock.h"
#include "pos/receipt.h"

#include <nlohmann/json.hpp>

namespace ocop::pos {

namespace {

using drivers::Align;
using drivers::TextSize;
using drivers::TextStyle;

struct Producer {
    std::int64_t id = 0;
    std::string code;
    std::string name;
};

Result<Producer> find_producer(db::Connection& db, std::string_view code) {
    auto row = db.first_row("SELECT id, code, name FROM producers WHERE code = ?", code);
    if (!row)
        return fail(row.error());
    if (!*row) {
        return fail("stock.unknown_producer", "no producer " + std::string(code),
                    "Không có nhà sản xuất mã " + std::string(code) + ".");
    }
    return Producer{(*row)->int64(0), (*row)->text(1), (*row)->text(2)};
}

// A product the catalogue gives to one producer comes from that producer only:
// settlement pays the producer of the product.
Result<void> check_products_of(db::Connection& db, const Producer& producer,
                               const std::vector<DeliveryLine>& lines) {
    for (const auto& line : lines) {
        auto row =
            db.first_row("SELECT sku, producer_id FROM products WHERE id = ?", line.product_id);
        if (!row)
            return fail(row.error());
        if (!*row) {
            return fail("stock.unknown_product", "no product " + std::to_string(line.product_id),
                        "Không có sản phẩm này.");
        }
        const auto owner = (*row)->optional_int64(1);
        if (owner && *owner != producer.id) {
            const std::string sku = (*row)->text(0);
            return fail("stock.wrong_producer", sku + " is not from producer " + producer.code,
                        "Sản phẩm " + sku + " không phải của nhà sản xuất " + producer.code + ".");
        }
    }
    return {};
}

Result<void> check_terms(const DeliveryNote& note) {
    const auto& terms = note.terms;
    if (terms.commission_bp && (*terms.commission_bp < 0 || *terms.commission_bp > 10'000)) {
        return fail("stock.bad_commission", "a commission is between 0 and 100 percent",
                    "Hoa hồng phải từ 0 đến 100%.");
    }
    if (terms.commission_bp && !terms.consigned) {
        return fail("stock.terms_required", "bought goods take a unit cost, not a commission",
                    "Hàng mua đứt cần giá nhập mỗi đơn vị (--cost), không phải hoa hồng.");
    }
    for (const auto& line : note.lines) {
        const bool has_cost = line.unit_cost || terms.unit_cost;
        if (terms.consigned ? !(has_cost || terms.commission_bp) : !has_cost) {
            return fail("stock.terms_required",
                        terms.consigned ? "consigned goods need a commission or a unit cost"
                                        : "bought goods need a unit cost",
                        terms.consigned
                            ? "Hàng ký gửi cần thoả thuận hoa hồng (--commission) hoặc giá "
                              "trả mỗi đơn vị (--cost)."
                            : "Hàng mua đứt cần giá nhập mỗi đơn vị (--cost).");
        }
    }
    return {};
}

std::vector<MovementLine> movement_lines(const std::vector<DeliveryLine>& lines, int sign) {
    std::vector<MovementLine> movements;
    for (const auto& line : lines) {
        movements.push_back(
            {line.product_id, Quantity{sign * line.quantity.milli}, line.lot, line.expiry});
    }
    return movements;
}

std::vector<MovementLine> taken_lines(const std::vector<DeliveryLine>& lines) {
    return movement_lines(lines, 1);
}

// The next number of this terminal's notes of one kind: gapless, as the
// notes are never deleted and each is numbered inside its transaction.
Result<std::string> next_number(Till& till, std::string_view prefix) {
    const std::string start = till.terminal.code + "-" + std::string(prefix);
    auto count = till.db.query_int64(
        "SELECT count(*) FROM delivery_notes WHERE substr(number, 1, length(?1)) = ?1", start);
    if (!count)
        return fail(count.error());
    std::string digits = std::to_string(count->value_or(0) + 1);
    if (digits.size() < 6)
        digits.insert(0, 6 - digits.size(), '0');
    return start + digits;
}

std::optional<Money> cost_of(const DeliveryLine& line, const DeliveryTerms& terms) {
    return line.unit_cost ? line.unit_cost : terms.unit_cost;
}

nlohmann::json document_of(const DeliveryNote& note, const Producer& producer,
                           const std::string& number, const std::optional<User>& manager) {
    nlohmann::json costs = nlohmann::json::array();
    for (const auto& line : note.lines) {
        const auto cost = cost_of(line, note.terms);
        costs.push_back(cost ? nlohmann::json(cost->dong) : nlohmann::json(nullptr));
    }
    return {{"document", number},
            {"producer", producer.code},
            {"consigned", note.terms.consigned},
            {"commission_bp", note.terms.commission_bp ? nlohmann::json(*note.terms.commission_bp)
                                                       : nlohmann::json(nullptr)},
            {"unit_costs", costs},
            {"manager", manager ? nlohmann::json(manager->username) : nlohmann::json(nullptr)}};
}

Result<RecordedNote> record_note(Till& till, const DeliveryNote& note, std::string_view kind,
                                 const std::optional<User>& manager) {
    const bool receipt = kind == "receipt";
    auto transaction = db::Transaction::begin(till.db);
    if (!transaction)
        return fail(transaction.error());
    auto producer = find_producer(till.db, note.producer_code);
    if (!producer)
        return fail(producer.error());
    if (auto checked = check_products_of(till.db, *producer, note.lines); !checked)
        return fail(checked.error());
    if (!receipt) {
        if (auto available = check_available(till.db, till.store_id, taken_lines(note.lines));
            !available)
            return fail(available.error());
    }
    auto number = next_number(till, receipt ? "PN" : "PT");
    if (!number)
        return fail(number.error());
    auto seq = record_movements(till, kind, movement_lines(note.lines, receipt ? 1 : -1), note.note,
                                document_of(note, *producer, *number, manager));
    if (!seq)
        return fail(seq.error());
    const std::string at = local_timestamp(till.clock.now());
    auto inserted = till.db.execute(
        "INSERT INTO delivery_notes (number, kind, store_id, producer_id, consigned, "
        "commission_bp, manager_id, note, created_at, outbox_seq) VALUES (?,?,?,?,?,?,?,?,?,?)",
        *number, kind, till.store_id, producer->id, note.terms.consigned ? 1 : 0,
        note.terms.commission_bp, manager ? std::optional(manager->id) : std::nullopt,
        note.note.empty() ? std::nullopt : std::optional(note.note), at, *seq);
    if (!inserted)
        return fail(inserted.error());
    const std::int64_t note_id = till.db.last_insert_rowid();
    std::int64_t line_no = 0;
    for (const auto& line : note.lines) {
        const auto cost = cost_of(line, note.terms);
        auto added = till.db.execute(
            "INSERT INTO delivery_note_lines (note_id, line_no, product_id, quantity_milli, "
            "unit_cost, lot, expiry) VALUES (?,?,?,?,?,?,?)",
            note_id, ++line_no, line.product_id, line.quantity.milli,
            cost ? std::optional(cost->dong) : std::nullopt, line.lot, line.expiry);
        if (!added)
            return fail(added.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return fail(committed.error());
    return RecordedNote{*number, *seq, at};
}

Result<void> check_lines(const std::vector<DeliveryLine>& lines) {
    std::vector<MovementLine> movements = taken_lines(lines);
    return check_document_lines(movements);
}

std::string percent(std::int64_t basis_points) {
    std::string text = std::to_string(basis_points / 100);
    if (basis_points % 100 != 0) {
        const auto hundredths = basis_points % 100;
        text += "," + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths);
        while (text.back() == '0')
            text.pop_back();
    }
    return text + "%";
}

} // namespace

Result<RecordedNote> receive_goods(Till& till, const DeliveryNote& note, const Approval& approval) {
    if (auto checked = check_lines(note.lines); !checked)
        return fail(checked.error());
    if (auto terms = check_terms(note); !terms)
        return fail(terms.error());
    return record_note(till, note, "receipt", approval.manager);
}

Result<RecordedNote> return_to_producer(Till& till, const DeliveryNote& note) {
    if (auto checked = check_lines(note.lines); !checked)
        return fail(checked.error());
    return record_note(till, note, "return", std::nullopt);
}

Result<drivers::Document> delivery_slip(db::Connection& db, std::string_view number) {
    auto head = db.first_row(
        "SELECT n.kind, n.consigned, n.commission_bp, n.created_at, coalesce(n.note, ''), "
        "p.code, p.name, s.code, coalesce(u.full_name, '') FROM delivery_notes n "
        "JOIN producers p ON p.id = n.producer_id JOIN stores s ON s.id = n.store_id "
        "LEFT JOIN users u ON u.id = n.manager_id WHERE n.number = ?",
        number);
    if (!head)
        return fail(head.error());
    if (!*head) {
        return fail("stock.unknown_note", "no delivery note " + std::string(number),
                    "Không có phiếu " + std::string(number) + ".");
    }
    const db::Statement& note = **head;
    const bool receipt = note.text(0) == "receipt";
    const bool consigned = note.int64(1) != 0;
    const auto commission = note.optional_int64(2);
    const std::string created_at = note.text(3);
    const std::string remark = note.text(4);
    const std::string producer = note.text(5) + " — " + note.text(6);
    const std::string store_code = note.text(7);
    const std::string manager = note.text(8);
    auto store = store_header(db, store_code);
    if (!store)
        return fail(store.error());
    auto lines = db.prepare("SELECT p.sku, p.name_vi, p.unit, l.quantity_milli, l.unit_cost, "
                            "l.lot, l.expiry FROM delivery_note_lines l "
                            "JOIN products p ON p.id = l.product_id "
                            "JOIN delivery_notes n ON n.id = l.note_id "
                            "WHERE n.number = ? ORDER BY l.line_no");
    if (!lines)
        return fail(lines.error());
    lines->bind_all(number);

    drivers::Document document;
    document.text(store->name, {TextSize::Large, true, Align::Center, false});
    if (!store->address.empty())
        document.text(store->address, {TextSize::Small, false, Align::Center, false});
    document.rule();
    document.text(receipt ? "PHIẾU NHẬP HÀNG" : "PHIẾU TRẢ HÀNG",
                  {TextSize::Large, true, Align::Center, false});
    document.text("Số: " + std::string(number), {TextSize::Normal, false, Align::Center, false});
    auto when = parse_timestamp(created_at);
    document.text("Ngày: " + (when ? display_time(*when) : created_at), TextStyle{});
    document.text("Nhà sản xuất: " + producer, TextStyle{});
    if (receipt) {
        std::string terms = consigned ? "Hình thức: ký gửi" : "Hình thức: mua đứt";
        if (commission)
            terms += ", hoa hồng " + percent(*commission);
        document.text(terms, TextStyle{});
    }
    document.rule();
    Quantity total_quantity;
    Money total_cost;
    for (;;) {
        auto row = lines->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const Quantity quantity{lines->int64(3)};
        total_quantity = total_quantity + quantity;
        document.text(lines->text(0) + " " + lines->text(1),
                      {TextSize::Normal, true, Align::Left, false});
        std::string detail = "   " + format_quantity(quantity) + " " + lines->text(2);
        if (const auto lot = lines->optional_text(5))
            detail += " · lô " + *lot;
        if (const auto expiry = lines->optional_text(6))
            detail += " · HSD " + *expiry;
        std::string amount;
        if (const auto cost = lines->optional_int64(4)) {
            const Money value = extend(Money{*cost}, quantity);
            total_cost += value;
            amount = format_amount(value);
            detail += " × " + format_amount(Money{*cost});
        }
        document.columns({detail, amount}, {3, 1}, {Align::Left, Align::Right},
                         {TextSize::Small, false, Align::Left, false});
    }
    document.rule(true);
    document.columns({"Tổng số lượng", format_quantity(total_quantity)}, {3, 1},
                     {Align::Left, Align::Right}, {TextSize::Normal, true, Align::Left, false});
    if (total_cost != Money{}) {
        document.columns({"Thành tiền", format_money(total_cost)}, {2, 1},
                         {Align::Left, Align::Right}, {TextSize::Normal, true, Align::Left, false});
    }
    if (!remark.empty())
        document.text("Ghi chú: " + remark, {TextSize::Small, false, Align::Left, false});
    if (!manager.empty())
        document.text("Quản lý duyệt: " + manager, {TextSize::Small, false, Align::Left, false});
    document.space(2);
    document.columns({"Bên giao", "Bên nhận"}, {1, 1}, {Align::Center, Align::Center});
    document.space(3);
    return document;
}

Result<std::int64_t> parse_commission_percent(std::string_view text) {
    auto quantity = parse_quantity(text);
    if (!quantity && text != "0") {
        return fail("stock.bad_commission", "a commission is a percent such as 15 or 12,5",
                    "Hoa hồng là phần trăm, ví dụ 15 hoặc 12,5.");
    }
    const std::int64_t milli = quantity ? quantity->milli : 0;
    if (milli % 10 != 0) {
        return fail("stock.bad_commission", "a commission has at most two decimals",
                    "Hoa hồng có tối đa hai chữ số thập phân.");
    }
    return milli / 10;
}

} // namespace ocop::pos
