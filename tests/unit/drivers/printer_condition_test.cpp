// Asking a network receipt printer how it is (DLE EOT): the status bytes
// decoded into what the cashier is told, the printer's address taken from
// its CUPS device URI, and the whole conversation with a fake printer on a
// local socket.
#include "drivers/printer/cups_messages.h"
#include "drivers/printer/cups_printer.h"
#include "drivers/printer/printer_condition.h"
#include "support/expect.h"

#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace ocop::drivers;
using namespace std::chrono_literals;
using ocop::test::error_code;
using ocop::test::must;

namespace {

// Status bytes as a printer sends them: the fixed bits (1 and 4 set) plus
// what it reports.
constexpr std::uint8_t kFixed = 0x12;
constexpr std::uint8_t kReady = kFixed;

PrinterCondition decode(std::optional<std::uint8_t> printer, std::optional<std::uint8_t> cause,
                        std::optional<std::uint8_t> paper) {
    return decode_printer_condition(DleEotReplies{printer, cause, paper});
}

std::string message(std::string_view text) {
    return std::string(text);
}

// A printer on 127.0.0.1 that answers DLE EOT n with replies[n] (silence
// for an n it has no reply for) and records what it was asked.
class FakePrinter {
public:
    explicit FakePrinter(std::map<int, std::uint8_t> replies) : replies_(std::move(replies)) {
        listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        REQUIRE(listener_ >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        REQUIRE(::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        REQUIRE(::listen(listener_, 1) == 0);
        socklen_t length = sizeof address;
        REQUIRE(::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        port_ = ntohs(address.sin_port);
        thread_ = std::thread([this] { serve(); });
    }
    FakePrinter(const FakePrinter&) = delete;
    FakePrinter& operator=(const FakePrinter&) = delete;
    ~FakePrinter() {
        finish();
        ::close(listener_);
    }

    int port() const { return port_; }
    // The n of every DLE EOT received, in order (read after the query).
    std::vector<int> asked() {
        finish();
        return asked_;
    }

private:
    void finish() {
        stop_ = true;
        if (thread_.joinable())
            thread_.join();
    }

    bool wait(int fd, int milliseconds) const {
        pollfd ready{fd, POLLIN, 0};
        return ::poll(&ready, 1, milliseconds) == 1;
    }

    void serve() {
        // Up to 5 s for the till to connect, and for each request.
        int connection = -1;
        for (int i = 0; i < 50 && !stop_ && connection < 0; ++i)
            if (wait(listener_, 100))
                connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            return;
        std::array<std::uint8_t, 3> request{};
        std::size_t have = 0;
        for (int idle = 0; idle < 50 && !stop_;) {
            if (!wait(connection, 100)) {
                ++idle;
                continue;
            }
            const ssize_t got = ::recv(connection, request.data() + have, request.size() - have, 0);
            if (got <= 0)
                break;
            have += static_cast<std::size_t>(got);
            if (have < request.size())
                continue;
            have = 0;
            if (request[0] != 0x10 || request[1] != 0x04)
                break;
            asked_.push_back(request[2]);
            if (const auto reply = replies_.find(request[2]); reply != replies_.end())
                ::send(connection, &reply->second, 1, MSG_NOSIGNAL);
        }
        ::close(connection);
    }

    std::map<int, std::uint8_t> replies_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> stop_{false};
    std::vector<int> asked_;
    std::thread thread_;
};

// A port on this machine where nothing listens.
int closed_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace

TEST_CASE("DLE EOT: a ready printer with paper says nothing to the cashier",
          "[printer][condition]") {
    const PrinterCondition ready = decode(kReady, kReady, kReady);
    CHECK(ready.online);
    CHECK(!ready.paper_out);
    CHECK(!ready.paper_near_end);
    CHECK(!ready.cover_open);
    CHECK(ready.message_vi.empty());
    CHECK(condition_state_reasons(ready) == "none");

    // Not every printer answers n = 4: no paper sensor is not "no paper".
    const PrinterCondition no_sensor = decode(kReady, kReady, std::nullopt);
    CHECK(no_sensor.online);
    CHECK(!no_sensor.paper_out);
    CHECK(no_sensor.message_vi.empty());
}

TEST_CASE("DLE EOT: each fault decodes to its flag and its Vietnamese message",
          "[printer][condition]") {
    SECTION("paper out: the roll's end sensor, and printing stopped by it") {
        // n=1 bit 3 offline; n=2 bit 5 paper-end stop; n=4 bits 5-6 paper end.
        const PrinterCondition out = decode(kFixed | 0x08, kFixed | 0x20, kFixed | 0x60);
        CHECK(out.paper_out);
        CHECK(!out.online);
        CHECK(!out.cover_open);
        CHECK(out.message_vi == message(printer_message::paper_out));
        CHECK(out.message_vi == "Máy in hết giấy — thay cuộn giấy rồi bấm In lại");
        CHECK(condition_state_reasons(out) == "media-empty-error,offline-report");
        // Either report alone is enough.
        CHECK(decode(kFixed | 0x08, kFixed | 0x20, std::nullopt).paper_out);
        CHECK(decode(kFixed | 0x08, kFixed, kFixed | 0x60).paper_out);
    }

    SECTION("cover open") {
        const PrinterCondition open = decode(kFixed | 0x08, kFixed | 0x04, kReady);
        CHECK(open.cover_open);
        CHECK(!open.paper_out);
        CHECK(!open.online);
        CHECK(open.message_vi == message(printer_message::cover_open));
        CHECK(open.message_vi.find("Nắp máy in đang mở") == 0);
        CHECK(condition_state_reasons(open) == "cover-open-error,offline-report");
    }

    SECTION("offline for no reason it reports") {
        const PrinterCondition offline = decode(kFixed | 0x08, kReady, kReady);
        CHECK(!offline.online);
        CHECK(!offline.paper_out);
        CHECK(!offline.cover_open);
        CHECK(offline.message_vi == message(printer_message::offline));
        CHECK(condition_state_reasons(offline) == "offline-report");
    }

    SECTION("an error occurred (cutter, head temperature)") {
        const PrinterCondition error = decode(kFixed | 0x08, kFixed | 0x40, kReady);
        CHECK(error.message_vi == message(printer_message::printer_error));
    }

    SECTION("paper near its end: still prints, the cashier gets a warning") {
        const PrinterCondition low = decode(kReady, kReady, kFixed | 0x0C);
        CHECK(low.online);
        CHECK(low.paper_near_end);
        CHECK(!low.paper_out);
        CHECK(low.message_vi == message(printer_message::paper_low));
        CHECK(low.message_vi.find("Giấy in sắp hết") == 0);
        CHECK(condition_state_reasons(low) == "media-low-warning");
    }

    SECTION("paper out outranks the cover and the near-end warning") {
        const PrinterCondition both = decode(kFixed | 0x08, kFixed | 0x24, kFixed | 0x6C);
        CHECK(both.paper_out);
        CHECK(both.cover_open);
        CHECK(both.message_vi == message(printer_message::paper_out));
        CHECK(condition_state_reasons(both) == "media-empty-error,cover-open-error,offline-report");
    }

    SECTION("no answer to n = 1 is no answer at all") {
        const PrinterCondition silent = decode(std::nullopt, kReady, kReady);
        CHECK(!silent.online);
        CHECK(silent.message_vi == message(printer_message::not_answering));
    }
}

TEST_CASE("DLE EOT: only bytes with the fixed bits are status bytes", "[printer][condition]") {
    for (const int byte : {0x12, 0x16, 0x1A, 0x1E, 0x32, 0x52, 0x72, 0x7E})
        CHECK(is_status_byte(static_cast<std::uint8_t>(byte)));
    // 0x00 and 0xFF (line noise), a missing bit 1 or 4, a set bit 0 or 7,
    // and what an echoing device would send back (0x10 0x04).
    for (const int byte : {0x00, 0xFF, 0x10, 0x02, 0x13, 0x92, 0x04, 0x1B, 0x40})
        CHECK(!is_status_byte(static_cast<std::uint8_t>(byte)));
}

TEST_CASE("the printer's address is taken from a socket:// device URI", "[printer][condition]") {
    const auto plain = socket_device_address("socket://192.168.1.50:9100");
    REQUIRE(plain);
    CHECK(plain->host == "192.168.1.50");
    CHECK(plain->port == 9100);

    const auto no_port = socket_device_address("socket://may-in-quay-1.local");
    REQUIRE(no_port);
    CHECK(no_port->host == "may-in-quay-1.local");
    CHECK(no_port->port == 9100);

    const auto options = socket_device_address("socket://10.0.0.7:9100/?contimeout=6");
    REQUIRE(options);
    CHECK(options->host == "10.0.0.7");
    CHECK(options->port == 9100);

    const auto other_port = socket_device_address("socket://10.0.0.7:9101");
    REQUIRE(other_port);
    CHECK(other_port->port == 9101);

    CHECK(!socket_device_address("usb://EPSON/TM-T82?serial=1234"));
    CHECK(!socket_device_address("ipp://192.168.1.50/ipp/print"));
    CHECK(!socket_device_address("lpd://192.168.1.50/queue"));
    CHECK(!socket_device_address("socket://"));
    CHECK(!socket_device_address("not a uri"));
    CHECK(!socket_device_address(""));
}

TEST_CASE("asking a printer on the network, end to end", "[printer][condition]") {
    SECTION("out of paper, as a printer reports it") {
        FakePrinter printer({{1, kFixed | 0x08}, {2, kFixed | 0x20}, {4, kFixed | 0x60}});
        const PrinterCondition condition =
            must(query_printer_condition("127.0.0.1", printer.port(), 2s));
        CHECK(condition.paper_out);
        CHECK(condition.message_vi == message(printer_message::paper_out));
        CHECK(printer.asked() == std::vector<int>{1, 2, 4});
    }

    SECTION("a ready printer that does not know n = 4") {
        FakePrinter printer({{1, kReady}, {2, kReady}});
        const PrinterCondition condition =
            must(query_printer_condition("127.0.0.1", printer.port(), 1s));
        CHECK(condition.online);
        CHECK(!condition.paper_out);
        CHECK(condition.message_vi.empty());
    }

    SECTION("a device that answers garbage is not answering") {
        FakePrinter printer({{1, 0xFF}, {2, kReady}, {4, kReady}});
        const PrinterCondition condition =
            must(query_printer_condition("127.0.0.1", printer.port(), 1s));
        CHECK(!condition.online);
        CHECK(condition.message_vi == message(printer_message::not_answering));
        CHECK(printer.asked() == std::vector<int>{1}); // nothing more is asked
    }

    SECTION("nothing listens at the address") {
        const PrinterCondition condition =
            must(query_printer_condition("127.0.0.1", closed_port(), 500ms));
        CHECK(!condition.online);
        CHECK(condition.message_vi == message(printer_message::unreachable));
    }

    SECTION("no address to ask") {
        CHECK(error_code(query_printer_condition("", 9100, 100ms)) == "printer.bad_address");
        CHECK(error_code(query_printer_condition("192.168.1.50", 0, 100ms)) ==
              "printer.bad_address");
        CHECK(error_code(query_printer_condition("192.168.1.50", 70000, 100ms)) ==
              "printer.bad_address");
    }
}
