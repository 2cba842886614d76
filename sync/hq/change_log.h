#pragma once

// Head office's change log (docs/sync.md, "Downstream"): what terminals pull.
// Catalogue entries are appended, never rewritten, so an entity a change
// refers to always comes before it; store-scoped entries (stock) are
// replaced, so only a product's latest figure in a store is kept. Call these
// inside the write transaction that made the change: entries are numbered
// in commit order because every writer holds the database's write lock
// (sync/hq/database.h).

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace ocop::hq {

class Database;

Result<void> append_change(Database& database, std::string_view entity, std::string_view key,
                           const nlohmann::json& body, std::string_view now);

// Removes the store's earlier entry of the same entity and key, then appends.
Result<void> replace_store_change(Database& database, std::string_view entity,
                                  std::string_view store, std::string_view key,
                                  const nlohmann::json& body, std::string_view now);

} // namespace ocop::hq
