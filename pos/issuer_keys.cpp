#include "pos/issuer_keys.h"

#include "db/connection.h"
#include "pos/catalogue.h"

#include <sodium.h>

#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ocop::pos {

namespace {

IssuerKey read_key(const db::Statement& row) {
    IssuerKey key{row.text(0), row.text(1),          row.text(2),         {},
                  row.text(4), row.optional_text(5), row.optional_text(6)};
    if (auto bytes = from_hex(row.text(3), key.public_key.size()))
        std::copy(bytes->begin(), bytes->end(), key.public_key.begin());
    return key;
}

constexpr std::string_view kKeyColumns =
    "SELECT key_id, issuer, level, public_key, valid_from, valid_to, revoked_at FROM issuer_keys ";

Error key_file_error(std::string code, const std::filesystem::path& file, std::string why) {
    return Error{std::move(code), "secret key file " + file.string() + ": " + why,
                 "Tệp khoá bí mật " + file.string() + " không dùng được: " + why + "."};
}

// Writes the file only if it did not exist, readable by its owner alone.
Result<void> write_secret_file(const std::filesystem::path& file, const std::string& text) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return fail(key_file_error("key.file_exists", file, "already exists"));
        return fail(key_file_error("key.unwritable", file, "cannot be created"));
    }
    const auto written = ::write(fd, text.data(), text.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()) || !synced)
        return fail(key_file_error("key.unwritable", file, "could not be written"));
    return {};
}

// The GTIN-14 of a product: its first barcode of GTIN length, zero-padded.
Result<std::string> product_gtin(const ProductDetail& detail) {
    for (const auto& code : detail.barcodes) {
        if ((code.size() == 8 || code.size() == 12 || code.size() == 13 || code.size() == 14) &&
            code.find_first_not_of("0123456789") == std::string::npos) {
            return std::string(14 - code.size(), '0') + code;
        }
    }
    return fail("stamp.no_gtin", "product " + detail.product.sku + " has no GTIN barcode",
                "Sản phẩm " + detail.product.name_vi + " chưa có mã vạch GTIN để in tem.");
}

} // namespace

Result<IssuerKey> create_issuer_key(db::Connection& db, IssuerKey key,
                                    const std::filesystem::path& secret_file) {
    auto existing = find_issuer_key(db, key.key_id);
    if (!existing)
        return fail(existing.error());
    if (*existing) {
        return fail("key.exists", "issuer key " + key.key_id + " already exists",
                    "Đã có khoá ký tem mang mã " + key.key_id + ".");
    }
    const KeyPair pair = generate_key_pair();
    key.public_key = pair.public_key;
    const std::string text =
        "# OCOP stamp signing key. Keep it secret: whoever holds it can make valid stamps.\n"
        "key_id=" +
        key.key_id + "\nsecret=" + to_hex(pair.secret_key.data(), pair.secret_key.size()) + "\n";
    // The database first: a key whose public half is not registered is
    // useless, while a registered key without its file can be re-created.
    auto transaction = db::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    if (auto added = add_issuer_key(db, key); !added)
        return fail(added.error());
    if (auto written = write_secret_file(secret_file, text); !written)
        return fail(written.error());
    if (auto committed = transaction->commit(); !committed) {
        std::filesystem::remove(secret_file);
        return fail(committed.error());
    }
    return key;
}

Result<void> add_issuer_key(db::Connection& db, const IssuerKey& key) {
    return db.execute("INSERT INTO issuer_keys (key_id, issuer, level, public_key, valid_from, "
                      "valid_to, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (key_id) DO UPDATE SET issuer = excluded.issuer, "
                      "level = excluded.level, public_key = excluded.public_key, "
                      "valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
                      "revoked_at = excluded.revoked_at",
                      key.key_id, key.issuer, key.level,
                      to_hex(key.public_key.data(), key.public_key.size()), key.valid_from,
                      key.valid_to, key.revoked_at);
}

Result<std::optional<IssuerKey>> find_issuer_key(db::Connection& db, std::string_view key_id) {
    auto row = db.first_row(std::string(kKeyColumns) + "WHERE key_id = ?", key_id);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<IssuerKey>{};
    return std::optional<IssuerKey>{read_key(**row)};
}

Result<std::vector<IssuerKey>> list_issuer_keys(db::Connection& db) {
    auto statement = db.prepare(std::string(kKeyColumns) + "ORDER BY key_id");
    if (!statement)
        return fail(statement.error());
    return db::collect_rows(*statement, read_key);
}

Result<SecretKeyFile> read_secret_key(const std::filesystem::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0)
        return fail(key_file_error("key.unreadable", file, "cannot be read"));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(key_file_error("key.too_open", file, "others can read it (chmod 600 it)"));
    std::ifstream input(file);
    if (!input)
        return fail(key_file_error("key.unreadable", file, "cannot be read"));
    SecretKeyFile key;
    std::string line;
    bool has_secret = false;
    while (std::getline(input, line)) {
        if (line.starts_with("key_id=")) {
            key.key_id = line.substr(7);
        } else if (line.starts_with("secret=")) {
            auto bytes = from_hex(line.substr(7), key.secret_key.size());
            if (!bytes)
                return fail(key_file_error("key.malformed", file, "the secret is not valid hex"));
            std::copy(bytes->begin(), bytes->end(), key.secret_key.begin());
            sodium_memzero(bytes->data(), bytes->size());
            has_secret = true;
        }
    }
    if (key.key_id.empty() || !has_secret)
        return fail(key_file_error("key.malformed", file, "key_id or secret missing"));
    return key;
}

Result<void> revoke_stamps(db::Connection& db, std::string_view key_id, std::uint32_t from,
                           std::uint32_t to, std::string_view reason, std::string_view at) {
    if (to < from || reason.empty()) {
        return fail("stamp.bad_revocation", "a revocation needs a range and a reason",
                    "Thu hồi tem cần khoảng số sê-ri hợp lệ và lý do.");
    }
    return db.execute(
        "INSERT INTO stamp_revocations (key_id, serial_from, serial_to, revoked_at, "
        "reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT (key_id, serial_from) DO UPDATE "
        "SET serial_to = max(serial_to, excluded.serial_to), reason = excluded.reason",
        key_id, std::int64_t{from}, std::int64_t{to}, at, reason);
}

Result<bool> is_stamp_revoked(db::Connection& db, std::string_view key_id, std::uint32_t serial) {
    auto found = db.query_int64("SELECT count(*) FROM stamp_revocations WHERE key_id = ?1 "
                                "AND ?2 BETWEEN serial_from AND serial_to",
                                key_id, std::int64_t{serial});
    if (!found)
        return fail(found.error());
    return found->value_or(0) > 0;
}

Result<std::vector<std::string>> issue_stamps(db::Connection& db, const SecretKeyFile& key,
                                              std::string_view product_code,
                                              std::string_view decision_no, std::uint32_t first,
                                              std::uint32_t count) {
    auto detail = product_detail(db, product_code);
    if (!detail)
        return fail(detail.error());
    const auto certification =
        std::find_if(detail->certifications.begin(), detail->certifications.end(),
                     [&](const Certification& c) { return c.decision_no == decision_no; });
    if (certification == detail->certifications.end()) {
        return fail("stamp.no_certification",
                    "product " + detail->product.sku + " has no certification " +
                        std::string(decision_no),
                    "Sản phẩm " + detail->product.name_vi + " không có quyết định công nhận " +
                        std::string(decision_no) + ".");
    }
    auto gtin = product_gtin(*detail);
    if (!gtin)
        return fail(gtin.error());
    if (count == 0 || first + count < first) {
        return fail("stamp.bad_range", "a stamp run needs a count within the serial range",
                    "Số lượng tem không hợp lệ.");
    }
    std::vector<std::string> stamps;
    for (std::uint32_t serial = first; serial < first + count; ++serial) {
        StampPayload payload;
        payload.key_id = key.key_id;
        payload.certification_no = certification->decision_no;
        payload.gtin = *gtin;
        payload.serial = serial;
        payload.stars = certification->stars;
        payload.valid_from = certification->valid_from;
        payload.valid_to = certification->valid_to;
        auto stamp = sign_stamp(payload, key.secret_key);
        if (!stamp)
            return fail(stamp.error());
        stamps.push_back(std::move(*stamp));
    }
    auto recorded =
        db.execute("INSERT INTO stamp_ranges (certification_id, serial_from, "
                   "serial_to) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   certification->id, std::int64_t{first}, std::int64_t{first + count - 1});
    if (!recorded)
        return fail(recorded.error());
    return stamps;
}

} // namespace ocop::pos
