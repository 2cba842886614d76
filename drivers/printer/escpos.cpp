#include "drivers/printer/escpos.h"

#include <algorithm>
#include <cstddef>

namespace ocop::drivers::escpos {

namespace {

constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;

char byte(int value) {
    return static_cast<char>(static_cast<unsigned char>(value & 0xFF));
}

// Little-endian 16-bit count, as ESC/POS lengths are sent.
std::string low_high(std::size_t value) {
    return {byte(static_cast<int>(value & 0xFF)), byte(static_cast<int>((value >> 8) & 0xFF))};
}

std::string command(std::initializer_list<int> bytes) {
    std::string out;
    for (const int value : bytes)
        out += byte(value);
    return out;
}

// GS ( k with cn = 49 (QR code): pL pH count the two bytes cn fn and the
// parameters that follow them.
std::string qr_function(int fn, std::string_view parameters) {
    return std::string{GS, '(', 'k'} + low_high(parameters.size() + 2) + byte(49) + byte(fn) +
           std::string(parameters);
}

int correction_byte(QrErrorCorrection correction) {
    switch (correction) {
    case QrErrorCorrection::Low:
        return 48;
    case QrErrorCorrection::Medium:
        return 49;
    case QrErrorCorrection::Quartile:
        return 50;
    case QrErrorCorrection::High:
        return 51;
    }
    return 49;
}

} // namespace

std::string initialize() {
    return {ESC, '@'};
}

std::string select_code_page(int table) {
    return {ESC, 't', byte(table)};
}

std::string raster_bands(const Raster& raster, int band_rows) {
    const auto stride = static_cast<std::size_t>((raster.width + 7) / 8);
    const int rows_per_band = std::max(1, band_rows);
    std::string out;
    for (int top = 0; top < raster.height; top += rows_per_band) {
        const int rows = std::min(rows_per_band, raster.height - top);
        out += std::string{GS, 'v', '0', 0} + low_high(stride) +
               low_high(static_cast<std::size_t>(rows));
        const auto first = raster.rows.begin() +
                           static_cast<std::ptrdiff_t>(static_cast<std::size_t>(top) * stride);
        out.append(first,
                   first + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(rows) * stride));
    }
    return out;
}

std::string feed(int lines) {
    return {ESC, 'd', byte(std::clamp(lines, 0, 255))};
}

std::string cut() {
    return {GS, 'V', 1};
}

std::string drawer_pulse() {
    return command({ESC, 'p', 0, 25, 250});
}

std::string bold(bool on) {
    return {ESC, 'E', byte(on ? 1 : 0)};
}

std::string align(Align align) {
    const int n = align == Align::Left ? 0 : align == Align::Center ? 1 : 2;
    return {ESC, 'a', byte(n)};
}

std::string reverse(bool on) {
    return {GS, 'B', byte(on ? 1 : 0)};
}

std::string small_font(bool on) {
    return {ESC, 'M', byte(on ? 1 : 0)};
}

std::string size(int width_times, int height_times) {
    const int width = std::clamp(width_times, 1, 8) - 1;
    const int height = std::clamp(height_times, 1, 8) - 1;
    return {GS, '!', byte(width << 4 | height)};
}

std::string qr_code(std::string_view data, int module_dots, QrErrorCorrection correction) {
    return qr_function(65, command({50, 0})) +                          // model 2
           qr_function(67, command({std::clamp(module_dots, 1, 16)})) + // module size
           qr_function(69, command({correction_byte(correction)})) +
           qr_function(80, std::string("0") + std::string(data)) + // store (m = 48)
           qr_function(81, "0");                                   // print (m = 48)
}

} // namespace ocop::drivers::escpos
