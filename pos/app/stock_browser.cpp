#include "pos/app/stock_browser.h"

#include "pos/app/display_format.h"
#include "pos/catalogue.h"
#include "pos/certification.h"

#include <QVariantList>

namespace ocop::app {

StockBrowser::StockBrowser(TerminalCore& core, QObject* parent)
    : QAbstractListModel(parent), core_(core) {}

int StockBrowser::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> StockBrowser::roleNames() const {
    return {{SkuRole, "sku"}, {NameRole, "name"}, {OnHandRole, "onHand"}, {MinimumRole, "minimum"},
            {LowRole, "low"}, {UnitRole, "unit"}, {PriceRole, "price"}};
}

QVariant StockBrowser::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const pos::StockLevel& level = levels_[static_cast<std::size_t>(index.row())];
    const pos::Product& product = level.product;
    switch (role) {
    case SkuRole:
        return to_qstring(product.sku);
    case NameRole:
        return to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                      : product.name_vi);
    case OnHandRole:
        return quantity_text(level.on_hand);
    case MinimumRole:
        return level.minimum ? quantity_text(*level.minimum) : QString();
    case LowRole:
        return level.is_low();
    case UnitRole:
        return to_qstring(product.unit);
    case PriceRole:
        return money_text(product.price);
    default:
        return {};
    }
}

void StockBrowser::setSearch(const QString& text) {
    if (text == search_)
        return;
    search_ = text;
    reload();
}

void StockBrowser::setLowOnly(bool low) {
    if (low == low_only_)
        return;
    low_only_ = low;
    reload();
}

void StockBrowser::reload() {
    auto levels = pos::stock_levels(*core_.db, core_.till.store_id, {low_only_, to_std(search_)});
    beginResetModel();
    if (levels)
        levels_ = std::move(*levels);
    else
        levels_.clear();
    endResetModel();
    if (!levels)
        emit failed(to_qstring(levels.error().code), core_.message(levels.error()));
    auto low = pos::stock_levels(*core_.db, core_.till.store_id, {true, {}});
    low_count_ = low ? static_cast<int>(low->size()) : 0;
    emit levelsChanged();
}

bool StockBrowser::showDetail(const QString& sku) {
    auto detail = pos::product_detail(*core_.db, to_std(sku));
    if (!detail) {
        emit failed(to_qstring(detail.error().code), core_.message(detail.error()));
        return false;
    }
    const pos::Product& product = detail->product;
    QVariantList certifications;
    for (const auto& c : detail->certifications) {
        certifications.append(QVariantMap{{"decisionNo", to_qstring(c.decision_no)},
                                          {"decisionDate", to_qstring(c.decision_date)},
                                          {"level", to_qstring(c.level)},
                                          {"stars", c.stars},
                                          {"validFrom", to_qstring(c.valid_from)},
                                          {"validTo", to_qstring(c.valid_to)},
                                          {"status", to_qstring(c.status)},
                                          {"decisionDateText", date_text(c.decision_date)},
                                          {"validFromText", date_text(c.valid_from)},
                                          {"validToText", date_text(c.valid_to)}});
    }
    QStringList barcodes;
    for (const auto& code : detail->barcodes)
        barcodes.append(to_qstring(code));
    // The check a cashier's scan would get today, in words.
    auto answer = pos::check_product(*core_.db, product, pos::local_date(core_.clock.now()));
    detail_ = QVariantMap{
        {"sku", to_qstring(product.sku)},
        {"name", to_qstring(product.name_vi)},
        {"nameEn", to_qstring(product.name_en)},
        {"producer", to_qstring(product.producer_name)},
        {"unit", to_qstring(product.unit)},
        {"price", money_text(product.price)},
        {"consigned", product.consigned},
        {"barcodes", barcodes},
        {"certifications", certifications},
        {"outcome",
         answer ? to_qstring(std::string(pos::outcome_code(answer->outcome))) : QString()},
        {"verdict", answer ? to_qstring(core_.english() ? answer->message_en : answer->message_vi)
                           : core_.message(answer.error())}};
    emit detailChanged();
    return true;
}

} // namespace ocop::app
