#include "pos/app/expiring_lots.h"

#include "pos/app/display_format.h"
#include "pos/clock.h"
#include "pos/expiry.h"
#include "pos/settings.h"

#include <QVariantMap>

namespace ocop::app {

namespace {
constexpr std::string_view kExpiryDaysSetting = "stock.expiry_warning_days";
constexpr std::int64_t kDefaultExpiryDays = 30;
} // namespace

ExpiringLots::ExpiringLots(TerminalCore& core, QObject* parent) : Panel(core, parent) {}

void ExpiringLots::reload() {
    auto days = pos::get_integer_setting(*core_.db, kExpiryDaysSetting, kDefaultExpiryDays);
    if (!days)
        report(days.error());
    days_ = static_cast<int>(days ? *days : kDefaultExpiryDays);
    const std::string today = pos::local_date(core_.clock.now());
    auto lots = pos::expiring_lots(*core_.db, core_.till.store_id, today, days_);
    lots_.clear();
    if (!lots)
        report(lots.error());
    for (const auto& lot : lots ? *lots : std::vector<pos::LotStock>{}) {
        const pos::Product& product = lot.product;
        lots_.append(QVariantMap{
            {"sku", to_qstring(product.sku)},
            {"name", to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                            : product.name_vi)},
            {"lot", to_qstring(lot.lot)},
            {"expiry", date_text(lot.expiry)},
            {"daysLeft", static_cast<int>(lot.days_left)},
            {"remaining", quantity_text(lot.remaining)},
            {"unit", to_qstring(product.unit)}});
    }
    emit changed();
}

} // namespace ocop::app
