#pragma once

#include "pos/app/panel.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace ocop::app {

// The manager's settings: the receipt printer (a CUPS queue and its paper),
// the store and terminal this till is, the scanners, and how the sync with
// head office is doing (what ocop-syncd writes in the database).
class SettingsPanel : public Panel {
    Q_OBJECT
    Q_PROPERTY(QVariantList printers READ printers NOTIFY printersChanged)
    Q_PROPERTY(QString printerQueue READ printerQueue NOTIFY printerChanged)
    Q_PROPERTY(QString printerProfile READ printerProfile NOTIFY printerChanged)
    Q_PROPERTY(QStringList profiles READ profiles CONSTANT)
    Q_PROPERTY(QVariantMap store READ store CONSTANT)
    Q_PROPERTY(QVariantList scanners READ scanners NOTIFY scannersChanged)
    Q_PROPERTY(QVariantMap sync READ sync NOTIFY syncChanged)
public:
    SettingsPanel(TerminalCore& core, QObject* parent);

    QVariantList printers() const { return printers_; }
    QString printerQueue() const;
    QString printerProfile() const;
    QStringList profiles() const;
    QVariantMap store() const;
    QVariantList scanners() const { return scanners_; }
    QVariantMap sync() const { return sync_; }

    Q_INVOKABLE bool refreshPrinters(); // asks CUPS for its queues
    Q_INVOKABLE bool setPrinter(const QString& queue, const QString& profile);
    Q_INVOKABLE void refreshSync();

    // The scanners the terminal listens to, and what each last said.
    void set_scanner_status(const QString& name, const QString& status);

signals:
    void printersChanged();
    void printerChanged();
    void scannersChanged();
    void syncChanged();

private:
    QString setting(std::string_view key, const QString& fallback = {}) const;

    QVariantList printers_;
    QVariantList scanners_;
    QVariantMap sync_;
};

} // namespace ocop::app
