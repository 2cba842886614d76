#pragma once

// Asking an ESC/POS printer itself how it is: DLE EOT n (10 04 n, "transmit
// real-time status") over a connection of our own, one status byte back for
// each n. CUPS cannot see an empty roll or an open cover on a network thermal
// printer (its AppSocket backend only sends bytes), so this is how the till
// finds out. query_printer_condition() is declared in cups_printer.h.
//
// The bits, as Epson's ESC/POS reference defines them for DLE EOT and as the
// TM-U220, Bixolon SRP-350 and Samsung STP-131 manuals repeat them:
//   n = 1 printer status:  bit 3 offline; bits 1 and 4 always 1, bits 0 and 7 always 0
//   n = 2 offline cause:   bit 2 cover open, bit 5 printing stopped by paper end,
//                          bit 6 error occurred
//   n = 4 roll paper:      bits 2-3 near-end sensor (paper low),
//                          bits 5-6 end sensor (no paper)
// https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/dle_eot.html

#include "drivers/printer/cups_printer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ocop::drivers {

// The bytes a printer answered to DLE EOT 1, 2 and 4; nullopt where it said
// nothing (not every printer knows n = 4).
struct DleEotReplies {
    std::optional<std::uint8_t> printer;
    std::optional<std::uint8_t> offline_cause;
    std::optional<std::uint8_t> paper;
};

// Whether a byte can be a DLE EOT reply: the fixed bits are where the
// reference puts them (bits 1 and 4 set, 0 and 7 clear) for every n.
bool is_status_byte(std::uint8_t byte);

// What the replies mean, with the message for the cashier (empty when the
// printer is ready and has paper to spare). A printer that did not answer
// n = 1 is taken as not answering at all.
PrinterCondition decode_printer_condition(const DleEotReplies& replies);

// The condition in CUPS's words (printer-state-reasons keywords), e.g.
// "media-empty-error,offline-report", or "none": what the driver reports for a
// job when it had to ask the printer itself.
std::string condition_state_reasons(const PrinterCondition& condition);

// Host and port of a socket:// (AppSocket/JetDirect) device URI, the port
// 9100 when the URI has none; nullopt for any other kind of device (usb://,
// ipp://, …) — those are not asked with DLE EOT over TCP.
struct SocketAddress {
    std::string host;
    int port = 9100;
};
std::optional<SocketAddress> socket_device_address(std::string_view device_uri);

} // namespace ocop::drivers
