#include "drivers/printer/printer_condition.h"

#include "drivers/printer/cups_messages.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cups/http.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace ocop::drivers {

namespace {

// The bits of printer_condition.h, by name.
constexpr std::uint8_t kOffline = 0x08;       // n = 1, bit 3
constexpr std::uint8_t kCoverOpen = 0x04;     // n = 2, bit 2
constexpr std::uint8_t kPaperEndStop = 0x20;  // n = 2, bit 5
constexpr std::uint8_t kErrorOccurred = 0x40; // n = 2, bit 6
constexpr std::uint8_t kNearEnd = 0x0C;       // n = 4, bits 2-3
constexpr std::uint8_t kPaperEnd = 0x60;      // n = 4, bits 5-6

class Socket {
public:
    explicit Socket(int fd) : fd_(fd) {}
    Socket(Socket&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    Socket& operator=(Socket&& other) noexcept {
        std::swap(fd_, other.fd_);
        return *this;
    }
    ~Socket() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    int fd() const { return fd_; }

private:
    int fd_;
};

int milliseconds(std::chrono::milliseconds timeout) {
    return static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(timeout.count(), 0, 60'000));
}

// A non-blocking connect bounded by the timeout: a printer that is switched
// off on the LAN does not answer at all, and the kernel's own connect timeout
// is minutes long.
std::optional<Socket> connect_one(const addrinfo& address, std::chrono::milliseconds timeout) {
    Socket socket(::socket(address.ai_family, address.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                           address.ai_protocol));
    if (socket.fd() < 0)
        return std::nullopt;
    if (::connect(socket.fd(), address.ai_addr, address.ai_addrlen) != 0) {
        if (errno != EINPROGRESS)
            return std::nullopt;
        pollfd wait{socket.fd(), POLLOUT, 0};
        if (::poll(&wait, 1, milliseconds(timeout)) != 1)
            return std::nullopt;
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(socket.fd(), SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
            return std::nullopt;
    }
    return socket;
}

std::optional<Socket> connect_to(const std::string& host, int port,
                                 std::chrono::milliseconds timeout) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0)
        return std::nullopt;
    std::optional<Socket> connected;
    for (const addrinfo* address = found; address && !connected; address = address->ai_next)
        connected = connect_one(*address, timeout);
    ::freeaddrinfo(found);
    return connected;
}

// One request, one byte back. The reference asks that nothing more be sent
// until the reply has come, so the requests go one at a time.
std::optional<std::uint8_t> ask(const Socket& socket, std::uint8_t n,
                                std::chrono::milliseconds timeout) {
    const std::array<std::uint8_t, 3> request{0x10, 0x04, n};
    // MSG_NOSIGNAL: a printer that hangs up must not kill the till with SIGPIPE.
    if (::send(socket.fd(), request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size()))
        return std::nullopt;
    pollfd wait{socket.fd(), POLLIN, 0};
    if (::poll(&wait, 1, milliseconds(timeout)) != 1)
        return std::nullopt;
    std::uint8_t byte = 0;
    if (::recv(socket.fd(), &byte, 1, 0) != 1 || !is_status_byte(byte))
        return std::nullopt;
    return byte;
}

std::string message_for(const PrinterCondition& condition, bool error) {
    if (condition.paper_out)
        return std::string(printer_message::paper_out);
    if (condition.cover_open)
        return std::string(printer_message::cover_open);
    if (error)
        return std::string(printer_message::printer_error);
    if (!condition.online)
        return std::string(printer_message::offline);
    if (condition.paper_near_end)
        return std::string(printer_message::paper_low);
    return {};
}

PrinterCondition unreachable() {
    return {.online = false,
            .message_vi = std::string(printer_message::unreachable),
            .reachable = false,
            .answered = false};
}

} // namespace

bool is_status_byte(std::uint8_t byte) {
    return (byte & 0x93) == 0x12;
}

PrinterCondition decode_printer_condition(const DleEotReplies& replies) {
    if (!replies.printer)
        return {.online = false,
                .message_vi = std::string(printer_message::not_answering),
                .answered = false};
    const std::uint8_t cause = replies.offline_cause.value_or(0);
    const std::uint8_t paper = replies.paper.value_or(0);
    PrinterCondition condition;
    condition.online = (*replies.printer & kOffline) == 0;
    condition.paper_out = (paper & kPaperEnd) != 0 || (cause & kPaperEndStop) != 0;
    condition.paper_near_end = (paper & kNearEnd) != 0;
    condition.cover_open = (cause & kCoverOpen) != 0;
    condition.error = (cause & kErrorOccurred) != 0;
    condition.message_vi = message_for(condition, condition.error);
    return condition;
}

std::string condition_state_reasons(const PrinterCondition& condition) {
    std::string reasons;
    const auto add = [&reasons](std::string_view keyword) {
        reasons += reasons.empty() ? "" : ",";
        reasons += keyword;
    };
    if (condition.paper_out)
        add("media-empty-error");
    else if (condition.paper_near_end)
        add("media-low-warning");
    if (condition.cover_open)
        add("cover-open-error");
    if (!condition.online)
        add("offline-report");
    return reasons.empty() ? "none" : reasons;
}

std::optional<SocketAddress> socket_device_address(std::string_view device_uri) {
    std::array<char, 32> scheme{};
    std::array<char, 256> user{};
    std::array<char, 256> host{};
    std::array<char, 1024> resource{};
    int port = 0;
    const std::string uri(device_uri);
    if (httpSeparateURI(HTTP_URI_CODING_ALL, uri.c_str(), scheme.data(), scheme.size(), user.data(),
                        user.size(), host.data(), host.size(), &port, resource.data(),
                        resource.size()) < HTTP_URI_STATUS_OK)
        return std::nullopt;
    if (std::string_view(scheme.data()) != "socket" || host[0] == '\0')
        return std::nullopt;
    // CUPS's socket backend uses 9100 when the URI names no port.
    return SocketAddress{host.data(), port > 0 ? port : 9100};
}

Result<PrinterCondition> query_printer_condition(std::string_view host, int port,
                                                 std::chrono::milliseconds timeout) {
    if (host.empty() || port < 1 || port > 65535)
        return fail("printer.bad_address",
                    "no printer address to ask: host '" + std::string(host) + "', port " +
                        std::to_string(port),
                    "Chưa có địa chỉ máy in để kiểm tra — nhờ kỹ thuật cài đặt lại máy in.");
    const auto socket = connect_to(std::string(host), port, timeout);
    if (!socket)
        return unreachable();
    DleEotReplies replies;
    replies.printer = ask(*socket, 1, timeout);
    if (replies.printer) {
        replies.offline_cause = ask(*socket, 2, timeout);
        replies.paper = ask(*socket, 4, timeout);
    }
    return decode_printer_condition(replies);
}

} // namespace ocop::drivers
