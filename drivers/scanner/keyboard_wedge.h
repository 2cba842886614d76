#pragma once

#include "drivers/scanner/scanner.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

class QKeyEvent;

namespace ocop::drivers {

// How a scanner that types like a keyboard is told apart from a person.
struct WedgeConfig {
    // A scanner types a whole code within a few milliseconds per key; a
    // person rarely presses two keys this close together, let alone four.
    std::chrono::milliseconds max_gap{30};
    int min_length = 4; // characters of the code itself, without prefix or suffix
    // What the scanner is set to send before and after every code ("" for
    // none). Control characters come from Ctrl+letter as on a terminal:
    // STX is "\x02" (Ctrl+B), ETX "\x03". Enter is "\r", Tab "\t". With a
    // suffix, a code is decided the moment the suffix arrives; without one,
    // max_gap after the last key.
    QString prefix;
    QString suffix = QStringLiteral("\r");
};

// A barcode scanner in keyboard mode ("HID keyboard", "USB KBW"). Installed
// as an event filter on the application (every window) or on one window or
// object, it holds back each burst of key presses for at most max_gap, then:
// - a burst fast enough, long enough, with the configured prefix and suffix
//   is a scan: its key events are dropped (nothing is typed into whatever
//   has focus, a dialog included) and scanned() is emitted once;
// - anything else is replayed, unchanged and in order, to where it was
//   going, so a person typing on a real keyboard loses nothing.
// GS (FNC1 in GS1 codes) arrives as Ctrl+] and is kept in the text as ASCII 29.
class KeyboardWedge : public Scanner {
    Q_OBJECT
public:
    explicit KeyboardWedge(WedgeConfig config, QObject* parent = nullptr);
    ~KeyboardWedge() override;

    // Starts filtering the keys of `target`: the QGuiApplication (every
    // window; keys are taken where the platform delivers them, the window)
    // or one window or object. One target at a time.
    void attach(QObject* target);
    void detach();

    // When this object has focus, keys go to it untouched: a dedicated scan
    // field handles its own input (and its own Enter). nullptr: none.
    void set_scan_field(QObject* field);

    const WedgeConfig& config() const { return config_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Held;
    enum class Decision { Wait, Now };

    bool is_entry(QObject* watched) const;
    bool has_scan_field_focus(QObject* receiver) const;
    bool on_press(QObject* receiver, QKeyEvent* event);
    bool on_release(QObject* receiver, QKeyEvent* event);
    bool start_burst(QObject* receiver, const QKeyEvent* event, qint64 at);
    Decision add_to_burst(QObject* receiver, const QKeyEvent* event, qint64 at);
    void hold(QObject* receiver, const QKeyEvent* event, bool ours);
    void decide();
    void finish_scan(const QString& code, std::vector<Held> held);
    void replay(std::vector<Held> held);
    qint64 timestamp_of(const QKeyEvent* event) const;

    WedgeConfig config_;
    QPointer<QObject> target_;
    QPointer<QObject> scan_field_;
    QTimer hold_timer_;
    QElapsedTimer clock_; // for events that carry no timestamp

    std::vector<Held> held_;               // the burst so far, and releases that came during it
    QString text_;                         // what the burst typed
    std::vector<int> down_;                // keys pressed in the burst and not yet released
    bool disqualified_ = false;            // a key no scanner sends, or no quiet before the burst
    qint64 last_press_ = -1;               // timestamp of the burst's latest key press
    qint64 last_typed_ = -1;               // timestamp of the latest press that reached a receiver
    std::vector<int> swallow_;             // releases still to come for keys of an emitted scan
    std::vector<const QEvent*> replaying_; // clones on their way back: let through
};

} // namespace ocop::drivers
