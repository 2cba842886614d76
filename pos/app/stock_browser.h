#pragma once

#include "pos/app/panel.h"
#include "pos/stock.h"

#include <QAbstractListModel>
#include <QVariantMap>

#include <vector>

namespace ocop::app {

// The manager's stock screen: every product's level at this store (a sum of
// movements), searchable, with a low-stock filter, and one product's detail
// with its barcodes and certifications.
class StockBrowser : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY levelsChanged)
    Q_PROPERTY(bool lowOnly READ lowOnly WRITE setLowOnly NOTIFY levelsChanged)
    Q_PROPERTY(int count READ count NOTIFY levelsChanged)
    Q_PROPERTY(int lowCount READ lowCount NOTIFY levelsChanged)
    Q_PROPERTY(QVariantMap detail READ detail NOTIFY detailChanged)
public:
    enum Role {
        SkuRole = Qt::UserRole + 1,
        NameRole,
        OnHandRole,
        MinimumRole,
        LowRole,
        UnitRole,
        PriceRole
    };

    StockBrowser(TerminalCore& core, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString search() const { return search_; }
    void setSearch(const QString& text);
    bool lowOnly() const { return low_only_; }
    void setLowOnly(bool low);
    int count() const { return static_cast<int>(levels_.size()); }
    int lowCount() const { return low_count_; }
    QVariantMap detail() const { return detail_; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool showDetail(const QString& sku);

signals:
    void levelsChanged();
    void detailChanged();
    void failed(const QString& code, const QString& message);

private:
    TerminalCore& core_;
    QString search_;
    bool low_only_ = false;
    std::vector<pos::StockLevel> levels_;
    int low_count_ = 0;
    QVariantMap detail_;
};

} // namespace ocop::app
