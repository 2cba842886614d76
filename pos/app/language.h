#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace ocop::app {

// The screen's language: Vietnamese (the default, from the compiled
// qml/i18n/ocop_vi.ts) or English (the source strings). Installing one
// replaces the other for the whole application.
class Translations {
public:
    // false when `language` is neither "vi" nor "en", or its file is missing.
    bool use(const QString& language);

private:
    QTranslator translator_;
    bool installed_ = false;
};

} // namespace ocop::app
