#pragma once

#include "common/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace ocop::drivers {

// Raster (the default) draws the document as a picture, so every Vietnamese
// letter prints right on any ESC/POS printer; text mode sends characters in
// the printer's own Vietnamese code page, for printers that have one.
enum class PrintMode { Raster, Text };

// What the terminal knows about a receipt printer (docs/printing.md).
struct PrinterProfile {
    std::string name = "80mm";
    int dots_per_line = 576; // 80 mm paper; 384 for 58 mm
    int dpi = 203;           // thermal heads are 8 dots per mm
    PrintMode mode = PrintMode::Raster;
    int chars_per_line = 48; // text mode: 48 on 80 mm (font A), 32 on 58 mm
    int code_page = 30;      // text mode: the printer's number for its Vietnamese table (ESC t n)
    std::string encoding = "cp1258"; // text mode: how that table encodes letters
    int band_rows = 24; // raster: rows per GS v 0 command (small bands suit small buffers)
    int feed_lines = 4; // blank lines fed before the cut, so the cut clears the text
    bool cut = true;    // GS V
};

// The profiles shipped: "80mm", "58mm" (raster), and text-mode variants
// "80mm-text", "58mm-text". printer.unknown_profile otherwise.
Result<PrinterProfile> printer_profile(std::string_view name);
std::vector<std::string> printer_profile_names();

} // namespace ocop::drivers
