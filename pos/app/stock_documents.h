#pragma once

#include "pos/app/panel.h"
#include "pos/catalogue.h"
#include "pos/stock.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <string>
#include <vector>

namespace ocop::app {

class Session;

// The manager's goods-in and goods-out documents on the touch screen: a
// draft of lines (scanned or picked from the search, quantities by the
// pad, lot and expiry on a receipt) recorded as one of receive from a
// producer, return to a producer, write-off, transfer out or transfer in —
// each one call of the domain (pos/delivery_note.h, write_off.h,
// stock_transfer.h), transactional there, so nothing is half written.
class StockDocuments : public Panel {
    Q_OBJECT
    Q_PROPERTY(QVariantList lines READ lines NOTIFY linesChanged)
    Q_PROPERTY(int count READ count NOTIFY linesChanged)
    Q_PROPERTY(QVariantList producers READ producers NOTIFY partnersChanged)
    Q_PROPERTY(QVariantList stores READ stores NOTIFY partnersChanged)
    Q_PROPERTY(QVariantList incoming READ incoming NOTIFY incomingChanged)
public:
    StockDocuments(TerminalCore& core, Session& session, QObject* parent);

    QVariantList lines() const;
    int count() const { return static_cast<int>(lines_.size()); }
    QVariantList producers() const { return producers_; }
    QVariantList stores() const { return stores_; }
    QVariantList incoming() const { return incoming_; }

    // A scanned code or a product's sku from the search: a new line of one
    // unit (the units of a case code), or one more on the product's line.
    Q_INVOKABLE bool add(const QString& code);
    // "3", "1,25" (weighed goods).
    Q_INVOKABLE bool setQuantity(int row, const QString& quantity);
    // The lot and its expiry (dd/MM/yyyy or YYYY-MM-DD); both empty clears them.
    Q_INVOKABLE bool setLot(int row, const QString& lot, const QString& expiry);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void clear();
    Q_INVOKABLE void reloadPartners();

    // `commission` in percent ("15", "12,5"), `cost` in đồng per unit; either may be empty.
    Q_INVOKABLE bool receive(const QString& producer, bool consigned, const QString& commission,
                             const QString& cost, const QString& note, const QString& manager,
                             const QString& pin);
    Q_INVOKABLE bool giveBack(const QString& producer, const QString& note);
    Q_INVOKABLE bool writeOff(const QString& reason);
    Q_INVOKABLE bool transferOut(const QString& store, const QString& note);
    Q_INVOKABLE bool transferIn(const QString& transferId, const QString& fromStore,
                                const QString& note);
    // Transfers head office carried to this store, confirmed with one tap
    // each: exactly the lines the sender recorded.
    Q_INVOKABLE void reloadIncoming();
    Q_INVOKABLE bool confirmIncoming(const QString& transferId);

signals:
    void linesChanged();
    void partnersChanged();
    void incomingChanged();
    // kind: receipt, return, damage, transfer_out, transfer_in; number: the
    // document's number or id (the event's sequence number for a write-off).
    void recorded(const QString& kind, const QString& number);

private:
    struct Line {
        pos::CodeMatch match;
        pos::Quantity quantity;
        std::optional<std::string> lot;
        std::optional<std::string> expiry; // YYYY-MM-DD
    };
    std::vector<pos::MovementLine> movement_lines() const;
    bool valid_row(int row) const { return row >= 0 && row < count(); }
    bool done(const QString& kind, const QString& number);

    Session& session_;
    std::vector<Line> lines_;
    QVariantList producers_;
    QVariantList stores_;
    QVariantList incoming_;
};

} // namespace ocop::app
