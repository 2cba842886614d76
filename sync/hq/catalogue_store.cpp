#include "sync/hq/catalogue_store.h"

#include "sync/hq/change_log.h"
#include "sync/hq/database.h"

namespace ocop::hq {

namespace {

using nlohmann::json;

json optional_json(const std::optional<std::string>& value) {
    return value ? json(*value) : json(nullptr);
}

json product_body(const ProductRecord& product) {
    json barcodes = json::array();
    for (const auto& barcode : product.barcodes)
        barcodes.push_back({{"code", barcode.code}, {"units", barcode.units}});
    return {{"sku", product.sku},
            {"name_vi", product.name_vi},
            {"name_en", optional_json(product.name_en)},
            {"category", product.category},
            {"ocop_group", optional_json(product.ocop_group)},
            {"producer", optional_json(product.producer)},
            {"unit", product.unit},
            {"price", product.price},
            {"vat_class", product.vat_class},
            {"weighed", product.weighed},
            {"consigned", product.consigned},
            {"active", product.active},
            {"barcodes", barcodes}};
}

} // namespace

Result<void> write_store(Database& database, std::string_view code, std::string_view name,
                         std::string_view now) {
    auto written = database.execute("INSERT INTO stores (code, name, created_at) VALUES (?,?,?) "
                                    "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
                                    code, name, now);
    if (!written)
        return written;
    return append_change(database, "store", code, json{{"code", code}, {"name", name}}, now);
}

Result<void> write_producer(Database& database, const ProducerRecord& p, std::string_view now) {
    auto written = database.execute(
        "INSERT INTO producers (code, name, kind, province, commune, old_district, address, phone, "
        "tax_code) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (code) DO UPDATE SET "
        "name = excluded.name, kind = excluded.kind, province = excluded.province, "
        "commune = excluded.commune, old_district = excluded.old_district, "
        "address = excluded.address, phone = excluded.phone, tax_code = excluded.tax_code",
        p.code, p.name, p.kind, p.province, p.commune, p.old_district, p.address, p.phone,
        p.tax_code);
    if (!written)
        return written;
    const json body{{"code", p.code},
                    {"name", p.name},
                    {"kind", p.kind},
                    {"province", p.province},
                    {"commune", optional_json(p.commune)},
                    {"old_district", optional_json(p.old_district)},
                    {"address", optional_json(p.address)},
                    {"phone", optional_json(p.phone)},
                    {"tax_code", optional_json(p.tax_code)}};
    return append_change(database, "producer", p.code, body, now);
}

Result<void> write_product(Database& database, const ProductRecord& p, std::string_view now) {
    auto written = database.execute(
        "INSERT INTO products (sku, name_vi, name_en, category, ocop_group, producer, unit, price, "
        "vat_class, weighed, consigned, active) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (sku) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en, "
        "category = excluded.category, ocop_group = excluded.ocop_group, "
        "producer = excluded.producer, unit = excluded.unit, price = excluded.price, "
        "vat_class = excluded.vat_class, weighed = excluded.weighed, "
        "consigned = excluded.consigned, active = excluded.active",
        p.sku, p.name_vi, p.name_en, p.category, p.ocop_group, p.producer, p.unit, p.price,
        p.vat_class, p.weighed, p.consigned, p.active);
    if (!written)
        return written;
    if (auto cleared = database.execute("DELETE FROM barcodes WHERE sku = ?", p.sku); !cleared)
        return cleared;
    for (const auto& barcode : p.barcodes) {
        auto inserted = database.execute("INSERT INTO barcodes (code, sku, units) VALUES (?,?,?)",
                                         barcode.code, p.sku, barcode.units);
        if (!inserted)
            return inserted;
    }
    return append_change(database, "product", p.sku, product_body(p), now);
}

Result<void> write_vat_rate(Database& database, const VatRateRecord& r, std::string_view now) {
    auto written = database.execute(
        "INSERT INTO vat_rates (vat_class, valid_from, valid_to, rate_bp, invoice_code, basis) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT (vat_class, valid_from) DO UPDATE SET "
        "valid_to = excluded.valid_to, rate_bp = excluded.rate_bp, "
        "invoice_code = excluded.invoice_code, basis = excluded.basis",
        r.vat_class, r.valid_from, r.valid_to, r.rate_bp, r.invoice_code, r.basis);
    if (!written)
        return written;
    const json body{{"vat_class", r.vat_class},
                    {"valid_from", r.valid_from},
                    {"valid_to", optional_json(r.valid_to)},
                    {"rate_bp", r.rate_bp},
                    {"invoice_code", r.invoice_code},
                    {"basis", r.basis}};
    return append_change(database, "vat_rate", r.vat_class + "/" + r.valid_from, body, now);
}

Result<void> write_certification(Database& database, const CertificationRecord& c,
                                 std::string_view now) {
    auto written = database.execute(
        "INSERT INTO certifications (cert_key, sku, producer, decision_no, decision_date, level, "
        "stars, valid_from, valid_to, status, status_note) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (cert_key) DO UPDATE SET producer = excluded.producer, "
        "decision_date = excluded.decision_date, level = excluded.level, stars = excluded.stars, "
        "valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
        "status = excluded.status, status_note = excluded.status_note",
        c.key(), c.sku, c.producer, c.decision_no, c.decision_date, c.level, c.stars, c.valid_from,
        c.valid_to, c.status, c.status_note);
    if (!written)
        return written;
    return log_certification(database, c.key(), now);
}

Result<void> add_stamp_range(Database& database, std::string_view certification_key,
                             std::int64_t serial_from, std::int64_t serial_to,
                             std::string_view now) {
    auto written = database.execute(
        "INSERT INTO stamp_ranges (cert_key, serial_from, serial_to) VALUES (?,?,?) "
        "ON CONFLICT (cert_key, serial_from) DO UPDATE SET serial_to = excluded.serial_to",
        certification_key, serial_from, serial_to);
    if (!written)
        return written;
    return log_certification(database, certification_key, now);
}

Result<void> log_certification(Database& database, std::string_view key, std::string_view now) {
    auto row = database.first_row(
        "SELECT sku, producer, decision_no, decision_date, level, stars, valid_from, valid_to, "
        "status, status_note FROM certifications WHERE cert_key = ?",
        key);
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        return fail("hq.unknown_certification", "no certification " + std::string(key),
                    "Không có chứng nhận " + std::string(key) + ".");
    }
    auto ranges = database.query(
        "SELECT serial_from, serial_to FROM stamp_ranges WHERE cert_key = ? ORDER BY serial_from",
        key);
    if (!ranges)
        return std::unexpected(ranges.error());
    json stamp_ranges = json::array();
    for (const auto& range : *ranges)
        stamp_ranges.push_back({{"serial_from", range.int64(0)}, {"serial_to", range.int64(1)}});
    const Row& c = **row;
    const json body{{"sku", c.text(0)},
                    {"producer", optional_json(c.optional_text(1))},
                    {"decision_no", c.text(2)},
                    {"decision_date", c.text(3)},
                    {"level", c.text(4)},
                    {"stars", c.int64(5)},
                    {"valid_from", c.text(6)},
                    {"valid_to", c.text(7)},
                    {"status", c.text(8)},
                    {"status_note", optional_json(c.optional_text(9))},
                    {"stamp_ranges", stamp_ranges}};
    return append_change(database, "certification", key, body, now);
}

Result<void> write_issuer_key(Database& database, const IssuerKeyRecord& k, std::string_view now) {
    auto written = database.execute(
        "INSERT INTO issuer_keys (key_id, issuer, level, public_key, valid_from, valid_to, "
        "revoked_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (key_id) DO UPDATE SET "
        "issuer = excluded.issuer, level = excluded.level, public_key = excluded.public_key, "
        "valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
        "revoked_at = excluded.revoked_at",
        k.key_id, k.issuer, k.level, k.public_key, k.valid_from, k.valid_to, k.revoked_at);
    if (!written)
        return written;
    const json body{{"key_id", k.key_id},
                    {"issuer", k.issuer},
                    {"level", k.level},
                    {"public_key", k.public_key},
                    {"valid_from", k.valid_from},
                    {"valid_to", optional_json(k.valid_to)},
                    {"revoked_at", optional_json(k.revoked_at)}};
    return append_change(database, "issuer_key", k.key_id, body, now);
}

Result<void> write_revocation(Database& database, const RevocationRecord& r, std::string_view now) {
    auto written = database.execute(
        "INSERT INTO stamp_revocations (key_id, serial_from, serial_to, revoked_at, reason) "
        "VALUES (?,?,?,?,?) ON CONFLICT (key_id, serial_from) DO UPDATE SET "
        "serial_to = excluded.serial_to, revoked_at = excluded.revoked_at, "
        "reason = excluded.reason",
        r.key_id, r.serial_from, r.serial_to, r.revoked_at, r.reason);
    if (!written)
        return written;
    const json body{{"key_id", r.key_id},
                    {"serial_from", r.serial_from},
                    {"serial_to", r.serial_to},
                    {"revoked_at", r.revoked_at},
                    {"reason", r.reason}};
    return append_change(database, "stamp_revocation",
                         r.key_id + "/" + std::to_string(r.serial_from), body, now);
}

Result<std::optional<ProductRecord>> read_product(Database& database, std::string_view sku) {
    auto row = database.first_row(
        "SELECT sku, name_vi, name_en, category, ocop_group, producer, unit, price, vat_class, "
        "weighed, consigned, active FROM products WHERE sku = ?",
        sku);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ProductRecord>{};
    const Row& r = **row;
    ProductRecord product{r.text(0),
                          r.text(1),
                          r.optional_text(2),
                          r.text(3),
                          r.optional_text(4),
                          r.optional_text(5),
                          r.text(6),
                          r.int64(7),
                          r.text(8),
                          r.int64(9) != 0,
                          r.int64(10) != 0,
                          r.int64(11) != 0,
                          {}};
    auto barcodes =
        database.query("SELECT code, units FROM barcodes WHERE sku = ? ORDER BY code", sku);
    if (!barcodes)
        return std::unexpected(barcodes.error());
    for (const auto& barcode : *barcodes)
        product.barcodes.push_back({barcode.text(0), barcode.int64(1)});
    return std::optional<ProductRecord>{std::move(product)};
}

} // namespace ocop::hq
