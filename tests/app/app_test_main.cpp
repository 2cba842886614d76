// The Catch2 runner for the touch terminal's tests: a QGuiApplication on the
// offscreen platform with the terminal's QML module linked in.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>
#include <catch2/catch.hpp>

Q_IMPORT_QML_PLUGIN(Ocop_TerminalPlugin)

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Compiled QML from an earlier build must never stand in for this one's.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
