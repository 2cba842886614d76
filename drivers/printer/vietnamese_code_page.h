#pragma once

// Vietnamese text in a receipt printer's own character tables, for text mode
// (docs/printing.md, "Text mode and code pages"). Raster mode never needs
// this: it draws the letters.
//
//   cp1258  Windows-1258: ă â ê ô ơ ư đ and a few toned letters (à á é …) are
//           single bytes; the other tones follow their letter as one of five
//           combining marks (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde,
//           0xF2 dot below).
//   tcvn3   TCVN 5712:1993 VN3 as Epson-compatible printers hold it: every
//           toned small letter is one byte of the table ESC t 30 selects; the
//           capitals sit at the same bytes of the next table (ESC t 31).
//   ascii   no Vietnamese table: letters lose their marks ("Mật" → "Mat").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::drivers {

enum class VietnameseCodePage { Cp1258, Tcvn3, Ascii };

// "cp1258", "tcvn3" or "ascii" (PrinterProfile::encoding); nullopt otherwise.
std::optional<VietnameseCodePage> vietnamese_code_page(std::string_view name);
std::vector<std::string> vietnamese_code_page_names();

// Bytes meant for one of the printer's tables: 0 is the profile's code page,
// 1 the table after it (TCVN-3 capitals). cp1258 and ascii use table 0 only.
struct CodePageRun {
    int table = 0;
    std::string bytes;
};

struct CodePageText {
    std::vector<CodePageRun> runs;
    // Characters the table has no byte for, each printed as '?': the caller
    // tells the cashier when it is not zero.
    int lost = 0;

    // Every run's bytes in order (all of the text for a one-table encoding).
    std::string bytes() const;
};

// UTF-8 (NFC or NFD) to the table's bytes. Control characters and invalid
// UTF-8 are lost too, so that a product name can never smuggle a printer
// command into the job.
CodePageText encode_for_printer(std::string_view utf8, VietnameseCodePage page);

// How many character cells `utf8` takes on the printer's paper once encoded:
// a byte a cell, except cp1258's five tone marks, which print over the letter
// before them. Not the same as the number of letters: a stand-in may be
// longer than what it stands for ("…" → "..."), and a character the table
// lacks is one '?' for each code point (an emoji with a skin tone is two).
// Text mode measures lines with this, so that no line runs past
// chars_per_line.
int printed_columns(std::string_view utf8, VietnameseCodePage page);

// What the printer prints for `bytes` of one table, as UTF-8 in NFC (for
// tests and the printer emulator). Bytes the table leaves empty become U+FFFD.
std::string decode_from_printer(std::string_view bytes, VietnameseCodePage page, int table = 0);

} // namespace ocop::drivers
