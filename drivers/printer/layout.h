#pragma once

// A Document laid out on raster paper: every line of text, black fill and
// image at its place, in printer dots, on paper exactly as wide as the
// profile's dots_per_line. Painting it is raster_painter.h's job; this file
// decides where things go (and so is what tests ask about overflow).

#include "common/error.h"
#include "drivers/printer/document.h"
#include "drivers/printer/printer_profile.h"

#include <QFont>
#include <QImage>
#include <QPoint>
#include <QRect>
#include <QString>

#include <vector>

namespace ocop::drivers {

// One line of text. `box` spans the text's advance horizontally and its line
// vertically; the text is drawn at (box.x(), baseline).
struct LaidLine {
    QString text;
    QFont font;
    QRect box;
    int baseline = 0;
    bool white = false; // on a black band (inverted style)
};

// Dots already black and white (Grayscale8, 0 or 255): pictures, QR codes.
struct LaidImage {
    QPoint at;
    QImage dots;
};

struct Layout {
    int width = 0;            // dots
    int height = 0;           // dots
    std::vector<QRect> fills; // black: rules and the bands under inverted text
    std::vector<LaidImage> images;
    std::vector<LaidLine> lines;

    // The right edge of the widest line of text (≤ width once laid out).
    int widest_line() const;
};

// Text is drawn in Noto Sans at the size receipt_font() measures for the
// profile; needs a QGuiApplication. Errors: printer.bad_picture,
// printer.qr_too_big and encode_qr's qr.*.
Result<Layout> lay_out(const Document& document, const PrinterProfile& profile);

// Whole printer dots per QR module for `modules` modules (quiet zone
// included) on paper `paper_dots` wide: `module_dots` when given, else the
// largest that keeps the code within `max_width_percent`; never fewer than
// 3 (smaller modules blur on thermal paper), never wider than the paper.
// 0 when even 3 dots a module do not fit.
int qr_module_dots(int modules, int paper_dots, int module_dots, int max_width_percent);

} // namespace ocop::drivers
