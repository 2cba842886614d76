#include "pos/app/product_search.h"

#include "pos/app/display_format.h"
#include "pos/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QVariantMap>

namespace ocop::app {

namespace {
constexpr int kResultLimit = 30;
}

ProductSearch::ProductSearch(TerminalCore& core, QObject* parent)
    : QAbstractListModel(parent), core_(core) {
    auto dir = pos::get_setting(*core_.db, pos::setting::kPicturesDir);
    if (dir && *dir)
        pictures_dir_ = to_qstring(**dir);
    if (auto version = core_.db->data_version())
        seen_data_version_ = *version;
}

int ProductSearch::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> ProductSearch::roleNames() const {
    return {{NameRole, "name"}, {SkuRole, "sku"},         {PriceRole, "price"},
            {UnitRole, "unit"}, {WeighedRole, "weighed"}, {PictureRole, "picture"}};
}

QVariant ProductSearch::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count())
        return {};
    const pos::Product& product = products_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NameRole:
        return to_qstring(core_.english() && !product.name_en.empty() ? product.name_en
                                                                      : product.name_vi);
    case SkuRole:
        return to_qstring(product.sku);
    case PriceRole:
        return money_text(product.price);
    case UnitRole:
        return to_qstring(product.unit);
    case WeighedRole:
        return product.weighed;
    case PictureRole:
        return picture_of(product);
    default:
        return {};
    }
}

// A picture named after the store code (SKU.jpg or SKU.png) in the folder
// of setting terminal.pictures_dir; "" when there is none.
QString ProductSearch::picture_of(const pos::Product& product) const {
    if (pictures_dir_.isEmpty())
        return {};
    const QDir dir(pictures_dir_);
    for (const char* extension : {".jpg", ".png"}) {
        const QString path = dir.filePath(to_qstring(product.sku) + QLatin1String(extension));
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(path).toString();
    }
    return {};
}

void ProductSearch::show(Result<std::vector<pos::Product>> products) {
    beginResetModel();
    if (products) {
        products_ = std::move(*products);
    } else {
        products_.clear();
        emit failed(to_qstring(products.error().code), core_.message(products.error()));
    }
    endResetModel();
    emit resultsChanged();
}

void ProductSearch::notice_catalogue_changes() {
    auto version = core_.db->data_version();
    if (!version || *version == seen_data_version_)
        return;
    seen_data_version_ = *version;
    emit categoriesChanged();
}

void ProductSearch::setQuery(const QString& text) {
    notice_catalogue_changes();
    if (text == query_)
        return;
    query_ = text;
    category_.clear();
    show(pos::search_products(*core_.db, to_std(text), kResultLimit));
}

void ProductSearch::setCategory(const QString& code) {
    notice_catalogue_changes();
    query_.clear();
    category_ = code;
    if (code.isEmpty())
        show(std::vector<pos::Product>{});
    else
        show(pos::products_in_category(*core_.db, to_std(code)));
}

void ProductSearch::clear() {
    notice_catalogue_changes();
    query_.clear();
    category_.clear();
    show(std::vector<pos::Product>{});
}

void ProductSearch::reload() {
    emit categoriesChanged();
    if (!category_.isEmpty())
        setCategory(category_);
    else if (!query_.isEmpty())
        show(pos::search_products(*core_.db, to_std(query_), kResultLimit));
}

QVariantList ProductSearch::categories() const {
    QVariantList list;
    auto categories = pos::list_categories(*core_.db);
    if (!categories)
        return list;
    for (const auto& category : *categories) {
        list.append(
            QVariantMap{{"code", to_qstring(category.code)},
                        {"name", to_qstring(core_.english() ? category.name_en : category.name_vi)},
                        {"count", QVariant::fromValue(category.products)}});
    }
    return list;
}

} // namespace ocop::app
