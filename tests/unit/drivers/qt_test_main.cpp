// The Catch2 runner for drivers that need Qt Gui: key events and windows for
// the keyboard wedge, fonts for label sheets, an event loop for serial ports.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    // catch_discover_tests runs this binary right after the build to list its
    // tests, with no display and no special environment; the tests draw
    // nothing on screen, so they always run offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
