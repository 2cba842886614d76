#pragma once

// The emulated printer's condition and its answers to DLE EOT n, bit for bit
// as drivers/printer/printer_condition.h reads them (Epson's reference):
//   n = 1: 0x12, + 0x08 offline (paper out or cover open stop the printer)
//   n = 2: 0x12, + 0x04 cover open, + 0x20 stopped by paper end
//   n = 3: 0x12 (no error)
//   n = 4: 0x12, + 0x0C paper near its end, + 0x60 no paper

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::emulator {

struct PrinterState {
    bool paper_out = false;
    bool cover_open = false;
    bool near_end = false;
    bool offline = false; // refuses connections: switched off or unplugged

    // Paper out or the cover open: the printer takes bytes and prints nothing.
    bool prints() const { return !paper_out && !cover_open; }

    // "ready", or the conditions by name: "paper-out cover-open".
    std::string describe() const;
};

// The status byte for DLE EOT n; nullopt for an n the printer does not know.
std::optional<std::uint8_t> dle_eot_reply(const PrinterState& state, int n);

// A control-port command ("paper-out", "cover-open", "near-end", "offline",
// "ready") applied to the state; false when it is not one of them.
bool apply_control_command(PrinterState& state, std::string_view command);

} // namespace ocop::emulator
