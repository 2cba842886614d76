#pragma once

#include "common/error.h"
#include "pos/certification.h"
#include "pos/instore_code.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace ocop::db {
class Connection;
}

namespace ocop::pos {

// What a scan needs to know about the store beyond the catalogue: how its
// scales print labels, and its certification policy.
struct ScanRules {
    std::vector<InStoreLayout> layouts;
    CertificationRules certification;
};

// The in-store layouts of this store's scales (table instore_code_layouts).
Result<std::vector<InStoreLayout>> load_instore_layouts(db::Connection& db);
Result<ScanRules> load_scan_rules(db::Connection& db);

// Keeps a till's rules between scans and reads them again only when the
// database has changed since: written through this connection, or committed
// by another process (the sync daemon pulling a new policy). A scan then costs
// no queries for rules, and a running till still picks up what changed.
class ScanRulesCache {
public:
    Result<const ScanRules*> get(db::Connection& db);

private:
    std::optional<ScanRules> rules_;
    std::int64_t data_version_ = -1;
    std::int64_t own_changes_ = -1;
};

} // namespace ocop::pos
