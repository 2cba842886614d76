#pragma once

#include "common/error.h"
#include "pos/app/cart_model.h"
#include "pos/app/expiring_lots.h"
#include "pos/app/payment_panel.h"
#include "pos/app/print_monitor.h"
#include "pos/app/product_search.h"
#include "pos/app/refund_panel.h"
#include "pos/app/session.h"
#include "pos/app/settings_panel.h"
#include "pos/app/shift_close_panel.h"
#include "pos/app/stock_browser.h"
#include "pos/app/stock_documents.h"
#include "pos/app/stocktake_panel.h"
#include "pos/app/terminal_core.h"

#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>

namespace ocop::app {

// One till as QML sees it: the root of the bridge, holding the panels each
// screen works with. Every panel's failures come out of problem(), so one
// banner on screen tells the cashier what went wrong and what to do.
class Terminal : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString storeName READ storeName CONSTANT)
    Q_PROPERTY(QString terminalCode READ terminalCode CONSTANT)
    Q_PROPERTY(ocop::app::Session* session READ session CONSTANT)
    Q_PROPERTY(ocop::app::CartModel* cart READ cart CONSTANT)
    Q_PROPERTY(ocop::app::ProductSearch* search READ search CONSTANT)
    Q_PROPERTY(ocop::app::PaymentPanel* payment READ payment CONSTANT)
    Q_PROPERTY(ocop::app::PrintMonitor* printer READ printer CONSTANT)
    Q_PROPERTY(ocop::app::RefundPanel* refund READ refund CONSTANT)
    Q_PROPERTY(ocop::app::StockBrowser* stock READ stock CONSTANT)
    Q_PROPERTY(ocop::app::StockDocuments* stockDocuments READ stockDocuments CONSTANT)
    Q_PROPERTY(ocop::app::StocktakePanel* stocktake READ stocktake CONSTANT)
    Q_PROPERTY(ocop::app::ExpiringLots* expiring READ expiring CONSTANT)
    Q_PROPERTY(ocop::app::ShiftClosePanel* shiftClose READ shiftClose CONSTANT)
    Q_PROPERTY(ocop::app::SettingsPanel* settings READ settings CONSTANT)
public:
    // Opens the terminal's database (current schema, terminal identity set).
    static Result<std::unique_ptr<Terminal>> open(const std::filesystem::path& database,
                                                  const pos::Clock& clock);
    ~Terminal() override;

    QString language() const { return core_.language; }
    void setLanguage(const QString& language);
    QString storeName() const;
    QString terminalCode() const;

    Session* session() const { return session_; }
    CartModel* cart() const { return cart_; }
    ProductSearch* search() const { return search_; }
    PaymentPanel* payment() const { return payment_; }
    PrintMonitor* printer() const { return printer_; }
    RefundPanel* refund() const { return refund_; }
    StockBrowser* stock() const { return stock_; }
    StockDocuments* stockDocuments() const { return stock_documents_; }
    StocktakePanel* stocktake() const { return stocktake_; }
    ExpiringLots* expiring() const { return expiring_; }
    ShiftClosePanel* shiftClose() const { return shift_close_; }
    SettingsPanel* settings() const { return settings_; }

    // A code from any scanner; the screen decides where it goes (the cart,
    // the refund search), so a scan is never typed into the wrong field.
    void deliver_scan(const QString& text);

signals:
    void languageChanged();
    void scanned(const QString& text);
    void problem(const QString& code, const QString& message);

private:
    Terminal(TerminalCore core, const std::filesystem::path& database);
    template <class PanelType>
    void gather_failures(PanelType* panel);

    TerminalCore core_;
    Session* session_;
    CartModel* cart_;
    ProductSearch* search_;
    PrintMonitor* printer_;
    PaymentPanel* payment_;
    RefundPanel* refund_;
    StockBrowser* stock_;
    StockDocuments* stock_documents_;
    StocktakePanel* stocktake_;
    ExpiringLots* expiring_;
    ShiftClosePanel* shift_close_;
    SettingsPanel* settings_;
};

} // namespace ocop::app
