// ocop-pos: the touch terminal. Everything is in TerminalApp (pos/app/) and
// the QML module (qml/); this only reads the command line.
#include "pos/app/terminal_app.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

#include <iostream>

Q_IMPORT_QML_PLUGIN(Ocop_TerminalPlugin)

int main(int argc, char** argv) {
    // The QML is compiled into this program: a cache of an earlier build's
    // QML on disk must never stand in for it after an upgrade.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    // A till's screen is its keyboard: Qt Virtual Keyboard, unless told
    // otherwise (OCOP_KEYBOARD=off, or an input method already chosen).
    const bool on_screen_keyboard =
        qEnvironmentVariable("OCOP_KEYBOARD") != QLatin1String("off") &&
        (qEnvironmentVariableIsEmpty("QT_IM_MODULE") ||
         qEnvironmentVariable("QT_IM_MODULE") == QLatin1String("qtvirtualkeyboard"));
    if (on_screen_keyboard)
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("ocop-pos"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("OCOP showcase-store till / Máy bán hàng OCOP"));
    parser.addHelpOption();
    const QCommandLineOption database({"d", "db"}, "the terminal's database ($OCOP_DB)", "FILE",
                                      qEnvironmentVariable("OCOP_DB"));
    const QCommandLineOption windowed("windowed", "a window of WxH instead of full screen", "WxH");
    const QCommandLineOption customer("customer-display", "show the customer's window");
    parser.addOptions({database, windowed, customer});
    parser.process(application);

    ocop::app::AppOptions options;
    options.database = parser.value(database).toStdString();
    if (parser.isSet(windowed)) {
        const QStringList size = parser.value(windowed).split('x');
        if (size.size() == 2)
            options.window_size = QSize(size[0].toInt(), size[1].toInt());
    }
    options.customer_display = parser.isSet(customer);
    options.on_screen_keyboard = on_screen_keyboard;
    const ocop::pos::SystemClock clock;
    auto app = ocop::app::TerminalApp::start(options, clock);
    if (!app) {
        std::cerr << "Lỗi: " << app.error().message_vi << "\n  [" << app.error().code << "] "
                  << app.error().message_en << "\n";
        return 1;
    }
    return QGuiApplication::exec();
}
