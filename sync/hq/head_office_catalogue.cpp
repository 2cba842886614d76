// Head office's edits of the catalogue it owns: prices, certifications,
// stamp ranges, stamp revocations. Each is one transaction that also
// appends the entity's new state to the change log (catalogue_store.h).

#include "sync/hq/calendar.h"
#include "sync/hq/catalogue_csv.h"
#include "sync/hq/catalogue_store.h"
#include "sync/hq/database.h"
#include "sync/hq/head_office.h"

namespace ocop::hq {

namespace {

Error unknown_product(std::string_view sku) {
    return Error{"hq.unknown_product", "no product " + std::string(sku),
                 "Không có sản phẩm mã " + std::string(sku) + "."};
}

bool known_status(std::string_view status) {
    return status == "active" || status == "suspended" || status == "revoked" ||
           status == "expired";
}

std::string decision_date(const CertificationRow& row) {
    return row.decision_date.empty() ? row.valid_from : row.decision_date;
}

Result<void> check_certification(const CertificationRow& row) {
    if (row.sku.empty() || row.decision_no.empty()) {
        return fail("hq.bad_certification", "a certification needs a product and a decision",
                    "Chứng nhận cần có sản phẩm, số và ngày quyết định.");
    }
    if (row.level != "province" && row.level != "central") {
        return fail("hq.bad_certification", "level must be province or central",
                    "Cấp công nhận phải là tỉnh (province) hoặc trung ương (central).");
    }
    if (row.stars < 3 || row.stars > 5) {
        return fail("hq.bad_certification", "an OCOP certification has 3 to 5 stars",
                    "Chứng nhận OCOP có từ 3 đến 5 sao.");
    }
    for (const auto& date : {decision_date(row), row.valid_from, row.valid_to}) {
        if (auto parsed = parse_date(date); !parsed)
            return std::unexpected(parsed.error());
    }
    if (row.valid_to < row.valid_from) {
        return fail("hq.bad_certification", "valid_to is before valid_from",
                    "Ngày hết hạn trước ngày có hiệu lực.");
    }
    if (!row.status.empty() && !known_status(row.status)) {
        return fail("hq.bad_status", "unknown certification status " + row.status,
                    "Trạng thái chứng nhận không hợp lệ: " + row.status + ".");
    }
    return {};
}

} // namespace

Result<void> HeadOffice::set_price(std::string_view sku, std::int64_t price, std::string_view now) {
    if (price < 0) {
        return fail("hq.bad_price", "a price is a whole number of đồng, not negative",
                    "Giá phải là số đồng, không âm.");
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto product = read_product(*database_, sku);
    if (!product)
        return std::unexpected(product.error());
    if (!*product)
        return std::unexpected(unknown_product(sku));
    (*product)->price = price;
    if (auto written = write_product(*database_, **product, now); !written)
        return written;
    return transaction->commit();
}

Result<std::string> HeadOffice::add_certification(const CertificationRow& row,
                                                  std::string_view now) {
    if (auto checked = check_certification(row); !checked)
        return std::unexpected(checked.error());
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto product = read_product(*database_, row.sku);
    if (!product)
        return std::unexpected(product.error());
    if (!*product)
        return std::unexpected(unknown_product(row.sku));
    CertificationRecord record{row.sku,
                               row.producer.empty() ? (*product)->producer
                                                    : std::optional<std::string>(row.producer),
                               row.decision_no,
                               decision_date(row),
                               row.level,
                               row.stars,
                               row.valid_from,
                               row.valid_to,
                               row.status.empty() ? "active" : row.status,
                               std::nullopt};
    if (record.producer) {
        auto producer =
            database_->first_row("SELECT 1 FROM producers WHERE code = ?", *record.producer);
        if (!producer)
            return std::unexpected(producer.error());
        if (!*producer) {
            return fail("hq.unknown_producer", "no producer " + *record.producer,
                        "Không có nhà sản xuất mã " + *record.producer + ".");
        }
    }
    auto existing =
        database_->first_row("SELECT 1 FROM certifications WHERE cert_key = ?", record.key());
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        return fail("hq.certification_exists", "certification " + record.key() + " already exists",
                    "Chứng nhận " + record.key() + " đã có.");
    }
    if (auto written = write_certification(*database_, record, now); !written)
        return std::unexpected(written.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return record.key();
}

Result<void> HeadOffice::set_certification_status(std::string_view key, std::string_view status,
                                                  std::string_view note, std::string_view now) {
    if (!known_status(status)) {
        return fail("hq.bad_status", "unknown certification status " + std::string(status),
                    "Trạng thái chứng nhận không hợp lệ: " + std::string(status) + ".");
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto updated = database_->query(
        "UPDATE certifications SET status = ?, status_note = ? WHERE cert_key = ? RETURNING 1",
        status, note.empty() ? std::nullopt : std::optional<std::string>(note), key);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->empty()) {
        return fail("hq.unknown_certification", "no certification " + std::string(key),
                    "Không có chứng nhận " + std::string(key) + ".");
    }
    if (auto logged = log_certification(*database_, key, now); !logged)
        return logged;
    return transaction->commit();
}

Result<void> HeadOffice::issue_stamp_range(std::string_view certification_key,
                                           std::int64_t serial_from, std::int64_t serial_to,
                                           std::string_view now) {
    if (serial_from < 1 || serial_to < serial_from) {
        return fail("hq.bad_range", "a stamp range runs from a serial >= 1 to one not below it",
                    "Dải số tem không hợp lệ (số đầu từ 1, số cuối không nhỏ hơn số đầu).");
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto certification =
        database_->first_row("SELECT 1 FROM certifications WHERE cert_key = ?", certification_key);
    if (!certification)
        return std::unexpected(certification.error());
    if (!*certification) {
        return fail("hq.unknown_certification",
                    "no certification " + std::string(certification_key),
                    "Không có chứng nhận " + std::string(certification_key) + ".");
    }
    // A serial belongs to one certification: a stamp must name one product.
    auto overlap = database_->first_row("SELECT cert_key, serial_from, serial_to FROM stamp_ranges "
                                        "WHERE serial_from <= ? AND serial_to >= ?",
                                        serial_to, serial_from);
    if (!overlap)
        return std::unexpected(overlap.error());
    if (*overlap) {
        const std::string other =
            (*overlap)->text(0) + " " + (*overlap)->text(1) + "-" + (*overlap)->text(2);
        return fail("hq.range_overlaps", "the range overlaps stamps already issued: " + other,
                    "Dải số tem trùng với dải đã cấp: " + other + ".");
    }
    if (auto added = add_stamp_range(*database_, certification_key, serial_from, serial_to, now);
        !added)
        return added;
    return transaction->commit();
}

Result<void> HeadOffice::revoke_stamps(std::string_view key_id, std::int64_t serial_from,
                                       std::int64_t serial_to, std::string_view reason,
                                       std::string_view now) {
    if (serial_from < 1 || serial_to < serial_from) {
        return fail("hq.bad_range", "a stamp range runs from a serial >= 1 to one not below it",
                    "Dải số tem không hợp lệ (số đầu từ 1, số cuối không nhỏ hơn số đầu).");
    }
    if (reason.empty()) {
        return fail("hq.reason_required", "a revocation needs a reason",
                    "Cần ghi lý do thu hồi tem.");
    }
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto key = database_->first_row("SELECT 1 FROM issuer_keys WHERE key_id = ?", key_id);
    if (!key)
        return std::unexpected(key.error());
    if (!*key) {
        return fail("hq.unknown_key", "no issuing office key " + std::string(key_id),
                    "Không có khóa của cơ quan cấp tem mã " + std::string(key_id) + ".");
    }
    RevocationRecord revocation{std::string(key_id), serial_from, serial_to, std::string(now),
                                std::string(reason)};
    if (auto written = write_revocation(*database_, revocation, now); !written)
        return written;
    return transaction->commit();
}

} // namespace ocop::hq

namespace ocop::hq {

Result<std::int64_t> HeadOffice::import_catalogue_csv(std::string_view csv_text,
                                                      std::string_view now) {
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto imported = import_catalogue(*database_, csv_text, now);
    if (!imported)
        return imported;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return imported;
}

} // namespace ocop::hq

namespace ocop::hq {

Result<void> HeadOffice::add_issuer_key(const IssuerKeyRow& key, std::string_view now) {
    const bool hex =
        key.public_key.size() == 64 &&
        key.public_key.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
    if (key.key_id.empty() || key.key_id.size() > 16 || key.issuer.empty() || !hex ||
        (key.level != "province" && key.level != "central")) {
        return fail("hq.bad_key",
                    "an issuer key needs an id of 1-16 characters, an issuer, a level "
                    "(province, central) and a 64-digit hex public key",
                    "Khóa của cơ quan cấp tem không hợp lệ (mã 1-16 ký tự, tên cơ quan, cấp, "
                    "khóa công khai 64 chữ số hex).");
    }
    if (auto from = parse_date(key.valid_from); !from)
        return std::unexpected(from.error());
    auto transaction = Transaction::begin(*database_);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto written =
        write_issuer_key(*database_,
                         IssuerKeyRecord{key.key_id, key.issuer, key.level, key.public_key,
                                         key.valid_from, key.valid_to, std::nullopt},
                         now);
    if (!written)
        return written;
    return transaction->commit();
}

} // namespace ocop::hq
