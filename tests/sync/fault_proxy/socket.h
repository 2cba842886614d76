#pragma once

// TCP sockets on IPv4 for the proxy: an owned descriptor, listening,
// connecting, and writing everything or nothing.

#include <cstddef>
#include <cstdint>
#include <expected>
#include <string>
#include <string_view>

namespace ocop::fault_proxy {

// "127.0.0.1:8080"; port 0 means any free port when listening.
struct Endpoint {
    std::string host;
    std::uint16_t port = 0;
};

std::expected<Endpoint, std::string> parse_endpoint(std::string_view text);

// Closes its descriptor when it goes.
class Socket {
public:
    Socket() = default;
    explicit Socket(int fd) : fd_(fd) {}
    Socket(Socket&& other) noexcept : fd_(other.release()) {}
    Socket& operator=(Socket&& other) noexcept;
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    ~Socket();

    int fd() const { return fd_; }
    int release();
    // Makes the next close send RST instead of FIN (SO_LINGER with 0).
    void reset_on_close() const;

private:
    int fd_ = -1;
};

std::expected<Socket, std::string> listen_on(const Endpoint& endpoint);
// The port the kernel gave a listening socket.
std::uint16_t local_port(const Socket& socket);
// A connection accepted from `listener`; an empty socket when none was ready.
Socket accept_from(const Socket& listener);
std::expected<Socket, std::string> connect_to(const Endpoint& endpoint);

// Writes all of `bytes`; false when the peer is gone.
bool write_all(const Socket& socket, std::string_view bytes);

} // namespace ocop::fault_proxy
