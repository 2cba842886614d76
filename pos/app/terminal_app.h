#pragma once

#include "common/error.h"
#include "pos/app/language.h"
#include "pos/app/terminal.h"
#include "pos/clock.h"

#include <QQmlApplicationEngine>
#include <QSize>

#include <filesystem>
#include <memory>

class QQuickWindow;

namespace ocop::drivers {
class KeyboardWedge;
}

namespace ocop::app {

struct AppOptions {
    std::filesystem::path database;
    QSize window_size;             // empty: full screen, as on a till
    bool customer_display = false; // the customer's window even with one screen
    bool keyboard_wedge = true;    // listen for a keyboard-wedge scanner
    // Qt Virtual Keyboard for text fields (QT_IM_MODULE=qtvirtualkeyboard
    // must be set before the QGuiApplication is made: main() does it).
    bool on_screen_keyboard = false;
};

// The running terminal: the bridge, the QML engine with the terminal's
// module, the translations and the scanners, wired together. `ocop-pos`
// and the tests start it the same way; a QGuiApplication must exist.
class TerminalApp {
public:
    static Result<std::unique_ptr<TerminalApp>> start(const AppOptions& options,
                                                      const pos::Clock& clock);
    ~TerminalApp();

    Terminal& terminal() { return *terminal_; }
    QQmlApplicationEngine& engine() { return *engine_; }
    QQuickWindow* window() const;          // the cashier's
    QQuickWindow* customer_window() const; // nullptr when not shown

private:
    TerminalApp() = default;
    void apply_language();

    std::unique_ptr<Terminal> terminal_;
    Translations translations_;
    std::unique_ptr<drivers::KeyboardWedge> wedge_;
    std::unique_ptr<QQmlApplicationEngine> engine_;
};

} // namespace ocop::app
