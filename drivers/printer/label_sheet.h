#pragma once

#include "common/error.h"
#include "drivers/printer/qr_code.h"

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

#include <filesystem>
#include <string>
#include <vector>

namespace ocop::drivers {

// Sheets of QR labels as images, for an office printer (A4 paper, cut along
// the guides) or pre-cut label stock. A label is a QR code with a few lines
// of text under it; what the payload means is the caller's business.

struct Label {
    std::string payload;               // the QR content, UTF-8
    std::vector<std::string> captions; // lines under the QR, UTF-8 (Vietnamese is fine)
};

// Sizes are in millimetres, as they are measured on paper and label stock.
// The defaults fit 5 × 6 = 30 labels on an A4 page at 300 dpi.
struct SheetLayout {
    double page_width_mm = 210.0;
    double page_height_mm = 297.0;
    int dpi = 300;
    double margin_mm = 10.0; // all four sides: most office printers cannot print the edge
    double label_width_mm = 38.0;
    double label_height_mm = 46.0;
    double gap_mm = 0.0;     // between neighbouring labels
    double padding_mm = 2.0; // inside a label, so that a crooked cut spares the quiet zone
    int caption_lines = 2;   // lines reserved under the QR; more is an error
    double caption_pt = 7.0;
    // The smallest module that still prints and scans: below it the sheet is
    // refused, not printed unreadable.
    double min_module_mm = 0.25;
    QrErrorCorrection correction = QrErrorCorrection::Medium;
    bool cut_guides = true; // light grey cell borders for scissors; off for pre-cut stock
};

// Where things go on a page, in pixels. Labels fill rows left to right,
// top to bottom; index is the position on its page.
struct SheetGeometry {
    QSize page;
    std::vector<int> column_x; // left edge of each column of labels
    std::vector<int> row_y;    // top edge of each row
    int label_width = 0;
    int label_height = 0;
    int padding = 0;
    int caption_height = 0;

    int columns() const { return static_cast<int>(column_x.size()); }
    int rows() const { return static_cast<int>(row_y.size()); }
    int per_page() const { return columns() * rows(); }
    QRect cell(int index) const;
    // The square the QR and its quiet zone are drawn in (centred when the
    // module size leaves pixels over).
    QRect qr_area(int index) const;
    QRect caption_area(int index) const;
};

// label.bad_layout when no label fits on the page or a size is not positive.
Result<SheetGeometry> sheet_geometry(const SheetLayout& layout);

// The pages, each a grayscale image at layout.dpi (the resolution is stored
// in the image, and so in a PNG, so that it prints at its real size).
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
// Errors: label.none, label.no_gui, label.bad_layout, label.too_many_captions,
// label.qr_too_small, and the qr.* errors of encode_qr.
Result<std::vector<QImage>> render_label_sheets(const std::vector<Label>& labels,
                                                const SheetLayout& layout);

// Renders and writes PNG files: `path` itself when everything fits on one
// page, otherwise "<stem>-1.png", "<stem>-2.png", … beside it. Answers the
// files written. label.write_failed when a file cannot be written.
Result<std::vector<std::filesystem::path>> write_label_sheets(const std::vector<Label>& labels,
                                                              const SheetLayout& layout,
                                                              const std::filesystem::path& path);

// The font family captions are written in: one with every Vietnamese letter
// when the system has one (Noto Sans from fonts-noto-core is preferred).
// Needs a QGuiApplication.
QString caption_font_family();

// A QR as an image: every module `module_px` square pixels, `quiet_zone`
// white modules around it. Grayscale8, dark 0, light 255.
QImage qr_image(const QrMatrix& qr, int module_px, int quiet_zone);

} // namespace ocop::drivers
