#pragma once

// The ESC/POS commands this project sends, one function each, as bytes
// (docs/printing.md, "ESC/POS"). Nothing here decides what to print; the
// raster and text-mode encoders compose these.

#include "drivers/printer/document.h"
#include "drivers/printer/qr_code.h"
#include "drivers/printer/receipt_printer.h"

#include <string>
#include <string_view>

namespace ocop::drivers::escpos {

// ESC @: back to the power-on state (font A, no emphasis, table 0, left).
std::string initialize();

// ESC t n: the character table text bytes are printed from.
std::string select_code_page(int table);

// GS v 0, normal density, once per `band_rows` rows of the raster, each band
// (width + 7) / 8 bytes a row, MSB first, 1 = black.
std::string raster_bands(const Raster& raster, int band_rows);

// ESC d n: print what is buffered and feed n lines (n is capped at 255).
std::string feed(int lines);

// GS V 1: partial cut where the paper is now. The feed before it (ESC d)
// brings the last line past the cutter; a partial cut leaves a hinge so
// the receipt does not fall behind the counter.
std::string cut();

// ESC p 0 t1 t2: a pulse on drawer pin 2, 50 ms on, 500 ms off.
std::string drawer_pulse();

std::string bold(bool on);                           // ESC E n
std::string align(Align align);                      // ESC a n
std::string reverse(bool on);                        // GS B n: white on black
std::string small_font(bool on);                     // ESC M n: font B (9 × 17) or A (12 × 24)
std::string size(int width_times, int height_times); // GS ! n, each 1..8

// The printer's own QR code (GS ( k, model 2): model, module size (1..16
// dots), error correction, store the data, print it.
std::string qr_code(std::string_view data, int module_dots, QrErrorCorrection correction);

} // namespace ocop::drivers::escpos
