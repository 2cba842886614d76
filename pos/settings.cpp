#include "pos/settings.h"

#include "db/connection.h"

#include <charconv>

namespace ocop::pos {

Result<std::optional<std::string>> get_setting(db::Connection& db, std::string_view key) {
    auto row = db.first_row("SELECT value FROM settings WHERE key = ?", key);
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<std::string>{};
    return (*row)->text(0);
}

Result<void> set_setting(db::Connection& db, std::string_view key, std::string_view value) {
    return db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      key, value);
}

Result<std::int64_t> get_integer_setting(db::Connection& db, std::string_view key,
                                         std::int64_t fallback) {
    auto text = get_setting(db, key);
    if (!text)
        return fail(text.error());
    if (!*text)
        return fallback;
    std::int64_t value = 0;
    const auto& digits = **text;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || end != digits.data() + digits.size()) {
        return fail("settings.not_a_number",
                    "setting " + std::string(key) + " is not a whole number: '" + digits + "'",
                    "Cấu hình \"" + std::string(key) + "\" không phải là số. Báo cho quản lý.");
    }
    return value;
}

} // namespace ocop::pos
