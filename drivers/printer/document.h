#pragma once

// A printed document for a roll printer, as blocks from top to bottom: text
// that wraps, rows of two or three columns, rules, images, QR codes, blank
// space. It knows nothing of sales: pos/ builds receipts, reports and slips
// into it; drivers/printer/ lays it out for a printer (raster or text mode).
// No Qt here, so that pos/ can build documents without depending on Qt.

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace ocop::drivers {

enum class Align { Left, Center, Right };

// Relative to the printer's normal text: Large is one and a half times as big,
// Huge twice (the total on a receipt, the change on screen).
enum class TextSize { Small, Normal, Large, Huge };

struct TextStyle {
    TextSize size = TextSize::Normal;
    bool bold = false;
    Align align = Align::Left;
    bool inverted = false; // white on black, for a banner such as "BẢN SAO"
};

// A paragraph, wrapped at word boundaries to the paper's width. UTF-8.
struct TextBlock {
    std::string text;
    TextStyle style;
};

// One row of two or three columns, e.g. "2 × 95.000" | "190.000". The first
// column wraps; the others keep to one line and are aligned as given. Widths
// are shares of the paper's width (e.g. {3, 1, 1}).
struct ColumnRow {
    std::vector<std::string> cells;
    std::vector<int> widths;
    std::vector<Align> aligns;
    TextStyle style; // size and bold for the whole row
};

struct Rule {
    bool double_line = false; // ═══ (before the total) rather than ───
};

struct Spacer {
    int lines = 1; // blank lines of normal text
};

// A greyscale picture (0 black .. 255 white), scaled to fit the width and
// dithered to black and white when printed.
struct Picture {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // row-major, width × height
    Align align = Align::Center;
    int max_width_percent = 60; // of the paper's width
};

// A QR code printed with whole printer dots per module.
struct QrBlock {
    std::string payload; // UTF-8
    int module_dots = 0; // dots per module; 0: the largest that fits max_width_percent
    int max_width_percent = 60;
    std::string caption; // a line under it, centred; may be empty
};

using Block = std::variant<TextBlock, ColumnRow, Rule, Spacer, Picture, QrBlock>;

struct Document {
    std::vector<Block> blocks;

    // Builders, so that documents read like what they print.
    Document& text(std::string text, TextStyle style = {}) {
        blocks.emplace_back(TextBlock{std::move(text), style});
        return *this;
    }
    Document& columns(std::vector<std::string> cells, std::vector<int> widths,
                      std::vector<Align> aligns, TextStyle style = {}) {
        blocks.emplace_back(
            ColumnRow{std::move(cells), std::move(widths), std::move(aligns), style});
        return *this;
    }
    Document& rule(bool double_line = false) {
        blocks.emplace_back(Rule{double_line});
        return *this;
    }
    Document& space(int lines = 1) {
        blocks.emplace_back(Spacer{lines});
        return *this;
    }
    Document& qr(std::string payload, std::string caption = {}) {
        blocks.emplace_back(QrBlock{std::move(payload), 0, 60, std::move(caption)});
        return *this;
    }
    Document& picture(Picture picture) {
        blocks.emplace_back(std::move(picture));
        return *this;
    }
};

} // namespace ocop::drivers
