#pragma once

#include "common/error.h"
#include "pos/stamp.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// The public key of an office that signs stamps, as every terminal holds it.
struct IssuerKey {
    std::string key_id;
    std::string issuer; // "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"
    std::string level;  // province, central
    PublicKey public_key{};
    std::string valid_from;
    std::optional<std::string> valid_to;
    std::optional<std::string> revoked_at;
};

// Makes a key pair for an issuing office: the public half goes into the
// database, the secret half into `secret_file`, created owner-only (0600)
// and never overwritten (key.file_exists). key.exists for a known key id.
Result<IssuerKey> create_issuer_key(db::Connection& db, IssuerKey key,
                                    const std::filesystem::path& secret_file);

// Registers an office's public key received from head office.
Result<void> add_issuer_key(db::Connection& db, const IssuerKey& key);

Result<std::optional<IssuerKey>> find_issuer_key(db::Connection& db, std::string_view key_id);
Result<std::vector<IssuerKey>> list_issuer_keys(db::Connection& db);

struct SecretKeyFile {
    std::string key_id;
    SecretKey secret_key{};
};

// key.unreadable / key.malformed / key.too_open (readable by others).
Result<SecretKeyFile> read_secret_key(const std::filesystem::path& file);

// Withdraws serials [from, to] of a key's stamps.
Result<void> revoke_stamps(db::Connection& db, std::string_view key_id, std::uint32_t from,
                           std::uint32_t to, std::string_view reason, std::string_view at);

Result<bool> is_stamp_revoked(db::Connection& db, std::string_view key_id, std::uint32_t serial);

// Signs `count` stamps, serials from `first`, for a product's certification
// (by decision number), and records the serial range against it.
// stamp.no_certification / stamp.no_gtin when the product lacks one.
Result<std::vector<std::string>> issue_stamps(db::Connection& db, const SecretKeyFile& key,
                                              std::string_view product_code,
                                              std::string_view decision_no, std::uint32_t first,
                                              std::uint32_t count);

} // namespace ocop::pos
