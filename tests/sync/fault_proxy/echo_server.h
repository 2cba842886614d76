#pragma once

// A tiny TCP echo server on a thread of the test, keeping what each
// connection received so a test can tell whether the proxy forwarded a
// request at all.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace ocop::test {

class EchoServer {
public:
    EchoServer(); // listens on a free loopback port
    EchoServer(const EchoServer&) = delete;
    EchoServer& operator=(const EchoServer&) = delete;
    ~EchoServer();

    std::uint16_t port() const { return port_; }
    // What every connection closed so far received, in order of closing;
    // waits (up to 10 s) until at least `count` connections have closed.
    std::vector<std::string> closed_connections(std::size_t count);

private:
    void accept_loop();
    void echo(int connection);

    int listener_ = -1;
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_ = false;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::string> received_;
    int open_connections_ = 0;
    std::thread acceptor_;
};

// A client's view of one connection through the proxy.
struct Heard {
    std::string bytes;
    enum class End { still_open, end_of_file, reset } end = End::still_open;
};

// Connects to 127.0.0.1:port (throws when it cannot).
int connect_loopback(std::uint16_t port);
void send_text(int connection, const std::string& text);
// Reads until `wanted` bytes came, the peer closed or reset, or 10 s passed.
Heard hear(int connection, std::size_t wanted);

} // namespace ocop::test
