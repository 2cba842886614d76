#pragma once

// Drives the real terminal — TerminalApp with the QML module, on Qt's
// offscreen platform — the way a cashier does: taps on what is on screen
// (found by objectName), scans typed as fast as a keyboard-wedge scanner
// types, and reads back the words the screen shows.

#include "pos/app/terminal_app.h"

#include <QPoint>
#include <QQuickItem>
#include <QString>

#include <chrono>
#include <filesystem>
#include <memory>

namespace ocop::test {

class UiDriver {
public:
    // `on_screen_keyboard` needs QT_IM_MODULE=qtvirtualkeyboard set before
    // the QGuiApplication was made.
    UiDriver(const std::filesystem::path& database, const pos::Clock& clock,
             QSize size = QSize(1024, 768), bool customer_display = false,
             bool on_screen_keyboard = false);
    ~UiDriver();

    app::Terminal& terminal() { return app_->terminal(); }
    app::TerminalApp& app() { return *app_; }
    QQuickWindow& window() { return *window_; }

    // The visible item with this objectName (in the window or an open
    // popup); nullptr when there is none.
    QQuickItem* find(const QString& name) const;
    bool visible(const QString& name) const { return find(name) != nullptr; }
    // Waits up to `timeout` for it to be visible, letting the UI run.
    QQuickItem* wait_for(const QString& name,
                         std::chrono::milliseconds timeout = std::chrono::seconds(5));
    // A finger on its centre. Fails the test when it is not on screen or
    // is too small for a finger (under 48 px in either direction).
    void tap(const QString& name);
    // The same without failing the test: false when it is not there (the
    // screenshot tour goes on to the next screen).
    bool try_tap(const QString& name);
    // Its text property.
    QString text(const QString& name) const;
    // Types into a text field (it gets focus first), as the on-screen or a
    // hardware keyboard does.
    void type_into(const QString& name, const QString& text);
    // A keyboard-wedge scanner reading `code`: the keys in a fast burst
    // ending with Enter, wherever the focus is.
    void scan(const QString& code);
    // The PIN pad's digits, then OK.
    void enter_pin(const QString& pin);
    // Lets the event loop run (bindings, animations, the print thread).
    void settle(std::chrono::milliseconds time = std::chrono::milliseconds(50));
    // Waits until the print thread has an outcome for every job.
    void wait_for_printing();

    void sign_in(const QString& username, const QString& pin);
    QImage grab();

private:
    std::unique_ptr<app::TerminalApp> app_;
    QQuickWindow* window_ = nullptr;
};

} // namespace ocop::test
