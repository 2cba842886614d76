#pragma once

// The typeface receipts are drawn in and how big, for a printer profile:
// Noto Sans (every Vietnamese letter) at the pixel size that puts the
// profile's chars_per_line characters of ordinary receipt text on a line,
// as a text-mode printer's font A would (48 on 80 mm, 32 on 58 mm).

#include "drivers/printer/document.h"
#include "drivers/printer/printer_profile.h"

#include <QFont>
#include <QString>

namespace ocop::drivers {

struct ReceiptFont {
    QString family;
    int normal_px = 0; // TextSize::Normal, in printer dots
};

// Measured with QFontMetrics on a sample of Vietnamese receipt text, not
// guessed: fonts differ, and a fallback font may be wider. Needs a
// QGuiApplication.
ReceiptFont receipt_font(const PrinterProfile& profile);

// The font for a style: Small 0.8×, Large 1.5×, Huge 2× normal; bold as
// asked. Drawn without anti-aliasing, so that letters come out as crisp
// printer dots rather than grey edges that thresholding would nibble.
QFont styled_font(const ReceiptFont& font, TextSize size, bool bold);

} // namespace ocop::drivers
