#include "sync/hq/sample.h"

#include "db/connection.h"
#include "db/migrations.h"
#include "db/samples.h"
#include "sync/hq/catalogue_store.h"
#include "sync/hq/database.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace ocop::hq {

namespace {

// The sample is SQL for a terminal's schema: it is run into a scratch
// terminal database (a file, since db::Connection insists on WAL) and read
// back from there. The folder goes away with this object.
class ScratchFolder {
public:
    ScratchFolder() {
        std::string pattern = (std::filesystem::temp_directory_path() / "ocop-hq-sample-XXXXXX");
        if (::mkdtemp(pattern.data()))
            path_ = pattern;
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder() {
        std::error_code ignored;
        if (!path_.empty())
            std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

template <class Read>
Result<void> each_row(db::Connection& source, std::string_view sql, Read read) {
    auto statement = source.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        if (auto done = read(*statement); !done)
            return done;
    }
}

Result<void> copy_catalogue(db::Connection& source, Database& target, std::string_view now) {
    auto stores = each_row(source, "SELECT code, name FROM stores ORDER BY code",
                           [&](const db::Statement& row) {
                               return write_store(target, row.text(0), row.text(1), now);
                           });
    if (!stores)
        return stores;
    auto producers = each_row(
        source,
        "SELECT code, name, kind, province, commune, old_district, address, phone, tax_code "
        "FROM producers ORDER BY code",
        [&](const db::Statement& row) {
            return write_producer(target,
                                  ProducerRecord{row.text(0), row.text(1), row.text(2), row.text(3),
                                                 row.optional_text(4), row.optional_text(5),
                                                 row.optional_text(6), row.optional_text(7),
                                                 row.optional_text(8)},
                                  now);
        });
    if (!producers)
        return producers;
    auto rates = each_row(
        source,
        "SELECT vat_class, valid_from, valid_to, rate_bp, invoice_code, basis FROM vat_rates "
        "ORDER BY vat_class, valid_from",
        [&](const db::Statement& row) {
            return write_vat_rate(target,
                                  VatRateRecord{row.text(0), row.text(1), row.optional_text(2),
                                                row.int64(3), row.text(4), row.text(5)},
                                  now);
        });
    if (!rates)
        return rates;
    auto products = each_row(
        source,
        "SELECT p.id, p.sku, p.name_vi, p.name_en, p.category, p.ocop_group, r.code, p.unit, "
        "p.price, p.vat_class, p.weighed, p.consigned, p.active FROM products p "
        "LEFT JOIN producers r ON r.id = p.producer_id ORDER BY p.sku",
        [&](const db::Statement& row) -> Result<void> {
            ProductRecord product{row.text(1),
                                  row.text(2),
                                  row.optional_text(3),
                                  row.text(4),
                                  row.optional_text(5),
                                  row.optional_text(6),
                                  row.text(7),
                                  row.int64(8),
                                  row.text(9),
                                  row.int64(10) != 0,
                                  row.int64(11) != 0,
                                  row.int64(12) != 0,
                                  {}};
            auto statement = source.prepare(
                "SELECT code, units FROM barcodes WHERE product_id = ? ORDER BY code");
            if (!statement)
                return std::unexpected(statement.error());
            statement->bind_all(row.int64(0));
            for (;;) {
                auto next = statement->step();
                if (!next)
                    return std::unexpected(next.error());
                if (!*next)
                    break;
                product.barcodes.push_back({statement->text(0), statement->int64(1)});
            }
            return write_product(target, product, now);
        });
    if (!products)
        return products;
    auto certifications = each_row(
        source,
        "SELECT c.id, p.sku, r.code, c.decision_no, c.decision_date, c.level, c.stars, "
        "c.valid_from, c.valid_to, c.status, c.status_note FROM certifications c "
        "JOIN products p ON p.id = c.product_id LEFT JOIN producers r ON r.id = c.producer_id "
        "ORDER BY c.id",
        [&](const db::Statement& row) -> Result<void> {
            CertificationRecord certification{
                row.text(1), row.optional_text(2), row.text(3), row.text(4),
                row.text(5), row.int64(6),         row.text(7), row.text(8),
                row.text(9), row.optional_text(10)};
            if (auto written = write_certification(target, certification, now); !written)
                return written;
            auto statement = source.prepare(
                "SELECT serial_from, serial_to FROM stamp_ranges WHERE certification_id = ? "
                "ORDER BY serial_from");
            if (!statement)
                return std::unexpected(statement.error());
            statement->bind_all(row.int64(0));
            for (;;) {
                auto next = statement->step();
                if (!next)
                    return std::unexpected(next.error());
                if (!*next)
                    return {};
                auto added = add_stamp_range(target, certification.key(), statement->int64(0),
                                             statement->int64(1), now);
                if (!added)
                    return added;
            }
        });
    if (!certifications)
        return certifications;
    auto keys =
        each_row(source,
                 "SELECT key_id, issuer, level, public_key, valid_from, valid_to, revoked_at "
                 "FROM issuer_keys ORDER BY key_id",
                 [&](const db::Statement& row) {
                     return write_issuer_key(
                         target,
                         IssuerKeyRecord{row.text(0), row.text(1), row.text(2), row.text(3),
                                         row.text(4), row.optional_text(5), row.optional_text(6)},
                         now);
                 });
    if (!keys)
        return keys;
    return each_row(source,
                    "SELECT key_id, serial_from, serial_to, revoked_at, reason "
                    "FROM stamp_revocations ORDER BY key_id, serial_from",
                    [&](const db::Statement& row) {
                        return write_revocation(target,
                                                RevocationRecord{row.text(0), row.int64(1),
                                                                 row.int64(2), row.text(3),
                                                                 row.text(4)},
                                                now);
                    });
}

} // namespace

Result<void> load_sample(Database& database, std::string_view name, std::string_view now) {
    ScratchFolder folder;
    if (folder.path().empty()) {
        return fail("hq.db", "could not make a scratch folder for the sample",
                    "Không tạo được thư mục tạm để nạp dữ liệu mẫu.");
    }
    auto source = db::Connection::open(folder.path() / "sample.db", db::OpenMode::CreateIfMissing);
    if (!source)
        return std::unexpected(source.error());
    if (auto migrated = db::migrate(*source); !migrated)
        return std::unexpected(migrated.error());
    {
        auto transaction = db::Transaction::begin(*source);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto loaded = db::load_sample_sql(*source, name); !loaded)
            return loaded;
        if (auto committed = transaction->commit(); !committed)
            return committed;
    }
    return copy_catalogue(*source, database, now);
}

} // namespace ocop::hq
