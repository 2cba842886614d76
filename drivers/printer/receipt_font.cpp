#include "drivers/printer/receipt_font.h"

#include "drivers/printer/label_sheet.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace ocop::drivers {

namespace {

// What a receipt line is made of: marked lower case, a few capitals, digits
// with thousands dots, spaces.
constexpr char16_t kSample[] = u"Mật ong hoa dừa Trà Vinh 2 × 95.000 Bánh tét lá cẩm Cầu Kè "
                               u"Tổng cộng 1.250.000 đ Kẹo dừa Bến Tre";

// Measuring at a large size first gives a close estimate in one step; the
// loop then settles rounding and hinting at the real size.
constexpr int kReferencePx = 100;

double average_advance(const QString& family, int px) {
    QFont font(family);
    font.setPixelSize(px);
    font.setStyleStrategy(QFont::NoAntialias); // as drawn: hinting may change advances
    const QString sample = QString::fromUtf16(kSample);
    return QFontMetricsF(font).horizontalAdvance(sample) / static_cast<double>(sample.size());
}

double scale(TextSize size) {
    switch (size) {
    case TextSize::Small:
        return 0.8;
    case TextSize::Normal:
        return 1.0;
    case TextSize::Large:
        return 1.5;
    case TextSize::Huge:
        return 2.0;
    }
    return 1.0;
}

} // namespace

ReceiptFont receipt_font(const PrinterProfile& profile) {
    ReceiptFont font{caption_font_family(), 0};
    const double per_char = static_cast<double>(profile.dots_per_line) /
                            static_cast<double>(std::max(1, profile.chars_per_line));
    int px = static_cast<int>(kReferencePx * per_char / average_advance(font.family, kReferencePx));
    px = std::max(px, 6);
    while (px > 6 && average_advance(font.family, px) > per_char)
        --px;
    font.normal_px = px;
    return font;
}

QFont styled_font(const ReceiptFont& font, TextSize size, bool bold) {
    QFont styled(font.family);
    styled.setPixelSize(std::max(1, static_cast<int>(std::lround(font.normal_px * scale(size)))));
    styled.setBold(bold);
    styled.setStyleStrategy(QFont::NoAntialias);
    return styled;
}

} // namespace ocop::drivers
