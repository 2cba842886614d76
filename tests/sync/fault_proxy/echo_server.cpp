#include "echo_server.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace ocop::test {

namespace {

sockaddr_in loopback(std::uint16_t port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

EchoServer::EchoServer() {
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    auto address = loopback(0);
    if (::bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(listener_, 16) != 0)
        throw std::runtime_error("the echo server cannot listen");
    socklen_t size = sizeof address;
    ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
    port_ = ntohs(address.sin_port);
    acceptor_ = std::thread([this] { accept_loop(); });
}

EchoServer::~EchoServer() {
    stopping_ = true;
    acceptor_.join();
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return open_connections_ == 0; });
    ::close(listener_);
}

std::vector<std::string> EchoServer::closed_connections(std::size_t count) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, std::chrono::seconds(10), [&] { return received_.size() >= count; });
    return received_;
}

void EchoServer::accept_loop() {
    while (!stopping_) {
        pollfd watched{listener_, POLLIN, 0};
        if (::poll(&watched, 1, 50) <= 0)
            continue;
        const int connection = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            continue;
        std::lock_guard lock(mutex_);
        ++open_connections_;
        std::thread([this, connection] { echo(connection); }).detach();
    }
}

void EchoServer::echo(int connection) {
    std::string received;
    char buffer[16 * 1024];
    while (!stopping_) {
        pollfd watched{connection, POLLIN, 0};
        if (::poll(&watched, 1, 50) <= 0)
            continue;
        const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
        if (got <= 0)
            break;
        received.append(buffer, static_cast<std::size_t>(got));
        if (::send(connection, buffer, static_cast<std::size_t>(got), MSG_NOSIGNAL) != got)
            break;
    }
    ::close(connection);
    std::lock_guard lock(mutex_);
    received_.push_back(std::move(received));
    --open_connections_;
    changed_.notify_all();
}

int connect_loopback(std::uint16_t port) {
    const int connection = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    auto address = loopback(port);
    if (::connect(connection, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        ::close(connection);
        throw std::runtime_error("cannot connect to port " + std::to_string(port));
    }
    return connection;
}

void send_text(int connection, const std::string& text) {
    std::size_t sent = 0;
    while (sent < text.size()) {
        const ssize_t wrote =
            ::send(connection, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
        if (wrote <= 0)
            throw std::runtime_error("the connection refused what the test sent");
        sent += static_cast<std::size_t>(wrote);
    }
}

Heard hear(int connection, std::size_t wanted) {
    Heard heard;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    char buffer[16 * 1024];
    while (heard.bytes.size() < wanted && std::chrono::steady_clock::now() < deadline) {
        pollfd watched{connection, POLLIN, 0};
        if (::poll(&watched, 1, 50) <= 0)
            continue;
        const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
        if (got == 0) {
            heard.end = Heard::End::end_of_file;
            break;
        }
        if (got < 0) {
            if (errno == EINTR)
                continue;
            heard.end = errno == ECONNRESET ? Heard::End::reset : Heard::End::end_of_file;
            break;
        }
        heard.bytes.append(buffer, static_cast<std::size_t>(got));
    }
    return heard;
}

} // namespace ocop::test
