#pragma once

// Reads back a job of ESC/POS bytes the way a printer does, command by
// command, so that tests can check what a printer would do with it rather
// than searching the bytes for patterns (raster data may hold any byte).
// Knows the commands drivers/printer/escpos.h sends; any other byte is text.

#include "drivers/printer/receipt_printer.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ocop::test {

// Bytes written as numbers, the way ESC/POS references print them.
inline std::string bytes(std::initializer_list<int> values) {
    std::string out;
    for (const int value : values)
        out += static_cast<char>(static_cast<unsigned char>(value));
    return out;
}

struct EscposCommand {
    std::string name;       // "ESC @", "GS v 0", "GS ( k", ... or "text"
    std::string parameters; // the bytes after the command's name (for text: the text)
    // GS v 0 only: bytes a row, rows, and the image data.
    int band_bytes_per_row = 0;
    int band_rows = 0;
    std::string band_data;
};

struct EscposParse {
    std::vector<EscposCommand> commands;
    std::string error; // empty when every byte was understood
};

inline EscposParse parse_escpos(std::string_view bytes) {
    EscposParse parse;
    std::size_t i = 0;
    const auto u = [&](std::size_t at) {
        return static_cast<std::uint8_t>(bytes[at]);
    };
    const auto need = [&](std::size_t count) {
        if (i + count > bytes.size()) {
            parse.error = "job ends inside a command at byte " + std::to_string(i);
            return false;
        }
        return true;
    };
    const auto fixed = [&](std::string name, std::size_t length) {
        if (!need(length))
            return false;
        parse.commands.push_back(
            {std::move(name), std::string(bytes.substr(i + 2, length - 2)), 0, 0, std::string()});
        i += length;
        return true;
    };
    while (i < bytes.size() && parse.error.empty()) {
        const std::uint8_t b = u(i);
        if ((b == 0x1B || b == 0x1D) && i + 1 < bytes.size()) {
            const char c = bytes[i + 1];
            bool ok = true;
            if (b == 0x1B && c == '@')
                ok = fixed("ESC @", 2);
            else if (b == 0x1B && c == 't')
                ok = fixed("ESC t", 3);
            else if (b == 0x1B && c == 'd')
                ok = fixed("ESC d", 3);
            else if (b == 0x1B && c == 'p')
                ok = fixed("ESC p", 5);
            else if (b == 0x1B && c == 'E')
                ok = fixed("ESC E", 3);
            else if (b == 0x1B && c == 'a')
                ok = fixed("ESC a", 3);
            else if (b == 0x1B && c == 'M')
                ok = fixed("ESC M", 3);
            else if (b == 0x1D && c == 'V')
                ok = fixed("GS V", 3);
            else if (b == 0x1D && c == 'B')
                ok = fixed("GS B", 3);
            else if (b == 0x1D && c == '!')
                ok = fixed("GS !", 3);
            else if (b == 0x1D && c == 'v') {
                if (!need(8))
                    break;
                if (bytes[i + 2] != '0') {
                    parse.error = "GS v not followed by 0 at byte " + std::to_string(i);
                    break;
                }
                EscposCommand band{"GS v 0", std::string(bytes.substr(i + 2, 6)), 0, 0, {}};
                band.band_bytes_per_row = u(i + 4) | u(i + 5) << 8;
                band.band_rows = u(i + 6) | u(i + 7) << 8;
                const auto size = static_cast<std::size_t>(band.band_bytes_per_row) *
                                  static_cast<std::size_t>(band.band_rows);
                i += 8;
                if (!need(size))
                    break;
                band.band_data = std::string(bytes.substr(i, size));
                i += size;
                parse.commands.push_back(std::move(band));
            } else if (b == 0x1D && c == '(') {
                if (!need(5))
                    break;
                const std::size_t length = u(i + 3) | static_cast<std::size_t>(u(i + 4)) << 8;
                ok = fixed(std::string("GS ( ") + bytes[i + 2], 5 + length);
            } else {
                parse.error = "unknown command at byte " + std::to_string(i);
                break;
            }
            if (!ok)
                break;
            continue;
        }
        if (b == 0x1B || b == 0x1D || b == 0x10) {
            parse.error = "a lone control byte at byte " + std::to_string(i);
            break;
        }
        if (parse.commands.empty() || parse.commands.back().name != "text")
            parse.commands.push_back({"text", {}, 0, 0, {}});
        parse.commands.back().parameters += bytes[i];
        ++i;
    }
    return parse;
}

// The names of the commands in order, e.g. {"ESC @", "GS v 0", "ESC d", "GS V"}.
inline std::vector<std::string> command_names(const EscposParse& parse) {
    std::vector<std::string> names;
    for (const auto& command : parse.commands)
        names.push_back(command.name);
    return names;
}

// The GS v 0 bands put back together, as the paper they print.
inline drivers::Raster raster_from_bands(const EscposParse& parse) {
    drivers::Raster raster;
    for (const auto& command : parse.commands) {
        if (command.name != "GS v 0")
            continue;
        raster.width = command.band_bytes_per_row * 8;
        raster.height += command.band_rows;
        raster.rows.insert(raster.rows.end(), command.band_data.begin(), command.band_data.end());
    }
    return raster;
}

} // namespace ocop::test
