#pragma once

// An ESC/POS byte stream as the commands a receipt printer reads from it:
// the commands drivers/printer/escpos.h sends, the real-time status request
// (DLE EOT) and a few more a printer meets in practice. Bytes it does not
// know become Unknown commands (a test can insist on none), and a command cut
// short by the end of the stream a Truncated one.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::emulator {

enum class CommandKind {
    Text,           // printable bytes in the selected code page (data)
    LineFeed,       // LF: print the line, or feed one line when empty
    CarriageReturn, // CR: ignored, as with auto line feed off
    Initialize,     // ESC @
    SelectCodePage, // ESC t n
    Raster,         // GS v 0 m xL xH yL yH: width dots × height rows in data
    FeedLines,      // ESC d n
    FeedDots,       // ESC J n
    LineSpacing,    // ESC 2 (value -1: default) / ESC 3 n
    Cut,            // GS V m [n]: value 0 full, 1 partial
    DrawerPulse,    // ESC p m t1 t2: value pin (2 or 5), width/height on/off ms
    Bold,           // ESC E n
    Align,          // ESC a n: 0 left, 1 centre, 2 right
    Reverse,        // GS B n
    Font,           // ESC M n: 0 font A, 1 font B
    Size,           // GS ! n: width × height multipliers
    PrintMode,      // ESC ! n
    QrModel,        // GS ( k fn 65
    QrModuleSize,   // GS ( k fn 67
    QrCorrection,   // GS ( k fn 69: value 48..51 (L, M, Q, H)
    QrStore,        // GS ( k fn 80: data
    QrPrint,        // GS ( k fn 81
    StatusRequest,  // DLE EOT n
    Unknown,        // raw holds the bytes
    Truncated,      // raw holds the bytes of the unfinished command
};

struct EscposCommand {
    CommandKind kind = CommandKind::Unknown;
    int value = 0;
    int width = 0;  // Raster: dots; DrawerPulse: on time in ms
    int height = 0; // Raster: rows; DrawerPulse: off time in ms
    std::string data;
    std::string raw; // the command's own bytes (Unknown, Truncated; the header of the rest)
};

struct DecodeStep {
    std::vector<EscposCommand> commands;
    std::size_t consumed = 0; // bytes of whole commands; the rest waits for more
};

// The whole commands at the front of `bytes`, for a printer reading a
// connection as it arrives (it must answer DLE EOT at once).
DecodeStep decode_available(std::string_view bytes);

// A whole job: what is left unfinished at the end is one Truncated command.
std::vector<EscposCommand> decode_escpos(std::string_view bytes);

// "1D 76 30 00": bytes as a technician reads them in a log.
std::string hex_bytes(std::string_view bytes, std::size_t limit = 16);

} // namespace ocop::emulator
