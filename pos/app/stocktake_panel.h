#pragma once

#include "pos/app/panel.h"
#include "pos/stocktake.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

namespace ocop::app {

class Session;

// A stocktake on the touch screen (pos/stocktake.h): start it over the whole
// store or a category, count by scanning (weighed goods by the pad), see
// only what was counted — never the books — then the variance with its
// value, applied with a manager's PIN.
class StocktakePanel : public Panel {
    Q_OBJECT
    Q_PROPERTY(bool open READ open NOTIFY changed)
    Q_PROPERTY(QString scope READ scope NOTIFY changed)
    Q_PROPERTY(QVariantList counted READ counted NOTIFY changed)
    Q_PROPERTY(QString pendingName READ pendingName NOTIFY changed)
    Q_PROPERTY(bool reportShown READ reportShown NOTIFY changed)
    Q_PROPERTY(QVariantList report READ reportLines NOTIFY changed)
    Q_PROPERTY(QString reportValueText READ reportValueText NOTIFY changed)
public:
    StocktakePanel(TerminalCore& core, Session& session, QObject* parent);

    bool open() const { return take_.has_value(); }
    QString scope() const;
    QVariantList counted() const { return counted_; }
    QString pendingName() const { return pending_name_; }
    bool reportShown() const { return report_shown_; }
    QVariantList reportLines() const;
    QString reportValueText() const;

    Q_INVOKABLE void refresh();                      // the store's open count, if any
    Q_INVOKABLE bool start(const QString& category); // "" for the whole store
    // One unit of what the code stands for; a weighed product waits for its
    // quantity (countPending) and is named by pendingName meanwhile.
    Q_INVOKABLE bool scan(const QString& code);
    Q_INVOKABLE bool countPending(const QString& quantity);
    Q_INVOKABLE void cancelPending();
    Q_INVOKABLE bool showReport();
    Q_INVOKABLE void hideReport();
    Q_INVOKABLE bool apply(const QString& manager, const QString& pin);

signals:
    void changed();
    void applied(int adjusted, const QString& valueText);

private:
    bool count(const QString& code, std::optional<pos::Quantity> quantity);
    void reload_counted();
    void remember(const pos::CountedProduct& product);
    QString product_name(const pos::Product& product) const;

    Session& session_;
    std::optional<pos::Stocktake> take_;
    // What this screen counted, latest first (blind: counts only).
    QVariantList counted_;
    QString pending_code_;
    QString pending_name_;
    bool report_shown_ = false;
    std::vector<pos::StocktakeLine> report_;
};

} // namespace ocop::app
