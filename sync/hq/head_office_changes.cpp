// The change log as terminals and the office read it (docs/sync.md,
// "Downstream").

#include "sync/hq/database.h"
#include "sync/hq/head_office.h"
#include "sync/hq/refusal.h"

#include <algorithm>
#include <charconv>

namespace ocop::hq {

namespace {

std::optional<std::int64_t> read_cursor(std::string_view cursor) {
    if (cursor.empty())
        return 0;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), value);
    if (error != std::errc{} || end != cursor.data() + cursor.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

std::expected<sync::ChangesPage, sync::ProtocolError>
HeadOffice::changes_since(const Principal& who, std::string_view cursor, std::size_t limit) {
    const auto since = read_cursor(cursor);
    if (!since) {
        return std::unexpected(
            refusal(400, "sync.bad_cursor",
                    "not a cursor head office gave: \"" + std::string(cursor) + "\"",
                    "Vị trí đồng bộ không hợp lệ."));
    }
    if (limit == 0)
        limit = sync::kDefaultChangesPage;
    limit = std::min(limit, sync::kMaxChangesPage);
    // One row more than the page: whether another page is ready now.
    const auto fetch = static_cast<std::int64_t>(limit + 1);
    auto rows = who.role == Principal::Role::office
                    ? database_->query("SELECT id, entity, change_key, body FROM changes "
                                       "WHERE id > ? ORDER BY id LIMIT ?",
                                       *since, fetch)
                    : database_->query("SELECT id, entity, change_key, body FROM changes "
                                       "WHERE id > ? AND (store IS NULL OR store = ?) "
                                       "ORDER BY id LIMIT ?",
                                       *since, who.store, fetch);
    if (!rows)
        return std::unexpected(internal_refusal(rows.error()));
    sync::ChangesPage page;
    page.more = rows->size() > limit;
    if (page.more)
        rows->resize(limit);
    page.cursor = rows->empty() ? std::string(cursor) : rows->back().text(0);
    page.changes.reserve(rows->size());
    for (const auto& row : *rows) {
        auto body = nlohmann::json::parse(row.text(3), nullptr, false);
        page.changes.push_back(
            sync::Change{row.int64(0), row.text(1), row.text(2),
                         body.is_discarded() ? nlohmann::json::object() : std::move(body)});
    }
    return page;
}

} // namespace ocop::hq
