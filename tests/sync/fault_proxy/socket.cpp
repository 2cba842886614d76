#include "socket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ocop::fault_proxy {

namespace {

std::string system_error(const char* what) {
    return std::string(what) + ": " + std::strerror(errno);
}

std::expected<sockaddr_in, std::string> address_of(const Endpoint& endpoint) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(endpoint.port);
    if (::inet_pton(AF_INET, endpoint.host.c_str(), &address.sin_addr) != 1)
        return std::unexpected("not an IPv4 address: " + endpoint.host);
    return address;
}

const sockaddr* generic(const sockaddr_in& address) {
    return reinterpret_cast<const sockaddr*>(&address);
}

} // namespace

std::expected<Endpoint, std::string> parse_endpoint(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return std::unexpected("expected HOST:PORT, got '" + std::string(text) + "'");
    const auto port_text = text.substr(colon + 1);
    unsigned port = 0;
    const auto [end, error] =
        std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (error != std::errc{} || end != port_text.data() + port_text.size() || port > 65535)
        return std::unexpected("not a port: '" + std::string(port_text) + "'");
    return Endpoint{std::string(text.substr(0, colon)), static_cast<std::uint16_t>(port)};
}

Socket& Socket::operator=(Socket&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = other.release();
    }
    return *this;
}

Socket::~Socket() {
    if (fd_ >= 0)
        ::close(fd_);
}

int Socket::release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
}

void Socket::reset_on_close() const {
    const linger abort_on_close{1, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
}

std::expected<Socket, std::string> listen_on(const Endpoint& endpoint) {
    auto address = address_of(endpoint);
    if (!address)
        return std::unexpected(address.error());
    Socket listener(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (listener.fd() < 0)
        return std::unexpected(system_error("socket"));
    const int on = 1;
    ::setsockopt(listener.fd(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::bind(listener.fd(), generic(*address), sizeof *address) != 0)
        return std::unexpected(system_error("bind"));
    if (::listen(listener.fd(), 128) != 0)
        return std::unexpected(system_error("listen"));
    return listener;
}

std::uint16_t local_port(const Socket& socket) {
    sockaddr_in address{};
    socklen_t size = sizeof address;
    ::getsockname(socket.fd(), reinterpret_cast<sockaddr*>(&address), &size);
    return ntohs(address.sin_port);
}

Socket accept_from(const Socket& listener) {
    return Socket(::accept4(listener.fd(), nullptr, nullptr, SOCK_CLOEXEC));
}

std::expected<Socket, std::string> connect_to(const Endpoint& endpoint) {
    auto address = address_of(endpoint);
    if (!address)
        return std::unexpected(address.error());
    Socket connection(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (connection.fd() < 0)
        return std::unexpected(system_error("socket"));
    if (::connect(connection.fd(), generic(*address), sizeof *address) != 0)
        return std::unexpected(system_error("connect"));
    // Small requests and answers go out at once, as they would without us.
    const int on = 1;
    ::setsockopt(connection.fd(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    return connection;
}

bool write_all(const Socket& socket, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t sent = ::send(socket.fd(), bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

} // namespace ocop::fault_proxy
