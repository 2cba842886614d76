#include "printer_emulator/printer_status.h"

namespace ocop::emulator {

namespace {

constexpr std::uint8_t kFixedBits = 0x12; // bits 1 and 4 set in every reply
constexpr std::uint8_t kOffline = 0x08;
constexpr std::uint8_t kCoverOpen = 0x04;
constexpr std::uint8_t kPaperEndStop = 0x20;
constexpr std::uint8_t kNearEnd = 0x0C;
constexpr std::uint8_t kPaperEnd = 0x60;

std::uint8_t with(bool condition, std::uint8_t bits) {
    return condition ? bits : std::uint8_t{0};
}

} // namespace

std::string PrinterState::describe() const {
    std::string out;
    const auto add = [&out](bool on, std::string_view name) {
        if (on)
            out += (out.empty() ? "" : " ") + std::string(name);
    };
    add(offline, "offline");
    add(paper_out, "paper-out");
    add(cover_open, "cover-open");
    add(near_end, "near-end");
    return out.empty() ? "ready" : out;
}

std::optional<std::uint8_t> dle_eot_reply(const PrinterState& state, int n) {
    int bits = 0;
    switch (n) {
    case 1:
        bits = with(!state.prints() || state.offline, kOffline);
        break;
    case 2:
        bits = with(state.cover_open, kCoverOpen) | with(state.paper_out, kPaperEndStop);
        break;
    case 3:
        break;
    case 4:
        bits = with(state.near_end || state.paper_out, kNearEnd) | with(state.paper_out, kPaperEnd);
        break;
    default:
        return std::nullopt;
    }
    return static_cast<std::uint8_t>(kFixedBits | bits);
}

bool apply_control_command(PrinterState& state, std::string_view command) {
    if (command == "paper-out")
        state.paper_out = true;
    else if (command == "cover-open")
        state.cover_open = true;
    else if (command == "near-end")
        state.near_end = true;
    else if (command == "offline")
        state.offline = true;
    else if (command == "ready")
        state = {};
    else
        return false;
    return true;
}

} // namespace ocop::emulator
