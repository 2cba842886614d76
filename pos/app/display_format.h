#pragma once

// How the terminal writes the domain's values on screen: money as
// "1.250.000 ₫", times as "dd/MM/yyyy HH:mm", quantities as the receipt
// prints them. The words come from pos/, so the screen and the paper agree.

#include "pos/money.h"
#include "pos/quantity.h"

#include <QString>

#include <string>

namespace ocop::app {

QString money_text(pos::Money amount);         // "1.250.000 ₫"
QString quantity_text(pos::Quantity quantity); // "2", "0,352"
QString to_qstring(const std::string& text);
std::string to_std(const QString& text);

// "2026-11-29" -> "29/11/2026"; the text unchanged when it is not a date.
QString date_text(const std::string& iso_date);

// "2026-11-29T08:39:52+07:00" -> "29/11/2026 08:39"; the text unchanged when
// it is not a timestamp.
QString display_time_text(const std::string& timestamp);

} // namespace ocop::app
