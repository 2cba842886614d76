#include "sync/daemon/apply_changes.h"

#include "db/connection.h"
#include "db/sync_state.h"

#include <optional>
#include <string>

namespace ocop::syncd {

namespace {

using nlohmann::json;

Error apply_failed(const sync::Change& change, const std::string& why) {
    return Error{"sync.apply_failed",
                 "change " + std::to_string(change.id) + " (" + change.entity + " " + change.key +
                     ") cannot be applied: " + why,
                 "Không áp dụng được thay đổi từ văn phòng (" + change.entity + " " + change.key +
                     "). Máy sẽ thử lại; nếu lỗi còn, báo cho kỹ thuật viên."};
}

// Reads one change's body, every refusal naming the change and the field.
class Body {
public:
    explicit Body(const sync::Change& change) : change_(change), body_(change.body) {}

    Result<std::string> text(const char* name) const {
        const json* value = field(name);
        if (!value || !value->is_string())
            return fail(apply_failed(change_, std::string(name) + " must be a string"));
        return value->get<std::string>();
    }

    Result<std::optional<std::string>> optional_text(const char* name) const {
        const json* value = field(name);
        if (!value || value->is_null())
            return std::optional<std::string>{};
        if (!value->is_string())
            return fail(apply_failed(change_, std::string(name) + " must be a string or null"));
        return std::optional<std::string>{value->get<std::string>()};
    }

    Result<std::int64_t> integer(const char* name) const {
        const json* value = field(name);
        if (!value || !value->is_number_integer())
            return fail(apply_failed(change_, std::string(name) + " must be an integer"));
        return value->get<std::int64_t>();
    }

    // true/false, or 1/0 as the terminal's own columns hold them.
    Result<std::int64_t> flag(const char* name) const {
        const json* value = field(name);
        if (value && value->is_boolean())
            return value->get<bool>() ? 1 : 0;
        if (value && value->is_number_integer())
            return value->get<std::int64_t>() != 0 ? 1 : 0;
        return fail(apply_failed(change_, std::string(name) + " must be true or false"));
    }

    Result<const json*> array(const char* name) const {
        const json* value = field(name);
        if (!value || value->is_null()) {
            static const json empty = json::array();
            return &empty;
        }
        if (!value->is_array())
            return fail(apply_failed(change_, std::string(name) + " must be an array"));
        return value;
    }

    Result<const json*> object(const char* name) const {
        const json* value = field(name);
        if (!value || value->is_null()) {
            static const json empty = json::object();
            return &empty;
        }
        if (!value->is_object())
            return fail(apply_failed(change_, std::string(name) + " must be an object"));
        return value;
    }

    // A nested object of the body (a barcode, a stamp range) read the same way.
    Body nested(const json& object) const { return Body(change_, object); }

    const sync::Change& change() const { return change_; }

private:
    Body(const sync::Change& change, const json& body) : change_(change), body_(body) {}
    const json* field(const char* name) const {
        if (!body_.is_object())
            return nullptr;
        const auto found = body_.find(name);
        return found == body_.end() ? nullptr : &*found;
    }
    const sync::Change& change_;
    const json& body_;
};

// A database failure while applying a change names the change too.
template <class T>
Result<T> about(const sync::Change& change, Result<T> result) {
    if (!result)
        return fail(apply_failed(change, result.error().log_line()));
    return result;
}

#define OCOP_TRY(variable, expression)                                                             \
    auto variable = (expression);                                                                  \
    if (!variable)                                                                                 \
        return fail(variable.error());

Result<std::optional<std::int64_t>> producer_id(db::Connection& db, const Body& body) {
    OCOP_TRY(code, body.optional_text("producer"));
    if (!*code)
        return std::optional<std::int64_t>{};
    OCOP_TRY(id, about(body.change(),
                       db.query_int64("SELECT id FROM producers WHERE code = ?", **code)));
    if (!*id)
        return fail(apply_failed(body.change(),
                                 "its producer " + **code + " is unknown here (not yet received)"));
    return *id;
}

Result<std::int64_t> product_id(db::Connection& db, const Body& body) {
    OCOP_TRY(sku, body.text("sku"));
    OCOP_TRY(id,
             about(body.change(), db.query_int64("SELECT id FROM products WHERE sku = ?", *sku)));
    if (!*id)
        return fail(apply_failed(body.change(), "its product " + *sku + " is unknown here"));
    return **id;
}

Result<void> apply_producer(db::Connection& db, const Body& body) {
    OCOP_TRY(code, body.text("code"));
    OCOP_TRY(name, body.text("name"));
    OCOP_TRY(kind, body.text("kind"));
    OCOP_TRY(province, body.text("province"));
    OCOP_TRY(commune, body.optional_text("commune"));
    OCOP_TRY(old_district, body.optional_text("old_district"));
    OCOP_TRY(address, body.optional_text("address"));
    OCOP_TRY(phone, body.optional_text("phone"));
    OCOP_TRY(tax_code, body.optional_text("tax_code"));
    return about(body.change(),
                 db.execute("INSERT INTO producers (code, name, kind, province, commune, "
                            "old_district, address, phone, tax_code) VALUES (?,?,?,?,?,?,?,?,?) "
                            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                            "kind = excluded.kind, province = excluded.province, "
                            "commune = excluded.commune, old_district = excluded.old_district, "
                            "address = excluded.address, phone = excluded.phone, "
                            "tax_code = excluded.tax_code",
                            *code, *name, *kind, *province, *commune, *old_district, *address,
                            *phone, *tax_code));
}

// The product's codes become exactly the body's: a code it lost no longer
// scans to it, a code moved from another product now scans to this one.
Result<void> replace_barcodes(db::Connection& db, const Body& body, std::int64_t product) {
    OCOP_TRY(barcodes, body.array("barcodes"));
    OCOP_TRY(cleared, about(body.change(),
                            db.execute("DELETE FROM barcodes WHERE product_id = ?", product)));
    for (const auto& entry : **barcodes) {
        const Body barcode = body.nested(entry);
        OCOP_TRY(code, barcode.text("code"));
        OCOP_TRY(units, barcode.integer("units"));
        OCOP_TRY(stored,
                 about(body.change(),
                       db.execute("INSERT INTO barcodes (code, product_id, units) "
                                  "VALUES (?,?,?) ON CONFLICT (code) DO UPDATE SET "
                                  "product_id = excluded.product_id, units = excluded.units",
                                  *code, product, *units)));
    }
    return {};
}

Result<void> apply_product(db::Connection& db, const Body& body) {
    OCOP_TRY(sku, body.text("sku"));
    OCOP_TRY(name_vi, body.text("name_vi"));
    OCOP_TRY(name_en, body.optional_text("name_en"));
    OCOP_TRY(category, body.text("category"));
    OCOP_TRY(ocop_group, body.optional_text("ocop_group"));
    OCOP_TRY(producer, producer_id(db, body));
    OCOP_TRY(unit, body.text("unit"));
    OCOP_TRY(price, body.integer("price"));
    OCOP_TRY(vat_class, body.text("vat_class"));
    OCOP_TRY(weighed, body.flag("weighed"));
    OCOP_TRY(consigned, body.flag("consigned"));
    OCOP_TRY(active, body.flag("active"));
    OCOP_TRY(stored,
             about(body.change(),
                   db.execute("INSERT INTO products (sku, name_vi, name_en, category, ocop_group, "
                              "producer_id, unit, price, vat_class, weighed, consigned, active) "
                              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (sku) DO UPDATE SET "
                              "name_vi = excluded.name_vi, name_en = excluded.name_en, "
                              "category = excluded.category, ocop_group = excluded.ocop_group, "
                              "producer_id = excluded.producer_id, unit = excluded.unit, "
                              "price = excluded.price, vat_class = excluded.vat_class, "
                              "weighed = excluded.weighed, consigned = excluded.consigned, "
                              "active = excluded.active",
                              *sku, *name_vi, *name_en, *category, *ocop_group, *producer, *unit,
                              *price, *vat_class, *weighed, *consigned, *active)));
    OCOP_TRY(id, product_id(db, body));
    return replace_barcodes(db, body, *id);
}

Result<void> apply_vat_rate(db::Connection& db, const Body& body) {
    OCOP_TRY(vat_class, body.text("vat_class"));
    OCOP_TRY(valid_from, body.text("valid_from"));
    OCOP_TRY(valid_to, body.optional_text("valid_to"));
    OCOP_TRY(rate_bp, body.integer("rate_bp"));
    OCOP_TRY(invoice_code, body.text("invoice_code"));
    OCOP_TRY(basis, body.text("basis"));
    return about(body.change(),
                 db.execute("INSERT INTO vat_rates (vat_class, valid_from, valid_to, rate_bp, "
                            "invoice_code, basis) VALUES (?,?,?,?,?,?) "
                            "ON CONFLICT (vat_class, valid_from) DO UPDATE SET "
                            "valid_to = excluded.valid_to, rate_bp = excluded.rate_bp, "
                            "invoice_code = excluded.invoice_code, basis = excluded.basis",
                            *vat_class, *valid_from, *valid_to, *rate_bp, *invoice_code, *basis));
}

Result<void> replace_stamp_ranges(db::Connection& db, const Body& body,
                                  std::int64_t certification) {
    OCOP_TRY(ranges, body.array("stamp_ranges"));
    OCOP_TRY(cleared,
             about(body.change(), db.execute("DELETE FROM stamp_ranges WHERE certification_id = ?",
                                             certification)));
    for (const auto& entry : **ranges) {
        const Body range = body.nested(entry);
        OCOP_TRY(from, range.integer("serial_from"));
        OCOP_TRY(to, range.integer("serial_to"));
        OCOP_TRY(stored,
                 about(body.change(), db.execute("INSERT INTO stamp_ranges (certification_id, "
                                                 "serial_from, serial_to) VALUES (?,?,?)",
                                                 certification, *from, *to)));
    }
    return {};
}

Result<void> apply_certification(db::Connection& db, const Body& body) {
    OCOP_TRY(product, product_id(db, body));
    OCOP_TRY(producer, producer_id(db, body));
    OCOP_TRY(decision_no, body.text("decision_no"));
    OCOP_TRY(decision_date, body.text("decision_date"));
    OCOP_TRY(level, body.text("level"));
    OCOP_TRY(stars, body.integer("stars"));
    OCOP_TRY(valid_from, body.text("valid_from"));
    OCOP_TRY(valid_to, body.text("valid_to"));
    OCOP_TRY(status, body.text("status"));
    OCOP_TRY(status_note, body.optional_text("status_note"));
    OCOP_TRY(stored,
             about(body.change(),
                   db.execute("INSERT INTO certifications (product_id, producer_id, decision_no, "
                              "decision_date, level, stars, valid_from, valid_to, status, "
                              "status_note) VALUES (?,?,?,?,?,?,?,?,?,?) "
                              "ON CONFLICT (product_id, decision_no) DO UPDATE SET "
                              "producer_id = excluded.producer_id, "
                              "decision_date = excluded.decision_date, level = excluded.level, "
                              "stars = excluded.stars, valid_from = excluded.valid_from, "
                              "valid_to = excluded.valid_to, status = excluded.status, "
                              "status_note = excluded.status_note",
                              *product, *producer, *decision_no, *decision_date, *level, *stars,
                              *valid_from, *valid_to, *status, *status_note)));
    OCOP_TRY(id, about(body.change(), db.query_int64("SELECT id FROM certifications WHERE "
                                                     "product_id = ? AND decision_no = ?",
                                                     *product, *decision_no)));
    return replace_stamp_ranges(db, body, id->value_or(0));
}

Result<void> apply_issuer_key(db::Connection& db, const Body& body) {
    OCOP_TRY(key_id, body.text("key_id"));
    OCOP_TRY(issuer, body.text("issuer"));
    OCOP_TRY(level, body.text("level"));
    OCOP_TRY(public_key, body.text("public_key"));
    OCOP_TRY(valid_from, body.text("valid_from"));
    OCOP_TRY(valid_to, body.optional_text("valid_to"));
    OCOP_TRY(revoked_at, body.optional_text("revoked_at"));
    return about(body.change(),
                 db.execute("INSERT INTO issuer_keys (key_id, issuer, level, public_key, "
                            "valid_from, valid_to, revoked_at) VALUES (?,?,?,?,?,?,?) "
                            "ON CONFLICT (key_id) DO UPDATE SET issuer = excluded.issuer, "
                            "level = excluded.level, public_key = excluded.public_key, "
                            "valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
                            "revoked_at = excluded.revoked_at",
                            *key_id, *issuer, *level, *public_key, *valid_from, *valid_to,
                            *revoked_at));
}

Result<void> apply_stamp_revocation(db::Connection& db, const Body& body) {
    OCOP_TRY(key_id, body.text("key_id"));
    OCOP_TRY(from, body.integer("serial_from"));
    OCOP_TRY(to, body.integer("serial_to"));
    OCOP_TRY(revoked_at, body.text("revoked_at"));
    OCOP_TRY(reason, body.text("reason"));
    return about(body.change(),
                 db.execute("INSERT INTO stamp_revocations (key_id, serial_from, serial_to, "
                            "revoked_at, reason) VALUES (?,?,?,?,?) "
                            "ON CONFLICT (key_id, serial_from) DO UPDATE SET "
                            "serial_to = excluded.serial_to, revoked_at = excluded.revoked_at, "
                            "reason = excluded.reason",
                            *key_id, *from, *to, *revoked_at, *reason));
}

// Head office knows a store by code and name; the address printed on this
// store's receipts is the terminal's own, so a store new here gets empty ones.
Result<void> apply_store(db::Connection& db, const Body& body) {
    OCOP_TRY(code, body.text("code"));
    OCOP_TRY(name, body.text("name"));
    return about(body.change(),
                 db.execute("INSERT INTO stores (code, name, province, commune, address) "
                            "VALUES (?, ?, '', '', '') "
                            "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
                            *code, *name));
}

// includes[this terminal] says up to which of its own events the figure
// counts; the terminal adds the movements after that (pos/stock.h).
Result<void> apply_stock(db::Connection& db, const TerminalIdentity& terminal, const Body& body) {
    OCOP_TRY(product, product_id(db, body));
    OCOP_TRY(quantity, body.integer("quantity_milli"));
    OCOP_TRY(includes, body.object("includes"));
    std::int64_t includes_seq = 0;
    if (const auto mine = (*includes)->find(terminal.terminal.code); mine != (*includes)->end()) {
        if (!mine->is_number_integer() || mine->get<std::int64_t>() < 0)
            return fail(apply_failed(body.change(), "includes." + terminal.terminal.code +
                                                        " must be a sequence number"));
        includes_seq = mine->get<std::int64_t>();
    }
    return about(body.change(),
                 db.execute("INSERT INTO hq_stock (store_id, product_id, quantity_milli, "
                            "includes_seq) VALUES (?,?,?,?) "
                            "ON CONFLICT (store_id, product_id) DO UPDATE SET "
                            "quantity_milli = excluded.quantity_milli, "
                            "includes_seq = excluded.includes_seq",
                            terminal.store_id, *product, *quantity, includes_seq));
}

// A transfer sent to this store, as the sender recorded it: its lines
// become exactly the body's (docs/sync.md, entity `transfer`).
Result<void> apply_transfer(db::Connection& db, const Body& body) {
    OCOP_TRY(id, body.text("id"));
    OCOP_TRY(from_store, body.text("from_store"));
    OCOP_TRY(sent_at, body.text("sent_at"));
    OCOP_TRY(status, body.text("status"));
    if (*status != "sent" && *status != "received")
        return fail(apply_failed(body.change(), "status must be \"sent\" or \"received\""));
    OCOP_TRY(lines, body.array("lines"));
    OCOP_TRY(stored, about(body.change(),
                           db.execute("INSERT INTO incoming_transfers (id, from_store, sent_at, "
                                      "status) VALUES (?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                                      "from_store = excluded.from_store, "
                                      "sent_at = excluded.sent_at, status = excluded.status",
                                      *id, *from_store, *sent_at, *status)));
    OCOP_TRY(cleared,
             about(body.change(),
                   db.execute("DELETE FROM incoming_transfer_lines WHERE transfer_id = ?", *id)));
    std::int64_t line_no = 0;
    for (const auto& entry : **lines) {
        const Body line = body.nested(entry);
        OCOP_TRY(product, product_id(db, line));
        OCOP_TRY(quantity, line.integer("quantity_milli"));
        if (*quantity <= 0)
            return fail(apply_failed(body.change(), "a line's quantity_milli must be above 0"));
        OCOP_TRY(lot, line.optional_text("lot"));
        OCOP_TRY(expiry, line.optional_text("expiry"));
        OCOP_TRY(added, about(body.change(),
                              db.execute("INSERT INTO incoming_transfer_lines (transfer_id, "
                                         "line_no, product_id, quantity_milli, lot, expiry) "
                                         "VALUES (?,?,?,?,?,?)",
                                         *id, ++line_no, *product, *quantity, *lot, *expiry)));
    }
    return {};
}

#undef OCOP_TRY

Result<void> apply_change(db::Connection& db, const TerminalIdentity& terminal,
                          const sync::Change& change) {
    const Body body(change);
    if (!change.body.is_object())
        return fail(apply_failed(change, "its body is not an object"));
    const std::string& entity = change.entity;
    if (entity == "producer")
        return apply_producer(db, body);
    if (entity == "product")
        return apply_product(db, body);
    if (entity == "vat_rate")
        return apply_vat_rate(db, body);
    if (entity == "certification")
        return apply_certification(db, body);
    if (entity == "issuer_key")
        return apply_issuer_key(db, body);
    if (entity == "stamp_revocation")
        return apply_stamp_revocation(db, body);
    if (entity == "store")
        return apply_store(db, body);
    if (entity == "stock")
        return apply_stock(db, terminal, body);
    if (entity == "transfer")
        return apply_transfer(db, body);
    // Skipping it would move the cursor past it for good: refuse the page
    // until a program that knows the entity runs here.
    return fail(apply_failed(change, "this program does not know the entity \"" + entity + "\""));
}

} // namespace

Result<void> apply_changes_page(db::Connection& db, const TerminalIdentity& terminal,
                                const sync::ChangesPage& page) {
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    // A reference checked at commit, not per statement: the page is whole or nothing.
    if (auto deferred = db.exec("PRAGMA defer_foreign_keys = ON"); !deferred)
        return fail(deferred.error());
    for (const auto& change : page.changes) {
        if (auto applied = apply_change(db, terminal, change); !applied)
            return fail(applied.error());
    }
    if (auto cursor = db::record_pull_cursor(db, page.cursor); !cursor)
        return fail(cursor.error());
    if (auto committed = transaction->commit(); !committed) {
        return fail("sync.apply_failed",
                    "a page of changes up to cursor " + page.cursor +
                        " cannot be committed: " + committed.error().log_line(),
                    "Không áp dụng được thay đổi từ văn phòng. Máy sẽ thử lại; nếu lỗi còn, báo "
                    "cho kỹ thuật viên.");
    }
    return {};
}

} // namespace ocop::syncd
