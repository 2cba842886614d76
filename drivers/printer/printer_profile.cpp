#include "drivers/printer/printer_profile.h"

#include <array>

namespace ocop::drivers {

namespace {

// ESC t numbers differ between makers (docs/printing.md, "Code pages"): the
// text profiles use 27, Windows-1258 on the Chinese-made printers most
// Vietnamese shops buy (Xprinter, Zjiang, Netum firmware); an Epson TM-T88
// wants 52, or 30 with encoding "tcvn3". A store with another printer copies
// a profile and changes the number.
constexpr int kCp1258OnCommonFirmware = 27;

PrinterProfile raster(std::string name, int dots, int chars) {
    PrinterProfile profile;
    profile.name = std::move(name);
    profile.dots_per_line = dots;
    profile.chars_per_line = chars;
    profile.mode = PrintMode::Raster;
    return profile;
}

PrinterProfile text(std::string name, int dots, int chars) {
    PrinterProfile profile = raster(std::move(name), dots, chars);
    profile.mode = PrintMode::Text;
    profile.code_page = kCp1258OnCommonFirmware;
    profile.encoding = "cp1258";
    return profile;
}

std::array<PrinterProfile, 4> shipped() {
    return {raster("80mm", 576, 48), raster("58mm", 384, 32), text("80mm-text", 576, 48),
            text("58mm-text", 384, 32)};
}

} // namespace

Result<PrinterProfile> printer_profile(std::string_view name) {
    for (PrinterProfile& profile : shipped())
        if (profile.name == name)
            return std::move(profile);
    return fail("printer.unknown_profile",
                "no printer profile named \"" + std::string(name) +
                    "\" (known: 80mm, 58mm, 80mm-text, 58mm-text)",
                "Không có cấu hình máy in \"" + std::string(name) +
                    "\" (chọn 80mm, 58mm, 80mm-text hoặc 58mm-text).");
}

std::vector<std::string> printer_profile_names() {
    std::vector<std::string> names;
    for (const PrinterProfile& profile : shipped())
        names.push_back(profile.name);
    return names;
}

} // namespace ocop::drivers
