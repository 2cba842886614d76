#include "pos/app/language.h"

#include <QCoreApplication>

namespace ocop::app {

bool Translations::use(const QString& language) {
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return false;
    if (installed_) {
        QCoreApplication::removeTranslator(&translator_);
        installed_ = false;
    }
    if (language == QLatin1String("en"))
        return true; // the strings in the QML are English
    // qt_add_translations embeds the compiled file under :/i18n.
    if (!translator_.load(QStringLiteral(":/i18n/ocop_vi.qm")))
        return false;
    installed_ = QCoreApplication::installTranslator(&translator_);
    return installed_;
}

} // namespace ocop::app
