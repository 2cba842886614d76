#include "drivers/scanner/keyboard_wedge.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWindow>

#include <algorithm>
#include <optional>
#include <utility>

namespace ocop::drivers {

// A key event held back from its receiver until the burst it belongs to is
// decided. `ours` marks the burst's own presses and their releases; other
// events held meanwhile (the release of a key pressed before the burst) are
// always passed on.
struct KeyboardWedge::Held {
    QPointer<QObject> receiver;
    std::unique_ptr<QKeyEvent> event;
    bool ours = false;
};

namespace {

// What one key press adds to a burst.
struct Stroke {
    enum class Kind { Character, Modifier, Other } kind;
    QString text;
};

bool is_modifier(int key) {
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

// Scanners type ASCII control characters the way a terminal does, Ctrl plus
// a letter or punctuation: STX = Ctrl+B, GS (FNC1) = Ctrl+], RS = Ctrl+^.
// Platforms differ in whether text() carries the character, so it is
// derived from the key.
std::optional<char16_t> control_character(const QKeyEvent* event) {
    const auto modifiers = event->modifiers();
    if (!(modifiers & Qt::ControlModifier) || (modifiers & Qt::AltModifier))
        return std::nullopt;
    const int key = event->key();
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return static_cast<char16_t>(key - Qt::Key_A + 1);
    switch (key) {
    case Qt::Key_BracketLeft:
        return u'\x1b';
    case Qt::Key_Backslash:
        return u'\x1c';
    case Qt::Key_BracketRight:
        return u'\x1d';
    case Qt::Key_AsciiCircum:
        return u'\x1e';
    case Qt::Key_Underscore:
        return u'\x1f';
    default:
        return std::nullopt;
    }
}

bool typed_text(const QString& text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isPrint() || c.unicode() < 0x20 || c.isSurrogate();
    });
}

// Keys a scanner never sends: editing, navigation, auto-repeat. One of them
// in a burst means a person is at the keyboard.
bool is_editing(int key) {
    return key == Qt::Key_Backspace || key == Qt::Key_Delete || key == Qt::Key_Escape;
}

Stroke stroke_of(const QKeyEvent* event) {
    using Kind = Stroke::Kind;
    const int key = event->key();
    if (event->isAutoRepeat())
        return {Kind::Other, {}};
    if (is_modifier(key))
        return {Kind::Modifier, {}};
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        return {Kind::Character, QStringLiteral("\r")};
    if (key == Qt::Key_Tab)
        return {Kind::Character, QStringLiteral("\t")};
    if (const auto control = control_character(event))
        return {Kind::Character, QString(QChar(*control))};
    if (!is_editing(key) && typed_text(event->text()))
        return {Kind::Character, event->text()};
    return {Kind::Other, {}};
}

// The code in a burst's text, or nothing when the burst is not a scan.
std::optional<QString> code_in(QString text, const WedgeConfig& config) {
    if (!text.startsWith(config.prefix) || !text.endsWith(config.suffix))
        return std::nullopt;
    text.chop(config.suffix.size());
    text.remove(0, config.prefix.size());
    // Length in characters, not UTF-16 units.
    if (text.toUcs4().size() < config.min_length)
        return std::nullopt;
    return text;
}

bool remove_one(std::vector<int>& keys, int key) {
    const auto found = std::find(keys.begin(), keys.end(), key);
    if (found == keys.end())
        return false;
    keys.erase(found);
    return true;
}

} // namespace

KeyboardWedge::KeyboardWedge(WedgeConfig config, QObject* parent)
    : Scanner(parent), config_(std::move(config)) {
    hold_timer_.setSingleShot(true);
    hold_timer_.setInterval(config_.max_gap);
    connect(&hold_timer_, &QTimer::timeout, this, &KeyboardWedge::decide);
    clock_.start();
}

KeyboardWedge::~KeyboardWedge() {
    detach();
}

void KeyboardWedge::attach(QObject* target) {
    detach();
    target_ = target;
    if (target_)
        target_->installEventFilter(this);
}

void KeyboardWedge::detach() {
    // Whatever is held goes on to its receiver: detaching must not eat keys.
    hold_timer_.stop();
    replay(std::exchange(held_, {}));
    text_.clear();
    down_.clear();
    if (target_)
        target_->removeEventFilter(this);
    target_ = nullptr;
}

void KeyboardWedge::set_scan_field(QObject* field) {
    scan_field_ = field;
}

bool KeyboardWedge::eventFilter(QObject* watched, QEvent* event) {
    if (!is_entry(watched) ||
        std::find(replaying_.begin(), replaying_.end(), event) != replaying_.end())
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Qt asks before each key press whether a shortcut may take it. While
        // a burst is held the answer is no: the scanner's Enter must arrive
        // as a key press to be dropped, not press a dialog's default button.
        if (held_.empty())
            return false;
        event->accept();
        return true;
    case QEvent::KeyPress:
        return on_press(watched, static_cast<QKeyEvent*>(event));
    case QEvent::KeyRelease:
        return on_release(watched, static_cast<QKeyEvent*>(event));
    default:
        return false;
    }
}

// Keys are judged once, where they enter: on the application, that is the
// window the platform hands them to. A window passes them on to its focus
// object with the same event, which the application's filter sees again and
// must leave alone.
bool KeyboardWedge::is_entry(QObject* watched) const {
    if (watched == target_)
        return true;
    return target_ == QCoreApplication::instance() && watched->isWindowType();
}

bool KeyboardWedge::has_scan_field_focus(QObject* receiver) const {
    if (!scan_field_)
        return false;
    if (const auto* window = qobject_cast<QWindow*>(receiver))
        return window->focusObject() == scan_field_;
    return receiver == scan_field_;
}

bool KeyboardWedge::on_press(QObject* receiver, QKeyEvent* event) {
    const qint64 at = timestamp_of(event);
    // The timer normally decides first; it cannot when the event loop was
    // busy or events arrive back to back, so the timestamps decide too.
    if (!held_.empty() && at - last_press_ > config_.max_gap.count())
        decide();
    event->accept();
    if (held_.empty())
        return start_burst(receiver, event, at);
    if (add_to_burst(receiver, event, at) == Decision::Now)
        decide();
    else
        hold_timer_.start();
    return true;
}

bool KeyboardWedge::start_burst(QObject* receiver, const QKeyEvent* event, qint64 at) {
    const Stroke stroke = stroke_of(event);
    if (stroke.kind == Stroke::Kind::Modifier)
        return false;
    const qint64 typed_before = last_typed_;
    last_press_ = at;
    if (stroke.kind == Stroke::Kind::Other || has_scan_field_focus(receiver)) {
        last_typed_ = at;
        return false;
    }
    swallow_.clear();
    // Keys right after typed ones are a person typing fast, or the rest of a
    // scan whose start was already let through: typing either way.
    disqualified_ = typed_before >= 0 && at - typed_before <= config_.max_gap.count();
    hold(receiver, event, true);
    text_ = stroke.text;
    down_ = {event->key()};
    if (!config_.suffix.isEmpty() && text_.endsWith(config_.suffix))
        decide();
    else
        hold_timer_.start();
    return true;
}

KeyboardWedge::Decision KeyboardWedge::add_to_burst(QObject* receiver, const QKeyEvent* event,
                                                    qint64 at) {
    const Stroke stroke = stroke_of(event);
    hold(receiver, event, true);
    down_.push_back(event->key());
    if (stroke.kind != Stroke::Kind::Modifier)
        last_press_ = at;
    if (stroke.kind == Stroke::Kind::Other) {
        disqualified_ = true;
        return Decision::Now;
    }
    text_ += stroke.text;
    const bool suffix_seen = !config_.suffix.isEmpty() && text_.endsWith(config_.suffix);
    return suffix_seen ? Decision::Now : Decision::Wait;
}

bool KeyboardWedge::on_release(QObject* receiver, QKeyEvent* event) {
    if (remove_one(swallow_, event->key()))
        return true;
    if (held_.empty())
        return false;
    // Held in order even when it is not the burst's own, so that a replay
    // reproduces exactly what was typed.
    hold(receiver, event, remove_one(down_, event->key()));
    return true;
}

void KeyboardWedge::hold(QObject* receiver, const QKeyEvent* event, bool ours) {
    held_.push_back(Held{receiver, std::unique_ptr<QKeyEvent>(event->clone()), ours});
}

void KeyboardWedge::decide() {
    hold_timer_.stop();
    // Taken out first: a receiver or a slot may start a nested event loop
    // (a dialog) that brings new keys here while this one is being handled.
    auto held = std::exchange(held_, {});
    const QString text = std::exchange(text_, {});
    auto down = std::exchange(down_, {});
    const bool disqualified = std::exchange(disqualified_, false);
    const auto code = disqualified ? std::nullopt : code_in(text, config_);
    if (!code) {
        replay(std::move(held));
        return;
    }
    swallow_ = std::move(down);
    finish_scan(*code, std::move(held));
}

void KeyboardWedge::finish_scan(const QString& code, std::vector<Held> held) {
    std::erase_if(held, [](const Held& h) { return h.ours; });
    replay(std::move(held));
    emit scanned(
        Scan{code.toStdString(), "", ScanSource::KeyboardWedge, std::chrono::system_clock::now()});
}

void KeyboardWedge::replay(std::vector<Held> held) {
    for (Held& h : held) {
        if (h.event->type() == QEvent::KeyPress)
            last_typed_ = std::max(last_typed_, timestamp_of(h.event.get()));
        if (!h.receiver)
            continue; // its window is gone: there is nowhere to type it
        replaying_.push_back(h.event.get());
        QCoreApplication::sendEvent(h.receiver, h.event.get());
        replaying_.pop_back();
    }
}

qint64 KeyboardWedge::timestamp_of(const QKeyEvent* event) const {
    return event->timestamp() != 0 ? static_cast<qint64>(event->timestamp()) : clock_.elapsed();
}

} // namespace ocop::drivers
