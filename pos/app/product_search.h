#pragma once

#include "pos/app/panel.h"
#include "pos/catalogue.h"

#include <QAbstractListModel>
#include <QVariantList>

#include <vector>

namespace ocop::app {

// Finding a product without its barcode: results as the cashier types
// (accent-insensitive, pos::search_products) or the products of a category
// tile, with their pictures when the store has them.
class ProductSearch : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY resultsChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY resultsChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY categoriesChanged)
    Q_PROPERTY(int count READ count NOTIFY resultsChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        SkuRole,
        PriceRole,
        UnitRole,
        WeighedRole,
        PictureRole
    };

    ProductSearch(TerminalCore& core, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return query_; }
    void setQuery(const QString& text);
    QString category() const { return category_; }
    void setCategory(const QString& code);
    QVariantList categories() const;
    int count() const { return static_cast<int>(products_.size()); }

    Q_INVOKABLE void clear();
    Q_INVOKABLE void reload(); // after the catalogue changed (a sync)

signals:
    void resultsChanged();
    void categoriesChanged();
    void failed(const QString& code, const QString& message);

private:
    void show(Result<std::vector<pos::Product>> products);
    // The category tiles (names, counts) are read again when another process
    // (ocop-syncd applying head office's changes) wrote the file since.
    void notice_catalogue_changes();
    QString picture_of(const pos::Product& product) const;

    TerminalCore& core_;
    QString query_;
    QString category_;
    std::vector<pos::Product> products_;
    QString pictures_dir_;
    std::int64_t seen_data_version_ = -1;
};

} // namespace ocop::app
