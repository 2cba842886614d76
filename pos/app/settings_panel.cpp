#include "pos/app/settings_panel.h"

#include "db/sync_state.h"
#include "drivers/printer/cups_printer.h"
#include "drivers/printer/printer_profile.h"
#include "pos/app/display_format.h"
#include "pos/receipt.h"
#include "pos/settings.h"

namespace ocop::app {

SettingsPanel::SettingsPanel(TerminalCore& core, QObject* parent) : Panel(core, parent) {
    refreshSync();
}

QString SettingsPanel::setting(std::string_view key, const QString& fallback) const {
    auto value = pos::get_setting(*core_.db, key);
    return value && *value ? to_qstring(**value) : fallback;
}

QString SettingsPanel::printerQueue() const {
    return setting("printer.queue");
}

QString SettingsPanel::printerProfile() const {
    return setting("printer.profile", QStringLiteral("80mm"));
}

QStringList SettingsPanel::profiles() const {
    QStringList names;
    for (const auto& name : drivers::printer_profile_names())
        names.append(to_qstring(name));
    return names;
}

bool SettingsPanel::refreshPrinters() {
    auto destinations = drivers::list_destinations();
    if (!destinations)
        return report(destinations.error());
    printers_.clear();
    for (const auto& d : *destinations) {
        printers_.append(QVariantMap{{"name", to_qstring(d.name)},
                                     {"uri", to_qstring(d.uri)},
                                     {"info", to_qstring(d.info)},
                                     {"paperWidth", d.paper_width_mm},
                                     {"state", to_qstring(d.state)},
                                     {"reasons", to_qstring(d.state_reasons)},
                                     {"accepting", d.accepting}});
    }
    emit printersChanged();
    return true;
}

bool SettingsPanel::setPrinter(const QString& queue, const QString& profile) {
    if (auto valid = drivers::printer_profile(to_std(profile)); !valid)
        return report(valid.error());
    for (const auto& [key, value] :
         {std::pair{"printer.queue", queue}, {"printer.profile", profile}})
        if (auto set = pos::set_setting(*core_.db, key, to_std(value)); !set)
            return report(set.error());
    emit printerChanged();
    return true;
}

QVariantMap SettingsPanel::store() const {
    auto header = pos::store_header(*core_.db, core_.till.store_code);
    QVariantMap map{{"storeCode", to_qstring(core_.till.store_code)},
                    {"terminalCode", to_qstring(core_.till.terminal.code)}};
    if (header) {
        map.insert("name", to_qstring(header->name));
        map.insert("address", to_qstring(header->address));
        map.insert("taxCode", to_qstring(header->tax_code));
        map.insert("phone", to_qstring(header->phone));
    }
    return map;
}

void SettingsPanel::set_scanner_status(const QString& name, const QString& status) {
    for (auto& entry : scanners_) {
        QVariantMap scanner = entry.toMap();
        if (scanner.value("name") == name) {
            scanner.insert("status", status);
            entry = scanner;
            emit scannersChanged();
            return;
        }
    }
    scanners_.append(QVariantMap{{"name", name}, {"status", status}});
    emit scannersChanged();
}

void SettingsPanel::refreshSync() {
    auto status = db::read_sync_status(*core_.db, core_.till.terminal);
    if (!status) {
        sync_ = QVariantMap{{"error", core_.message(status.error())}};
    } else {
        sync_ =
            QVariantMap{{"pendingEvents", QVariant::fromValue(status->pending_events)},
                        {"ackedSeq", QVariant::fromValue(status->acked_seq)},
                        {"lastAttempt", display_time_text(status->last_attempt_at.value_or(""))},
                        {"lastSuccess", display_time_text(status->last_success_at.value_or(""))},
                        {"lastErrorCode", to_qstring(status->last_error_code)},
                        {"lastError", to_qstring(status->last_error)}};
    }
    emit syncChanged();
}

} // namespace ocop::app
