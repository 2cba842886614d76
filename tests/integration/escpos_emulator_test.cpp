// The printer emulator itself: it must read ESC/POS as a printer does and
// answer DLE EOT with the status bytes of Epson's reference, or the CUPS
// tests prove nothing.

#include "drivers/printer/escpos.h"
#include "drivers/printer/vietnamese_code_page.h"
#include "printer_emulator/escpos_decoder.h"
#include "printer_emulator/paper.h"
#include "support/escpos_emulator.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ocop::emulator;
namespace escpos = ocop::drivers::escpos;

namespace {

ocop::drivers::Raster stripes(int width, int height) {
    ocop::drivers::Raster raster{width, height, {}};
    raster.rows.assign(static_cast<std::size_t>((width + 7) / 8 * height), 0);
    for (int y = 0; y < height; y += 2) // every other row black
        std::fill_n(raster.rows.begin() + (width + 7) / 8 * y, (width + 7) / 8, 0xFF);
    return raster;
}

std::vector<std::string> log_of(const std::string& bytes) {
    return print_commands(decode_escpos(bytes)).log;
}

// A connection of our own to the emulator's printer port.
class PrinterConnection {
public:
    explicit PrinterConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    PrinterConnection(const PrinterConnection&) = delete;
    PrinterConnection& operator=(const PrinterConnection&) = delete;
    ~PrinterConnection() { ::close(fd_); }

    bool connected() const { return connected_; }
    void send(const std::string& bytes) const {
        ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    }
    std::optional<int> status(int n) const {
        send({0x10, 0x04, static_cast<char>(n)});
        pollfd wait{fd_, POLLIN, 0};
        unsigned char byte = 0;
        if (::poll(&wait, 1, 2000) != 1 || ::recv(fd_, &byte, 1, 0) != 1)
            return std::nullopt;
        return byte;
    }

private:
    int fd_;
    bool connected_ = false;
};

std::vector<std::optional<int>> statuses(int port) {
    const PrinterConnection printer(port);
    return {printer.status(1), printer.status(2), printer.status(4)};
}

} // namespace

TEST_CASE("The decoder reads every command the till sends", "[emulator]") {
    const std::string bytes =
        escpos::initialize() + escpos::select_code_page(27) + escpos::drawer_pulse() +
        escpos::bold(true) + escpos::align(ocop::drivers::Align::Center) + escpos::reverse(true) +
        escpos::small_font(true) + escpos::size(2, 3) + "Xin chao\n" +
        escpos::raster_bands(stripes(576, 30), 24) + escpos::feed(4) + escpos::cut() +
        escpos::qr_code("OCOP", 6, ocop::drivers::QrErrorCorrection::Quartile);
    const auto log = log_of(bytes);
    const std::vector<std::string> expected{
        "ESC @ initialize",
        "ESC t 27 code page cp1258",
        "ESC p drawer pin2 on 50 ms off 500 ms",
        "ESC E bold on",
        "ESC a align center",
        "GS B reverse on",
        "ESC M font B",
        "GS ! size 2x3",
        "text \"Xin chao\"",
        "LF",
        "GS v 0 raster 576x24",
        "GS v 0 raster 576x6",
        "ESC d 4 feed 4 lines",
        "GS V cut partial",
        "GS ( k QR model 2",
        "GS ( k QR module 6 dots",
        "GS ( k QR error correction Q",
        "GS ( k QR store 4 bytes \"OCOP\"",
    };
    REQUIRE(log.size() == expected.size() + 1);
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(log[i] == expected[i]);
    CHECK(log.back().starts_with("GS ( k QR print"));
}

TEST_CASE("Raster data that looks like DLE EOT is image, not a status request", "[emulator]") {
    ocop::drivers::Raster raster{24, 1, {0x10, 0x04, 0x01}};
    const std::string band = escpos::raster_bands(raster, 24);
    const DecodeStep partial = decode_available(std::string_view(band).substr(0, band.size() - 1));
    CHECK(partial.consumed == 0); // waits for the whole band
    const auto whole = decode_escpos(band);
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].kind == CommandKind::Raster);
    const auto cut_short = decode_escpos(band.substr(0, 9));
    REQUIRE(cut_short.size() == 1);
    CHECK(cut_short[0].kind == CommandKind::Truncated);
    CHECK(log_of(band.substr(0, 9)).at(0).starts_with("truncated 1D 76 30 00"));
}

TEST_CASE("The paper holds raster bands top to bottom and text in the selected code page",
          "[emulator]") {
    const auto text = ocop::drivers::encode_for_printer("Mật ong rừng U Minh",
                                                        ocop::drivers::VietnameseCodePage::Cp1258);
    const std::string bytes = escpos::initialize() + escpos::raster_bands(stripes(576, 48), 24) +
                              escpos::select_code_page(27) + text.bytes() + "\n" +
                              escpos::select_code_page(0) + text.bytes() + "\n";
    const PrintedPaper printed = print_commands(decode_escpos(bytes));
    REQUIRE_FALSE(printed.paper.isNull());
    CHECK(printed.paper.width() == 576);
    CHECK(printed.paper.height() == 48 + 30 + 30);
    for (int y = 0; y < 48; ++y)
        CHECK(qGray(printed.paper.pixel(300, y)) == (y % 2 == 0 ? 0 : 255));
    CHECK(printed.log.at(4) == "text \"Mật ong rừng U Minh\"");
    // The same bytes from a table without Vietnamese come out garbled.
    CHECK(printed.log.at(7) != "text \"Mật ong rừng U Minh\"");
    CHECK(printed.log.at(7).find("\xEF\xBF\xBD") != std::string::npos);

    const auto narrow = print_commands(decode_escpos(bytes), {384});
    CHECK(narrow.paper.width() == 384);
    CHECK(narrow.log.at(1).find("clipped") != std::string::npos);
}

TEST_CASE("A raster band sent after unfinished text is ignored, as a printer ignores it",
          "[emulator]") {
    const auto log = log_of("Gia: " + escpos::raster_bands(stripes(576, 24), 24) + "\n");
    REQUIRE(log.size() == 3);
    CHECK(log[1] == "GS v 0 raster 576x24 ignored: text waiting in the print buffer");
}

TEST_CASE("The emulator answers DLE EOT 1, 2 and 4 with Epson's status bits in every condition",
          "[emulator]") {
    ocop::test::TempDir dir;
    ocop::test::EscposEmulator printer(dir.path());
    using Bytes = std::vector<std::optional<int>>;
    CHECK(statuses(printer.port()) == Bytes{0x12, 0x12, 0x12});
    printer.paper_out();
    CHECK(statuses(printer.port()) == Bytes{0x1A, 0x32, 0x7E});
    printer.ready();
    printer.cover_open();
    CHECK(statuses(printer.port()) == Bytes{0x1A, 0x16, 0x12});
    printer.ready();
    printer.near_end();
    CHECK(statuses(printer.port()) == Bytes{0x12, 0x12, 0x1E});
    CHECK(printer.command("status") == "ok near-end jobs 0");
    CHECK(printer.command("jam").starts_with("error unknown command"));

    printer.offline();
    CHECK_FALSE(PrinterConnection(printer.port()).connected());
    printer.ready();
    CHECK(statuses(printer.port()) == Bytes{0x12, 0x12, 0x12});
    // Asking is not printing: no job from those connections.
    CHECK(printer.job_count() == 0);
}

TEST_CASE("A status request in the middle of a job is answered at once, and the job is kept",
          "[emulator]") {
    ocop::test::TempDir dir;
    ocop::test::EscposEmulator printer(dir.path());
    const std::string job = escpos::initialize() + escpos::raster_bands(stripes(576, 24), 24);
    {
        const PrinterConnection connection(printer.port());
        connection.send(job);
        CHECK(connection.status(1) == 0x12);
        connection.send(escpos::cut());
    }
    const auto jobs = printer.wait_for_jobs(1);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].bytes == job + "\x10\x04\x01" + escpos::cut());
    CHECK(jobs[0].logged("DLE EOT 1 status request"));
    CHECK(jobs[0].logged("GS V cut partial"));
    CHECK(jobs[0].printed());
}
