#pragma once

#include "pos/app/panel.h"
#include "pos/refund_lookup.h"
#include "pos/sale_record.h"

#include <QAbstractListModel>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace ocop::app {

class Session;
class PrintMonitor;

// Giving money back: find the sale (its receipt's QR scanned, its number
// typed, or picked from a day's list), choose what comes back, a manager's
// PIN, and the refund receipt prints.
class RefundPanel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool loaded READ loaded NOTIFY saleChanged)
    Q_PROPERTY(QString receiptNo READ receiptNo NOTIFY saleChanged)
    Q_PROPERTY(QString soldAt READ soldAt NOTIFY saleChanged)
    Q_PROPERTY(QString saleTotalText READ saleTotalText NOTIFY saleChanged)
    Q_PROPERTY(QString refundTotalText READ refundTotalText NOTIFY selectionChanged)
    Q_PROPERTY(bool anySelected READ anySelected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList daySales READ daySales NOTIFY daySalesChanged)
public:
    enum Role {
        LineNoRole = Qt::UserRole + 1,
        NameRole,
        SoldRole,
        RefundableRole,
        ChosenRole,
        AmountRole
    };

    RefundPanel(TerminalCore& core, Session& session, PrintMonitor& printer, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loaded() const { return sale_.has_value(); }
    QString receiptNo() const;
    QString soldAt() const;
    QString saleTotalText() const;
    QString refundTotalText() const;
    bool anySelected() const;
    QVariantList daySales() const { return day_sales_; }

    // A scanned receipt QR, a typed receipt number, or a sale's id.
    Q_INVOKABLE bool find(const QString& text);
    // The sales of a day (dd/MM/yyyy or YYYY-MM-DD; "" for today) to pick from.
    Q_INVOKABLE bool listDay(const QString& date);
    Q_INVOKABLE void chooseAll();
    Q_INVOKABLE void choose(int row, bool chosen);
    Q_INVOKABLE bool setQuantity(int row, const QString& quantity);
    Q_INVOKABLE bool complete(const QString& manager, const QString& pin, const QString& reason,
                              const QString& payout);
    Q_INVOKABLE void reset();

signals:
    void saleChanged();
    void selectionChanged();
    void daySalesChanged();
    void completed(const QString& receiptNo, const QString& totalText);
    void failed(const QString& code, const QString& message);

private:
    struct Choice {
        pos::RefundableLine line;
        bool chosen = false;
        pos::Quantity quantity; // what comes back when chosen
    };
    bool report(const Error& error);
    pos::Money refund_estimate() const;

    TerminalCore& core_;
    Session& session_;
    PrintMonitor& printer_;
    std::optional<pos::SaleRecord> sale_;
    std::vector<Choice> choices_;
    QVariantList day_sales_;
};

} // namespace ocop::app
