#include "pos/scan_rules.h"

#include "db/connection.h"

namespace ocop::pos {

Result<std::vector<InStoreLayout>> load_instore_layouts(db::Connection& db) {
    auto statement = db.prepare(
        "SELECT name, prefix_from, prefix_to, item_digits, value_kind, value_digits, decimals, "
        "price_check_digit FROM instore_code_layouts ORDER BY prefix_from");
    if (!statement)
        return fail(statement.error());
    return db::collect_rows(*statement, [](const db::Statement& row) {
        return InStoreLayout{row.text(0),
                             static_cast<int>(row.int64(1)),
                             static_cast<int>(row.int64(2)),
                             static_cast<int>(row.int64(3)),
                             row.text(4) == "price" ? InStoreLayout::ValueKind::Price
                                                    : InStoreLayout::ValueKind::Weight,
                             static_cast<int>(row.int64(5)),
                             static_cast<int>(row.int64(6)),
                             row.int64(7) != 0};
    });
}

Result<ScanRules> load_scan_rules(db::Connection& db) {
    auto layouts = load_instore_layouts(db);
    if (!layouts)
        return fail(layouts.error());
    auto certification = load_certification_rules(db);
    if (!certification)
        return fail(certification.error());
    return ScanRules{std::move(*layouts), *certification};
}

Result<const ScanRules*> ScanRulesCache::get(db::Connection& db) {
    auto version = db.data_version();
    if (!version)
        return fail(version.error());
    const std::int64_t changes = db.total_changes();
    if (!rules_ || *version != data_version_ || changes != own_changes_) {
        auto loaded = load_scan_rules(db);
        if (!loaded)
            return fail(loaded.error());
        rules_ = std::move(*loaded);
        data_version_ = *version;
        own_changes_ = changes;
    }
    return &*rules_;
}

} // namespace ocop::pos
