#pragma once

#include "pos/app/panel.h"

#include <QVariantList>

namespace ocop::app {

// The lots on the shelves that expire within the store's warning period
// (setting stock.expiry_warning_days, 30 by default) and those already
// expired, for the manager to sell first or write off (pos/expiry.h).
class ExpiringLots : public Panel {
    Q_OBJECT
    Q_PROPERTY(QVariantList lots READ lots NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int days READ days NOTIFY changed)
public:
    ExpiringLots(TerminalCore& core, QObject* parent);

    QVariantList lots() const { return lots_; }
    int count() const { return static_cast<int>(lots_.size()); }
    int days() const { return days_; }

    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    QVariantList lots_;
    int days_ = 30;
};

} // namespace ocop::app
