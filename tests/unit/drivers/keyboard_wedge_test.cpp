#include "drivers/scanner/keyboard_wedge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QShortcut>
#include <QTest>
#include <QWindow>
#include <catch2/catch.hpp>

#include <vector>

using ocop::drivers::KeyboardWedge;
using ocop::drivers::Scan;
using ocop::drivers::ScanSource;
using ocop::drivers::WedgeConfig;

namespace {

// Stands for whatever has focus (a text field, a dialog): records every key
// event that reaches it.
class Receiver : public QObject {
public:
    struct Key {
        QEvent::Type type;
        int key;
        QString text;
    };
    std::vector<Key> keys;

    // What the presses typed, in order.
    QString typed() const {
        QString text;
        for (const Key& key : keys)
            if (key.type == QEvent::KeyPress)
                text += key.text;
        return text;
    }

    bool presses_and_releases_pair_up() const {
        int down = 0;
        for (const Key& key : keys)
            down += key.type == QEvent::KeyPress ? 1 : -1;
        return down == 0;
    }

protected:
    bool event(QEvent* event) override {
        if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
            return QObject::event(event);
        const auto* key = static_cast<QKeyEvent*>(event);
        keys.push_back({key->type(), key->key(), key->text()});
        return true;
    }
};

// A window that hands keys to its focus object with the same event, as
// QQuickWindow and QWidgetWindow do.
class Window : public QWindow {
public:
    QObject* focus = nullptr;
    QObject* focusObject() const override { return focus; }

protected:
    bool event(QEvent* event) override {
        const auto type = event->type();
        if (focus && (type == QEvent::KeyPress || type == QEvent::KeyRelease ||
                      type == QEvent::ShortcutOverride))
            return QCoreApplication::sendEvent(focus, event);
        return QWindow::event(event);
    }
};

// Sends key events with timestamps in milliseconds, the way the platform
// stamps them, so that tests control timing without sleeping.
class Keyboard {
public:
    explicit Keyboard(QObject* target) : target_(target) {}

    void key(QEvent::Type type, int key, const QString& text,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier, bool repeat = false) {
        QKeyEvent event(type, key, modifiers, text, repeat);
        event.setTimestamp(now_);
        QCoreApplication::sendEvent(target_, &event);
    }

    // One character pressed and released, then `gap` ms to the next.
    void click(QChar c, int gap) {
        const auto [key, modifiers, text] = describe(c);
        key_pair(key, text, modifiers);
        now_ += static_cast<quint64>(gap);
    }

    void key_pair(int key, const QString& text, Qt::KeyboardModifiers modifiers = {}) {
        this->key(QEvent::KeyPress, key, text, modifiers);
        now_ += 1;
        this->key(QEvent::KeyRelease, key, text, modifiers);
    }

    void type(const QString& text, int gap) {
        for (const QChar c : text)
            click(c, gap);
    }
    // As a scanner does: a few milliseconds per key.
    void scan(const QString& text) { type(text, 3); }
    void pause(int ms) { now_ += static_cast<quint64>(ms); }

private:
    struct Described {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    // Key codes as Qt gives them: the upper-case letter for letters, Return
    // for CR, Ctrl+letter for control characters (whose text, depending on
    // the platform, may be empty: here it is).
    static Described describe(QChar c) {
        if (c == u'\r')
            return {Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r")};
        if (c == u'\t')
            return {Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t")};
        if (c.unicode() == 0x1d)
            return {Qt::Key_BracketRight, Qt::ControlModifier, {}};
        if (c.unicode() >= 1 && c.unicode() <= 26)
            return {Qt::Key_A + c.unicode() - 1, Qt::ControlModifier, {}};
        const auto modifiers = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        return {static_cast<int>(c.toUpper().unicode()), modifiers, QString(c)};
    }

    QObject* target_;
    quint64 now_ = 100'000;
};

struct Scans {
    std::vector<Scan> got;
    explicit Scans(KeyboardWedge& wedge) {
        QObject::connect(&wedge, &KeyboardWedge::scanned,
                         [this](const Scan& s) { got.push_back(s); });
    }
    std::vector<std::string> texts() const {
        std::vector<std::string> result;
        for (const Scan& scan : got)
            result.push_back(scan.text);
        return result;
    }
};

// Long enough for every held key to be decided by the timer.
void settle(const WedgeConfig& config) {
    QTest::qWait(static_cast<int>(config.max_gap.count()) * 4);
}

} // namespace

TEST_CASE("a fast burst ending in Enter is one scan and types nothing", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.scan("8935049500018\r");
    settle(wedge.config());

    REQUIRE(scans.got.size() == 1);
    CHECK(scans.got[0].text == "8935049500018");
    CHECK(scans.got[0].source == ScanSource::KeyboardWedge);
    CHECK(scans.got[0].symbology.empty());
    CHECK(field.keys.empty());
}

TEST_CASE("slow typing reaches the receiver exactly, Enter included", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.type("Trà 12\r", 150);
    settle(wedge.config());

    CHECK(scans.got.empty());
    CHECK(field.typed() == QStringLiteral("Trà 12\r"));
    CHECK(field.keys.size() == 14); // every press and every release, in order
    for (std::size_t i = 0; i < field.keys.size(); ++i)
        CHECK(field.keys[i].type == (i % 2 == 0 ? QEvent::KeyPress : QEvent::KeyRelease));
}

TEST_CASE("a key is held back no longer than the gap", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Keyboard keyboard(&field);

    QElapsedTimer clock;
    clock.start();
    keyboard.key(QEvent::KeyPress, Qt::Key_5, "5");
    CHECK(field.keys.empty());
    REQUIRE(QTest::qWaitFor([&] { return !field.keys.empty(); }, 1000));
    CHECK(clock.elapsed() < 500);
    CHECK(field.typed() == "5");
}

TEST_CASE("a person types 12, then a scan arrives: both come out right", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.type("12", 200);
    keyboard.pause(300);
    keyboard.scan("OCOP1:ABC234\r");
    keyboard.pause(400);
    keyboard.type("3", 200);
    settle(wedge.config());

    CHECK(scans.texts() == std::vector<std::string>{"OCOP1:ABC234"});
    CHECK(field.typed() == "123");
    CHECK(field.presses_and_releases_pair_up());
}

TEST_CASE("two scans in quick succession are two scans", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.scan("8935049500018\r");
    keyboard.scan("8936036020036\r");
    settle(wedge.config());

    CHECK(scans.texts() == std::vector<std::string>{"8935049500018", "8936036020036"});
    CHECK(field.keys.empty());
}

TEST_CASE("fast typing that is not a code is replayed in order", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);
    Keyboard keyboard(&field);

    SECTION("no Enter at the end") {
        keyboard.scan("123456");
        settle(wedge.config());
        CHECK(field.typed() == "123456");
        CHECK(field.presses_and_releases_pair_up());
    }
    SECTION("a Backspace in the burst, which no scanner sends") {
        keyboard.scan("123");
        keyboard.key_pair(Qt::Key_Backspace, "\b");
        keyboard.scan("45\r");
        settle(wedge.config());
        CHECK(field.keys.size() == 14);
        CHECK(field.keys[6].key == Qt::Key_Backspace);
        CHECK(field.presses_and_releases_pair_up());
    }
    SECTION("an auto-repeating key") {
        // X11 repeats a held key as release + press pairs marked auto-repeat.
        keyboard.key(QEvent::KeyPress, Qt::Key_A, "a");
        for (int i = 0; i < 6; ++i) {
            keyboard.pause(3);
            keyboard.key(QEvent::KeyRelease, Qt::Key_A, "a", Qt::NoModifier, true);
            keyboard.key(QEvent::KeyPress, Qt::Key_A, "a", Qt::NoModifier, true);
        }
        keyboard.key(QEvent::KeyRelease, Qt::Key_A, "a");
        keyboard.scan("\r");
        settle(wedge.config());
        CHECK(field.typed() == "aaaaaaa\r");
        CHECK(field.presses_and_releases_pair_up());
    }
    SECTION("too short") {
        keyboard.scan("12\r");
        settle(wedge.config());
        CHECK(field.typed() == "12\r");
        CHECK(field.presses_and_releases_pair_up());
    }
    CHECK(scans.got.empty());
}

TEST_CASE("prefix and suffix configurations", "[wedge]") {
    Receiver field;
    Keyboard keyboard(&field);

    SECTION("STX … ETX") {
        WedgeConfig config;
        config.prefix = QStringLiteral("\x02");
        config.suffix = QStringLiteral("\x03");
        KeyboardWedge wedge(config);
        wedge.attach(&field);
        Scans scans(wedge);

        keyboard.scan("\x02"
                      "8935049500018\x03");
        keyboard.pause(200);
        keyboard.scan("8935049500018\x03"); // no STX: not from the scanner
        settle(config);

        CHECK(scans.texts() == std::vector<std::string>{"8935049500018"});
        CHECK(field.keys.size() == 28);
    }
    SECTION("a custom prefix and Tab") {
        WedgeConfig config;
        config.prefix = QStringLiteral("##");
        config.suffix = QStringLiteral("\t");
        KeyboardWedge wedge(config);
        wedge.attach(&field);
        Scans scans(wedge);

        keyboard.scan("##ABC-123\t");
        settle(config);
        CHECK(scans.texts() == std::vector<std::string>{"ABC-123"});
        CHECK(field.keys.empty());
    }
    SECTION("no suffix: timing and length decide, after the gap") {
        WedgeConfig config;
        config.suffix.clear();
        config.min_length = 8;
        KeyboardWedge wedge(config);
        wedge.attach(&field);
        Scans scans(wedge);

        keyboard.scan("89350495");
        keyboard.pause(200);
        keyboard.scan("1234567"); // one short of min_length
        settle(config);
        CHECK(scans.texts() == std::vector<std::string>{"89350495"});
        CHECK(field.typed() == "1234567");
    }
}

TEST_CASE("GS (FNC1), typed as Ctrl and the right bracket, stays in the code as ASCII 29",
          "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.scan(QStringLiteral("]C1010893504950001810LOT7\x1d"
                                 "17271231\r"));
    settle(wedge.config());

    REQUIRE(scans.got.size() == 1);
    CHECK(scans.got[0].text == "]C1010893504950001810LOT7\x1d"
                               "17271231");
}

TEST_CASE("non-ASCII text from the key events is kept, in UTF-8", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Scans scans(wedge);

    Keyboard keyboard(&field);
    keyboard.scan(QStringLiteral("Mật ong Ễ-01\r"));
    settle(wedge.config());

    CHECK(scans.texts() == std::vector<std::string>{"Mật ong Ễ-01"});
}

TEST_CASE("on the application, a scan is taken at the window, whatever has focus", "[wedge]") {
    Window window;
    Receiver field;
    Receiver dialog;
    window.focus = &field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(qApp);
    Scans scans(wedge);
    Keyboard keyboard(&window);

    keyboard.type("7", 200);
    settle(wedge.config());
    window.focus = &dialog; // a dialog opens and takes focus
    keyboard.pause(300);
    keyboard.scan("8935049500018\r");
    keyboard.pause(300);
    keyboard.type("ok", 200);
    settle(wedge.config());

    CHECK(scans.texts() == std::vector<std::string>{"8935049500018"});
    CHECK(field.typed() == "7");
    CHECK(dialog.typed() == "ok"); // typed once each: the forwarded copy is left alone
    CHECK(dialog.keys.size() == 4);
}

TEST_CASE("a dialog in its own window does not get the scan either", "[wedge]") {
    Window main_window;
    Window dialog_window;
    Receiver field;
    Receiver dialog;
    main_window.focus = &field;
    dialog_window.focus = &dialog;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(qApp);
    Scans scans(wedge);

    Keyboard(&dialog_window).scan("8935049500018\r");
    settle(wedge.config());

    CHECK(scans.texts() == std::vector<std::string>{"8935049500018"});
    CHECK(dialog.keys.empty());
    CHECK(field.keys.empty());
}

TEST_CASE("with the scan field focused, the wedge lets every key through", "[wedge]") {
    Window window;
    Receiver scan_field;
    Receiver other;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(qApp);
    wedge.set_scan_field(&scan_field);
    Scans scans(wedge);
    Keyboard keyboard(&window);

    window.focus = &scan_field;
    keyboard.scan("8935049500018\r");
    CHECK(scan_field.typed() == "8935049500018\r"); // at once: nothing is held
    CHECK(scans.got.empty());

    window.focus = &other;
    keyboard.pause(300);
    keyboard.scan("8936036020036\r");
    settle(wedge.config());
    CHECK(scans.texts() == std::vector<std::string>{"8936036020036"});
    CHECK(other.keys.empty());
}

TEST_CASE("on the application, keys sent straight to an object are left alone", "[wedge]") {
    // Only keys entering through a window are judged: an on-screen keyboard
    // that sends key events to a field itself is not a scanner.
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(qApp);
    Scans scans(wedge);

    Keyboard(&field).scan("8935049500018\r");
    CHECK(field.typed() == "8935049500018\r");
    CHECK(scans.got.empty());
}

TEST_CASE("shortcuts do not fire on a scanner's Enter", "[wedge]") {
    // Through the platform's path (QTest drives QWindowSystemInterface), where
    // Qt offers each key to shortcuts before delivering it.
    QWindow window;
    window.show();
    window.requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    int activated = 0;
    QShortcut shortcut(QKeySequence(Qt::Key_Return), &window);
    QObject::connect(&shortcut, &QShortcut::activated, [&] { ++activated; });
    // These events carry real timestamps: a generous gap keeps a busy test
    // machine from splitting the burst.
    WedgeConfig config;
    config.max_gap = std::chrono::milliseconds(250);
    KeyboardWedge wedge(config);
    wedge.attach(qApp);
    Scans scans(wedge);

    for (const char c : std::string("12345678"))
        QTest::keyClick(&window, c);
    QTest::keyClick(&window, Qt::Key_Return);
    settle(config);
    CHECK(scans.texts() == std::vector<std::string>{"12345678"});
    CHECK(activated == 0);

    // A person's Enter, on its own, still reaches the shortcut.
    settle(config);
    QTest::keyClick(&window, Qt::Key_Return);
    settle(config);
    CHECK(activated == 1);
}

TEST_CASE("detaching hands held keys on instead of dropping them", "[wedge]") {
    Receiver field;
    KeyboardWedge wedge(WedgeConfig{});
    wedge.attach(&field);
    Keyboard keyboard(&field);
    keyboard.scan("89");
    CHECK(field.keys.empty());
    wedge.detach();
    CHECK(field.typed() == "89");
}
