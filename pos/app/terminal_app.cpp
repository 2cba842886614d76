#include "pos/app/terminal_app.h"

#include "drivers/scanner/keyboard_wedge.h"
#include "pos/app/display_format.h"
#include "pos/app/qr_image_provider.h"

#include <QGuiApplication>
#include <QQuickWindow>

namespace ocop::app {

namespace {
const QString kMainQml = QStringLiteral("qrc:/Ocop/Terminal/Main.qml");
}

Result<std::unique_ptr<TerminalApp>> TerminalApp::start(const AppOptions& options,
                                                        const pos::Clock& clock) {
    auto terminal = Terminal::open(options.database, clock);
    if (!terminal)
        return fail(terminal.error());
    std::unique_ptr<TerminalApp> app(new TerminalApp);
    app->terminal_ = std::move(*terminal);
    app->apply_language();
    QObject::connect(app->terminal_.get(), &Terminal::languageChanged,
                     [raw = app.get()] { raw->apply_language(); });

    app->engine_ = std::make_unique<QQmlApplicationEngine>();
    app->engine_->addImportPath(QStringLiteral("qrc:/"));
    app->engine_->addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    app->engine_->setInitialProperties({{"terminal", QVariant::fromValue(app->terminal_.get())},
                                        {"fixedSize", options.window_size},
                                        {"customerDisplayForced", options.customer_display},
                                        {"onScreenKeyboard", options.on_screen_keyboard}});
    app->engine_->load(QUrl(kMainQml));
    if (app->engine_->rootObjects().isEmpty()) {
        return fail("app.qml_failed", "the terminal's QML did not load (see the log above)",
                    "Không mở được màn hình bán hàng. Hãy gọi kỹ thuật viên.");
    }

    if (options.keyboard_wedge) {
        app->wedge_ = std::make_unique<drivers::KeyboardWedge>(drivers::WedgeConfig{});
        app->wedge_->attach(QGuiApplication::instance());
        QObject::connect(app->wedge_.get(), &drivers::Scanner::scanned, app->terminal_.get(),
                         [raw = app->terminal_.get()](const drivers::Scan& scan) {
                             raw->deliver_scan(to_qstring(scan.text));
                         });
        QObject::connect(app->wedge_.get(), &drivers::Scanner::statusChanged, app->terminal_.get(),
                         [raw = app->terminal_.get()](const QString& status) {
                             raw->settings()->set_scanner_status(QStringLiteral("keyboard"),
                                                                 status);
                         });
        app->terminal_->settings()->set_scanner_status(QStringLiteral("keyboard"),
                                                       QStringLiteral("listening"));
    }
    return app;
}

TerminalApp::~TerminalApp() {
    if (wedge_)
        wedge_->detach();
    engine_.reset(); // the screens go before the objects they show
}

void TerminalApp::apply_language() {
    translations_.use(terminal_->language());
    if (engine_)
        engine_->retranslate();
}

QQuickWindow* TerminalApp::window() const {
    const auto roots = engine_->rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
}

QQuickWindow* TerminalApp::customer_window() const {
    QQuickWindow* main = window();
    return main ? main->findChild<QQuickWindow*>(QStringLiteral("customerDisplay")) : nullptr;
}

} // namespace ocop::app
