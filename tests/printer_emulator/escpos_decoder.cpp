#include "printer_emulator/escpos_decoder.h"

#include <array>
#include <optional>

namespace ocop::emulator {

namespace {

constexpr unsigned kLf = 0x0A;
constexpr unsigned kCr = 0x0D;
constexpr unsigned kDle = 0x10;
constexpr unsigned kEot = 0x04;
constexpr unsigned kDc4 = 0x14;
constexpr unsigned kEsc = 0x1B;
constexpr unsigned kGs = 0x1D;
constexpr unsigned kQrCn = 49; // GS ( k with cn = 49 is the QR code

struct Parsed {
    EscposCommand command;
    std::size_t length = 0;
};
// nullopt: the command is not complete yet.
using Step = std::optional<Parsed>;

unsigned at(std::string_view bytes, std::size_t i) {
    return static_cast<unsigned char>(bytes[i]);
}

int low_high(std::string_view bytes, std::size_t i) {
    return static_cast<int>(at(bytes, i) + 256 * at(bytes, i + 1));
}

// ESC/POS takes many parameters as either n or the digit '0' + n.
int digit_or_value(unsigned n) {
    return static_cast<int>(n >= 48 ? n - 48 : n);
}

Step make(std::string_view bytes, std::size_t length, CommandKind kind, int value = 0) {
    if (bytes.size() < length)
        return std::nullopt;
    EscposCommand command;
    command.kind = kind;
    command.value = value;
    command.raw = std::string(bytes.substr(0, length));
    return Parsed{std::move(command), length};
}

// A command of `length` bytes whose last byte is its parameter.
Step with_parameter(std::string_view bytes, std::size_t length, CommandKind kind) {
    if (bytes.size() < length)
        return std::nullopt;
    return make(bytes, length, kind, static_cast<int>(at(bytes, length - 1)));
}

Step text(std::string_view bytes) {
    std::size_t end = 0;
    while (end < bytes.size() && at(bytes, end) >= 0x20)
        ++end;
    Parsed parsed;
    parsed.command.kind = CommandKind::Text;
    parsed.command.data = std::string(bytes.substr(0, end));
    parsed.length = end;
    return parsed;
}

Step drawer_pulse(std::string_view bytes) {
    auto step = make(bytes, 5, CommandKind::DrawerPulse);
    if (!step)
        return step;
    step->command.value = (at(bytes, 2) & 1) != 0 ? 5 : 2;
    step->command.width = static_cast<int>(at(bytes, 3)) * 2;
    step->command.height = static_cast<int>(at(bytes, 4)) * 2;
    return step;
}

Step esc(std::string_view bytes) {
    if (bytes.size() < 2)
        return std::nullopt;
    switch (at(bytes, 1)) {
    case '@':
        return make(bytes, 2, CommandKind::Initialize);
    case 't':
        return with_parameter(bytes, 3, CommandKind::SelectCodePage);
    case 'd':
        return with_parameter(bytes, 3, CommandKind::FeedLines);
    case 'J':
        return with_parameter(bytes, 3, CommandKind::FeedDots);
    case '2':
        return make(bytes, 2, CommandKind::LineSpacing, -1);
    case '3':
        return with_parameter(bytes, 3, CommandKind::LineSpacing);
    case 'E':
        return bytes.size() < 3
                   ? std::nullopt
                   : make(bytes, 3, CommandKind::Bold, static_cast<int>(at(bytes, 2) & 1));
    case 'a':
        return bytes.size() < 3 ? std::nullopt
                                : make(bytes, 3, CommandKind::Align, digit_or_value(at(bytes, 2)));
    case 'M':
        return bytes.size() < 3 ? std::nullopt
                                : make(bytes, 3, CommandKind::Font, digit_or_value(at(bytes, 2)));
    case '!':
        return with_parameter(bytes, 3, CommandKind::PrintMode);
    case 'p':
        return drawer_pulse(bytes);
    default:
        return make(bytes, 2, CommandKind::Unknown);
    }
}

// GS v 0 m xL xH yL yH d1...dk: k = (xL + xH × 256) × (yL + yH × 256).
Step raster(std::string_view bytes) {
    if (bytes.size() < 8)
        return std::nullopt;
    if (at(bytes, 2) != '0')
        return make(bytes, 3, CommandKind::Unknown);
    const int stride = low_high(bytes, 4);
    const int rows = low_high(bytes, 6);
    const auto length = 8 + static_cast<std::size_t>(stride) * static_cast<std::size_t>(rows);
    auto step = make(bytes, length, CommandKind::Raster, digit_or_value(at(bytes, 3)));
    if (!step)
        return step;
    step->command.width = stride * 8;
    step->command.height = rows;
    step->command.data = std::string(bytes.substr(8, length - 8));
    step->command.raw.resize(8);
    return step;
}

// GS V m: m = 0/48 full cut, 1/49 partial; 65/66, 97/98, 103/104 take n.
Step cut(std::string_view bytes) {
    if (bytes.size() < 3)
        return std::nullopt;
    const unsigned m = at(bytes, 2);
    static constexpr std::array<unsigned, 6> kWithFeed{65, 66, 97, 98, 103, 104};
    bool feed = false;
    for (const unsigned with_feed : kWithFeed)
        feed = feed || m == with_feed;
    const int partial = (m == 1 || m == 49 || m == 66 || m == 98 || m == 104) ? 1 : 0;
    return make(bytes, feed ? 4 : 3, CommandKind::Cut, partial);
}

CommandKind qr_function(unsigned fn) {
    switch (fn) {
    case 65:
        return CommandKind::QrModel;
    case 67:
        return CommandKind::QrModuleSize;
    case 69:
        return CommandKind::QrCorrection;
    case 80:
        return CommandKind::QrStore;
    case 81:
        return CommandKind::QrPrint;
    default:
        return CommandKind::Unknown;
    }
}

// GS ( k pL pH cn fn [parameters]: pL pH count from cn on.
Step gs_paren(std::string_view bytes) {
    if (bytes.size() < 5)
        return std::nullopt;
    const auto length = 5 + static_cast<std::size_t>(low_high(bytes, 3));
    if (bytes.size() < length)
        return std::nullopt;
    const bool qr = at(bytes, 2) == 'k' && length >= 7 && at(bytes, 5) == kQrCn;
    const CommandKind kind = qr ? qr_function(at(bytes, 6)) : CommandKind::Unknown;
    auto step = make(bytes, length, kind);
    if (kind == CommandKind::QrStore)
        step->command.data = length > 8 ? std::string(bytes.substr(8, length - 8)) : "";
    else if (kind == CommandKind::QrModel)
        step->command.value = length > 7 ? digit_or_value(at(bytes, 7)) : 0;
    else if (kind != CommandKind::Unknown && kind != CommandKind::QrPrint)
        step->command.value = length > 7 ? static_cast<int>(at(bytes, 7)) : 0;
    return step;
}

Step gs(std::string_view bytes) {
    if (bytes.size() < 2)
        return std::nullopt;
    switch (at(bytes, 1)) {
    case 'v':
        return raster(bytes);
    case 'V':
        return cut(bytes);
    case 'B':
        return bytes.size() < 3
                   ? std::nullopt
                   : make(bytes, 3, CommandKind::Reverse, static_cast<int>(at(bytes, 2) & 1));
    case '!':
        return with_parameter(bytes, 3, CommandKind::Size);
    case '(':
        return gs_paren(bytes);
    default:
        return make(bytes, 2, CommandKind::Unknown);
    }
}

// DLE EOT n is the status request; DLE ENQ n and DLE DC4 fn … are other
// real-time commands, kept whole so that what follows them stays in step.
Step dle(std::string_view bytes) {
    if (bytes.size() < 2)
        return std::nullopt;
    const unsigned second = at(bytes, 1);
    if (second == kEot)
        return with_parameter(bytes, 3, CommandKind::StatusRequest);
    if (second == 0x05)
        return make(bytes, 3, CommandKind::Unknown);
    if (second == kDc4) {
        if (bytes.size() < 3)
            return std::nullopt;
        const unsigned fn = at(bytes, 2);
        return make(bytes, fn == 8 ? 10 : (fn == 1 || fn == 2) ? 5 : 3, CommandKind::Unknown);
    }
    return make(bytes, 1, CommandKind::Unknown);
}

Step next_command(std::string_view bytes) {
    const unsigned first = at(bytes, 0);
    if (first >= 0x20)
        return text(bytes);
    switch (first) {
    case kLf:
        return make(bytes, 1, CommandKind::LineFeed);
    case kCr:
        return make(bytes, 1, CommandKind::CarriageReturn);
    case kEsc:
        return esc(bytes);
    case kGs:
        return gs(bytes);
    case kDle:
        return dle(bytes);
    default:
        return make(bytes, 1, CommandKind::Unknown);
    }
}

} // namespace

DecodeStep decode_available(std::string_view bytes) {
    DecodeStep step;
    while (step.consumed < bytes.size()) {
        auto parsed = next_command(bytes.substr(step.consumed));
        if (!parsed)
            break;
        step.consumed += parsed->length;
        step.commands.push_back(std::move(parsed->command));
    }
    return step;
}

std::vector<EscposCommand> decode_escpos(std::string_view bytes) {
    DecodeStep step = decode_available(bytes);
    if (step.consumed < bytes.size()) {
        EscposCommand truncated;
        truncated.kind = CommandKind::Truncated;
        truncated.raw = std::string(bytes.substr(step.consumed));
        step.commands.push_back(std::move(truncated));
    }
    return std::move(step.commands);
}

std::string hex_bytes(std::string_view bytes, std::size_t limit) {
    static constexpr std::string_view kDigits = "0123456789ABCDEF";
    std::string out;
    for (std::size_t i = 0; i < bytes.size() && i < limit; ++i) {
        out += i ? " " : "";
        out += kDigits[at(bytes, i) >> 4];
        out += kDigits[at(bytes, i) & 0x0F];
    }
    if (bytes.size() > limit)
        out += " …";
    return out;
}

} // namespace ocop::emulator
