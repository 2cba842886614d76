#include "sync/daemon/sync_settings.h"

#include "db/connection.h"

namespace ocop::syncd {

Result<std::optional<std::string>> read_setting(db::Connection& db, std::string_view key) {
    auto row = db.first_row("SELECT value FROM settings WHERE key = ?", key);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>{(*row)->text(0)};
}

Result<void> write_setting(db::Connection& db, std::string_view key, std::string_view value) {
    return db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      key, value);
}

std::filesystem::path default_token_file(const std::filesystem::path& database) {
    return std::filesystem::path(database.string() + ".sync-token");
}

namespace {

Result<std::optional<std::string>> given_or_setting(db::Connection& db,
                                                    const std::optional<std::string>& given,
                                                    std::string_view key) {
    if (given)
        return given;
    auto stored = read_setting(db, key);
    if (!stored)
        return fail(stored.error());
    if (*stored && (*stored)->empty())
        return std::optional<std::string>{};
    return *stored;
}

} // namespace

Result<TlsOptions> resolve_tls(db::Connection& db, const SyncOverrides& overrides) {
    auto ca_file = given_or_setting(db, overrides.ca_file, setting::kCaFile);
    if (!ca_file)
        return fail(ca_file.error());
    auto pinned = given_or_setting(db, overrides.pinned_key, setting::kPinnedKey);
    if (!pinned)
        return fail(pinned.error());
    return TlsOptions{*ca_file, *pinned};
}

Result<SyncConfig> resolve_sync_config(db::Connection& db, const SyncOverrides& overrides) {
    auto url = given_or_setting(db, overrides.hq_url, setting::kHqUrl);
    if (!url)
        return fail(url.error());
    if (!*url) {
        return fail("syncd.not_enrolled",
                    "no head office URL: give --hq or enrol the till (ocop enroll URL CODE)",
                    "Máy bán hàng chưa đăng ký với văn phòng. Chạy `ocop enroll ĐỊA_CHỈ MÃ` với "
                    "mã do văn phòng cấp.");
    }
    auto token_file = read_setting(db, setting::kTokenFile);
    if (!token_file)
        return fail(token_file.error());
    auto tls = resolve_tls(db, overrides);
    if (!tls)
        return fail(tls.error());
    SyncConfig config;
    config.hq_url = **url;
    config.token_file = *token_file && !(*token_file)->empty() ? std::filesystem::path(**token_file)
                                                               : default_token_file(db.path());
    config.tls = std::move(*tls);
    return config;
}

} // namespace ocop::syncd
