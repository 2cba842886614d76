#pragma once

// From a Document to what a printer receives, and to a picture of the paper.
// Qt-free in its interface (pos/ calls it); the drawing inside uses QPainter
// and needs a QGuiApplication in the process (printer.no_gui otherwise) —
// the terminal has one, the `ocop` command makes an offscreen one.

#include "common/error.h"
#include "drivers/printer/document.h"
#include "drivers/printer/printer_profile.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace ocop::drivers {

struct PrintOptions {
    bool open_drawer = false; // ESC p: kick the cash drawer (cash sales)
};

// The paper as the printer will print it in raster mode: one bit a dot.
struct Raster {
    int width = 0; // dots, = the profile's dots_per_line
    int height = 0;
    std::vector<std::uint8_t> rows; // row-major, (width + 7) / 8 bytes a row, MSB first, 1 = black

    bool black(int x, int y) const {
        const auto stride = static_cast<std::size_t>((width + 7) / 8);
        return (rows[static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x / 8)] >>
                (7 - x % 8)) &
               1;
    }
};

// Lays the document out at the profile's width and draws it.
Result<Raster> render_raster(const Document& document, const PrinterProfile& profile);

// The bytes for the printer: ESC @, then the document (raster bands with
// GS v 0, or text in the profile's code page), feed, cut (GS V), and the
// drawer pulse when asked.
Result<std::string> encode_escpos(const Document& document, const PrinterProfile& profile,
                                  const PrintOptions& options = {});

// encode_escpos with what a caller needs to warn the cashier: in text mode,
// how many characters the printer's code page could not print (sent as '?').
// Always 0 in raster mode.
struct EscposJob {
    std::string bytes;
    int lost_characters = 0;
};
Result<EscposJob> encode_escpos_job(const Document& document, const PrinterProfile& profile,
                                    const PrintOptions& options = {});

// The paper as a PNG, exactly as a raster printer would print it.
Result<void> write_paper_png(const Document& document, const PrinterProfile& profile,
                             const std::filesystem::path& file);

} // namespace ocop::drivers
