#include "app/ui_driver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTest>
#include <catch2/catch.hpp>

namespace ocop::test {

namespace {

constexpr qreal kFingertip = 48;

QQuickItem* find_in(QQuickItem* item, const QString& name) {
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems())
        if (QQuickItem* found = find_in(child, name))
            return found;
    return nullptr;
}

} // namespace

UiDriver::UiDriver(const std::filesystem::path& database, const pos::Clock& clock, QSize size,
                   bool customer_display, bool on_screen_keyboard) {
    app::AppOptions options;
    options.database = database;
    options.window_size = size;
    options.customer_display = customer_display;
    options.on_screen_keyboard = on_screen_keyboard;
    auto started = app::TerminalApp::start(options, clock);
    if (!started)
        FAIL("the terminal did not start: " << started.error().log_line());
    app_ = std::move(*started);
    window_ = app_->window();
    REQUIRE(window_ != nullptr);
    window_->show();
    window_->requestActivate();
    REQUIRE(QTest::qWaitForWindowExposed(window_));
    settle();
}

UiDriver::~UiDriver() {
    if (app_)
        app_->terminal().printer()->wait_idle();
}

QQuickItem* UiDriver::find(const QString& name) const {
    return find_in(window_->contentItem(), name);
}

QQuickItem* UiDriver::wait_for(const QString& name, std::chrono::milliseconds timeout) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeout.count()) {
        if (QQuickItem* item = find(name))
            return item;
        settle(std::chrono::milliseconds(20));
    }
    return nullptr;
}

void UiDriver::settle(std::chrono::milliseconds time) {
    QTest::qWait(static_cast<int>(time.count()));
}

void UiDriver::tap(const QString& name) {
    QQuickItem* item = wait_for(name, std::chrono::seconds(2));
    INFO("tapping " << name.toStdString());
    REQUIRE(item != nullptr);
    REQUIRE(item->isEnabled());
    CHECK(item->width() >= kFingertip);
    CHECK(item->height() >= kFingertip);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    REQUIRE(window_->contentItem()->contains(centre));
    QTest::mouseClick(window_, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    settle();
}

bool UiDriver::try_tap(const QString& name) {
    QQuickItem* item = wait_for(name, std::chrono::seconds(2));
    if (!item || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window_, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    settle();
    return true;
}

QString UiDriver::text(const QString& name) const {
    QQuickItem* item = find(name);
    return item ? item->property("text").toString() : QString();
}

void UiDriver::type_into(const QString& name, const QString& text) {
    QQuickItem* item = wait_for(name, std::chrono::seconds(2));
    INFO("typing into " << name.toStdString());
    REQUIRE(item != nullptr);
    item->forceActiveFocus();
    // A person types: slower than the wedge's 30 ms burst gap, so the wedge
    // hands every key on to the field.
    for (const QChar c : text) {
        QTest::keyClick(window_, c.toLatin1());
        settle(std::chrono::milliseconds(60));
    }
}

void UiDriver::scan(const QString& code) {
    // QTest stamps each event with the time it was sent: a burst like a scanner's.
    for (const QChar c : code)
        QTest::keyClick(window_, c.toLatin1());
    QTest::keyClick(window_, Qt::Key_Return);
    settle(std::chrono::milliseconds(100));
}

void UiDriver::enter_pin(const QString& pin) {
    for (const QChar digit : pin)
        tap(QStringLiteral("key_") + digit);
    tap(QStringLiteral("key_OK"));
}

void UiDriver::wait_for_printing() {
    app_->terminal().printer()->wait_idle();
    settle();
}

void UiDriver::sign_in(const QString& username, const QString& pin) {
    tap(QStringLiteral("user_") + username);
    enter_pin(pin);
}

QImage UiDriver::grab() {
    settle();
    return window_->grabWindow();
}

} // namespace ocop::test
