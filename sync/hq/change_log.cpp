#include "sync/hq/change_log.h"

#include "sync/hq/database.h"

#include <string>

namespace ocop::hq {

Result<void> append_change(Database& database, std::string_view entity, std::string_view key,
                           const nlohmann::json& body, std::string_view now) {
    return database.execute(
        "INSERT INTO changes (entity, change_key, store, body, created_at) VALUES (?,?,?,?,?)",
        entity, key, std::nullopt, body.dump(), now);
}

Result<void> replace_store_change(Database& database, std::string_view entity,
                                  std::string_view store, std::string_view key,
                                  const nlohmann::json& body, std::string_view now) {
    auto removed =
        database.execute("DELETE FROM changes WHERE entity = ? AND store = ? AND change_key = ?",
                         entity, store, key);
    if (!removed)
        return removed;
    return database.execute(
        "INSERT INTO changes (entity, change_key, store, body, created_at) VALUES (?,?,?,?,?)",
        entity, key, store, body.dump(), now);
}

} // namespace ocop::hq
