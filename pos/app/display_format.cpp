#include "pos/app/display_format.h"

#include "pos/clock.h"

#include <QDate>

namespace ocop::app {

QString to_qstring(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string to_std(const QString& text) {
    return text.toStdString();
}

QString money_text(pos::Money amount) {
    return to_qstring(pos::format_money(amount));
}

QString quantity_text(pos::Quantity quantity) {
    return to_qstring(pos::format_quantity(quantity));
}

QString date_text(const std::string& iso_date) {
    const QDate date = QDate::fromString(to_qstring(iso_date), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : to_qstring(iso_date);
}

QString display_time_text(const std::string& timestamp) {
    const auto instant = pos::parse_timestamp(timestamp);
    return instant ? to_qstring(pos::display_time(*instant)) : to_qstring(timestamp);
}

} // namespace ocop::app
