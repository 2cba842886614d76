#pragma once

// The catalogue head office owns, written one way: each function writes its
// row(s) and appends the entity's whole new state to the change log, in the
// caller's transaction. Every path that changes the catalogue (the sample,
// the CSV import, `ocop-hq` commands) goes through here, so none can forget
// the change log.

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::hq {

class Database;

struct ProducerRecord {
    std::string code, name, kind, province;
    std::optional<std::string> commune, old_district, address, phone, tax_code;
};

struct BarcodeRecord {
    std::string code;
    std::int64_t units = 1;
};

struct ProductRecord {
    std::string sku, name_vi;
    std::optional<std::string> name_en;
    std::string category;
    std::optional<std::string> ocop_group, producer;
    std::string unit;
    std::int64_t price = 0;
    std::string vat_class;
    bool weighed = false, consigned = false, active = true;
    std::vector<BarcodeRecord> barcodes;
};

struct VatRateRecord {
    std::string vat_class, valid_from;
    std::optional<std::string> valid_to;
    std::int64_t rate_bp = 0;
    std::string invoice_code, basis;
};

struct CertificationRecord {
    std::string sku;
    std::optional<std::string> producer;
    std::string decision_no, decision_date, level;
    std::int64_t stars = 0;
    std::string valid_from, valid_to, status = "active";
    std::optional<std::string> status_note;

    // "SKU/DECISION_NO": the key of its change entries.
    std::string key() const { return sku + "/" + decision_no; }
};

struct IssuerKeyRecord {
    std::string key_id, issuer, level, public_key, valid_from;
    std::optional<std::string> valid_to, revoked_at;
};

struct RevocationRecord {
    std::string key_id;
    std::int64_t serial_from = 0, serial_to = 0;
    std::string revoked_at, reason;
};

Result<void> write_store(Database& database, std::string_view code, std::string_view name,
                         std::string_view now);
Result<void> write_producer(Database& database, const ProducerRecord& producer,
                            std::string_view now);
// Adds or replaces the product with exactly these barcodes.
Result<void> write_product(Database& database, const ProductRecord& product, std::string_view now);
Result<void> write_vat_rate(Database& database, const VatRateRecord& rate, std::string_view now);
// Adds or replaces the certification (its stamp ranges are kept).
Result<void> write_certification(Database& database, const CertificationRecord& certification,
                                 std::string_view now);
Result<void> add_stamp_range(Database& database, std::string_view certification_key,
                             std::int64_t serial_from, std::int64_t serial_to,
                             std::string_view now);
Result<void> write_issuer_key(Database& database, const IssuerKeyRecord& key, std::string_view now);
Result<void> write_revocation(Database& database, const RevocationRecord& revocation,
                              std::string_view now);

// The product as stored, or nullopt.
Result<std::optional<ProductRecord>> read_product(Database& database, std::string_view sku);
// Re-reads a certification (with its ranges) and logs it: after a status
// change or a new stamp range.
Result<void> log_certification(Database& database, std::string_view key, std::string_view now);

} // namespace ocop::hq
