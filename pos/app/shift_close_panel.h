#pragma once

#include "pos/app/panel.h"
#include "pos/shift.h"

#include <QAbstractListModel>

#include <optional>
#include <vector>

namespace ocop::app {

class Session;
class PrintMonitor;

// Closing the shift: the drawer counted note by note, what the journal
// expects, the variance, and the Z report; the X report on the way.
class ShiftClosePanel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString countedText READ countedText NOTIFY changed)
    Q_PROPERTY(QString expectedText READ expectedText NOTIFY changed)
    Q_PROPERTY(QString varianceText READ varianceText NOTIFY changed)
    Q_PROPERTY(qint64 varianceDong READ varianceDong NOTIFY changed)
    Q_PROPERTY(int salesCount READ salesCount NOTIFY changed)
    Q_PROPERTY(int refundsCount READ refundsCount NOTIFY changed)
    Q_PROPERTY(QString salesTotalText READ salesTotalText NOTIFY changed)
    Q_PROPERTY(QString refundsTotalText READ refundsTotalText NOTIFY changed)
    Q_PROPERTY(QString openingFloatText READ openingFloatText NOTIFY changed)
    Q_PROPERTY(QString cashText READ cashText NOTIFY changed)
    Q_PROPERTY(QString vietQrText READ vietQrText NOTIFY changed)
    Q_PROPERTY(QString cardText READ cardText NOTIFY changed)
public:
    enum Role { DenominationRole = Qt::UserRole + 1, PiecesRole, SubtotalRole };

    ShiftClosePanel(TerminalCore& core, Session& session, PrintMonitor& printer, QObject* parent);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString countedText() const;
    QString expectedText() const;
    QString varianceText() const;
    qint64 varianceDong() const;
    int salesCount() const;
    int refundsCount() const;
    QString salesTotalText() const;
    QString refundsTotalText() const;
    QString openingFloatText() const;
    QString cashText() const;
    QString vietQrText() const;
    QString cardText() const;

    Q_INVOKABLE void refresh(); // the open shift's figures as they are now
    Q_INVOKABLE bool setPieces(int row, int pieces);
    Q_INVOKABLE bool printX();
    Q_INVOKABLE bool close(const QString& manager, const QString& pin);

signals:
    void changed();
    void closed(const QString& varianceText);
    void failed(const QString& code, const QString& message);

private:
    bool report(const Error& error);
    pos::Money counted() const;

    TerminalCore& core_;
    Session& session_;
    PrintMonitor& printer_;
    std::vector<std::pair<pos::Money, int>> count_;
    std::optional<pos::ShiftSummary> summary_;
};

} // namespace ocop::app
