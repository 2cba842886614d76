#pragma once

// A Document as characters in the printer's own font (text mode): lines of
// chars_per_line characters in the profile's Vietnamese code page, styles as
// ESC/POS commands, QR codes by the printer's QR command and pictures as
// raster bands. docs/printing.md, "Text mode and code pages".

#include "common/error.h"
#include "drivers/printer/document.h"
#include "drivers/printer/printer_profile.h"

#include <string>

namespace ocop::drivers {

struct TextModeJob {
    std::string bytes; // the document only: no ESC @, no code page selection, no cut
    int lost = 0;      // characters the code page cannot print (sent as '?')
};

// Characters a line holds at a size: Small is font B (four thirds of
// chars_per_line), Large double height (same count), Huge double width and
// height (half).
int text_mode_columns(const PrinterProfile& profile, TextSize size);

// Needs no QGuiApplication. Errors: printer.unknown_encoding,
// printer.bad_picture, printer.qr_too_big and encode_qr's qr.*.
Result<TextModeJob> encode_text_mode(const Document& document, const PrinterProfile& profile);

} // namespace ocop::drivers
