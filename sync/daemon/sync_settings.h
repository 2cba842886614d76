#pragma once

// Where the daemon finds head office and its token: the terminal's settings
// (docs/configuration.md), each overridable on ocop-syncd's command line.

#include "common/error.h"
#include "sync/daemon/http_client.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::db {
class Connection;
}

namespace ocop::syncd {

namespace setting {
inline constexpr std::string_view kHqUrl = "sync.hq_url";
inline constexpr std::string_view kTokenFile = "sync.token_file";
inline constexpr std::string_view kCaFile = "sync.ca_file";
inline constexpr std::string_view kPinnedKey = "sync.pinned_key";
} // namespace setting

Result<std::optional<std::string>> read_setting(db::Connection& db, std::string_view key);
Result<void> write_setting(db::Connection& db, std::string_view key, std::string_view value);

// What was given on the command line; anything absent comes from the settings.
struct SyncOverrides {
    std::optional<std::string> hq_url;
    std::optional<std::string> ca_file;
    std::optional<std::string> pinned_key;
};

struct SyncConfig {
    std::string hq_url;
    std::filesystem::path token_file;
    TlsOptions tls;
};

// The token file defaults to the database's path + ".sync-token".
std::filesystem::path default_token_file(const std::filesystem::path& database);

// syncd.not_enrolled when no head office URL is known (neither --hq nor
// sync.hq_url): the till was never enrolled.
Result<SyncConfig> resolve_sync_config(db::Connection& db, const SyncOverrides& overrides);

// TLS options from the overrides, else settings (for enrolment, before any URL is stored).
Result<TlsOptions> resolve_tls(db::Connection& db, const SyncOverrides& overrides);

} // namespace ocop::syncd
