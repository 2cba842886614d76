#include "pos/app/terminal.h"

#include "db/migrations.h"
#include "pos/app/cart_model.h"
#include "pos/app/display_format.h"
#include "pos/app/payment_panel.h"
#include "pos/app/print_monitor.h"
#include "pos/app/product_search.h"
#include "pos/app/refund_panel.h"
#include "pos/app/session.h"
#include "pos/app/settings_panel.h"
#include "pos/app/shift_close_panel.h"
#include "pos/app/stock_browser.h"
#include "pos/receipt.h"
#include "pos/settings.h"

namespace ocop::app {

Result<std::unique_ptr<Terminal>> Terminal::open(const std::filesystem::path& database,
                                                 const pos::Clock& clock) {
    auto connection = db::Connection::open(database);
    if (!connection)
        return fail(connection.error());
    if (auto current = db::require_current_schema(*connection); !current)
        return fail(current.error());
    auto db = std::make_unique<db::Connection>(std::move(*connection));
    auto till = pos::open_till(*db, clock);
    if (!till)
        return fail(till.error());
    auto language = pos::get_setting(*db, pos::setting::kLanguage);
    TerminalCore core{std::move(db), clock, std::move(*till), std::nullopt, QStringLiteral("vi")};
    if (language && *language && **language == "en")
        core.language = QStringLiteral("en");
    return std::unique_ptr<Terminal>(new Terminal(std::move(core), database));
}

Terminal::Terminal(TerminalCore core, const std::filesystem::path& database)
    : core_(std::move(core)), session_(new Session(core_, this)),
      cart_(new CartModel(core_, *session_, this)), search_(new ProductSearch(core_, this)),
      printer_(new PrintMonitor(core_, database, this)),
      payment_(new PaymentPanel(core_, *cart_, *printer_, this)),
      refund_(new RefundPanel(core_, *session_, *printer_, this)),
      stock_(new StockBrowser(core_, this)),
      stock_documents_(new StockDocuments(core_, *session_, this)),
      stocktake_(new StocktakePanel(core_, *session_, this)),
      expiring_(new ExpiringLots(core_, this)),
      shift_close_(new ShiftClosePanel(core_, *session_, *printer_, this)),
      settings_(new SettingsPanel(core_, this)) {
    gather_failures(session_);
    gather_failures(cart_);
    gather_failures(search_);
    gather_failures(printer_);
    gather_failures(payment_);
    gather_failures(refund_);
    gather_failures(stock_);
    gather_failures(stock_documents_);
    gather_failures(stocktake_);
    gather_failures(expiring_);
    gather_failures(shift_close_);
    gather_failures(settings_);
}

Terminal::~Terminal() = default;

template <class PanelType>
void Terminal::gather_failures(PanelType* panel) {
    connect(panel, &PanelType::failed, this, &Terminal::problem);
}

void Terminal::setLanguage(const QString& language) {
    if (language == core_.language ||
        (language != QLatin1String("vi") && language != QLatin1String("en")))
        return;
    core_.language = language;
    // Remembered for the next start; a failure to write it is not worth a banner.
    (void)pos::set_setting(*core_.db, pos::setting::kLanguage, to_std(language));
    search_->reload();
    stock_->reload();
    expiring_->reload();
    // Product names on the drafts follow the language; their lines are kept.
    emit stock_documents_->linesChanged();
    emit stocktake_->changed();
    emit languageChanged();
}

QString Terminal::storeName() const {
    auto header = pos::store_header(*core_.db, core_.till.store_code);
    return header ? to_qstring(header->name) : to_qstring(core_.till.store_code);
}

QString Terminal::terminalCode() const {
    return to_qstring(core_.till.terminal.code);
}

void Terminal::deliver_scan(const QString& text) {
    emit scanned(text);
}

} // namespace ocop::app
