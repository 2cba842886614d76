#pragma once

#include "pos/app/panel.h"
#include "pos/cart.h"
#include "pos/scanning.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ocop::app {

class Session;

// The sale being rung up, as a list the cart view shows: one row per line
// with its quantity, price, amount and certification, and the totals with
// VAT. Every change goes through pos::Cart and the till's scan function.
class CartModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY totalsChanged)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY totalsChanged)
    Q_PROPERTY(QString discountText READ discountText NOTIFY totalsChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    Q_PROPERTY(qint64 totalDong READ totalDong NOTIFY totalsChanged)
    Q_PROPERTY(QString vatTotalText READ vatTotalText NOTIFY totalsChanged)
    Q_PROPERTY(QVariantList vatLines READ vatLines NOTIFY vatLinesChanged)
    Q_PROPERTY(QString unitsText READ unitsText NOTIFY totalsChanged)
    Q_PROPERTY(bool hasBlockedScan READ hasBlockedScan NOTIFY blockedChanged)
    Q_PROPERTY(QString blockedProduct READ blockedProduct NOTIFY blockedChanged)
    Q_PROPERTY(QStringList blockedMessages READ blockedMessages NOTIFY blockedChanged)
    Q_PROPERTY(int lastRow READ lastRow NOTIFY totalsChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        SkuRole,
        UnitRole,
        QuantityRole, // "2", "0,352"
        WeighedRole,
        UnitPriceRole,   // "85.000 ₫"
        AmountRole,      // after discounts
        DiscountRole,    // "-10.000 ₫" or ""
        CertOutcomeRole, // pos/certification.h outcome code, "" when none
        CertStarsRole,   // 3..5, 0 when none
        OverriddenRole,  // a manager let a blocked product through
        LotRole,
        ExpiryRole, // dd/MM/yyyy or ""
    };

    CartModel(TerminalCore& core, Session& session, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(cart_.lines().size()); }
    QString subtotalText() const;
    QString discountText() const;
    QString totalText() const;
    qint64 totalDong() const { return cart_.totals().total().dong; }
    QString vatTotalText() const;
    QVariantList vatLines() const { return vat_lines_; }
    QString unitsText() const;
    bool hasBlockedScan() const { return blocked_.has_value(); }
    QString blockedProduct() const;
    QStringList blockedMessages() const;
    int lastRow() const { return last_row_; }

    // A scanned or typed code (barcode, scale label, GS1, logo stamp, store
    // code), `quantity` typed before it ("" for one unit). A product the
    // store's policy blocks is held for a manager: blockedChanged().
    Q_INVOKABLE bool scan(const QString& text, const QString& quantity = {});
    Q_INVOKABLE bool approveBlocked(const QString& manager, const QString& pin,
                                    const QString& reason);
    Q_INVOKABLE void dismissBlocked();
    Q_INVOKABLE bool increment(int row);
    Q_INVOKABLE bool decrement(int row);
    Q_INVOKABLE bool setQuantity(int row, const QString& quantity);
    Q_INVOKABLE bool remove(int row);
    // Abandons the sale, recorded as a void with the reason.
    Q_INVOKABLE bool voidSale(const QString& reason);

    const pos::Cart& cart() const { return cart_; }
    void start_new_sale(); // after the sale was completed

signals:
    void totalsChanged();
    void vatLinesChanged();
    void blockedChanged();
    // A product went into the cart with a warning the cashier must see.
    void warned(const QString& product, const QStringList& messages);
    void failed(const QString& code, const QString& message);

private:
    bool run_scan(const pos::ScanRequest& request);
    bool step(int row, std::int64_t units);
    bool valid_row(int row) const { return row >= 0 && row < count(); }
    bool report(const Error& error);
    QStringList messages_of(const pos::CodeCheck& check) const;
    void refresh();

    TerminalCore& core_;
    Session& session_;
    pos::Cart cart_;
    QVariantList vat_lines_;
    int last_row_ = -1;
    std::optional<pos::ScanRequest> blocked_request_;
    std::optional<pos::CodeCheck> blocked_;
};

} // namespace ocop::app
