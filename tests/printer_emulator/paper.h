#pragma once

// What a thermal receipt printer makes of decoded ESC/POS commands: the paper
// (raster bands top to bottom, text drawn in 12 × 24 or 9 × 17 dot cells from
// the selected code page, feeds, cuts, the printer's own QR codes) and a log,
// one line a command ("ESC @ initialize", "GS v 0 raster 576x24", "GS V cut
// partial", "ESC p drawer pin2 on 50 ms off 500 ms", "text \"Mật ong\"").
// Needs a QGuiApplication (fonts).

#include "printer_emulator/escpos_decoder.h"

#include <QImage>

#include <string>
#include <vector>

namespace ocop::emulator {

// The character table an ESC t number selects on the emulated printer: 27
// (common Chinese-made firmware) and 52 (Epson) are Windows-1258, 30 and 31
// TCVN-3 small letters and capitals (Epson), anything else PC437 read as
// ASCII (other bytes print as U+FFFD, as a wrong table would garble them).
struct CodePage {
    std::string name; // cp1258, tcvn3, tcvn3-capitals, pc437
    int number = 0;   // n of ESC t n

    // What the printer prints for bytes of this table, as UTF-8.
    std::string decode(std::string_view bytes) const;
};
CodePage code_page(int esc_t_number);

struct PaperOptions {
    int width_dots = 576; // 80 mm at 203 dpi; 384 for 58 mm
};

struct PrintedPaper {
    QImage paper; // Grayscale8, width_dots wide; null when nothing reached the paper
    std::vector<std::string> log;
    int cuts = 0;
};

PrintedPaper print_commands(const std::vector<EscposCommand>& commands,
                            const PaperOptions& options = {});

} // namespace ocop::emulator
